import { loadConfig } from '../../src/config';
import type { Db } from '../../src/db/open';
import { claimNextDue, findDeliveryByKey, listDeliveries } from '../../src/db/repositories/deliveries';
import { findMatchRun } from '../../src/db/repositories/match-runs';
import { endPair, findPair, insertPair, listPairs } from '../../src/db/repositories/pairs';
import { createLogger } from '../../src/logger';
import { createDeliveryHandlers } from '../../src/scheduler/deliveries';
import type { DeliveryDeps } from '../../src/scheduler/deliveries/deps';
import { dispatchDue } from '../../src/services/delivery';
import { computeMatchRun, confirmMatch, recordProgressMessage } from '../../src/services/match-runs';
import type { OutgoingMessage, SlackGateway } from '../../src/slack/gateway';
import { freshDatabase } from '../helpers/db';
import { seedCohort, seedPeople, seedPerson } from '../helpers/programme';

const ORG = 'U0ORG00001';
const T0 = new Date('2026-12-07T09:00:00Z');
const logger = createLogger({ level: 'silent' });

const rateLimited = () => Object.assign(new Error('rate limited'), { code: 'slack_webapi_rate_limited_error', retryAfter: 1 });

/** A gateway in memory: records every call; `fail` may throw for a call (by method and how many came before). */
function memorySlack(fail: (method: string, index: number) => Error | undefined = () => undefined) {
  const calls = {
    open: [] as string[][],
    posts: [] as Array<{ channel: string; message: OutgoingMessage }>,
    dms: [] as Array<{ userId: string; message: OutgoingMessage }>,
    updates: [] as Array<{ channel: string; ts: string; message: OutgoingMessage }>,
  };
  const counts = new Map<string, number>();
  const attempt = (method: string) => {
    const index = counts.get(method) ?? 0;
    counts.set(method, index + 1);
    const error = fail(method, index);
    if (error) throw error;
  };
  let ts = 0;
  const gateway: SlackGateway = {
    userInfo: async (id) => ({ id, displayName: null, timezone: null, locale: null, isBot: false, deleted: false }),
    openModal: async () => undefined,
    updateModal: async () => undefined,
    publishHome: async () => undefined,
    postEphemeral: async () => undefined,
    async openConversation(users) {
      attempt('conversations.open');
      calls.open.push([...users]);
      return `G${[...users].sort().join('')}`;
    },
    async postMessage(channel, message) {
      attempt('chat.postMessage');
      calls.posts.push({ channel, message });
      return { channel, ts: `${++ts}.000100` };
    },
    async sendDirectMessage(userId, message) {
      attempt('dm');
      calls.dms.push({ userId, message });
      return { channel: `D${userId}`, ts: `${++ts}.000100` };
    },
    async updateMessage(channel, messageTs, message) {
      attempt('chat.update');
      calls.updates.push({ channel, ts: messageTs, message });
    },
    uploadFile: async () => ({ fileId: 'F0' }),
  };
  return { gateway, calls };
}

function deps(db: Db, slack: SlackGateway): DeliveryDeps {
  const config = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: 'secret', DATABASE_PATH: ':memory:' });
  return { config, db, logger, slack };
}

/** A manual clock; `sleep` moves it on instead of waiting. */
function manualClock(start = T0) {
  let now = start.getTime();
  return { clock: () => new Date(now), sleep: async (ms: number) => void (now += ms) };
}

/** A cohort of `mentors` × `mentees`, matched and confirmed at T0, its progress message in the organizer's DM. */
async function confirmedCohort(db: Db, mentors: number, mentees: number) {
  const cohort = seedCohort(db);
  seedPeople(db, cohort.id, mentors, mentees);
  const outcome = await computeMatchRun(db, cohort, ORG, T0);
  if (!outcome.ok) throw new Error('no preview');
  const confirmed = confirmMatch(db, outcome.preview.run.id, ORG, T0);
  if (!confirmed.ok) throw new Error(confirmed.reason);
  recordProgressMessage(db, confirmed.run.id, { channel: 'DORG', ts: '1.000001', locale: 'en' });
  return confirmed;
}

function introsOf(calls: ReturnType<typeof memorySlack>['calls']) {
  return calls.posts.filter((post) => post.message.metadata?.event_type === 'rm_intro');
}

describe('introductions through the delivery ledger', () => {
  it('opens one group DM per pair, posts one intro each with rm_intro metadata, and DMs the unmatched', async () => {
    const { db } = freshDatabase();
    const { cohort, run } = await confirmedCohort(db, 3, 5);
    const { gateway, calls } = memorySlack();
    const time = manualClock();
    const report = await dispatchDue(db, createDeliveryHandlers(deps(db, gateway)), time.clock, logger, { sleep: time.sleep });

    const pairs = listPairs(db, cohort.id);
    expect(report).toMatchObject({ sent: 5, failed: 0 });
    expect(calls.open.map((users) => users.join(',')).sort()).toEqual(pairs.map((p) => `${p.mentorId},${p.menteeId}`).sort());
    expect(introsOf(calls).map((post) => post.message.metadata?.event_payload.pair_id).sort()).toEqual(pairs.map((p) => p.id).sort());
    for (const pair of pairs) {
      expect(findPair(db, pair.id)?.channelId).toBe(`G${[pair.mentorId, pair.menteeId].sort().join('')}`);
      expect(findDeliveryByKey(db, `intro:pair:${pair.id}`)).toMatchObject({ status: 'sent', channelId: findPair(db, pair.id)?.channelId });
    }
    expect(calls.dms.map((dm) => dm.userId).sort()).toEqual(['UMENTEE004', 'UMENTEE005']);
    expect(calls.dms[0]?.message.text).toContain('first in line');
    // The progress message ends with the final count.
    expect(calls.updates.at(-1)?.message.text).toContain("all 3 pairs introduced; 2 people told they're first in line");
    expect(findMatchRun(db, run.id)?.progressDoneAt).not.toBeNull();

    // Nothing is sent twice, and a finished progress message is left alone.
    const again = await dispatchDue(db, createDeliveryHandlers(deps(db, gateway)), time.clock, logger, { sleep: time.sleep });
    expect(again.sent).toBe(0);
    expect(introsOf(calls)).toHaveLength(3);
    expect(calls.updates).toHaveLength(1);
  });

  it('updates the progress every 25 introductions and at the end of the pass, not once per introduction', async () => {
    const { db } = freshDatabase();
    await confirmedCohort(db, 60, 60);
    const { gateway, calls } = memorySlack();
    const time = manualClock();
    await dispatchDue(db, createDeliveryHandlers(deps(db, gateway)), time.clock, logger, { sleep: time.sleep });
    expect(introsOf(calls)).toHaveLength(60);
    expect(calls.updates.map((update) => update.message.text)).toEqual([
      expect.stringMatching(/: 2[5-9] of 60 pairs introduced so far/),
      expect.stringMatching(/: 5\d of 60 pairs introduced so far/),
      expect.stringContaining('all 60 pairs introduced'),
    ]);
    expect(calls.updates.every((update) => update.channel === 'DORG' && update.ts === '1.000001')).toBe(true);
  });

  it('after a 429 on the post, retries in the channel already opened: conversations.open once per pair', async () => {
    const { db } = freshDatabase();
    await confirmedCohort(db, 4, 4);
    const { gateway, calls } = memorySlack((method, index) => (method === 'chat.postMessage' && index < 2 ? rateLimited() : undefined));
    const time = manualClock();
    const report = await dispatchDue(db, createDeliveryHandlers(deps(db, gateway)), time.clock, logger, { sleep: time.sleep });
    expect(report).toMatchObject({ sent: 4, rateLimited: 2 });
    expect(calls.open).toHaveLength(4);
    expect(new Set(calls.open.map((users) => users.join(','))).size).toBe(4);
    expect(introsOf(calls)).toHaveLength(4);
  });

  it('skips the intro of a pair ended before its turn, and the "first in line" DM of someone paired since', async () => {
    const { db } = freshDatabase();
    const { cohort } = await confirmedCohort(db, 2, 3);
    const [ended] = listPairs(db, cohort.id);
    endPair(db, ended!.id, T0);
    seedPerson(db, { userId: 'ULATEMENTOR', role: 'mentor' }, cohort.id);
    insertPair(db, { cohortId: cohort.id, mentorId: 'ULATEMENTOR', menteeId: 'UMENTEE003', score: 1, reasons: [], source: 'manual', createdBy: ORG }, T0);
    const { gateway, calls } = memorySlack();
    const time = manualClock();
    const report = await dispatchDue(db, createDeliveryHandlers(deps(db, gateway)), time.clock, logger, { sleep: time.sleep });
    expect(report).toMatchObject({ sent: 1, skipped: 2 });
    expect(findDeliveryByKey(db, `intro:pair:${ended!.id}`)).toMatchObject({ status: 'skipped', error: 'pair_ended' });
    expect(findDeliveryByKey(db, `unmatched:cohort:${cohort.id}:user:UMENTEE003`)).toMatchObject({ status: 'skipped', error: 'paired' });
    expect(calls.open).toHaveLength(1);
    expect(calls.dms).toHaveLength(0);
    const final = JSON.stringify(calls.updates.at(-1)?.message.blocks);
    expect(final).toContain('the pair introduced.');
    expect(final).toContain('2 messages were not sent because the pairing ended');
  });

  it('writes the intro in the pair language', async () => {
    const { db } = freshDatabase();
    const cohort = seedCohort(db);
    seedPerson(db, { userId: 'USVMENTOR', role: 'mentor', locale: 'sv-SE' }, cohort.id);
    seedPerson(db, { userId: 'UENMENTEE', role: 'mentee', locale: 'en-GB' }, cohort.id);
    const outcome = await computeMatchRun(db, cohort, ORG, T0);
    if (!outcome.ok) throw new Error('no preview');
    confirmMatch(db, outcome.preview.run.id, ORG, T0);
    const { gateway, calls } = memorySlack();
    const time = manualClock();
    await dispatchDue(db, createDeliveryHandlers(deps(db, gateway)), time.clock, logger, { sleep: time.sleep });
    expect(introsOf(calls)[0]?.message.text).toContain('har parats ihop i omvänt mentorskap');
    expect(JSON.stringify(introsOf(calls)[0]?.message.blocks)).toContain('AI på jobbet');
  });

  it('after a crash, the next pass marks the row in doubt unknown, never posts it, and reports it to check by hand', async () => {
    const { db } = freshDatabase();
    const { cohort } = await confirmedCohort(db, 3, 3);
    // A process claimed one intro and died before recording it.
    const inDoubt = claimNextDue(db, 'dead-process', T0, 5 * 60 * 1000, ['intro']);
    const { gateway, calls } = memorySlack();
    const time = manualClock(new Date(T0.getTime() + 6 * 60 * 1000));
    const report = await dispatchDue(db, createDeliveryHandlers(deps(db, gateway)), time.clock, logger, { sleep: time.sleep });
    expect(report).toMatchObject({ unknown: 1, sent: 2 });
    const pair = findPair(db, inDoubt!.subjectId!);
    expect(introsOf(calls).map((post) => post.message.metadata?.event_payload.pair_id)).not.toContain(pair!.id);
    const statuses = listDeliveries(db, { cohortId: cohort.id, kind: 'intro' }).map((d) => d.status).sort();
    expect(statuses).toEqual(['sent', 'sent', 'unknown']);
    const final = JSON.stringify(calls.updates.at(-1)?.message.blocks);
    expect(final).toContain('2 of 3 pairs introduced');
    expect(final).toContain(`<@${pair!.mentorId}>, <@${pair!.menteeId}>`);
  });
});
