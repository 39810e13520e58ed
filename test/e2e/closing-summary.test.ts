import { enroll, findCohort } from '../../src/db/repositories/cohorts';
import { listDeliveries } from '../../src/db/repositories/deliveries';
import { cancelMeeting, insertMeeting, setMeetingOutcome } from '../../src/db/repositories/meetings';
import type { Pair } from '../../src/db/repositories/pairs';
import { runTick } from '../../src/scheduler/tick';
import { FINAL_REPORT_KIND } from '../../src/services/final-report';
import { ACTION, CALLBACK, METADATA_EVENT, REFLECTION } from '../../src/views/ids';
import { addCohort, addPair } from '../helpers/prompts';
import type { StoredMessage } from '../support/fake-slack';
import { input } from '../support/slack-requests';
import { startHarness, type Harness } from './harness';

/**
 * The cohort's last word (issue 16 item 4), end to end: a three-session cohort run by the real scheduler; the
 * final session's reflections (one shared with a name, one anonymous, one private) written through the modal; the
 * last summary comes when those reflections close, and the closing summary once, after it, with the final
 * reflections their authors shared.
 */

const T1 = new Date('2026-03-16T08:00:00.000Z');
const CYCLE2 = new Date('2026-03-23T08:00:00.000Z');
// Summer time has started: 09:00 in Stockholm is 07:00 UTC.
const CYCLE3 = new Date('2026-03-30T07:00:00.000Z');
/** A week after the last session: the final reflections close and the cohort completes. */
const COMPLETES = new Date('2026-04-06T07:00:00.000Z');
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const ORG = 'U0ORG00001';
const CHANNEL = 'C0SUMMARY1';
const NAMED = 'FINAL-NAMED I learned to ask before I assume';
const ANONYMOUS = 'FINAL-ANON Feedback both ways <works>';
const PRIVATE = 'FINAL-PRIVATE for my eyes only';

const later = (date: Date, ms: number) => new Date(date.getTime() + ms);

function channelPosts(h: Harness, eventType: string): StoredMessage[] {
  return h.fake.messagesIn(CHANNEL).filter((message) => message.metadata?.event_type === eventType);
}

describe('the closing summary: once, after the final reflections close, with the shared ones in it', () => {
  let h: Harness;
  let pairs: Pair[];

  const tick = async (now: Date) => {
    h.setNow(now.toISOString());
    await runTick({ ...h.app.ctx.deliveryDeps, dispatch: { waitHorizonMs: 0 } }, now);
    await h.settled();
  };

  async function reflect(pair: Pair, userId: string, learned: string, sharing: string, rating = '4'): Promise<string> {
    const prompt = h.fake.messagesIn(pair.channelId!).filter((message) => message.metadata?.event_type === METADATA_EVENT.nudge).at(-1)!;
    await h.slack.blockAction(userId, { actionId: ACTION.nudgeReflect, channelId: pair.channelId!, messageTs: prompt.ts });
    await h.settled();
    const saved = await h.slack.viewSubmission(userId, {
      callbackId: CALLBACK.reflection,
      values: {
        [REFLECTION.met]: { [REFLECTION.met]: input.radio('yes') },
        [REFLECTION.rating]: { [REFLECTION.rating]: input.staticSelect(rating) },
        [REFLECTION.learned]: { [REFLECTION.learned]: input.plain(learned) },
        [REFLECTION.sharing]: { [REFLECTION.sharing]: input.radio(sharing) },
      },
    });
    await h.settled();
    return saved.body;
  }

  beforeEach(async () => {
    h = await startHarness({ now: T1.toISOString(), organizers: [ORG] });
    h.fake.addUser({ id: ORG, name: 'grace' });
    h.fake.addChannel({ id: CHANNEL, name: 'mentoring' });
    const cohort = addCohort(h.db, { summaryChannel: CHANNEL });
    pairs = [1, 2].map((n) => {
      const mentor = `U0MEN0000${n}`;
      const mentee = `U0MEE0000${n}`;
      for (const id of [mentor, mentee]) h.fake.addUser({ id, name: id.toLowerCase() });
      const pair = addPair(h.db, { cohort, mentor: { userId: mentor, role: 'mentor' }, mentee: { userId: mentee, role: 'mentee' } });
      for (const id of [mentor, mentee]) enroll(h.db, cohort.id, id, T1);
      return pair;
    });
    await tick(T1);
    await tick(CYCLE2);
  });
  afterEach(() => h.close());

  it('posts the last summary when the final reflections close, then the closing summary once, with the shared final reflections', async () => {
    // Meetings booked in Slack: one held, one booked, one cancelled (which does not count).
    const [pairA, pairB] = pairs as [Pair, Pair];
    const book = (pair: Pair, cycle: number, startsAt: Date) =>
      insertMeeting(h.db, { pairId: pair.id, cohortId: pair.cohortId, bookedBy: pair.menteeId, uid: `m${cycle}-${pair.id}@test`, startsAt, minutes: 30, place: null, cycle }, T1);
    setMeetingOutcome(h.db, book(pairA, 2, later(CYCLE2, 5 * HOUR)).id, 'held', pairA.mentorId, later(CYCLE2, 6 * HOUR));
    book(pairB, 3, later(CYCLE3, 5 * HOUR));
    cancelMeeting(h.db, book(pairB, 1, later(T1, 5 * HOUR)).id, pairB.menteeId, later(T1, HOUR));
    await tick(CYCLE3);
    // The final session's reflections, written the day before they close.
    h.setNow(later(COMPLETES, -24 * HOUR).toISOString());
    const [first, second] = pairs as [Pair, Pair];
    expect(await reflect(first, first.menteeId, NAMED, 'named', '5')).toBe('');
    expect(await reflect(first, first.mentorId, ANONYMOUS, 'anonymous', '4')).toBe('');
    expect(await reflect(second, second.menteeId, PRIVATE, 'private', '3')).toBe('');

    await tick(later(COMPLETES, -MINUTE));
    expect(channelPosts(h, METADATA_EVENT.summary).map((post) => post.metadata?.event_payload.cycle)).toEqual([1, 2]);
    expect(channelPosts(h, METADATA_EVENT.final)).toEqual([]);

    // The final reflections close: the last summary goes out with them, and the cohort completes.
    await tick(COMPLETES);
    expect(findCohort(h.db, first.cohortId)?.status).toBe('completed');
    const last = channelPosts(h, METADATA_EVENT.summary).at(-1)!;
    expect(last.metadata?.event_payload.cycle).toBe(3);
    expect(JSON.stringify(last.blocks)).toContain('FINAL-NAMED');

    // A reflection on the final session is refused now: they have closed.
    const late = await reflect(second, second.mentorId, 'too late', 'named');
    expect(late).toContain('update');

    // The closing summary follows, once, after the last summary.
    for (const at of [later(COMPLETES, MINUTE), later(COMPLETES, 2 * MINUTE), later(COMPLETES, HOUR), later(COMPLETES, 8 * 24 * HOUR)]) await tick(at);
    const finals = channelPosts(h, METADATA_EVENT.final);
    expect(finals).toHaveLength(1);
    const final = finals[0]!;
    expect(final.metadata).toEqual({ event_type: METADATA_EVENT.final, event_payload: { cohort_id: first.cohortId } });
    expect(Number(final.ts)).toBeGreaterThan(Number(last.ts));
    expect(listDeliveries(h.db, { kind: FINAL_REPORT_KIND }).map((row) => row.status)).toEqual(['sent']);

    const json = JSON.stringify(final.blocks);
    expect(json).toContain('Spring 2026: closing summary');
    expect(json).toContain('has come to an end after 3 sessions');
    expect(json).toContain('2 mentors and 2 mentees enrolled');
    // Both pairs reflected that they met in session 3 only: 2 meetings from 6 prompts.
    expect(json).toContain('2 of the 6 prompts sent to pairs led to a meeting (33%)');
    expect(json).toContain('3 reflections written, of 12 possible (25%)');
    expect(json).toContain('*Meetings booked in Slack:* 2 meetings, 1 of them held.');
    expect(json).toContain('Meeting rate per session:* ▁▁█  1: 0% · 2: 0% · 3: 100%');
    expect(json).toContain('*Ratings:* 4.0 out of 5 on average, from 3 ratings.');
    expect(json).toContain('From the final reflections');
    expect(json).toContain('FINAL-NAMED');
    expect(json).toContain('FINAL-ANON Feedback both ways &lt;works&gt;');
    expect(json).not.toContain('FINAL-PRIVATE');
    // The chart over every session went into the same channel.
    const uploads = h.fake.callsTo('files.completeUploadExternal').filter((call) => call.args.channel_id === CHANNEL);
    expect(uploads.at(-1)?.args.initial_comment).toBe('Meetings and reflections in each session of *Spring 2026*.');
    expect(JSON.stringify(h.fake.callsTo('chat.postMessage'))).not.toContain('FINAL-PRIVATE');
  });

  it('a cohort an organizer closes early gets its closing summary too, once, over the sessions it had', async () => {
    const [first] = pairs as [Pair];
    h.setNow(later(CYCLE2, HOUR).toISOString());
    await h.slack.command(ORG, `cohort close ${first.cohortId}`);
    await h.settled();
    await h.slack.blockAction(ORG, { actionId: ACTION.cohortCloseConfirm, value: String(first.cohortId), isEphemeral: true });
    await h.settled();
    expect(findCohort(h.db, first.cohortId)?.status).toBe('completed');
    for (const at of [later(CYCLE2, 2 * HOUR), later(CYCLE2, 3 * HOUR), CYCLE3, later(CYCLE3, 30 * HOUR)]) await tick(at);
    const finals = channelPosts(h, METADATA_EVENT.final);
    expect(finals).toHaveLength(1);
    expect(JSON.stringify(finals[0]?.blocks)).toContain('was closed after 2 of its 3 sessions');
  });
});
