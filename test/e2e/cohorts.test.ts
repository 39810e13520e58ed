import { addOrganizer } from '../../src/db/repositories/organizers';
import { setParticipantStatus, upsertProfile } from '../../src/db/repositories/participants';
import { messagesFor } from '../../src/i18n';
import { SUBMISSION_POST_DEADLINE_MS } from '../../src/listeners/channel-post';
import { createCohort } from '../../src/services/cohorts';
import { ACTION, CALLBACK, COHORT_CREATE, JOIN } from '../../src/views/ids';
import { input, type StateValues } from '../support/slack-requests';
import { startHarness, type Harness } from './harness';

const ORG = 'U0ORG00001';
const ORG_SV = 'U0ORGSV001';
const NEW_ORG = 'U0NEWORG01';
const OUTSIDER = 'U0OUTSIDE1';
const ADA = 'U0ADA00001';
const BEA = 'U0BEA00001';
const CAT = 'U0CAT00001';
const DEV = 'U0DEV00001';
const SUMMARY = 'C0SUMMARY1';
const NOW = '2026-11-27T10:00:00Z'; // a Friday

const en = messagesFor('en');

type Reply = { text: string; blocks?: unknown[]; response_type?: string; replace_original?: boolean };

/** The bodies the app posted to a response_url (ephemeral replies and replacements). */
function responsesTo(h: Harness, responseUrl: string): Reply[] {
  return h.fake.responsesAt(responseUrl.split('/').pop() as string) as never;
}

async function command(h: Harness, userId: string, text: string): Promise<{ triggerId: string; replies: Reply[] }> {
  const sent = await h.slack.command(userId, text);
  expect(sent.status).toBe(200);
  await h.settled();
  return { triggerId: sent.triggerId, replies: responsesTo(h, sent.responseUrl) };
}

/** Presses a button on an ephemeral reply (Slack sends no message with it) and returns what the app answered. */
async function press(h: Harness, userId: string, actionId: string, value: string): Promise<Reply[]> {
  const sent = await h.slack.blockAction(userId, { actionId, value, isEphemeral: true, allowMissing: true, channelId: 'C0GENERAL' });
  expect(sent.status).toBe(200);
  await h.settled();
  return responsesTo(h, sent.payload.response_url as string);
}

function cohortValues(overrides: Partial<Record<keyof typeof COHORT_CREATE, unknown>> = {}): StateValues {
  const values: Record<string, unknown> = {
    [COHORT_CREATE.name]: input.plain('Spring 2027'),
    [COHORT_CREATE.startDate]: input.datepicker('2027-01-04'),
    [COHORT_CREATE.weeks]: input.number(12),
    [COHORT_CREATE.cadence]: input.staticSelect('weekly'),
    [COHORT_CREATE.nudgeDay]: input.staticSelect('mon'),
    [COHORT_CREATE.nudgeTime]: input.timepicker('09:00'),
    [COHORT_CREATE.timezone]: input.staticSelect('Europe/Stockholm'),
    [COHORT_CREATE.summaryChannel]: input.conversationsSelect(SUMMARY),
    [COHORT_CREATE.capacity]: input.staticSelect('2'),
    ...Object.fromEntries(Object.entries(overrides).map(([key, value]) => [COHORT_CREATE[key as keyof typeof COHORT_CREATE], value])),
  };
  return Object.fromEntries(Object.entries(values).map(([block, value]) => [block, { [block]: value }])) as StateValues;
}

function joinValues(): StateValues {
  const values: Record<string, unknown> = {
    [JOIN.role]: input.radio('mentee'),
    [JOIN.department]: input.plain('Finance'),
    [JOIN.seniority]: input.staticSelect('20+'),
    [JOIN.topics]: input.multiStaticSelect(['ai-at-work']),
    [JOIN.confidentiality]: input.checkboxes(['agree']),
  };
  return Object.fromEntries(Object.entries(values).map(([block, value]) => [block, { [block]: value }])) as StateValues;
}

function seedParticipant(h: Harness, userId: string): void {
  upsertProfile(
    h.db,
    { userId, role: 'mentor', department: 'Sales', seniority: '0-2', managerId: null, goals: null, meetingPref: null, topics: ['digital-tools'], displayName: null, timezone: 'Europe/London', locale: 'en-GB' },
    new Date('2026-11-20T00:00:00Z'),
  );
}

function rows<T>(h: Harness, sql: string): T[] {
  return h.db.prepare(sql).all() as T[];
}

function cohortCount(h: Harness): number {
  return rows<{ n: number }>(h, 'SELECT COUNT(*) AS n FROM cohorts')[0]!.n;
}

function enrolled(h: Harness, cohortId: number): string[] {
  return rows<{ user_id: string }>(h, `SELECT user_id FROM enrollments WHERE cohort_id = ${cohortId} ORDER BY user_id`).map((r) => r.user_id);
}

function seedCohort(h: Harness, name = 'Spring 2027'): number {
  const result = createCohort(
    h.db,
    { name, startDate: '2027-01-04', weeks: 12, cadence: 'weekly', nudgeDay: 'mon', nudgeTime: '09:00', timezone: 'Europe/Stockholm', summaryChannel: SUMMARY, capacity: 1 },
    ORG,
    new Date(NOW),
  );
  if (!result.ok) throw new Error('seedCohort: a cohort is already enrolling');
  return result.cohort.cohort.id;
}

describe('cohorts', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness({ organizers: [ORG], now: NOW });
    h.fake.addUser({ id: ORG, name: 'org', locale: 'en-US', tz: 'Europe/Stockholm' });
    h.fake.addUser({ id: ORG_SV, name: 'organisator', locale: 'sv-SE', tz: 'Europe/Stockholm' });
    for (const id of [ADA, BEA, CAT, DEV]) h.fake.addUser({ id, name: id.toLowerCase(), locale: 'en-GB', tz: 'Europe/London' });
  });
  afterEach(() => h.close());

  it('cohort new opens the modal; submitting stores it, enrolls everyone waiting and DMs the organizer', async () => {
    // Ada joins through the real flow; Bea is paused (still waiting); Cat has left (not waiting).
    await command(h, ADA, 'join');
    await h.slack.viewSubmission(ADA, { callbackId: CALLBACK.join, values: joinValues() });
    await h.settled();
    seedParticipant(h, BEA);
    setParticipantStatus(h.db, BEA, 'paused', new Date('2026-12-04T00:00:00Z'), new Date(NOW));
    seedParticipant(h, CAT);
    setParticipantStatus(h.db, CAT, 'left', null, new Date(NOW));
    h.fake.clear();

    const { triggerId, replies } = await command(h, ORG, 'cohort new');
    expect(replies).toEqual([]);
    const open = await h.fake.waitFor('views.open');
    expect(open.args.trigger_id).toBe(triggerId);
    const view = open.args.view as { callback_id: string; blocks: Array<{ type: string; block_id?: string; element?: { action_id?: string } }> };
    expect(view.callback_id).toBe(CALLBACK.cohortCreate);
    const inputs = view.blocks.filter((b) => b.type === 'input');
    expect(inputs.map((b) => [b.block_id, b.element?.action_id])).toEqual(Object.values(COHORT_CREATE).map((id) => [id, id]));

    const submitted = await h.slack.viewSubmission(ORG, { callbackId: CALLBACK.cohortCreate, values: cohortValues() });
    expect(submitted.status).toBe(200);
    expect(submitted.body).toBe('');
    await h.settled();

    expect(rows(h, 'SELECT id, name, start_date, weeks, cadence, nudge_day, nudge_time, timezone, summary_channel, capacity, status, created_by FROM cohorts')).toEqual([
      {
        id: 1,
        name: 'Spring 2027',
        start_date: '2027-01-04',
        weeks: 12,
        cadence: 'weekly',
        nudge_day: 'mon',
        nudge_time: '09:00',
        timezone: 'Europe/Stockholm',
        summary_channel: SUMMARY,
        capacity: 2,
        status: 'enrolling',
        created_by: ORG,
      },
    ]);
    expect(enrolled(h, 1)).toEqual([ADA, BEA]);

    const dms = h.fake.messagesIn(ORG);
    expect(dms).toHaveLength(1);
    expect(dms[0]?.text).toBe('*Spring 2027* is open for enrolment. 2 people who were waiting are enrolled.');
    const dm = JSON.stringify(dms[0]?.blocks);
    expect(dm).toContain(`<#${SUMMARY}>`);
    expect(dm).toContain('<!date^');
    expect(JSON.stringify(h.fake.homeOf(ORG)?.blocks)).toContain('Spring 2027');

    // Someone who joins now is enrolled in it straight away.
    await command(h, DEV, 'join');
    await h.slack.viewSubmission(DEV, { callbackId: CALLBACK.join, values: joinValues() });
    await h.settled();
    expect(enrolled(h, 1)).toEqual([ADA, BEA, DEV]);
    expect(JSON.stringify(h.fake.messagesIn(DEV))).toContain("You're in the *Spring 2027* cohort");
  });

  it('says "summaries will appear here" in the summary channel when the cohort is created', async () => {
    h.fake.addChannel({ id: SUMMARY, name: 'mentoring' });
    await command(h, ORG, 'cohort new');
    const submitted = await h.slack.viewSubmission(ORG, { callbackId: CALLBACK.cohortCreate, values: cohortValues() });
    expect(submitted.body).toBe('');
    await h.settled();
    expect(h.fake.messagesIn(SUMMARY).map((message) => message.text)).toEqual([
      'Summaries for *Spring 2027* will appear here: one after each session, and a closing summary when the cohort ends.',
    ]);
    expect(cohortCount(h)).toBe(1);
  });

  it('a channel the app is not in gets an inline error telling the organizer to invite it, and nothing is stored', async () => {
    h.fake.addChannel({ id: SUMMARY, name: 'mentoring', botIsMember: false });
    addOrganizer(h.db, ORG_SV, ORG, new Date(NOW));
    await command(h, ORG, 'cohort new');
    const refused = await h.slack.viewSubmission(ORG, { callbackId: CALLBACK.cohortCreate, values: cohortValues() });
    expect(refused.json).toEqual({
      response_action: 'errors',
      errors: { [COHORT_CREATE.summaryChannel]: 'Reverse Mentor is not in this channel yet. Type /invite @Reverse Mentor in that channel, then press Create again.' },
    });
    await h.settled();
    expect(cohortCount(h)).toBe(0);
    expect(h.fake.messagesIn(ORG)).toEqual([]);
    const swedish = await h.slack.viewSubmission(ORG_SV, { callbackId: CALLBACK.cohortCreate, values: cohortValues(), allowMissing: true });
    expect(JSON.stringify(swedish.json)).toContain('Skriv /invite @Reverse Mentor i kanalen');

    // Invited, the same submission goes through.
    h.fake.addChannel({ id: SUMMARY, name: 'mentoring', botIsMember: true });
    const created = await h.slack.viewSubmission(ORG, { callbackId: CALLBACK.cohortCreate, values: cohortValues() });
    expect(created.body).toBe('');
    await h.settled();
    expect(cohortCount(h)).toBe(1);
    expect(h.fake.messagesIn(SUMMARY)).toHaveLength(1);
  });

  it('an archived or unknown channel is refused too, each with what to do', async () => {
    h.fake.addChannel({ id: SUMMARY, name: 'old', isArchived: true });
    await command(h, ORG, 'cohort new');
    const archived = await h.slack.viewSubmission(ORG, { callbackId: CALLBACK.cohortCreate, values: cohortValues() });
    expect(JSON.stringify(archived.json)).toContain('This channel is archived. Choose another one.');
    h.fake.failNext('chat.postMessage', { error: 'channel_not_found' });
    const gone = await h.slack.viewSubmission(ORG, { callbackId: CALLBACK.cohortCreate, values: cohortValues() });
    expect(JSON.stringify(gone.json)).toContain('Reverse Mentor cannot see this channel');
    await h.settled();
    expect(cohortCount(h)).toBe(0);
  });

  it('a slow Slack does not make the organizer wait past 3 seconds: the cohort is created, and a late refusal is in the confirmation', async () => {
    h.fake.addChannel({ id: SUMMARY, name: 'mentoring', botIsMember: false });
    h.fake.setFaultPolicy('chat.postMessage', (_index, args) => (args.channel === SUMMARY ? { error: 'not_in_channel', delayMs: 3500 } : undefined));
    await command(h, ORG, 'cohort new');
    const submitted = await h.slack.viewSubmission(ORG, { callbackId: CALLBACK.cohortCreate, values: cohortValues() });
    // Answered before Slack answered the channel post: the app stopped waiting at its deadline (under Slack's 3 s
    // for a view submission), and the confirmation DM, which waits for the post's outcome, has not gone yet. An
    // order, not a stopwatch: a busy machine cannot make it fail.
    expect(SUBMISSION_POST_DEADLINE_MS).toBeLessThan(3000);
    expect(h.logs.some((line) => line.includes('a channel post is slow; the submission is answered meanwhile'))).toBe(true);
    expect(h.fake.messagesIn(ORG)).toEqual([]);
    expect(submitted.body).toBe('');
    await h.settled();
    expect(cohortCount(h)).toBe(1);
    const dm = JSON.stringify(h.fake.messagesIn(ORG)[0]?.blocks);
    expect(dm).toContain('is open for enrolment');
    expect(dm).toContain(`Reverse Mentor could not post in <#${SUMMARY}>. Type \`/invite @Reverse Mentor\` there`);
  });

  it('refuses an invalid submission with inline errors in the organizer\'s language, and stores nothing', async () => {
    addOrganizer(h.db, ORG_SV, ORG, new Date(NOW));
    await command(h, ORG, 'cohort new');
    const bad = cohortValues({
      name: input.plain('x'.repeat(81)),
      startDate: input.datepicker('2026-11-26'),
      weeks: input.number(53),
      timezone: input.staticSelect('Mars/Olympus'),
      summaryChannel: input.conversationsSelect(null),
      capacity: input.staticSelect('4'),
    });
    const response = await h.slack.viewSubmission(ORG, { callbackId: CALLBACK.cohortCreate, values: bad });
    expect(response.status).toBe(200);
    const body = response.json as { response_action: string; errors: Record<string, string> };
    expect(body.response_action).toBe('errors');
    expect(body.errors).toEqual({
      [COHORT_CREATE.name]: 'Please keep it to 80 characters or fewer.',
      [COHORT_CREATE.startDate]: en.errorCohortStartPast,
      [COHORT_CREATE.weeks]: 'Enter a whole number of weeks from 1 to 52.',
      [COHORT_CREATE.timezone]: en.errorCohortTimezone,
      [COHORT_CREATE.summaryChannel]: en.errorCohortChannelRequired,
      [COHORT_CREATE.capacity]: 'Choose from 1 to 3 mentees per mentor.',
    });

    await command(h, ORG_SV, 'cohort new');
    const swedish = await h.slack.viewSubmission(ORG_SV, { callbackId: CALLBACK.cohortCreate, values: cohortValues({ weeks: input.number(0), startDate: input.datepicker('2026-11-26') }) });
    expect((swedish.json as { errors: Record<string, string> }).errors).toEqual({
      [COHORT_CREATE.weeks]: 'Ange ett helt antal veckor, från 1 till 52.',
      [COHORT_CREATE.startDate]: 'Det datumet har redan passerat i omgångens tidszon. Välj i dag eller senare.',
    });
    await h.settled();
    expect(cohortCount(h)).toBe(0);
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(0);
  });

  it('while a cohort is enrolling, cohort new is refused with its name, at the command and at submission', async () => {
    seedCohort(h, 'Spring <!channel>');
    const { replies } = await command(h, ORG, 'cohort new');
    expect(replies.map((r) => r.text)).toEqual([
      '*Spring &lt;!channel&gt;* (#1) is still enrolling. Match it with `/reverse-mentor match` or close it with `/reverse-mentor cohort close 1` before you start a new one.',
    ]);
    expect(h.fake.callsTo('views.open')).toHaveLength(0);

    // A modal opened before the other cohort was created is refused when submitted.
    const response = await h.slack.viewSubmission(ORG, { callbackId: CALLBACK.cohortCreate, values: cohortValues({ name: input.plain('Autumn') }), allowMissing: true });
    const body = response.json as { response_action: string; errors: Record<string, string> };
    expect(body.response_action).toBe('errors');
    expect(body.errors[COHORT_CREATE.name]).toContain('is still enrolling');
    await h.settled();
    expect(cohortCount(h)).toBe(1);
  });

  it('cohort list shows every cohort with its details, names escaped', async () => {
    const empty = await command(h, ORG, 'cohort list');
    expect(empty.replies[0]?.text).toContain('No cohorts yet');

    seedParticipant(h, ADA);
    seedParticipant(h, BEA);
    seedCohort(h, 'Spring <b> & <!here>');
    const { replies } = await command(h, ORG, 'cohort list');
    expect(replies).toHaveLength(1);
    expect(replies[0]?.response_type).toBe('ephemeral');
    const text = JSON.stringify(replies[0]?.blocks);
    expect(text).toContain('*#1 Spring &lt;b&gt; &amp; &lt;!here&gt;* — enrolling');
    expect(text).not.toContain('<!here>');
    expect(text).toMatch(/Starts <!date\^\d+\^\{date_long\}\|2027-01-04 11:00 UTC> · 12 weeks · Every week · 2 enrolled · summaries in <#C0SUMMARY1>/);
  });

  it('cohort close asks first; Keep changes nothing, Close completes it and its people wait for the next cohort', async () => {
    seedParticipant(h, ADA);
    seedParticipant(h, BEA);
    const id = seedCohort(h);

    const asked = await command(h, ORG, `cohort close ${id}`);
    expect(asked.replies[0]?.text).toBe('Close *Spring 2027* (#1)? It hasn\'t been matched yet, so everyone enrolled (2 people) waits for the next cohort.');
    expect(JSON.stringify(asked.replies[0]?.blocks)).toContain(ACTION.cohortCloseConfirm);
    expect(rows(h, 'SELECT status FROM cohorts')).toEqual([{ status: 'enrolling' }]);

    expect((await press(h, ORG, ACTION.cohortCloseCancel, String(id))).map((r) => r.text)).toEqual([en.cohortCloseKept]);
    expect(rows(h, 'SELECT status FROM cohorts')).toEqual([{ status: 'enrolling' }]);

    const closed = await press(h, ORG, ACTION.cohortCloseConfirm, String(id));
    expect(closed).toEqual([expect.objectContaining({ replace_original: true, text: '*Spring 2027* is closed. Everyone who was enrolled (2 people) goes into the next cohort you create.' })]);
    expect(rows(h, 'SELECT status, completed_at FROM cohorts')).toEqual([{ status: 'completed', completed_at: '2026-11-27T10:00:00.000Z' }]);

    expect((await command(h, ORG, `cohort close #${id}`)).replies[0]?.text).toBe('*Spring 2027* (#1) is already completed.');
    expect((await command(h, ORG, 'cohort close 99')).replies[0]?.text).toBe("There's no cohort #99. `/reverse-mentor cohort list` shows them all.");
    expect((await command(h, ORG, 'cohort close')).replies[0]?.text).toBe(en.cohortCloseUsage);
    expect((await command(h, ORG, 'cohort')).replies[0]?.text).toBe(en.cohortUsage);

    // The next cohort picks up the people who were waiting in the closed one.
    await command(h, ORG, 'cohort new');
    await h.slack.viewSubmission(ORG, { callbackId: CALLBACK.cohortCreate, values: cohortValues({ name: input.plain('Spring 2027, take two') }) });
    await h.settled();
    expect(enrolled(h, 2)).toEqual([ADA, BEA]);
    expect(h.fake.messagesIn(ORG).at(-1)?.text).toContain('2 people who were waiting are enrolled');
  });

  it('an active cohort can be closed too', async () => {
    const id = seedCohort(h);
    h.db.prepare("UPDATE cohorts SET status = 'active' WHERE id = ?").run(id);
    const asked = await command(h, ORG, `cohort close ${id}`);
    expect(asked.replies[0]?.text).toContain('no more prompts');
    const closed = await press(h, ORG, ACTION.cohortCloseConfirm, String(id));
    expect(closed.map((r) => r.text)).toEqual(['*Spring 2027* is closed and marked completed.']);
    expect(rows(h, 'SELECT status FROM cohorts')).toEqual([{ status: 'completed' }]);
  });
});

describe('organizers', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness({ organizers: [ORG], now: NOW });
    h.fake.addUser({ id: ORG, name: 'org', locale: 'en-US' });
    h.fake.addUser({ id: NEW_ORG, name: 'neworg', locale: 'sv-SE' });
    h.fake.addUser({ id: 'U0GONE0001', name: 'gone', deleted: true });
  });
  afterEach(() => h.close());

  it('add gives rights (and tells the person), list shows both kinds, remove takes them away again', async () => {
    expect((await command(h, NEW_ORG, 'cohort list')).replies[0]?.text).toBe(messagesFor('sv').notOrganizer);

    const added = await command(h, ORG, `organizers add <@${NEW_ORG}|neworg>`);
    expect(added.replies.map((r) => r.text)).toEqual([`<@${NEW_ORG}> is now an organizer.`]);
    expect(h.fake.messagesIn(NEW_ORG).map((m) => m.text)).toEqual([
      `<@${ORG}> har gjort dig till programansvarig i Reverse Mentor. Skriv \`/reverse-mentor help\` för att se vad du kan göra.`,
    ]);
    expect((await command(h, ORG, `organizers add <@${NEW_ORG}>`)).replies[0]?.text).toBe(`<@${NEW_ORG}> is already an organizer.`);

    // The new organizer now has rights, and sees organizer commands in help.
    expect((await command(h, NEW_ORG, 'cohort list')).replies[0]?.text).toContain('Inga omgångar än');
    expect(JSON.stringify((await command(h, NEW_ORG, 'help')).replies)).toContain('organizers add @person');

    const listed = JSON.stringify((await command(h, NEW_ORG, 'organizers list')).replies[0]?.blocks);
    expect(listed).toContain(`<@${ORG}> – från appens inställningar`);
    expect(listed).toMatch(new RegExp(`<@${NEW_ORG}> – tillagd av <@${ORG}> den <!date\\^\\d+\\^\\{date_short\\}`));

    const removed = await command(h, ORG, `organizers remove <@${NEW_ORG}|neworg>`);
    expect(removed.replies.map((r) => r.text)).toEqual([`<@${NEW_ORG}> is no longer an organizer.`]);
    expect(h.fake.messagesIn(NEW_ORG).at(-1)?.text).toBe(`<@${ORG}> har tagit bort din roll som programansvarig i Reverse Mentor.`);
    expect((await command(h, NEW_ORG, 'cohort list')).replies[0]?.text).toBe(messagesFor('sv').notOrganizer);
    expect(rows(h, 'SELECT user_id FROM organizers')).toEqual([]);
  });

  it('refuses to remove a configured organizer, and explains what it cannot do', async () => {
    expect((await command(h, ORG, `organizers remove <@${ORG}|org>`)).replies[0]?.text).toBe(
      `<@${ORG}> is an organizer through the app's own settings, so that can't be changed in Slack. Ask whoever runs the app to change it there.`,
    );
    expect((await command(h, ORG, `organizers remove <@${NEW_ORG}>`)).replies[0]?.text).toBe(`<@${NEW_ORG}> isn't an organizer, so there's nothing to remove.`);
    expect((await command(h, ORG, 'organizers add @neworg')).replies[0]?.text).toBe(en.organizersMentionNeeded);
    expect((await command(h, ORG, `organizers add <@${NEW_ORG}> <@${ORG}>`)).replies[0]?.text).toBe(en.organizersMentionNeeded);
    expect((await command(h, ORG, 'organizers add <@UBOT|reverse-mentor>')).replies[0]?.text).toBe(en.organizerNotAPerson);
    expect((await command(h, ORG, 'organizers add <@U0GONE0001>')).replies[0]?.text).toBe(en.organizerNotAPerson);
    expect((await command(h, ORG, 'organizers add <@U0NOBODY01|nobody>')).replies[0]?.text).toBe(en.organizerUnknownUser);
    expect((await command(h, ORG, 'organizers promote')).replies[0]?.text).toBe(en.organizersUsage);
    expect(rows(h, 'SELECT user_id FROM organizers')).toEqual([]);
  });

  it('without configured organizers, the last one cannot step down', async () => {
    await h.close();
    h = await startHarness({ now: NOW });
    h.fake.addUser({ id: NEW_ORG, name: 'neworg', locale: 'en-US' });
    h.fake.addUser({ id: ORG, name: 'org', locale: 'en-US' });
    addOrganizer(h.db, NEW_ORG, 'U0SETUP001', new Date(NOW));
    expect((await command(h, NEW_ORG, `organizers remove <@${NEW_ORG}>`)).replies[0]?.text).toBe(en.organizerLastOne);
    await command(h, NEW_ORG, `organizers add <@${ORG}>`);
    expect((await command(h, NEW_ORG, `organizers remove <@${NEW_ORG}>`)).replies[0]?.text).toBe(`<@${NEW_ORG}> is no longer an organizer.`);
    expect(rows(h, 'SELECT user_id FROM organizers')).toEqual([{ user_id: ORG }]);
  });
});

describe('a non-organizer', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness({ organizers: [ORG], now: NOW });
    h.fake.addUser({ id: ORG, name: 'org', locale: 'en-US' });
    h.fake.addUser({ id: OUTSIDER, name: 'outsider', locale: 'en-US' });
    seedParticipant(h, OUTSIDER);
    seedCohort(h, 'Secret Spring');
  });
  afterEach(() => h.close());

  it.each(['cohort new', 'cohort list', 'cohort close 1', `organizers add <@${OUTSIDER}|outsider>`, 'organizers list', `organizers remove <@${ORG}>`])(
    'is refused "%s" and sees no data',
    async (text) => {
      const { replies } = await command(h, OUTSIDER, text);
      expect(replies.map((r) => r.text)).toEqual([en.notOrganizer]);
      const shown = JSON.stringify(replies);
      expect(shown).not.toContain('Secret Spring');
      expect(shown).not.toContain(ORG);
      expect(h.fake.callsTo('views.open')).toHaveLength(0);
      expect(rows(h, 'SELECT user_id FROM organizers')).toEqual([]);
    },
  );

  it('is refused on the close button, and the cohort stays open', async () => {
    const answer = await press(h, OUTSIDER, ACTION.cohortCloseConfirm, '1');
    expect(answer.map((r) => r.text)).toEqual([en.notOrganizer]);
    expect(rows(h, 'SELECT status, completed_at FROM cohorts')).toEqual([{ status: 'enrolling', completed_at: null }]);
  });

  it('is refused on a crafted cohort_create submission, and nothing is stored', async () => {
    h.db.prepare("UPDATE cohorts SET status = 'completed'").run();
    const response = await h.slack.viewSubmission(OUTSIDER, { callbackId: CALLBACK.cohortCreate, values: cohortValues(), allowMissing: true });
    expect(response.status).toBe(200);
    expect(response.json).toEqual({ response_action: 'errors', errors: { [COHORT_CREATE.name]: en.notOrganizer } });
    await h.settled();
    expect(cohortCount(h)).toBe(1);
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(0);
  });

  it('does not see organizer commands in help, nor as suggestions', async () => {
    const help = JSON.stringify((await command(h, OUTSIDER, 'help')).replies);
    expect(help).not.toContain('cohort new');
    expect((await command(h, OUTSIDER, 'cohrt')).replies[0]?.text).not.toContain('cohort');
  });
});
