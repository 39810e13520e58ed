import { findDeliveryByKey, listDeliveries, scheduleDelivery, claimNextDue, type Delivery } from '../../src/db/repositories/deliveries';
import { dispatchDue, backoffMs, clockFrom, type DeliveryHandler } from '../../src/services/delivery';
import { createLogger } from '../../src/logger';
import { freshDatabase } from '../helpers/db';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Db } from '../../src/db/open';

const logger = createLogger({ level: 'silent' });
const T0 = new Date('2026-12-07T08:00:00Z');

/** A manual clock; `sleep` moves it on instead of waiting. */
function manualClock(start = T0) {
  let now = start.getTime();
  return {
    clock: () => new Date(now),
    sleep: async (ms: number) => {
      now += ms;
    },
    advance: (ms: number) => {
      now += ms;
    },
  };
}

const slackError = (error: string) => Object.assign(new Error(error), { code: 'slack_webapi_platform_error', data: { ok: false, error } });
const rateLimited = (seconds: number) => Object.assign(new Error('rate limited'), { code: 'slack_webapi_rate_limited_error', retryAfter: seconds });
const httpError = (status: number) => Object.assign(new Error(`http ${status}`), { code: 'slack_webapi_http_error', statusCode: status });

/** A handler that records posts; `script` decides per call whether to throw. */
function recordingHandler(script: (delivery: Delivery, call: number) => Error | undefined = () => undefined) {
  const posts: string[] = [];
  let calls = 0;
  const handler: DeliveryHandler = {
    async deliver(delivery) {
      const error = script(delivery, calls++);
      if (error) throw error;
      posts.push(delivery.dedupeKey);
      return { posted: { channel: 'C1', ts: `${1000 + posts.length}.000100` } };
    },
  };
  return { handler, posts, calls: () => calls };
}

function schedule(db: Db, keys: string[], dueAt = T0) {
  for (const key of keys) scheduleDelivery(db, { kind: 'test', dedupeKey: key, dueAt }, T0);
}

describe('delivery ledger', () => {
  it('schedules each key once', () => {
    const { db } = freshDatabase();
    expect(scheduleDelivery(db, { kind: 'test', dedupeKey: 'k1', dueAt: T0 }, T0)).toBe(true);
    expect(scheduleDelivery(db, { kind: 'test', dedupeKey: 'k1', dueAt: T0 }, T0)).toBe(false);
    expect(listDeliveries(db)).toHaveLength(1);
  });

  it('posts every due row once, records the ts, and leaves rows not yet due', async () => {
    const { db } = freshDatabase();
    schedule(db, ['a', 'b', 'c']);
    schedule(db, ['later'], new Date(T0.getTime() + 3600_000));
    const { handler, posts } = recordingHandler();
    const time = manualClock();
    const report = await dispatchDue(db, { test: handler }, time.clock, logger, { sleep: time.sleep });
    expect(report.sent).toBe(3);
    expect(posts.sort()).toEqual(['a', 'b', 'c']);
    expect(findDeliveryByKey(db, 'a')).toMatchObject({ status: 'sent', channelId: 'C1', attempts: 1 });
    expect(findDeliveryByKey(db, 'later')?.status).toBe('pending');
    // A second pass posts nothing again.
    const again = await dispatchDue(db, { test: handler }, time.clock, logger, { sleep: time.sleep });
    expect(again.sent).toBe(0);
    expect(posts).toHaveLength(3);
  });

  it('two passes at once never post the same row twice', async () => {
    // Two threads, two connections on one file (in one thread synchronous SQLite cannot interleave the claims).
    // Each stops at a barrier right after its first read of a due row: if reading and claiming were not one locked
    // step, both would read the same row there and both post it.
    const { db, path } = freshDatabase();
    const keys = Array.from({ length: 6 }, (_, i) => `k${i}`);
    schedule(db, keys);
    db.close();
    const barrier = new SharedArrayBuffer(8);
    const pass = () =>
      new Promise<{ posts: string[]; met: boolean | undefined }>((resolve, reject) => {
        const worker = new Worker(`require(${JSON.stringify(require.resolve('tsx/cjs'))}); require(${JSON.stringify(join(__dirname, 'claim-race.worker.ts'))});`, {
          eval: true,
          // The first reader waits this long for the other, which cannot come while the claim holds the lock.
          workerData: { path, barrier, now: new Date(T0.getTime() + 1000).toISOString(), barrierWaitMs: 500 },
        });
        worker.once('message', resolve);
        worker.once('error', reject);
      });
    const [one, two] = await Promise.all([pass(), pass()]);
    expect([...one.posts, ...two.posts].sort()).toEqual([...keys].sort());
    // The second thread read a due row only once the first had claimed its own: the first waited in vain.
    expect([one.met, two.met].filter((met) => met === false)).toHaveLength(1);
  });

  it('honours Retry-After on 429 for every row, without counting it as an attempt', async () => {
    const { db } = freshDatabase();
    schedule(db, ['a', 'b', 'c', 'd']);
    // The first post is refused for 7 s, the first after that wait for 11 s more: Slack's limit is the
    // workspace's, so no row may go before 18 s, neither the refused ones nor those never tried yet.
    const { handler, posts } = recordingHandler((delivery, call) => (call === 0 ? rateLimited(7) : call === 1 ? rateLimited(11) : undefined));
    const time = manualClock();
    const report = await dispatchDue(db, { test: handler }, time.clock, logger, { sleep: time.sleep, concurrency: 1 });
    expect(report).toMatchObject({ sent: 4, rateLimited: 2, failed: 0 });
    expect(posts.sort()).toEqual(['a', 'b', 'c', 'd']);
    const rows = listDeliveries(db);
    expect(rows.map((row) => ({ key: row.dedupeKey, attempts: row.attempts, waitedMs: Date.parse(row.sentAt!) - T0.getTime() }))).toEqual(
      ['a', 'b', 'c', 'd'].map((key) => ({ key, attempts: 1, waitedMs: 18_000 })),
    );
  });

  it('a 429 on a message-scoped kind holds up only that row; the others go on at once', async () => {
    const { db } = freshDatabase();
    schedule(db, ['busy', 'b', 'c']);
    const sentAt: Record<string, number> = {};
    const time = manualClock();
    let first = true;
    const handler: DeliveryHandler = {
      rateLimitScope: 'message',
      async deliver(delivery) {
        if (delivery.dedupeKey === 'busy' && first) {
          first = false;
          throw rateLimited(30);
        }
        sentAt[delivery.dedupeKey] = time.clock().getTime() - T0.getTime();
        return { posted: { channel: 'C1', ts: '1.1' } };
      },
    };
    const report = await dispatchDue(db, { test: handler }, time.clock, logger, { sleep: time.sleep, concurrency: 1, waitHorizonMs: 60_000 });
    expect(report).toMatchObject({ sent: 3, rateLimited: 1 });
    expect(sentAt.b).toBeLessThan(1000);
    expect(sentAt.c).toBeLessThan(1000);
    expect(sentAt.busy).toBeGreaterThanOrEqual(30_000);
  });

  it('retries 5xx and network errors with back-off, then fails the row with the code after 5 attempts', async () => {
    const { db } = freshDatabase();
    schedule(db, ['flaky', 'broken', 'fine']);
    const { handler, posts } = recordingHandler((delivery, call) => {
      if (delivery.dedupeKey === 'broken') return httpError(503);
      if (delivery.dedupeKey === 'flaky' && delivery.attempts <= 2) return Object.assign(new Error('socket hang up'), { code: 'slack_webapi_request_error' });
      return undefined;
    });
    const time = manualClock();
    const report = await dispatchDue(db, { test: handler }, time.clock, logger, { sleep: time.sleep, waitHorizonMs: 120_000 });
    expect(posts.sort()).toEqual(['fine', 'flaky']);
    expect(findDeliveryByKey(db, 'flaky')).toMatchObject({ status: 'sent', attempts: 3 });
    expect(findDeliveryByKey(db, 'broken')).toMatchObject({ status: 'failed', attempts: 5, error: 'http_503' });
    expect(report).toMatchObject({ sent: 2, failed: 1, retried: 6 });
    expect(backoffMs(1)).toBe(2000);
    expect(backoffMs(10)).toBe(60_000);
  });

  it('fails a row at once on a permanent error, and the others still go', async () => {
    const { db } = freshDatabase();
    schedule(db, ['gone', 'ok1', 'ok2']);
    const { handler, posts } = recordingHandler((delivery) => (delivery.dedupeKey === 'gone' ? slackError('channel_not_found') : undefined));
    const time = manualClock();
    await dispatchDue(db, { test: handler }, time.clock, logger, { sleep: time.sleep });
    expect(findDeliveryByKey(db, 'gone')).toMatchObject({ status: 'failed', attempts: 1, error: 'channel_not_found' });
    expect(posts.sort()).toEqual(['ok1', 'ok2']);
  });

  it('marks a claim left behind by a dead process unknown after its lease, and never posts it', async () => {
    const { db } = freshDatabase();
    schedule(db, ['in-flight', 'untouched']);
    const crashed = claimNextDue(db, 'dead-process', T0, 60_000);
    expect(crashed?.dedupeKey).toBe('in-flight');
    const { handler, posts } = recordingHandler();
    const time = manualClock(new Date(T0.getTime() + 30_000));
    // Within the lease: the claim is respected, the other row goes.
    await dispatchDue(db, { test: handler }, time.clock, logger, { sleep: time.sleep });
    expect(posts).toEqual(['untouched']);
    expect(findDeliveryByKey(db, 'in-flight')?.status).toBe('claimed');
    time.advance(60_000);
    const report = await dispatchDue(db, { test: handler }, time.clock, logger, { sleep: time.sleep });
    expect(report.unknown).toBe(1);
    expect(findDeliveryByKey(db, 'in-flight')).toMatchObject({ status: 'unknown', error: 'lease_expired' });
    expect(posts).toEqual(['untouched']);
  });

  it('marks rows past the handler\'s lateness limit missed, and closes skipped ones without a post', async () => {
    const { db } = freshDatabase();
    scheduleDelivery(db, { kind: 'late', dedupeKey: 'old', dueAt: new Date(T0.getTime() - 49 * 3600_000) }, T0);
    scheduleDelivery(db, { kind: 'late', dedupeKey: 'recent', dueAt: new Date(T0.getTime() - 47 * 3600_000) }, T0);
    scheduleDelivery(db, { kind: 'skip', dedupeKey: 'paused', dueAt: T0 }, T0);
    const { handler, posts } = recordingHandler();
    const time = manualClock();
    const report = await dispatchDue(
      db,
      { late: { ...handler, maxLatenessMs: 48 * 3600_000 }, skip: { deliver: async () => ({ skipped: 'paused' }) } },
      time.clock,
      logger,
      { sleep: time.sleep },
    );
    expect(report).toMatchObject({ sent: 1, missed: 1, skipped: 1 });
    expect(posts).toEqual(['recent']);
    expect(findDeliveryByKey(db, 'old')).toMatchObject({ status: 'missed', error: 'too_late' });
    expect(findDeliveryByKey(db, 'paused')).toMatchObject({ status: 'skipped', error: 'paused' });
  });

  it('clockFrom starts at the given instant and moves with real time', async () => {
    const clock = clockFrom(T0);
    const first = clock().getTime();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(first - T0.getTime()).toBeLessThan(20);
    expect(clock().getTime() - first).toBeGreaterThanOrEqual(15);
  });
});
