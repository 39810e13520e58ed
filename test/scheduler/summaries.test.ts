import { findCohort } from '../../src/db/repositories/cohorts';
import { listDeliveries } from '../../src/db/repositories/deliveries';
import { openDatabase, type Db } from '../../src/db/open';
import type { Pair } from '../../src/db/repositories/pairs';
import { listPromptsOfPair, recordPromptResponse } from '../../src/db/repositories/prompts';
import { runTick, type TickDeps } from '../../src/scheduler/tick';
import { localDate } from '../../src/services/calendar';
import { SUMMARY_KIND, summaryKey } from '../../src/services/summaries';
import { METADATA_EVENT } from '../../src/views/ids';
import { freshDatabase } from '../helpers/db';
import { addCohort, addPair, PROMPTS_TOKEN, tickDeps } from '../helpers/prompts';
import { seedReflection } from '../helpers/reflections';
import { startFakeSlack, type FakeCall, type FakeSlack } from '../support/fake-slack';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const at = (iso: string) => new Date(iso);
const later = (date: Date, ms: number) => new Date(date.getTime() + ms);

/** Mondays at 09:00 in Stockholm: the cycles of the default test cohort (3 weeks from 16 March 2026). */
const CYCLE1 = at('2026-03-16T08:00:00Z');
const CYCLE2 = at('2026-03-23T08:00:00Z');
const CYCLE3 = at('2026-03-30T07:00:00Z');
/** The Sundays before, at the same local time (summer time starts on 29 March: 09:00 is 07:00 UTC from then). */
const SUMMARY1 = at('2026-03-22T08:00:00Z');
const SUMMARY2 = at('2026-03-29T07:00:00Z');
/** The cohort completes a week after its last cycle, when the final reflections close: the last summary comes then. */
const COMPLETES = at('2026-04-06T07:00:00Z');
const SUMMARY3 = COMPLETES;
const CHANNEL = 'C0SUMMARY1';

function summaryPosts(fake: FakeSlack): FakeCall[] {
  return fake
    .callsTo('chat.postMessage')
    .filter((call) => !call.fault && (call.args.metadata as { event_type?: string } | undefined)?.event_type === METADATA_EVENT.summary);
}

function cycleOf(call: FakeCall | undefined): number {
  return (call?.args.metadata as { event_payload: { cycle: number } }).event_payload.cycle;
}

describe('scheduled summaries: once per cycle, the day before the next, through the ledger', () => {
  let fake: FakeSlack;
  let db: Db;
  let path: string;
  let deps: TickDeps;
  let pairs: Pair[];
  const tick = (now: Date, using: TickDeps = deps) => runTick(using, now);

  beforeEach(async () => {
    fake = await startFakeSlack({ botToken: PROMPTS_TOKEN });
    fake.addChannel({ id: CHANNEL, name: 'mentoring' });
    ({ db, path } = freshDatabase());
    deps = tickDeps(db, fake, path);
    const cohort = addCohort(db);
    pairs = [
      addPair(db, { cohort, mentor: { userId: 'U0MEN00001', role: 'mentor' }, mentee: { userId: 'U0MEE00001', role: 'mentee' } }),
      addPair(db, { cohort, mentor: { userId: 'U0MEN00002', role: 'mentor' }, mentee: { userId: 'U0MEE00002', role: 'mentee' } }),
    ];
    await tick(CYCLE1);
  });
  afterEach(async () => {
    await fake.close();
    db.close();
  });

  it('posts each cycle’s summary once, on the day before the next cycle, and the last one when the final reflections close', async () => {
    const prompt = listPromptsOfPair(db, pairs[0]!.id)[0]!;
    recordPromptResponse(db, { promptId: prompt.id, userId: pairs[0]!.mentorId, kind: 'met' }, later(CYCLE1, HOUR));
    seedReflection(db, pairs[0]!, 1, { promptId: prompt.id, userId: pairs[0]!.menteeId, rating: 5, sharing: 'named', learned: 'Shared with my name' }, later(CYCLE1, HOUR));
    db.prepare('UPDATE participants SET display_name = ? WHERE user_id = ?').run('Eva Ek', pairs[0]!.menteeId);

    expect((await tick(later(SUMMARY1, -MINUTE))).summariesPlanned).toBe(0);
    expect(summaryPosts(fake)).toEqual([]);

    const report = await tick(SUMMARY1);
    expect(report.summariesPlanned).toBe(1);
    expect(localDate(SUMMARY1, 'Europe/Stockholm')).toBe('2026-03-22');
    let posts = summaryPosts(fake);
    expect(posts).toHaveLength(1);
    expect(posts[0]?.args.channel).toBe(CHANNEL);
    expect(posts[0]?.args.metadata).toEqual({ event_type: METADATA_EVENT.summary, event_payload: { cohort_id: pairs[0]!.cohortId, cycle: 1 } });
    const json = JSON.stringify(posts[0]?.args.blocks);
    expect(json).toContain('Spring 2026: session 1 of 3');
    expect(json).toContain('1 of 2 pairs met in session 1 (50%)');
    expect(json).toContain('1 written on session 1, from 4 people prompted (25%)');
    // One rating is too few to show: an average would give it away.
    expect(json).toContain('too few to show (1)');
    expect(json).not.toContain('out of 5 on average');
    expect(json).toContain('>Shared with my name\\n— _Eva Ek_');
    // No organizer reads this channel's post in private: the part naming people is not in it.
    expect(json).not.toMatch(/may need a hand|Not a single reflection|did not arrive/);
    // The chart went into the same channel.
    expect(fake.callsTo('files.completeUploadExternal').map((call) => call.args.channel_id)).toEqual([CHANNEL]);

    await tick(later(SUMMARY1, MINUTE));
    await tick(later(SUMMARY1, 2 * HOUR));
    await tick(CYCLE2);
    expect(summaryPosts(fake)).toHaveLength(1);

    await tick(later(SUMMARY2, -MINUTE));
    expect(summaryPosts(fake)).toHaveLength(1);
    await tick(SUMMARY2);
    await tick(CYCLE3);
    await tick(later(SUMMARY3, -MINUTE));
    expect(summaryPosts(fake).map(cycleOf)).toEqual([1, 2]);
    await tick(SUMMARY3);
    expect(findCohort(db, pairs[0]!.cohortId)?.status).toBe('completed');
    await tick(later(COMPLETES, 7 * 24 * HOUR));

    posts = summaryPosts(fake);
    expect(posts.map(cycleOf)).toEqual([1, 2, 3]);
    // Three summaries' charts, then the closing summary's (services/final-report.ts) after the cohort completed.
    const comments = fake.callsTo('files.completeUploadExternal').map((call) => call.args.initial_comment);
    expect(comments).toHaveLength(4);
    expect(comments[3]).toBe('Meetings and reflections in each session of *Spring 2026*.');
    expect(listDeliveries(db, { kind: SUMMARY_KIND }).map((row) => [row.dedupeKey, row.status])).toEqual([
      [summaryKey(pairs[0]!.cohortId, 1), 'sent'],
      [summaryKey(pairs[0]!.cohortId, 2), 'sent'],
      [summaryKey(pairs[0]!.cohortId, 3), 'sent'],
    ]);
  });

  it('two ticks at once, on two connections to the database, post the summary once', async () => {
    const second = openDatabase(path);
    try {
      const other = tickDeps(second, fake, path);
      fake.setLatency(20);
      await Promise.all([tick(SUMMARY1), tick(SUMMARY1, other), tick(later(SUMMARY1, MINUTE), other)]);
      expect(summaryPosts(fake)).toHaveLength(1);
      expect(fake.callsTo('files.completeUploadExternal')).toHaveLength(1);
    } finally {
      second.close();
    }
  });

  it('a chart that cannot be uploaded never makes the summary post again', async () => {
    fake.failNext('files.completeUploadExternal', { error: 'internal_error' });
    await tick(SUMMARY1);
    await tick(later(SUMMARY1, MINUTE));
    await tick(later(SUMMARY1, 10 * MINUTE));
    expect(summaryPosts(fake)).toHaveLength(1);
    expect(listDeliveries(db, { kind: SUMMARY_KIND }).map((row) => row.status)).toEqual(['sent']);
  });

  it('a channel the app is not in fails the row with the reason, once, without retrying', async () => {
    fake.addChannel({ id: CHANNEL, name: 'mentoring', botIsMember: false });
    await tick(SUMMARY1);
    await tick(later(SUMMARY1, MINUTE));
    expect(fake.callsTo('chat.postMessage').filter((call) => call.args.channel === CHANNEL)).toHaveLength(1);
    expect(listDeliveries(db, { kind: SUMMARY_KIND }).map((row) => [row.status, row.error])).toEqual([['failed', 'not_in_channel']]);
    expect(fake.callsTo('files.getUploadURLExternal')).toHaveLength(0);
  });

  it('a summary more than two days late is missed, not posted', async () => {
    await tick(later(SUMMARY1, 49 * HOUR));
    expect(summaryPosts(fake)).toEqual([]);
    expect(listDeliveries(db, { kind: SUMMARY_KIND }).map((row) => [row.dedupeKey, row.status])).toEqual([
      [summaryKey(pairs[0]!.cohortId, 1), 'missed'],
    ]);
  });
});
