/**
 * The scheduler as `start` runs it: in a worker thread with its own database connection (src/scheduler/thread.ts).
 * Woken every second here instead of every minute.
 */
import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { endianness } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { loadConfig } from '../../src/config';
import { checkpoint, openDatabase, type Db } from '../../src/db/open';
import { findParticipant, setParticipantStatus } from '../../src/db/repositories/participants';
import { addVote } from '../../src/db/repositories/topic-votes';
import { createLogger } from '../../src/logger';
import type { Scheduler } from '../../src/scheduler/cron';
import { startSchedulerThread } from '../../src/scheduler/thread';
import { freshDatabase } from '../helpers/db';
import { seedPerson } from '../helpers/programme';
import { PROMPTS_TOKEN, testConfig } from '../helpers/prompts';
import { startFakeSlack, type FakeSlack } from '../support/fake-slack';

let fake: FakeSlack;
beforeEach(async () => {
  fake = await startFakeSlack({ botToken: PROMPTS_TOKEN });
});
afterEach(() => fake.close());

/** The mentor the passes act on: a pause whose end has passed is ended by the next pass. */
const MENTOR = 'U0ADA00001';

function pauseEndedAgo(db: Db, ms: number): void {
  setParticipantStatus(db, MENTOR, 'paused', new Date(Date.now() - ms), new Date());
}

function statusOf(db: Db): string | undefined {
  return findParticipant(db, MENTOR)?.status;
}

async function waitUntil(check: () => boolean, timeoutMs = 15_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

it('runs the passes off the request thread on the same database, and stops when asked', async () => {
  const { db, path, dir } = freshDatabase();
  let scheduler: Scheduler | undefined;
  try {
    // A pause that ran out a minute ago: the next pass ends it.
    seedPerson(db, { userId: MENTOR, role: 'mentor' });
    pauseEndedAgo(db, 60_000);
    const lines: Array<{ level: number; msg: string }> = [];
    const logger = createLogger({ level: 'info', destination: { write: (line: string) => void lines.push(JSON.parse(line)) } });
    scheduler = await startSchedulerThread(testConfig(fake, path), logger, { expression: '* * * * * *' });
    await waitUntil(() => statusOf(db) === 'active');

    await scheduler.stop();
    scheduler = undefined;
    // A thread asked to stop ends quietly: nothing logged as an error, no restart.
    expect(lines.filter((line) => line.level >= 50)).toEqual([]);
    expect(lines.map((line) => line.msg)).toContain('scheduler thread stopped');
    expect(lines.map((line) => line.msg)).not.toContain('starting the scheduler thread again');
    // Stopped: a pause that runs out now stays until the scheduler runs again.
    pauseEndedAgo(db, 1000);
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect(statusOf(db)).toBe('paused');
  } finally {
    await scheduler?.stop();
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

it('starts the thread again when it dies, and the passes go on', async () => {
  const { db, path, dir } = freshDatabase();
  const threads: Worker[] = [];
  let scheduler: Scheduler | undefined;
  try {
    seedPerson(db, { userId: MENTOR, role: 'mentor' });
    scheduler = await startSchedulerThread(testConfig(fake, path), createLogger({ level: 'silent' }), {
      expression: '* * * * * *',
      restartAfterMs: 200,
      onThread: (worker) => threads.push(worker),
    });
    await threads[0]!.terminate();
    await waitUntil(() => threads.length === 2);
    pauseEndedAgo(db, 1000);
    await waitUntil(() => statusOf(db) === 'active');
  } finally {
    await scheduler?.stop();
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

it('refuses to start when its database cannot be used', async () => {
  const { db, path, dir } = freshDatabase();
  db.close();
  writeFileSync(path, 'this is not an SQLite database, whatever its name says'.repeat(100));
  try {
    const config = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-t', SLACK_SIGNING_SECRET: 's', DATABASE_PATH: path, LOG_LEVEL: 'silent' });
    const starting = startSchedulerThread(config, createLogger({ level: 'silent' }), { expression: '* * * * * *' });
    // Stopped again if it started after all, so a failure here cannot leave a thread running.
    await starting.then((scheduler) => scheduler.stop(), () => undefined);
    await expect(starting).rejects.toThrow(/database/i);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/**
 * What the WAL index (the -shm file) says without touching the database: how many frames the WAL holds (mxFrame)
 * and how many of them a checkpoint has copied into the file (nBackfill). Native byte order, at the offsets of
 * https://www.sqlite.org/walformat.html ("The WAL-Index Header": mxFrame at 16; nBackfill opens the checkpoint
 * information that follows the header's two 48-byte copies).
 */
function walIndex(path: string): { frames: number; backfilled: number } {
  const shm = readFileSync(`${path}-shm`);
  const u32 = (offset: number) => (endianness() === 'LE' ? shm.readUInt32LE(offset) : shm.readUInt32BE(offset));
  return { frames: u32(16), backfilled: u32(96) };
}

describe('checkpoints', () => {
  /** Enough small commits to take the WAL well past SQLite's 1,000-page mark for checkpointing by itself. */
  function writeMany(db: Db, commits: number): void {
    const at = new Date('2026-11-01T00:00:00Z');
    for (let i = 0; i < commits; i += 1) addVote(db, 'ai-at-work', `U0CP${String(i).padStart(8, '0')}${'x'.repeat(200)}`, at);
  }

  it('a connection opened without them never writes the database file inside a commit; checkpoint() does', () => {
    const { db, path, dir } = freshDatabase();
    db.close();
    const quiet = openDatabase(path, { autoCheckpoint: false });
    try {
      const before = statSync(path).size;
      writeMany(quiet, 3_000);
      // With SQLite's default the file would have grown at the 1,000-page mark; it is as it was.
      expect(statSync(path).size).toBe(before);
      const done = checkpoint(quiet);
      expect(done.walPages).toBeGreaterThan(1_000);
      expect(done.checkpointedPages).toBe(done.walPages);
      expect(statSync(path).size).toBeGreaterThan(before);
    } finally {
      quiet.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the scheduler thread checkpoints what the request connection wrote', async () => {
    const { db, path, dir } = freshDatabase();
    db.close();
    const requests = openDatabase(path, { autoCheckpoint: false });
    let scheduler: Scheduler | undefined;
    try {
      scheduler = await startSchedulerThread(testConfig(fake, path), createLogger({ level: 'silent' }), { checkpointEveryMs: 200 });
      const before = statSync(path).size;
      writeMany(requests, 500);
      // Only a checkpoint writes the database file, and this test's connection never makes one.
      await waitUntil(() => statSync(path).size > before, 5_000);
      // Everything written is in the file now: every frame of the WAL copied back, as the shared WAL index says
      // (read, not made: a checkpoint run here would prove nothing about the thread's).
      await waitUntil(() => {
        const { frames, backfilled } = walIndex(path);
        return frames > 0 && backfilled === frames;
      }, 5_000);
    } finally {
      await scheduler?.stop();
      requests.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
