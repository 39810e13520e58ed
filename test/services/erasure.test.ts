/**
 * Forget-me with the other connections `start` runs (the scheduler's thread, a reader elsewhere): the WAL, which
 * holds the pages as they were before the delete, is truncated all the same, and nothing waits on anything for
 * longer than its bound.
 */
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { openDatabase, type Db } from '../../src/db/open';
import { walErasureOwed } from '../../src/db/repositories/erasure';
import { addVote } from '../../src/db/repositories/topic-votes';
import { createLogger } from '../../src/logger';
import type { Scheduler } from '../../src/scheduler/cron';
import { startSchedulerThread } from '../../src/scheduler/thread';
import { FORGET_ME_WAL_WAIT_MS, forgetPerson } from '../../src/services/forget-me';
import { purgeExpiredReflectionTexts } from '../../src/services/reflections';
import { settleWalErasure } from '../../src/services/erasure';
import { freshDatabase } from '../helpers/db';
import { addCohort, addPair, PROMPTS_TOKEN, testConfig } from '../helpers/prompts';
import { cycleDue, postPrompt, seedReflection } from '../helpers/reflections';
import { startFakeSlack, type FakeSlack } from '../support/fake-slack';

const FORGOTTEN = 'U0MEE00001';
const GOALS = 'GOALS-only-mine-to-know';
const TEXT = 'REFLECTION-only-mine-to-read';
const NEEDLES = [FORGOTTEN, GOALS, TEXT];

const walOf = (path: string) => `${path}-wal`;
const holding = (path: string) => NEEDLES.filter((needle) => existsSync(path) && readFileSync(path).includes(Buffer.from(needle)));

async function waitUntil(check: () => boolean, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

let fake: FakeSlack;
let path: string;
let dir: string;
let requests: Db;
let scheduler: Scheduler | undefined;
const others: Db[] = [];

beforeEach(async () => {
  fake = await startFakeSlack({ botToken: PROMPTS_TOKEN });
  const fresh = freshDatabase();
  ({ path, dir } = fresh);
  fresh.db.close();
  // As `start` opens the connection that serves requests: checkpoints are left to the scheduler's thread.
  requests = openDatabase(path, { autoCheckpoint: false });
  const cohort = addCohort(requests);
  const pair = addPair(requests, { cohort, mentor: { userId: 'U0MEN00001', role: 'mentor' }, mentee: { userId: FORGOTTEN, role: 'mentee' } });
  requests.prepare('UPDATE participants SET goals = ? WHERE user_id = ?').run(GOALS, FORGOTTEN);
  const promptId = postPrompt(requests, pair, 1);
  seedReflection(requests, pair, 1, { promptId, userId: FORGOTTEN, learned: TEXT }, cycleDue(1));
  expect(holding(walOf(path))).toEqual(NEEDLES);
});

afterEach(async () => {
  await scheduler?.stop();
  scheduler = undefined;
  for (const db of [requests, ...others.splice(0)]) if (db.open) db.close();
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
});

it('a reader in the way: forget-me gives up after its bound, and the scheduler thread truncates the WAL once the reader is done', async () => {
  // Another connection in the middle of a read: the WAL cannot be reset under it.
  const reader = openDatabase(path);
  others.push(reader);
  reader.exec('BEGIN');
  reader.prepare('SELECT COUNT(*) AS n FROM participants').get();

  const started = Date.now();
  const outcome = forgetPerson(requests, FORGOTTEN, cycleDue(1));
  // It waited for the reader (here in this very thread, so it could never finish) only as long as it may.
  expect(Date.now() - started).toBeLessThan(FORGET_ME_WAL_WAIT_MS * 4 + 500);
  expect(outcome.walErased).toBe(false);
  expect(walErasureOwed(requests)).toBe(true);
  // What the truncation is for: the person is still in the WAL.
  expect(holding(walOf(path)).length).toBeGreaterThan(0);

  scheduler = await startSchedulerThread(testConfig(fake, path), createLogger({ level: 'silent' }), { checkpointEveryMs: 100 });
  await new Promise((resolve) => setTimeout(resolve, 300));
  // Still in the way: still owed, and the app keeps writing meanwhile.
  expect(walErasureOwed(requests)).toBe(true);
  addVote(requests, 'ai-at-work', 'U0ELSE0001', new Date());

  reader.exec('COMMIT');
  await waitUntil(() => !walErasureOwed(requests));
  await waitUntil(() => statSync(walOf(path)).size === 0 || holding(walOf(path)).length === 0);
  expect({ database: holding(path), wal: holding(walOf(path)) }).toEqual({ database: [], wal: [] });
});

it('with the scheduler thread checkpointing all the time, the WAL ends up empty of them', async () => {
  scheduler = await startSchedulerThread(testConfig(fake, path), createLogger({ level: 'silent' }), { checkpointEveryMs: 5 });
  for (let i = 0; i < 50; i += 1) addVote(requests, 'ai-at-work', `U0VOTER${String(i).padStart(4, '0')}`, new Date());
  const outcome = forgetPerson(requests, FORGOTTEN, cycleDue(1));
  // At once, or at the scheduler's next checkpoint when its own was running at that moment.
  if (!outcome.walErased) await waitUntil(() => !walErasureOwed(requests));
  expect(walErasureOwed(requests)).toBe(false);
  expect({ database: holding(path), wal: holding(walOf(path)) }).toEqual({ database: [], wal: [] });
});

it('the retention purge owes a truncation too, and a pass settles it', () => {
  const purged = purgeExpiredReflectionTexts(requests, new Date(cycleDue(1).getTime() + 400 * 24 * 3600 * 1000), 365);
  expect(purged).toBe(1);
  expect(walErasureOwed(requests)).toBe(true);
  expect(settleWalErasure(requests, 100)).toBe('erased');
  expect(statSync(walOf(path)).size).toBe(0);
  expect(holding(walOf(path))).toEqual([]);
  expect(holding(path)).not.toContain(TEXT);
  expect(settleWalErasure(requests, 100)).toBe('none_owed');
});
