import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { FakeSlack } from '../support/fake-slack';
import { createSlackRequests, type SlackRequests } from '../support/slack-requests';
import type { Db } from '../../src/db/open';
import { BOT_TOKEN, SIGNING_SECRET, startHarness, type Harness, type HarnessOptions } from '../e2e/harness';

/**
 * The hardening suite's rig: the real app over signed HTTP against the fake Slack, like test/e2e/harness.ts, with
 * the knobs fault tests need (a short Web API timeout, fake latency, a lock-holding process, a database snapshot)
 * and the helpers to say what a person saw.
 */

export { BOT_TOKEN, SIGNING_SECRET };
export const ROOT = join(__dirname, '..', '..');
/** Per attempt; the app retries an interactive call twice, so a Slack that never answers costs about a second. */
export const TEST_SLACK_TIMEOUT_MS = 300;

export type Rig = Harness;
export type RigOptions = Omit<HarnessOptions, 'env'>;

/** The end-to-end harness with a short Web API timeout, so a Slack that never answers costs little time. */
export function startRig(options: RigOptions = {}): Promise<Rig> {
  return startHarness({ ...options, slackTimeoutMs: options.slackTimeoutMs ?? TEST_SLACK_TIMEOUT_MS });
}

/** Every row of every table, for "nothing changed" and "nothing half-written" comparisons. */
export function snapshot(db: Db): Record<string, unknown[]> {
  const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as Array<{ name: string }>;
  return Object.fromEntries(tables.map(({ name }) => [name, db.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all()]));
}

export function count(db: Db, table: string, where = '1 = 1', ...params: unknown[]): number {
  return (db.prepare(`SELECT COUNT(*) AS n FROM ${table} WHERE ${where}`).get(...params) as { n: number }).n;
}

export interface Reply {
  text: string;
  blocks?: unknown[];
  response_type?: string;
  replace_original?: boolean;
}

/** What was posted to a response_url the client handed out. */
export function repliesAt(rig: Rig, responseUrl: string): Reply[] {
  return rig.fake.responsesAt(decodeURIComponent(responseUrl.split('/').pop() as string)) as unknown as Reply[];
}

/** Log lines (parsed) that carry this Slack error code. */
export function loggedWithCode(rig: Rig, code: string): Array<Record<string, unknown>> {
  return rig.logs
    .map((line) => JSON.parse(line) as Record<string, unknown>)
    .filter((line) => line.slackError === code || line.code === code || (line.err as { code?: string } | undefined)?.code === code);
}

export async function waitUntil(check: () => boolean, timeoutMs = 10_000, what = 'condition'): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/**
 * Another process takes the write lock and keeps it until `release()`: a test can look at what happens while it is
 * held without racing a timer (`holdWriteLock` lets go by itself after a fixed time).
 */
export async function holdWriteLockUntilReleased(path: string): Promise<{ release: () => Promise<void>; held: () => boolean }> {
  const script = `
    const Database = require('better-sqlite3');
    const db = new Database(${JSON.stringify(path)});
    db.exec('BEGIN IMMEDIATE');
    process.stdout.write('locked\\n');
    process.stdin.once('data', () => {
      db.exec('COMMIT');
      db.close();
      process.exit(0);
    });`;
  const child = spawn(process.execPath, ['-e', script], { cwd: ROOT, stdio: ['pipe', 'pipe', 'inherit'] });
  let exited = false;
  const gone = new Promise<void>((resolve) =>
    child.once('exit', () => {
      exited = true;
      resolve();
    }),
  );
  await new Promise<void>((resolve, reject) => {
    child.stdout.once('data', () => resolve());
    child.once('exit', (code) => reject(new Error(`lock holder exited with ${code}`)));
  });
  return {
    held: () => !exited,
    async release() {
      if (!exited) child.stdin.end('release\n');
      await gone;
    },
  };
}

/**
 * Another process takes the database's write lock and holds it for `ms` (better-sqlite3 waits synchronously, so
 * the holder cannot live in this process). Resolves once the lock is held; `released` once it is let go.
 */
export async function holdWriteLock(path: string, ms: number): Promise<{ released: Promise<void> }> {
  // The holder times itself: this process may be stuck in SQLite's synchronous busy wait when the time is up.
  const script = `
    const Database = require('better-sqlite3');
    const db = new Database(${JSON.stringify(path)});
    db.exec('BEGIN IMMEDIATE');
    process.stdout.write('locked\\n');
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ${ms});
    db.exec('COMMIT');
    db.close();`;
  const child = spawn(process.execPath, ['-e', script], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  const released = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    child.stdout.once('data', () => resolve());
    child.once('exit', (code) => reject(new Error(`lock holder exited with ${code}`)));
  });
  return { released };
}

// tsx's loader in this very process: its `tsx` CLI would run the script in a child a SIGKILL leaves running.
const TSX_LOADER = require.resolve('tsx/cjs');

export interface CliRun {
  child: ChildProcess;
  done: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>;
  /** Output so far. */
  output(): { stdout: string; stderr: string };
}

/** Extra for crash tests: pause the process right after a statement matching `pauseAfterSql` (pause-after-sql.ts). */
export interface ProcessOptions {
  pauseAfterSql?: string;
}

/** `reverse-mentor <args>` from source, in its own process. */
export function runCli(args: string[], env: Record<string, string>, options: ProcessOptions = {}): CliRun {
  const pause = options.pauseAfterSql ? ['--require', join(__dirname, 'pause-after-sql.ts')] : [];
  const child = spawn(process.execPath, ['--require', TSX_LOADER, ...pause, join(ROOT, 'src', 'cli.ts'), ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', ...env, ...(options.pauseAfterSql ? { RM_PAUSE_AFTER_SQL: options.pauseAfterSql } : {}) },
    stdio: [options.pauseAfterSql ? 'pipe' : 'ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk) => (stdout += String(chunk)));
  child.stderr?.on('data', (chunk) => (stderr += String(chunk)));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
  return { child, done, output: () => ({ stdout, stderr }) };
}

/** The app (`reverse-mentor start`) in its own process, in HTTP mode on a free port; resolves once it listens. */
export async function startAppProcess(
  dbPath: string,
  fake: FakeSlack,
  organizers: string[] = [],
  options: ProcessOptions = {},
): Promise<CliRun & { port: number; requests: SlackRequests }> {
  const run = runCli(['start'], {
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: fake.apiUrl,
    DATABASE_PATH: dbPath,
    PORT: '0',
    ORGANIZER_USER_IDS: organizers.join(','),
    LOG_LEVEL: 'info',
  }, options);
  let port = 0;
  await waitUntil(
    () => {
      const match = /"port":(\d+)[^\n]*Reverse Mentor is running/.exec(run.output().stdout);
      if (match) port = Number(match[1]);
      if (run.child.exitCode !== null) throw new Error(`the app exited: ${run.output().stderr}`);
      return port > 0;
    },
    20_000,
    'the app to listen',
  );
  return { ...run, port, requests: createSlackRequests({ baseUrl: `http://127.0.0.1:${port}`, signingSecret: SIGNING_SECRET, fake }) };
}
