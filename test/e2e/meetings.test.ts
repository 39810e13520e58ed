import ICAL from 'ical.js';
import { enroll, findCohort } from '../../src/db/repositories/cohorts';
import { listDeliveries, scheduleDelivery } from '../../src/db/repositories/deliveries';
import type { Pair } from '../../src/db/repositories/pairs';
import { cycleActivity } from '../../src/db/repositories/reflections';
import { runTick } from '../../src/scheduler/tick';
import { MEETING_FOLLOWUP_KIND, MEETING_NOTICE_KIND, MEETING_REMINDER_KIND } from '../../src/services/meetings';
import { buildCohortSummary, buildExportRows } from '../../src/services/summaries';
import { ACTION, CALLBACK, MEETING_BOOK } from '../../src/views/ids';
import { heldBlockId } from '../../src/views/meetings';
import { summaryMessage } from '../../src/views/summary';
import { messagesFor } from '../../src/i18n';
import { addCohort, addPair } from '../helpers/prompts';
import type { FakeCall, StoredMessage } from '../support/fake-slack';
import { input, type StateValues } from '../support/slack-requests';
import { startHarness, type Harness } from './harness';

// Thursday 5 March 2026, noon UTC: the US has not yet moved its clocks (8 March); Europe moves on 29 March.
const T0 = '2026-03-05T12:00:00.000Z';
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const MENTOR = 'U0MENNYC01';
const MENTEE = 'U0MEESTO01';
const OUTSIDER = 'U0OUTSIDE1';
const ORG = 'U0ORG00001';

const urlId = (url: string) => url.split('/').pop() as string;
const at = (iso: string, offsetMs = 0) => new Date(Date.parse(iso) + offsetMs);
const seconds = (iso: string) => Math.floor(Date.parse(iso) / 1000);

function icsOf(h: Harness, call: FakeCall) {
  const fileId = String((call.args.files as Array<{ id: string }>)[0]?.id);
  const bytes = h.fake.uploadedFile(fileId);
  if (!bytes) throw new Error('no bytes uploaded');
  const calendar = new ICAL.Component(ICAL.parse(bytes.toString('utf8')));
  const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent') as ICAL.Component);
  return { method: calendar.getFirstPropertyValue('method'), uid: event.uid, sequence: event.sequence, start: event.startDate.toJSDate().toISOString(), end: event.endDate.toJSDate().toISOString(), status: event.component.getFirstPropertyValue('status') };
}

describe('meetings booked in Slack', () => {
  let h: Harness;
  let pair: Pair;
  let channel: string;
  const tick = (when: Date) => runTick({ ...h.app.ctx.deliveryDeps, dispatch: { waitHorizonMs: 0 } }, when);
  const uploads = () => h.fake.callsTo('files.completeUploadExternal').filter((call) => !call.fault && call.args.channel_id === channel);
  const meetingMessages = (): StoredMessage[] => h.fake.messagesIn(channel).filter((message) => message.metadata?.event_type === 'rm_meeting');
  const postsIn = (text: RegExp) => h.fake.callsTo('chat.postMessage').filter((call) => !call.fault && call.args.channel === channel && text.test(String(call.args.text)));

  async function openModal(userId: string, actionId: string, opts: { messageTs?: string; value?: string; blockId?: string } = {}) {
    await h.slack.blockAction(userId, { actionId, channelId: channel, ...opts });
    await h.settled();
    return h.fake.latestView({ callbackId: CALLBACK.meetingBook, userId });
  }

  async function submit(userId: string, values: { suggested?: string; when?: string; length?: string; where?: string }) {
    const state: StateValues = {};
    if (values.suggested) state[MEETING_BOOK.suggested] = { [MEETING_BOOK.suggested]: input.staticSelect(values.suggested) };
    state[MEETING_BOOK.when] = { [MEETING_BOOK.when]: input.datetimepicker(values.when ? seconds(values.when) : null) };
    state[MEETING_BOOK.length] = { [MEETING_BOOK.length]: input.staticSelect(values.length ?? '45') };
    state[MEETING_BOOK.where] = { [MEETING_BOOK.where]: input.plain(values.where ?? null) };
    const response = await h.slack.viewSubmission(userId, { callbackId: CALLBACK.meetingBook, values: state });
    await h.settled();
    return response;
  }

  beforeEach(async () => {
    h = await startHarness({ now: T0, organizers: [ORG] });
    h.fake.addUser({ id: MENTOR, name: 'nora', tz: 'America/New_York', locale: 'en-US' });
    h.fake.addUser({ id: MENTEE, name: 'sven', tz: 'Europe/Stockholm', locale: 'sv-SE' });
    h.fake.addUser({ id: OUTSIDER, name: 'otto' });
    h.fake.addUser({ id: ORG, name: 'grace' });
    const cohort = addCohort(h.db, { startDate: '2026-03-09', weeks: 6 });
    pair = addPair(h.db, {
      cohort,
      mentor: { userId: MENTOR, role: 'mentor', timezone: 'America/New_York', locale: 'en-US' },
      mentee: { userId: MENTEE, role: 'mentee', timezone: 'Europe/Stockholm', locale: 'sv-SE' },
    });
    channel = pair.channelId!;
    for (const id of [MENTOR, MENTEE]) enroll(h.db, cohort.id, id, at(T0));
    scheduleDelivery(h.db, { kind: 'intro', dedupeKey: `intro:pair:${pair.id}`, cohortId: cohort.id, subjectId: pair.id, dueAt: at(T0) }, at(T0));
    await tick(at(T0));
    h.fake.clear();
  });
  afterEach(() => h.close());

  it('offers a New York–Stockholm pair times inside both working days, labelled in each viewer’s time; a booking posts one message and one .ics', async () => {
    const intro = h.fake.messagesIn(channel).find((message) => message.metadata?.event_type === 'rm_intro')!;
    const forMentee = await openModal(MENTEE, ACTION.meetingBook, { messageTs: intro.ts });
    const suggested = forMentee!.blocks.find((block) => block.block_id === MEETING_BOOK.suggested) as unknown as {
      element: { options: Array<{ value: string; text: { text: string } }> };
    };
    // 09:00 in New York (15:00, then 14:00 in Stockholm after the US change on Sunday): never a weekend.
    expect(suggested.element.options.map((option) => option.value)).toEqual([
      String(seconds('2026-03-05T14:00:00Z')),
      String(seconds('2026-03-06T14:00:00Z')),
      String(seconds('2026-03-09T13:00:00Z')),
    ]);
    // The mentee reads Swedish and Stockholm time…
    expect(suggested.element.options.map((option) => option.text.text)).toEqual(['tors 5 mars kl. 15.00', 'fre 6 mars kl. 15.00', 'mån 9 mars kl. 14.00']);
    // …the mentor English and New York time, for the same three instants.
    const forMentor = await openModal(MENTOR, ACTION.meetingBook, { messageTs: intro.ts });
    const mentorOptions = (forMentor!.blocks.find((block) => block.block_id === MEETING_BOOK.suggested) as unknown as typeof suggested).element.options;
    expect(mentorOptions.map((option) => option.text.text)).toEqual(['Thu, Mar 5, 9:00 AM', 'Fri, Mar 6, 9:00 AM', 'Mon, Mar 9, 9:00 AM']);
    expect(forMentor!.private_metadata).toBe(`pair:${pair.id}`);

    const response = await submit(MENTEE, { suggested: String(seconds('2026-03-09T13:00:00Z')), length: '60', where: 'Room <!channel> & co' });
    expect(response.status).toBe(200);
    expect(response.body).toBe('');

    const posts = h.fake.callsTo('chat.postMessage').filter((call) => !call.fault && call.args.channel === channel);
    expect(posts).toHaveLength(1);
    const [message] = meetingMessages();
    expect(message).toBeDefined();
    const json = JSON.stringify(message!.blocks);
    // Who booked, each reader's own time, where (escaped), Reschedule and Cancel.
    expect(json).toContain(`<@${MENTEE}> booked a meeting for you both`);
    expect(json).toContain(`<!date^${seconds('2026-03-09T13:00:00Z')}^`);
    expect(json).toContain('60 minutes');
    expect(json).toContain('Room &lt;!channel&gt; &amp; co');
    expect(json).not.toContain('<!channel>');
    expect(json).toContain(ACTION.meetingReschedule);
    expect(json).toContain(ACTION.meetingCancel);
    expect(message!.metadata?.event_payload).toMatchObject({ pair_id: pair.id, sequence: 0 });

    expect(uploads()).toHaveLength(1);
    const ics = icsOf(h, uploads()[0]!);
    expect(ics).toMatchObject({ method: 'REQUEST', sequence: 0, start: '2026-03-09T13:00:00.000Z', end: '2026-03-09T14:00:00.000Z', status: 'CONFIRMED' });
    expect(ics.uid).toMatch(/@reverse-mentor$/);
    const file = h.fake.fileInfo(String((uploads()[0]!.args.files as Array<{ id: string }>)[0]?.id));
    expect(file?.filename).toBe('meeting.ics');

    // The mentor's App Home shows the next meeting, with a Book button.
    await h.slack.event({ type: 'app_home_opened', user: MENTOR, tab: 'home' });
    await h.settled();
    const home = JSON.stringify(h.fake.homeOf(MENTOR)?.blocks);
    expect(home).toContain(`With <@${MENTEE}>: next meeting <!date^${seconds('2026-03-09T13:00:00Z')}^`);
    expect(home).toContain(`"action_id":"${ACTION.meetingBook}","value":"${pair.id}"`);

    // More ticks post nothing more.
    await tick(at(T0, MINUTE));
    await tick(at(T0, 2 * MINUTE));
    expect(meetingMessages()).toHaveLength(1);
    expect(uploads()).toHaveLength(1);
  });

  it('rescheduling twice, then cancelling another meeting: one reminder and one follow-up, for the final time only; none for the cancelled one', async () => {
    await openModal(MENTEE, ACTION.meetingBook);
    await submit(MENTEE, { when: '2026-03-09T13:00:00Z' });
    const booking = meetingMessages()[0]!;
    // The mentor moves it, then moves it again.
    const moving = await openModal(MENTOR, ACTION.meetingReschedule, { messageTs: booking.ts });
    expect(moving!.private_metadata).toMatch(/^meeting:\d+$/);
    expect(JSON.stringify(moving!.blocks)).toContain(`"initial_date_time":${seconds('2026-03-09T13:00:00Z')}`);
    await submit(MENTOR, { when: '2026-03-10T14:00:00Z', where: 'Teams' });
    await openModal(MENTOR, ACTION.meetingReschedule, { messageTs: booking.ts });
    await submit(MENTOR, { when: '2026-03-11T13:30:00Z', length: '30' });

    // One message, updated in place; three invitations with one UID and a rising SEQUENCE.
    expect(meetingMessages()).toHaveLength(1);
    expect(h.fake.callsTo('chat.update').filter((call) => call.args.ts === booking.ts && !call.fault)).toHaveLength(2);
    expect(JSON.stringify(h.fake.message(channel, booking.ts)?.blocks)).toContain(`<@${MENTOR}> moved your meeting`);
    const versions = uploads().map((call) => icsOf(h, call));
    expect(versions.map((version) => [version.method, version.sequence, version.start])).toEqual([
      ['REQUEST', 0, '2026-03-09T13:00:00.000Z'],
      ['REQUEST', 1, '2026-03-10T14:00:00.000Z'],
      ['REQUEST', 2, '2026-03-11T13:30:00.000Z'],
    ]);
    expect(new Set(versions.map((version) => version.uid)).size).toBe(1);

    // A second meeting, booked and then cancelled.
    await openModal(MENTEE, ACTION.meetingBook);
    await submit(MENTEE, { when: '2026-03-12T13:00:00Z' });
    const second = meetingMessages().at(-1)!;
    expect(second.ts).not.toBe(booking.ts);
    await h.slack.blockAction(MENTEE, { actionId: ACTION.meetingCancel, channelId: channel, messageTs: second.ts });
    await h.settled();
    expect(JSON.stringify(h.fake.message(channel, second.ts)?.blocks)).toContain(`<@${MENTEE}> cancelled this meeting`);
    const cancellation = icsOf(h, uploads().at(-1)!);
    expect(cancellation).toMatchObject({ method: 'CANCEL', sequence: 1, status: 'CANCELLED' });
    expect(cancellation.uid).not.toBe(versions[0]!.uid);

    // Play the week out, minute by minute around each old and new time.
    const moments = [
      '2026-03-09T12:00:00Z', '2026-03-09T13:45:00Z', '2026-03-09T14:00:00Z',
      '2026-03-10T13:00:00Z', '2026-03-10T14:45:00Z',
      '2026-03-11T12:30:00Z', '2026-03-11T12:31:00Z', '2026-03-11T14:00:00Z', '2026-03-11T14:01:00Z',
      '2026-03-12T12:00:00Z', '2026-03-12T13:45:00Z', '2026-03-13T09:00:00Z',
    ];
    for (const moment of moments) {
      h.setNow(moment);
      await tick(new Date(moment));
    }
    const reminders = postsIn(/starts in an hour/);
    const followups = postsIn(/Did you meet/);
    expect(reminders).toHaveLength(1);
    expect(followups).toHaveLength(1);
    expect(JSON.stringify(reminders[0]!.args.blocks)).toContain(`<!date^${seconds('2026-03-11T13:30:00Z')}^`);
    expect(JSON.stringify(followups[0]!.args.blocks)).toContain(`<!date^${seconds('2026-03-11T13:30:00Z')}^`);
    // Posted when due: the reminder at 12:30, the follow-up once the 30 minutes were over.
    const sent = listDeliveries(h.db).filter((row) => [MEETING_REMINDER_KIND, MEETING_FOLLOWUP_KIND].includes(row.kind));
    expect(sent.filter((row) => row.status === 'sent').map((row) => [row.kind, row.dueAt])).toEqual([
      [MEETING_REMINDER_KIND, '2026-03-11T12:30:00.000Z'],
      [MEETING_FOLLOWUP_KIND, '2026-03-11T14:00:00.000Z'],
    ]);
    expect(sent.filter((row) => row.status !== 'sent').every((row) => row.status === 'skipped')).toBe(true);
    expect(listDeliveries(h.db, { kind: MEETING_NOTICE_KIND }).map((row) => row.status)).toEqual(['sent', 'sent', 'sent', 'sent', 'sent']);
  });

  it('"yes" on the follow-up plus "We met" on the prompt count one meeting, for the session it fell in', async () => {
    await openModal(MENTEE, ACTION.meetingBook);
    await submit(MENTEE, { when: '2026-03-10T14:00:00Z', length: '45' });
    // Session 1's prompt goes out on Monday 9 March at 09:00 in New York.
    h.setNow('2026-03-09T13:00:00Z');
    await tick(at('2026-03-09T13:00:00Z'));
    const prompt = h.fake.messagesIn(channel).find((message) => message.metadata?.event_type === 'rm_nudge')!;
    expect(JSON.stringify(prompt.blocks)).toContain(ACTION.meetingBook);
    await h.slack.blockAction(MENTOR, { actionId: ACTION.nudgeMet, channelId: channel, messageTs: prompt.ts });
    await h.settled();

    h.setNow('2026-03-10T14:45:00Z');
    await tick(at('2026-03-10T14:45:00Z'));
    const followup = h.fake.messagesIn(channel).find((message) => /Did you meet/.test(message.text))!;
    expect(followup).toBeDefined();
    await h.slack.blockAction(MENTEE, { actionId: ACTION.meetingHeld, channelId: channel, messageTs: followup.ts });
    await h.settled();
    const answered = JSON.stringify(h.fake.message(channel, followup.ts)?.blocks);
    expect(answered).toContain(`<@${MENTEE}> recorded that you met`);
    expect(answered).toContain(ACTION.nudgeReflect);
    // And the mentor says yes too: still one meeting.
    // The partner's "yes" from a follow-up still on screen (the message has moved on): still one meeting.
    await h.slack.blockAction(MENTOR, {
      actionId: ACTION.meetingHeld,
      channelId: channel,
      messageTs: followup.ts,
      value: 'yes',
      blockId: followup.blocks?.[1]?.block_id as string,
      allowMissing: true,
    });
    await h.settled();

    // "Yes" wrote the record "We met" writes, on session 1's prompt: one meeting, whoever recorded it and how.
    const promptId = Number((prompt.metadata?.event_payload as { prompt_id: number }).prompt_id);
    expect(h.db.prepare("SELECT user_id FROM prompt_responses WHERE prompt_id = ? AND kind = 'met' ORDER BY user_id").all(promptId)).toEqual([
      { user_id: MENTEE },
      { user_id: MENTOR },
    ]);
    expect(cycleActivity(h.db, pair.cohortId).find((row) => row.cycle === 1)).toMatchObject({ promptsPosted: 1, pairsMet: 1 });
    const cohort = findCohort(h.db, pair.cohortId)!;
    const summary = buildCohortSummary(h.db, cohort, 'en', at('2026-03-15T12:00:00Z'), 1);
    expect(summary.thisCycle).toMatchObject({ pairsPrompted: 1, pairsMet: 1 });
    expect(summary.bookedThisCycle).toEqual({ booked: 1, held: 1 });
    expect(JSON.stringify(summaryMessage(messagesFor('en'), summary).blocks)).toContain('Meetings booked in Slack for session 1:* 1 meeting, 1 of them held');
    const rows = buildExportRows(h.db, cohort);
    expect(rows.find((row) => row.cycle === 1)).toMatchObject({ met: true, meetingsBooked: 1, meetingsHeld: 1 });

    // "No" on another meeting's follow-up offers to book again; "moved" opens the modal to move it.
    await openModal(MENTOR, ACTION.meetingBook, { messageTs: prompt.ts });
    await submit(MENTOR, { when: '2026-03-11T14:00:00Z' });
    h.setNow('2026-03-11T15:00:00Z');
    await tick(at('2026-03-11T15:00:00Z'));
    const second = h.fake.messagesIn(channel).filter((message) => /Did you meet/.test(message.text)).at(-1)!;
    expect(second.ts).not.toBe(followup.ts);
    const meetingId = Number(/meeting_held:(\d+):/.exec(String(second.blocks?.[1]?.block_id))?.[1]);
    await h.slack.blockAction(MENTEE, { actionId: ACTION.meetingHeld, channelId: channel, messageTs: second.ts, value: 'moved', blockId: heldBlockId(meetingId, 'moved') });
    await h.settled();
    expect(h.fake.latestView({ callbackId: CALLBACK.meetingBook, userId: MENTEE })?.private_metadata).toBe(`meeting:${meetingId}`);
    await h.slack.blockAction(MENTEE, { actionId: ACTION.meetingHeld, channelId: channel, messageTs: second.ts, value: 'no', blockId: heldBlockId(meetingId, 'no') });
    await h.settled();
    const no = JSON.stringify(h.fake.message(channel, second.ts)?.blocks);
    expect(no).toContain("recorded that the meeting didn't happen");
    expect(no).toContain(ACTION.meetingBook);
    expect(buildCohortSummary(h.db, cohort, 'en', at('2026-03-15T12:00:00Z'), 1).bookedThisCycle).toEqual({ booked: 2, held: 1 });
  });

  it('refuses bad input inline: no time, a time past, after the cohort ends, a place too long', async () => {
    await openModal(MENTEE, ACTION.meetingBook);
    const errorsOf = (response: { json?: unknown }) => (response.json as { response_action: string; errors: Record<string, string> }).errors;
    expect(errorsOf(await submit(MENTEE, {}))).toEqual({ [MEETING_BOOK.when]: 'Välj en av de föreslagna tiderna, eller dag och tid här.' });
    expect(errorsOf(await submit(MENTEE, { when: '2026-03-05T11:00:00Z' }))).toEqual({ [MEETING_BOOK.when]: 'Den tiden har redan varit. Välj en tid framåt.' });
    // Six weekly sessions from 9 March: the cohort completes a week after the last, on 20 April.
    expect(errorsOf(await submit(MENTEE, { when: '2026-05-04T09:00:00Z' }))[MEETING_BOOK.when]).toBe('Programmet slutar 20 april 2026. Välj en tid före dess.');
    expect(errorsOf(await submit(MENTEE, { when: '2026-03-09T13:00:00Z', where: 'x'.repeat(201) }))).toEqual({
      [MEETING_BOOK.where]: messagesFor('sv').errorTooLong({ max: 200 }),
    });
    // A suggestion that has passed while the modal stood open is refused on its own field.
    expect(errorsOf(await submit(MENTEE, { suggested: String(seconds('2026-03-05T11:30:00Z')) }))).toEqual({ [MEETING_BOOK.suggested]: 'Den tiden har redan varit. Välj en tid framåt.' });
    expect(meetingMessages()).toHaveLength(0);
    expect(listDeliveries(h.db, { kind: MEETING_NOTICE_KIND })).toEqual([]);
  });

  it('someone outside the pair can neither open nor submit its booking, nor cancel its meetings', async () => {
    const clicked = await h.slack.blockAction(OUTSIDER, { actionId: ACTION.meetingBook, channelId: channel, value: String(pair.id) });
    await h.settled();
    expect(h.fake.latestView({ callbackId: CALLBACK.meetingBook, userId: OUTSIDER })).toBeUndefined();
    expect(JSON.stringify(h.fake.responsesAt(urlId(clicked.payload.response_url as string)))).toContain('These buttons belong to the pair');
    await openModal(MENTEE, ACTION.meetingBook);
    const forged = await h.slack.viewSubmission(OUTSIDER, {
      callbackId: CALLBACK.meetingBook,
      privateMetadata: `pair:${pair.id}`,
      values: { [MEETING_BOOK.when]: { [MEETING_BOOK.when]: input.datetimepicker(seconds('2026-03-09T13:00:00Z')) } },
      allowMissing: true,
    });
    await h.settled();
    expect(JSON.stringify(forged.json)).toContain('These buttons belong to the pair');
    await submit(MENTEE, { when: '2026-03-09T13:00:00Z' });
    const booking = meetingMessages()[0]!;
    await h.slack.blockAction(OUTSIDER, { actionId: ACTION.meetingCancel, channelId: channel, messageTs: booking.ts });
    await h.settled();
    expect(JSON.stringify(h.fake.message(channel, booking.ts)?.blocks)).not.toContain('cancelled this meeting');
    expect(listDeliveries(h.db, { kind: MEETING_REMINDER_KIND }).map((row) => row.status)).toEqual(['pending']);
    expect(uploads()).toHaveLength(1);
  });

  it('/reverse-mentor book opens the modal for the pair; someone without a partner is told kindly', async () => {
    await h.slack.command(MENTOR, 'book');
    await h.settled();
    expect(h.fake.latestView({ callbackId: CALLBACK.meetingBook, userId: MENTOR })?.private_metadata).toBe(`pair:${pair.id}`);
    const reply = await h.slack.command(OUTSIDER, 'book');
    await h.settled();
    expect(JSON.stringify(h.fake.responsesAt(urlId(reply.responseUrl)))).toContain("You don't have a partner to meet yet");
  });

  it('silence: four days after the introduction with nothing booked the mentee gets one DM with Book; at ten days the pair is at risk', async () => {
    const introducedAt = Date.parse(T0);
    for (const offset of [4 * DAY - MINUTE, 4 * DAY, 4 * DAY + MINUTE, 5 * DAY]) {
      h.setNow(new Date(introducedAt + offset).toISOString());
      await tick(new Date(introducedAt + offset));
    }
    const nudges = h.fake.callsTo('chat.postMessage').filter((call) => !call.fault && call.args.channel === MENTEE && JSON.stringify(call.args.blocks).includes(ACTION.meetingBook));
    expect(nudges).toHaveLength(1);
    expect(String(nudges[0]!.args.text)).toContain('Som adept bokar du det första mötet');
    // Due four days after the introduction was posted (the pass that posted it ran a few milliseconds on).
    const [row] = listDeliveries(h.db, { kind: 'first_meeting_nudge' });
    expect(row?.status).toBe('sent');
    expect(Math.abs(Date.parse(row!.dueAt) - (Date.parse(T0) + 4 * DAY))).toBeLessThan(5_000);
    // Its button opens the booking modal for the pair.
    await h.slack.blockAction(MENTEE, { actionId: ACTION.meetingBook, channelId: MENTEE });
    await h.settled();
    expect(h.fake.latestView({ callbackId: CALLBACK.meetingBook, userId: MENTEE })?.private_metadata).toBe(`pair:${pair.id}`);

    // At risk at ten days: the organizer's digest names the pair with the reason, in the organizer's working hours.
    const digests = () => h.fake.callsTo('chat.postMessage').filter((call) => !call.fault && call.args.channel === ORG && /may need a hand/.test(JSON.stringify(call.args.blocks)));
    const flags = () => h.db.prepare("SELECT pair_id AS pairId, reason FROM at_risk_flags WHERE reason = 'no_first_meeting'").all();
    h.setNow(at(T0, 10 * DAY - MINUTE).toISOString());
    await tick(at(T0, 10 * DAY - MINUTE));
    expect(flags()).toEqual([]);
    h.setNow(at(T0, 10 * DAY).toISOString());
    await tick(at(T0, 10 * DAY));
    await tick(at(T0, 10 * DAY + MINUTE));
    expect(flags()).toEqual([{ pairId: pair.id, reason: 'no_first_meeting' }]);
    // Ten days on is Sunday 15 March: the digest waits for Monday 09:00 on the organizer's clock (Stockholm).
    expect(digests()).toHaveLength(0);
    const monday = new Date('2026-03-16T08:00:00Z');
    h.setNow(monday.toISOString());
    await tick(monday);
    await tick(at(monday.toISOString(), MINUTE));
    expect(digests()).toHaveLength(1);
    const digest = JSON.stringify(digests()[0]!.args.blocks);
    expect(digest).toContain(`<@${MENTOR}> (mentor) and <@${MENTEE}> (mentee): ten days after their introduction, no first meeting and none booked`);
  });

  it('silence: a booking that was cancelled leaves nothing booked, so the mentee is still nudged', async () => {
    await openModal(MENTEE, ACTION.meetingBook);
    await submit(MENTEE, { when: '2026-03-16T13:00:00Z' });
    await h.slack.blockAction(MENTEE, { actionId: ACTION.meetingCancel, channelId: channel, messageTs: meetingMessages()[0]!.ts });
    await h.settled();
    // A minute past day four: the DM is due four days after the introduction was posted, which the pass that
    // posted it did some milliseconds after T0 (more on a busy machine).
    h.setNow(at(T0, 4 * DAY + MINUTE).toISOString());
    await tick(at(T0, 4 * DAY + MINUTE));
    expect(listDeliveries(h.db, { kind: 'first_meeting_nudge' }).map((row) => row.status)).toEqual(['sent']);
  });

  it('silence: a pair that booked gets no silence DM and is not at risk for it', async () => {
    await openModal(MENTEE, ACTION.meetingBook);
    await submit(MENTEE, { when: '2026-03-16T13:00:00Z' });
    // A minute past day four, as above: the DM falls due four days after the introduction's post, a few
    // milliseconds after T0, so a pass at exactly day four may come before it.
    for (const offset of [4 * DAY + MINUTE, 10 * DAY, 10 * DAY + MINUTE]) {
      h.setNow(at(T0, offset).toISOString());
      await tick(at(T0, offset));
    }
    expect(h.fake.callsTo('chat.postMessage').filter((call) => call.args.channel === MENTEE && /första mötet/.test(String(call.args.text)))).toHaveLength(0);
    expect(listDeliveries(h.db, { kind: 'first_meeting_nudge' }).map((row) => [row.status, row.error])).toEqual([['skipped', 'already_booked']]);
    expect(h.fake.callsTo('chat.postMessage').filter((call) => call.args.channel === ORG)).toHaveLength(0);
  });
});
