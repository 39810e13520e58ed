import { findCohort, enrolledUserIds, listCohorts } from '../../src/db/repositories/cohorts';
import { listDeliveries } from '../../src/db/repositories/deliveries';
import { listPairs, type Pair } from '../../src/db/repositories/pairs';
import { findParticipant } from '../../src/db/repositories/participants';
import { runTick } from '../../src/scheduler/tick';
import { CHECKIN_KIND } from '../../src/services/checkins';
import { COMMITMENT_FOLLOWUP_KIND, FINAL_EVALUATION_KIND } from '../../src/services/final-evaluations';
import { FINAL_ADDENDUM_KIND, FINAL_REPORT_KIND } from '../../src/services/final-report';
import { computeMatchRun, confirmMatch } from '../../src/services/match-runs';
import { ACTION, CALLBACK, CHECKIN, COHORT_CREATE, FINAL, KICKOFF, METADATA_EVENT } from '../../src/views/ids';
import { seedCohort, seedPeople } from '../helpers/programme';
import type { FakeCall, StoredMessage } from '../support/fake-slack';
import { input, type StateValues } from '../support/slack-requests';
import { startHarness, type Harness } from './harness';

/**
 * From goals to outcomes, end to end (issue 18): a four-session cohort of three pairs played by the real scheduler
 * and the real listeners, from the introduction to the addendum thirty days after the end. Agreements from both
 * members (one edited afterwards), check-ins (one with a low score and a note for the organizers), final evaluations
 * at every sharing level, two people asking to come back (one in another role), the final report once with its
 * private part, the next cohort enrolling them in the roles they asked for, the 30-day follow-up and the addendum
 * once. Every call to Slack is checked for where private words went.
 */

const MATCHED = new Date('2026-03-10T09:00:00.000Z');
const CYCLE = [
  new Date('2026-03-16T08:00:00.000Z'),
  new Date('2026-03-23T08:00:00.000Z'),
  // Summer time: 09:00 in Stockholm is 07:00 UTC.
  new Date('2026-03-30T07:00:00.000Z'),
  new Date('2026-04-06T07:00:00.000Z'),
];
const COMPLETES = new Date('2026-04-13T07:00:00.000Z');
const DAY = 24 * 60 * 60 * 1000;
const HOUR = 60 * 60 * 1000;
const FOLLOWUP = new Date(COMPLETES.getTime() + 30 * DAY);
const ADDENDUM = new Date(COMPLETES.getTime() + 37 * DAY);
const ORG = 'U0ORG00001';
const CHANNEL = 'C0SUMMARY1';
const later = (date: Date, ms: number) => new Date(date.getTime() + ms);

/** Personal words, each findable in any call to Slack. */
const GOALS = ['GOAL-A1 use AI tools daily', 'GOAL-A2 hear honest feedback', 'GOAL-B1 understand TikTok', 'GOAL-C1 run a hybrid team'];
const HOPES = ['HOPES-A see how strategy is made', 'HOPES-C a sponsor for my career'];
const NOTE = 'NOTE-C3 we keep cancelling <!channel>';
const CHANGED = {
  E1: 'CHANGED-E1-PRIVATE ask my team first',
  M1: 'CHANGED-M1-ANON leaders want to be challenged',
  E2: 'CHANGED-E2-NAMED post once a week myself',
  M2: 'CHANGED-M2-PRIVATE I can lead upwards',
  E3: 'CHANGED-E3-ANON stop answering email at night',
  M3: 'CHANGED-M3-NAMED leading is listening',
};

describe('from goals to outcomes: a cohort from introduction to the 30-day addendum', () => {
  let h: Harness;
  let pairs: Pair[];
  /** Trigger id → who clicked (to know whose modal a views.open was). */
  const triggers = new Map<string, string>();

  const tick = async (now: Date) => {
    h.setNow(now.toISOString());
    await runTick({ ...h.app.ctx.deliveryDeps, dispatch: { waitHorizonMs: 0 } }, now);
    await h.settled();
  };

  const roles = (pair: Pair) => ({ mentor: pair.mentorId, mentee: pair.menteeId });
  const withMetadata = (channel: string, eventType: string): StoredMessage[] =>
    h.fake.messagesIn(channel).filter((message) => message.metadata?.event_type === eventType);
  const hasAction = (message: StoredMessage, actionId: string) => JSON.stringify(message.blocks ?? []).includes(`"action_id":"${actionId}"`);
  const dmsWith = (userId: string, actionId: string) => h.fake.messagesIn(userId).filter((message) => hasAction(message, actionId));

  async function click(userId: string, actionId: string, where: { channelId: string; messageTs: string; value?: string }) {
    const sent = await h.slack.blockAction(userId, { actionId, ...where });
    triggers.set(sent.triggerId, userId);
    await h.settled();
    return sent;
  }

  async function submit(userId: string, callbackId: string, values: StateValues): Promise<Record<string, unknown>> {
    const sent = await h.slack.viewSubmission(userId, { callbackId, values });
    await h.settled();
    return sent.body === '' ? {} : (JSON.parse(sent.body) as Record<string, unknown>);
  }

  /** Opens the member's kickoff modal from a message and submits their part. */
  async function writePart(userId: string, from: StoredMessage, channelId: string, part: { goals?: string; hopes?: string; cadence?: string; norms?: string[] }) {
    await click(userId, ACTION.kickoffOpen, { channelId, messageTs: from.ts });
    const values: StateValues = {
      [KICKOFF.cadence]: { [KICKOFF.cadence]: input.radio(part.cadence ?? 'weekly') },
      [KICKOFF.norms]: { [KICKOFF.norms]: input.checkboxes(part.norms ?? ['confidential', 'notice']) },
    };
    if (part.goals !== undefined) values[KICKOFF.goals] = { [KICKOFF.goals]: input.plain(part.goals) };
    if (part.hopes !== undefined) values[KICKOFF.hopes] = { [KICKOFF.hopes]: input.plain(part.hopes) };
    return submit(userId, CALLBACK.kickoff, values);
  }

  const intro = (pair: Pair) => withMetadata(pair.channelId!, METADATA_EVENT.intro)[0]!;
  const prompt = (pair: Pair, cycle: number) =>
    withMetadata(pair.channelId!, METADATA_EVENT.nudge).find((message) => message.metadata?.event_payload.cycle === cycle)!;

  beforeAll(async () => {
    h = await startHarness({ now: MATCHED.toISOString(), organizers: [ORG] });
    h.fake.addUser({ id: ORG, name: 'grace', tz: 'Europe/Stockholm' });
    h.fake.addChannel({ id: CHANNEL, name: 'mentoring' });
    const cohort = seedCohort(h.db, { name: 'Spring 2026', startDate: '2026-03-16', weeks: 4, summaryChannel: CHANNEL });
    const people = seedPeople(h.db, cohort.id, 3, 3);
    for (const id of [...people.mentorIds, ...people.menteeIds]) h.fake.addUser({ id, name: id.toLowerCase(), tz: 'Europe/Stockholm' });
    // The mentees gave goals when they joined: the kickoff modal starts from them.
    h.db.prepare("UPDATE participants SET goals = 'JOIN-GOALS learn the new tools' WHERE role = 'mentee'").run();
    const run = await computeMatchRun(h.db, cohort, ORG, MATCHED);
    if (!run.ok) throw new Error('no preview');
    expect(confirmMatch(h.db, run.preview.run.id, ORG, MATCHED)).toMatchObject({ ok: true, pairs: 3 });
    await tick(MATCHED);
    pairs = listPairs(h.db, cohort.id);
    expect(pairs).toHaveLength(3);
  }, 60_000);
  afterAll(() => h.close());

  it('introduces each pair with kickoff_open, and the kickoff modal refuses what it must, inline', async () => {
    const [a] = pairs as [Pair];
    const message = intro(a);
    expect(findButton(message, ACTION.kickoffOpen)?.value).toBe(String(a.id));
    await click(a.menteeId, ACTION.kickoffOpen, { channelId: a.channelId!, messageTs: message.ts });
    const modal = h.fake.latestView({ callbackId: CALLBACK.kickoff, userId: a.menteeId })!;
    // The mentee's part, pre-filled from the goals given when joining.
    expect(JSON.stringify(modal.blocks)).toContain('JOIN-GOALS learn the new tools');
    expect(JSON.stringify(modal.blocks)).not.toContain(`"block_id":"${KICKOFF.hopes}"`);

    const none = await submit(a.menteeId, CALLBACK.kickoff, {
      [KICKOFF.goals]: { [KICKOFF.goals]: input.plain('   ') },
      [KICKOFF.cadence]: { [KICKOFF.cadence]: input.radio('weekly') },
      [KICKOFF.norms]: { [KICKOFF.norms]: input.checkboxes(['notice']) },
    });
    expect(none).toEqual({
      response_action: 'errors',
      errors: { [KICKOFF.goals]: 'Write at least one goal.', [KICKOFF.norms]: 'Agreeing that what you say stays between you is part of the programme.' },
    });
    const many = await submit(a.menteeId, CALLBACK.kickoff, {
      [KICKOFF.goals]: { [KICKOFF.goals]: input.plain('one\ntwo\nthree\nfour') },
      [KICKOFF.cadence]: { [KICKOFF.cadence]: input.radio('monthly') },
      [KICKOFF.norms]: { [KICKOFF.norms]: input.checkboxes(['confidential']) },
    });
    expect(many).toEqual({ response_action: 'errors', errors: { [KICKOFF.goals]: 'Up to 3 goals, please, one a line.' } });

    // Someone outside the pair is refused, privately; nothing opens.
    const outsider = pairs[1]!.mentorId;
    const opened = h.fake.callsTo('views.open').length;
    const refused = await click(outsider, ACTION.kickoffOpen, { channelId: a.channelId!, messageTs: message.ts });
    expect(h.fake.callsTo('views.open')).toHaveLength(opened);
    expect(JSON.stringify(h.fake.responsesAt(urlId(refused.payload.response_url as string)))).toContain('belongs to another pair');
    expect(listDeliveries(h.db, { kind: 'agreement' })).toEqual([]);

    // Slack failing to open the modal: a short "try again", privately, and the error code in the log.
    h.fake.failNext('views.open', { error: 'internal_error' });
    const failed = await click(a.mentorId, ACTION.kickoffOpen, { channelId: a.channelId!, messageTs: message.ts });
    expect(JSON.stringify(h.fake.responsesAt(urlId(failed.payload.response_url as string)))).toContain('Please try again in a moment.');
    expect(h.logs.some((line) => line.includes('"slackError":"internal_error"'))).toBe(true);
  });

  it('posts each agreement once both parts are in; until then the prompt waits for the other; an edit updates it in place', async () => {
    const [a, b, c] = pairs as [Pair, Pair, Pair];
    expect(await writePart(a.menteeId, intro(a), a.channelId!, { goals: `${GOALS[0]}\n${GOALS[1]}` })).toEqual({});
    // One part is not an agreement: nothing in the group message yet, and the mentee hears they wait for the mentor.
    expect(withMetadata(a.channelId!, METADATA_EVENT.agreement)).toEqual([]);
    expect(h.fake.messagesIn(a.menteeId).at(-1)?.text).toContain(`once <@${a.mentorId}> has written theirs`);
    expect(await writePart(a.mentorId, intro(a), a.channelId!, { hopes: HOPES[0], cadence: 'biweekly', norms: ['confidential', 'candour'] })).toEqual({});
    expect(await writePart(b.mentorId, intro(b), b.channelId!, {})).toEqual({});
    expect(await writePart(b.menteeId, intro(b), b.channelId!, { goals: GOALS[2] })).toEqual({});
    // Pair C: only the mentee before the first session.
    expect(await writePart(c.menteeId, intro(c), c.channelId!, { goals: GOALS[3] })).toEqual({});

    const agreementA = withMetadata(a.channelId!, METADATA_EVENT.agreement);
    expect(agreementA).toHaveLength(1);
    expect(agreementA[0]!.metadata).toEqual({ event_type: METADATA_EVENT.agreement, event_payload: { pair_id: a.id } });
    const shown = JSON.stringify(agreementA[0]!.blocks);
    expect(shown).toContain(GOALS[0]);
    expect(shown).toContain(HOPES[0]);
    expect(shown).toContain(`<@${a.mentorId}> says every other week, <@${a.menteeId}> every week`);
    expect(shown).toContain('✓ What we say stays between us');
    expect(shown).toContain(`Honest feedback is welcome, both ways (<@${a.mentorId}> asks for this)`);
    expect(withMetadata(b.channelId!, METADATA_EVENT.agreement)).toHaveLength(1);
    expect(withMetadata(c.channelId!, METADATA_EVENT.agreement)).toEqual([]);

    // Session 1: A and B's prompts carry no kickoff button; C's asks again and says who is awaited.
    await tick(CYCLE[0]!);
    expect(hasAction(prompt(a, 1), ACTION.kickoffOpen)).toBe(false);
    const waiting = prompt(c, 1);
    expect(hasAction(waiting, ACTION.kickoffOpen)).toBe(true);
    expect(JSON.stringify(waiting.blocks)).toContain(`<@${c.menteeId}> has written their part. Waiting for <@${c.mentorId}>.`);
    // The mentor answers from the prompt: the agreement goes out, and the prompt stops asking.
    expect(await writePart(c.mentorId, waiting, c.channelId!, { hopes: HOPES[1] })).toEqual({});
    expect(withMetadata(c.channelId!, METADATA_EVENT.agreement)).toHaveLength(1);
    expect(hasAction(h.fake.message(c.channelId!, waiting.ts)!, ACTION.kickoffOpen)).toBe(false);

    // The mentee of A changes their goals from the agreement's own button: the same message, updated.
    const updates = h.fake.callsTo('chat.update').length;
    expect(await writePart(a.menteeId, agreementA[0]!, a.channelId!, { goals: `${GOALS[0]}\nGOAL-A3 write my own prompts` })).toEqual({});
    expect(withMetadata(a.channelId!, METADATA_EVENT.agreement)).toHaveLength(1);
    expect(h.fake.callsTo('chat.update').length).toBeGreaterThan(updates);
    expect(JSON.stringify(h.fake.message(a.channelId!, agreementA[0]!.ts)!.blocks)).toContain('GOAL-A3 write my own prompts');

    // Each member's Home tab shows the agreement; the organizer's shows a count.
    await h.slack.appHomeOpened(a.menteeId);
    await h.slack.appHomeOpened(ORG);
    await h.settled();
    expect(JSON.stringify(h.fake.homeOf(a.menteeId)?.blocks)).toContain('GOAL-A3 write my own prompts');
    const organizerHome = JSON.stringify(h.fake.homeOf(ORG)?.blocks);
    expect(organizerHome).toContain('*Agreements:* 3 of 3 pairs');
    expect(organizerHome).not.toContain('GOAL-');
    expect(listDeliveries(h.db, { kind: 'agreement' }).map((row) => row.status)).toEqual(['sent', 'sent', 'sent']);
  });

  it('asks every member once for the check-in with the middle session; a low score puts the pair at risk, the note reaches the organizer', async () => {
    const [a, b, c] = pairs as [Pair, Pair, Pair];
    // Pairs A and B meet; C does not.
    for (const pair of [a, b]) await click(pair.mentorId, ACTION.nudgeMet, { channelId: pair.channelId!, messageTs: prompt(pair, 1).ts });
    await tick(CYCLE[1]!);
    await tick(later(CYCLE[1]!, HOUR));
    for (const pair of pairs) for (const userId of Object.values(roles(pair))) expect(dmsWith(userId, ACTION.checkinOpen)).toHaveLength(1);
    expect(listDeliveries(h.db, { kind: CHECKIN_KIND })).toHaveLength(6);

    const answer = async (userId: string, pair: Pair, relationship: string, progress: string, note?: string) => {
      const dm = dmsWith(userId, ACTION.checkinOpen)[0]!;
      await click(userId, ACTION.checkinOpen, { channelId: h.fake.dmOf(userId)!, messageTs: dm.ts });
      const values: StateValues = {
        [CHECKIN.relationship]: { [CHECKIN.relationship]: input.radio(relationship) },
        [CHECKIN.progress]: { [CHECKIN.progress]: input.radio(progress) },
      };
      if (note) values[CHECKIN.organizers] = { [CHECKIN.organizers]: input.plain(note) };
      return submit(userId, CALLBACK.checkin, values);
    };
    // A required answer left out gets an inline error.
    await click(a.mentorId, ACTION.checkinOpen, { channelId: h.fake.dmOf(a.mentorId)!, messageTs: dmsWith(a.mentorId, ACTION.checkinOpen)[0]!.ts });
    expect(await submit(a.mentorId, CALLBACK.checkin, { [CHECKIN.relationship]: { [CHECKIN.relationship]: input.radio('5') } })).toEqual({
      response_action: 'errors',
      errors: { [CHECKIN.progress]: 'Please choose one.' },
    });
    expect(await answer(a.mentorId, a, '5', 'on_track')).toEqual({});
    expect(await answer(a.menteeId, a, '4', 'some')).toEqual({});
    expect(await answer(b.mentorId, b, '4', 'on_track')).toEqual({});
    expect(await answer(b.menteeId, b, '5', 'achieved')).toEqual({});
    expect(await answer(c.mentorId, c, '2', 'not_started', NOTE)).toEqual({});
    expect(await answer(c.menteeId, c, '3', 'some')).toEqual({});
    expect(h.fake.messagesIn(c.mentorId).at(-1)?.text).toBe('Thanks for checking in.');
    expect(h.db.prepare("SELECT reason FROM at_risk_flags WHERE pair_id = ? AND reason = 'low_checkin'").all(c.id)).toHaveLength(1);

    // The note reaches the organizer, with the author's name, in their digest (the next one, at their working hours).
    await tick(CYCLE[2]!);
    await tick(later(CYCLE[2]!, 2 * HOUR));
    const digests = h.fake.messagesIn(ORG).map((message) => JSON.stringify(message.blocks));
    const withNote = digests.filter((blocks) => blocks.includes('NOTE-C3 we keep cancelling &lt;!channel&gt;'));
    expect(withNote).toHaveLength(1);
    expect(withNote[0]).toContain(`<@${c.mentorId}> (mentor, with <@${c.menteeId}>) says it works 2 out of 5`);
    expect(withNote[0]).toContain('said at the check-in that it works 1 or 2 out of 5');
    // Session 2's summary came before the check-in closed: it counts the answers and shows nothing of them.
    const second = withMetadata(CHANNEL, METADATA_EVENT.summary).find((message) => message.metadata?.event_payload.cycle === 2)!;
    expect(JSON.stringify(second.blocks)).toContain('*Check-in:* 6 answers so far. Its figures appear here once it closes');
    expect(JSON.stringify(second.blocks)).not.toMatch(/it works \d/);
  });

  it('asks every member once for the final evaluation with the last session, worded for each side', async () => {
    const [a] = pairs as [Pair];
    await tick(CYCLE[3]!);
    await tick(later(CYCLE[3]!, HOUR));
    for (const pair of pairs) for (const userId of Object.values(roles(pair))) expect(dmsWith(userId, ACTION.finalOpen)).toHaveLength(1);
    expect(listDeliveries(h.db, { kind: FINAL_EVALUATION_KIND })).toHaveLength(6);

    await click(a.menteeId, ACTION.finalOpen, { channelId: h.fake.dmOf(a.menteeId)!, messageTs: dmsWith(a.menteeId, ACTION.finalOpen)[0]!.ts });
    const menteeModal = JSON.stringify(h.fake.latestView({ callbackId: CALLBACK.final, userId: a.menteeId })!.blocks);
    expect(menteeModal).toContain('What will you do differently from now on?');
    expect(menteeModal).toContain(`<#${CHANNEL}>`);
    await click(a.mentorId, ACTION.finalOpen, { channelId: h.fake.dmOf(a.mentorId)!, messageTs: dmsWith(a.mentorId, ACTION.finalOpen)[0]!.ts });
    expect(JSON.stringify(h.fake.latestView({ callbackId: CALLBACK.final, userId: a.mentorId })!.blocks)).toContain('What did you learn about leading?');
    // Required answers left out, inline.
    expect(await submit(a.mentorId, CALLBACK.final, { [FINAL.goalsMet]: { [FINAL.goalsMet]: input.radio('4') } })).toEqual({
      response_action: 'errors',
      errors: { [FINAL.changed]: 'Please write a few words.', [FINAL.recommend]: 'Please answer this one.' },
    });
  });

  it('stores final evaluations at every sharing level, and puts two people on the waiting list', async () => {
    const [a, b, c] = pairs as [Pair, Pair, Pair];
    const answer = async (userId: string, goals: string, changed: string, sharing: string, recommend: string, again?: string) => {
      await click(userId, ACTION.finalOpen, { channelId: h.fake.dmOf(userId)!, messageTs: dmsWith(userId, ACTION.finalOpen)[0]!.ts });
      const values: StateValues = {
        [FINAL.goalsMet]: { [FINAL.goalsMet]: input.radio(goals) },
        [FINAL.changed]: { [FINAL.changed]: input.plain(changed) },
        [FINAL.sharing]: { [FINAL.sharing]: input.radio(sharing) },
        [FINAL.recommend]: { [FINAL.recommend]: input.staticSelect(recommend) },
      };
      if (again) values[FINAL.again] = { [FINAL.again]: input.radio(again) };
      return submit(userId, CALLBACK.final, values);
    };
    expect(await answer(a.menteeId, '5', CHANGED.E1, 'private', '10')).toEqual({});
    expect(await answer(a.mentorId, '4', CHANGED.M1, 'anonymous', '9', 'mentor')).toEqual({});
    expect(await answer(b.menteeId, '3', CHANGED.E2, 'named', '7', 'mentor')).toEqual({});
    expect(await answer(b.mentorId, '4', CHANGED.M2, 'private', '6')).toEqual({});
    expect(await answer(c.menteeId, '2', CHANGED.E3, 'anonymous', '9', 'no')).toEqual({});
    expect(await answer(c.mentorId, '2', CHANGED.M3, 'named', '3', 'no')).toEqual({});
    expect(JSON.stringify(h.fake.messagesIn(a.mentorId).at(-1)?.blocks)).toContain("You're on the waiting list for the next cohort, as a mentor");
    expect(JSON.stringify(h.fake.messagesIn(b.menteeId).at(-1)?.blocks)).toContain("You're on the waiting list for the next cohort, as a mentor");
    expect(JSON.stringify(h.fake.messagesIn(c.menteeId).at(-1)?.blocks)).toContain("You won't be enrolled in the next cohort");
  });

  it('posts the final report once when the cohort completes, with the outcome figures under the anonymity rules, and its private part to the organizer', async () => {
    await tick(COMPLETES);
    for (const at of [later(COMPLETES, 1000), later(COMPLETES, HOUR), later(COMPLETES, 2 * DAY)]) await tick(at);
    expect(findCohort(h.db, pairs[0]!.cohortId)?.status).toBe('completed');
    // The last summary, once the check-in has long closed: its figures (six answers: 5, 4, 4, 5, 2, 3).
    const last = withMetadata(CHANNEL, METADATA_EVENT.summary).find((message) => message.metadata?.event_payload.cycle === 4)!;
    expect(JSON.stringify(last.blocks)).toContain('mentors and mentees say it works 3.8 out of 5 on average, from 6 answers');
    const finals = withMetadata(CHANNEL, METADATA_EVENT.final);
    expect(finals).toHaveLength(1);
    expect(listDeliveries(h.db, { kind: FINAL_REPORT_KIND }).map((row) => row.status)).toEqual(['sent']);
    const report = JSON.stringify(finals[0]!.blocks);
    expect(report).toContain('*Pairs:* 3 pairs matched, 3 to the end; 3 pairs wrote a kickoff agreement.');
    // Meetings booked in Slack and held (issue 17): none were booked in this cohort.
    expect(report).toContain('*Meetings booked in Slack:* 0 meetings, 0 of them held.');
    expect(report).toContain('mentors and mentees say it works 3.8 out of 5 on average, from 6 answers');
    expect(report).toContain("Mentees' goals: 1 not started · 2 some progress · 2 on track · 1 achieved");
    expect(report).toContain('*Final evaluation:* 6 answers from 6 people asked.');
    expect(report).toContain('5 – All the way  1');
    expect(report).toContain('4 – Most of the way  2');
    expect(report).toContain('2 – A little  2');
    // Promoters 10, 9, 9; passive 7; detractors 6, 3: (3 − 2) / 6 = +17.
    expect(report).toContain('*Net Promoter Score:* +17, from 6 answers (3 would recommend it warmly, 1 are lukewarm, 2 would not).');
    expect(report).toContain('*Would take part again:* 2 as a mentor, 0 as a mentee, 2 not now.');
    // Shared words: anonymous without a name, named with one; private never.
    expect(report).toContain(CHANGED.M1);
    expect(report).toContain(CHANGED.E3);
    expect(report).toContain(CHANGED.E2);
    expect(report).toContain(CHANGED.M3);
    expect(report).not.toContain(CHANGED.E1);
    expect(report).not.toContain(CHANGED.M2);
    expect(report).not.toContain('GOAL-');
    expect(report).not.toContain('NOTE-');

    const privatePart = h.fake.messagesIn(ORG).filter((message) => message.text.includes('what only organizers see'));
    expect(privatePart).toHaveLength(1);
    const part = JSON.stringify(privatePart[0]!.blocks);
    const [, , c] = pairs as [Pair, Pair, Pair];
    expect(part).toContain(`<@${c.mentorId}> (mentor) and <@${c.menteeId}> (mentee)`);
    expect(part).toContain('NOTE-C3 we keep cancelling &lt;!channel&gt;');
    expect(part).not.toContain('GOAL-');
    expect(part).not.toContain('CHANGED-');
    // A late final evaluation is refused: it has closed.
    const dm = dmsWith(c.mentorId, ACTION.finalOpen)[0]!;
    const late = await click(c.mentorId, ACTION.finalOpen, { channelId: h.fake.dmOf(c.mentorId)!, messageTs: dm.ts });
    expect(JSON.stringify(h.fake.responsesAt(urlId(late.payload.response_url as string)))).toContain('The final evaluation has closed');
  });

  it('enrolls the two who asked to come back in the next cohort, each in the role they asked for, and tells them', async () => {
    const [a, b, c] = pairs as [Pair, Pair, Pair];
    h.setNow(later(COMPLETES, 3 * DAY).toISOString());
    await h.slack.command(ORG, 'cohort new');
    await h.settled();
    expect(
      await submit(ORG, CALLBACK.cohortCreate, {
        [COHORT_CREATE.name]: { [COHORT_CREATE.name]: input.plain('Autumn 2026') },
        [COHORT_CREATE.startDate]: { [COHORT_CREATE.startDate]: input.datepicker('2026-05-04') },
        [COHORT_CREATE.weeks]: { [COHORT_CREATE.weeks]: input.number(8) },
        [COHORT_CREATE.cadence]: { [COHORT_CREATE.cadence]: input.staticSelect('weekly') },
        [COHORT_CREATE.nudgeDay]: { [COHORT_CREATE.nudgeDay]: input.staticSelect('mon') },
        [COHORT_CREATE.nudgeTime]: { [COHORT_CREATE.nudgeTime]: input.timepicker('09:00') },
        [COHORT_CREATE.timezone]: { [COHORT_CREATE.timezone]: input.staticSelect('Europe/Stockholm') },
        [COHORT_CREATE.summaryChannel]: { [COHORT_CREATE.summaryChannel]: input.conversationsSelect(CHANNEL) },
        [COHORT_CREATE.capacity]: { [COHORT_CREATE.capacity]: input.staticSelect('1') },
      }),
    ).toEqual({});
    const autumn = listCohorts(h.db).find((cohort) => cohort.name === 'Autumn 2026')!;
    const enrolled = enrolledUserIds(h.db, autumn.id);
    expect(enrolled).toEqual(expect.arrayContaining([a.mentorId, b.menteeId]));
    expect(findParticipant(h.db, a.mentorId)?.role).toBe('mentor');
    // The mentee asked to come back as a mentor.
    expect(findParticipant(h.db, b.menteeId)?.role).toBe('mentor');
    // Those who said no are not enrolled.
    expect(enrolled).not.toContain(c.menteeId);
    expect(enrolled).not.toContain(c.mentorId);
    for (const userId of [a.mentorId, b.menteeId]) {
      expect(h.fake.messagesIn(userId).at(-1)?.text).toContain("You're enrolled in *Autumn 2026* as a mentor, as you asked in your final evaluation");
    }
    expect(listDeliveries(h.db, { kind: 'next_cohort' }).map((row) => [row.userId, row.status])).toEqual(
      expect.arrayContaining([
        [a.mentorId, 'sent'],
        [b.menteeId, 'sent'],
      ]),
    );
    expect(listDeliveries(h.db, { kind: 'next_cohort' })).toHaveLength(2);
  });

  it('thirty days on, quotes each mentee their own words once and counts their answers; a week later the addendum, once', async () => {
    const [a, b, c] = pairs as [Pair, Pair, Pair];
    await tick(FOLLOWUP);
    await tick(later(FOLLOWUP, HOUR));
    expect(listDeliveries(h.db, { kind: COMMITMENT_FOLLOWUP_KIND }).map((row) => row.userId).sort()).toEqual([a.menteeId, b.menteeId, c.menteeId].sort());
    const followupOf = (userId: string) => {
      const messages = dmsWith(userId, ACTION.followupDone);
      expect(messages).toHaveLength(1);
      return messages[0]!;
    };
    for (const [userId, words] of [
      [a.menteeId, CHANGED.E1],
      [b.menteeId, CHANGED.E2],
      [c.menteeId, CHANGED.E3],
    ] as const) {
      expect(JSON.stringify(followupOf(userId).blocks)).toContain(words);
    }
    // No mentor gets one.
    for (const pair of pairs) expect(dmsWith(pair.mentorId, ACTION.followupDone)).toEqual([]);

    const press = async (userId: string, actionId: string, target = userId) => {
      const message = followupOf(target);
      const sent = await h.slack.blockAction(userId, { actionId, channelId: h.fake.dmOf(target)!, messageTs: message.ts, allowMissing: userId !== target });
      await h.settled();
      return sent;
    };
    await press(a.menteeId, ACTION.followupDone);
    await press(a.menteeId, ACTION.followupPartly);
    await press(b.menteeId, ACTION.followupPartly);
    await press(c.menteeId, ACTION.followupNotYet);
    // The last press counts, and the message says so in place.
    expect(JSON.stringify(h.fake.message(h.fake.dmOf(a.menteeId)!, followupOf(a.menteeId).ts)!.blocks)).toContain('You answered *Partly*');
    // Someone else pressing a mentee's button changes nothing.
    const forged = await press(c.mentorId, ACTION.followupDone, c.menteeId);
    expect(JSON.stringify(h.fake.responsesAt(urlId(forged.payload.response_url as string)))).toContain('belongs to someone else');

    for (const at of [later(ADDENDUM, -HOUR), ADDENDUM, later(ADDENDUM, HOUR), later(ADDENDUM, 3 * DAY)]) await tick(at);
    const addenda = withMetadata(CHANNEL, METADATA_EVENT.finalAddendum);
    expect(addenda).toHaveLength(1);
    expect(listDeliveries(h.db, { kind: FINAL_ADDENDUM_KIND }).map((row) => row.status)).toEqual(['sent']);
    const text = JSON.stringify(addenda[0]!.blocks);
    expect(text).toContain('3 mentees were asked how it went');
    expect(text).toContain('From 3 answers: 0 done · 2 partly · 1 not yet.');
    expect(text).not.toContain('CHANGED-');
    // Still one final report.
    expect(withMetadata(CHANNEL, METADATA_EVENT.final)).toHaveLength(1);
    // The follow-up has closed with it.
    const closed = await press(b.menteeId, ACTION.followupDone);
    expect(JSON.stringify(h.fake.responsesAt(urlId(closed.payload.response_url as string)))).toContain('The follow-up has closed');
  });

  it('sent private words to nobody but their author (and what is for the pair to the pair, and notes to organizers), and logged none', () => {
    const [a, b, c] = pairs as [Pair, Pair, Pair];
    const pairOf = (text: string) => (text.includes('-A') || text === HOPES[0] ? a : text.includes('-B') ? b : c);
    const allowed: Array<{ text: string; audience: Set<string> }> = [
      ...[...GOALS, 'GOAL-A3 write my own prompts', ...HOPES].map((text) => ({ text, audience: new Set([pairOf(text).mentorId, pairOf(text).menteeId]) })),
      { text: 'NOTE-C3 we keep cancelling', audience: new Set([c.mentorId, ORG]) },
      { text: CHANGED.E1, audience: new Set([a.menteeId]) },
      { text: CHANGED.M2, audience: new Set([b.mentorId]) },
    ];
    const leaks: string[] = [];
    const seen = new Set<string>();
    for (const call of h.fake.calls) {
      const body = JSON.stringify(call.args);
      for (const { text, audience } of allowed) {
        if (!body.includes(text)) continue;
        seen.add(text);
        const readers = audienceOf(call);
        if (readers === 'everyone' || readers.some((reader) => !audience.has(reader))) leaks.push(`${text} in ${call.method} to ${String(readers)}`);
      }
    }
    expect(leaks).toEqual([]);
    // The search can see what it looks for: each of them did reach someone — but a mentor's private words, which no
    // message ever quotes back (the follow-up is the mentee's), went nowhere at all.
    expect(allowed.filter(({ text }) => !seen.has(text)).map(({ text }) => text)).toEqual([CHANGED.M2]);
    // Goals are in no organizer's message, ever.
    expect(h.fake.calls.filter((call) => audienceOf(call) !== 'everyone' && (audienceOf(call) as string[]).includes(ORG)).map((call) => JSON.stringify(call.args)).join('')).not.toMatch(/GOAL-|HOPES-/);
    const logged = h.logs.join('\n');
    for (const text of [...GOALS, ...HOPES, 'NOTE-C3', ...Object.values(CHANGED)]) expect(logged).not.toContain(text);
  });

  /** Who can read what a call put in Slack: a person, a conversation's members, or anyone in a channel. */
  function audienceOf(call: FakeCall): string[] | 'everyone' {
    const bot = 'UBOT';
    switch (call.method) {
      case 'chat.postMessage':
      case 'chat.update':
      case 'chat.postEphemeral': {
        if (call.method === 'chat.postEphemeral') return [String(call.args.user)];
        const channel = String(call.args.channel);
        if (/^[UW]/.test(channel)) return [channel];
        const conversation = h.fake.conversation(channel);
        if (!conversation) return 'everyone';
        if (conversation.kind === 'im' || conversation.kind === 'mpim') return conversation.members.filter((member) => member !== bot);
        return 'everyone';
      }
      case 'views.open':
        return [triggers.get(String(call.args.trigger_id)) ?? 'unknown'];
      case 'views.publish':
        return [String(call.args.user_id)];
      default:
        return 'everyone';
    }
  }
});

function findButton(message: StoredMessage, actionId: string): { value?: string } | undefined {
  for (const block of (message.blocks ?? []) as Array<{ elements?: Array<{ action_id?: string; value?: string }> }>) {
    const found = block.elements?.find((element) => element.action_id === actionId);
    if (found) return found;
  }
  return undefined;
}

function urlId(url: string): string {
  return decodeURIComponent(url.split('/').pop() as string);
}
