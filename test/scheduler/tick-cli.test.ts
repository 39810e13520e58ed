import { spawn } from 'node:child_process';
import { join } from 'node:path';
import type { Db } from '../../src/db/open';
import { listDeliveries } from '../../src/db/repositories/deliveries';
import type { Pair } from '../../src/db/repositories/pairs';
import type { TickReport } from '../../src/scheduler/tick';
import { freshDatabase } from '../helpers/db';
import { addCohort, addPair } from '../helpers/prompts';
import { startFakeSlack, type FakeSlack } from '../support/fake-slack';

/**
 * `reverse-mentor tick` as operations run it: real processes on one SQLite file against a fake Slack. Two passes
 * at once post nothing twice; a pass killed mid-dispatch and run again posts nothing twice either.
 */

const ROOT = join(__dirname, '..', '..');
const T1 = '2026-03-16T08:00:00Z';
/** Each test starts CLI processes that load TypeScript through tsx: seconds apiece on a loaded machine. */
jest.setTimeout(90_000);

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the CLI from source in one process (`node --import tsx`, not the `tsx` wrapper, which would run the code
 * in a child that a SIGKILL to the wrapper leaves running).
 */
function tick(now: string, env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src', 'cli.ts'), 'tick', '--now', now], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += String(chunk)));
  child.stderr.on('data', (chunk) => (stderr += String(chunk)));
  const done = new Promise<Run>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal, stdout, stderr })));
  return { child, done };
}

function reportOf(run: Run): TickReport {
  expect(run).toMatchObject({ code: 0, stderr: '' });
  return JSON.parse(run.stdout.trim().split('\n').at(-1) as string) as TickReport;
}

async function waitUntil(check: () => boolean, timeoutMs = 30_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('tick in separate processes', () => {
  let fake: FakeSlack;
  let db: Db;
  let env: Record<string, string>;
  let pairs: Pair[];

  async function setUp(pairCount: number, latencyMs: number) {
    fake = await startFakeSlack({ latencyMs, botToken: 'xoxb-cli-prompts' });
    const fresh = freshDatabase();
    db = fresh.db;
    env = { SLACK_BOT_TOKEN: 'xoxb-cli-prompts', SLACK_SIGNING_SECRET: 's', SLACK_API_URL: fake.apiUrl, DATABASE_PATH: fresh.path, LOG_LEVEL: 'silent' };
    const cohort = addCohort(db);
    pairs = Array.from({ length: pairCount }, (_, i) =>
      addPair(db, {
        cohort,
        mentor: { userId: `U0R${String(i).padStart(7, '0')}`, role: 'mentor' },
        mentee: { userId: `U0E${String(i).padStart(7, '0')}`, role: 'mentee' },
      }),
    );
  }

  afterEach(async () => {
    await fake.close();
    db.close();
  });

  const postsPerChannel = () => pairs.map((pair) => fake.messagesIn(pair.channelId!).length);

  it('two ticks at once on one database post every prompt exactly once', async () => {
    await setUp(60, 25);
    const [one, two] = await Promise.all([tick(T1, env).done, tick(T1, env).done]);
    const reports = [reportOf(one), reportOf(two)];
    expect(reports[0]!.deliveries.sent + reports[1]!.deliveries.sent).toBe(60);
    expect(reports[0]!.promptsPlanned + reports[1]!.promptsPlanned).toBe(120); // cycles 1 and 2, planned once
    expect(postsPerChannel()).toEqual(pairs.map(() => 1));
    expect(listDeliveries(db, { kind: 'nudge' }).filter((row) => row.status === 'sent')).toHaveLength(60);

    // And once more, later the same day: nothing new.
    reportOf(await tick('2026-03-16T10:00:00Z', env).done);
    expect(postsPerChannel()).toEqual(pairs.map(() => 1));
  });

  it('a tick killed mid-dispatch, run again past the lease, posts nothing twice and delivers every prompt not in flight', async () => {
    await setUp(60, 200);
    const first = tick(T1, env);
    await waitUntil(() => fake.callsTo('chat.postMessage').length >= 8);
    first.child.kill('SIGKILL');
    expect((await first.done).signal).toBe('SIGKILL');

    const rowsAtKill = listDeliveries(db, { kind: 'nudge' }).filter((row) => row.dedupeKey.endsWith(':cycle:1'));
    const inFlight = rowsAtKill.filter((row) => row.status === 'claimed').map((row) => row.id);
    const sentAtKill = rowsAtKill.filter((row) => row.status === 'sent').length;
    expect(inFlight.length).toBeGreaterThanOrEqual(1);
    expect(inFlight.length).toBeLessThanOrEqual(4);
    expect(sentAtKill).toBeGreaterThan(0);
    // The killed process is gone: nothing more reaches Slack from it.
    const postsAtKill = fake.callsTo('chat.postMessage').length;
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(fake.callsTo('chat.postMessage')).toHaveLength(postsAtKill);

    // Six minutes on, the claims' five-minute lease has run out.
    const report = reportOf(await tick('2026-03-16T08:06:00Z', env).done);
    expect(report.deliveries).toMatchObject({ unknown: inFlight.length, sent: 60 - inFlight.length - sentAtKill });

    const rows = listDeliveries(db, { kind: 'nudge' }).filter((row) => row.dedupeKey.endsWith(':cycle:1'));
    expect(rows.filter((row) => row.status === 'unknown').map((row) => row.id)).toEqual([...inFlight].sort((a, b) => a - b));
    expect(rows.filter((row) => row.status === 'sent')).toHaveLength(60 - inFlight.length);
    const perChannel = new Map(pairs.map((pair) => [pair.channelId!, fake.messagesIn(pair.channelId!).length]));
    // Never twice; every row not in flight exactly once; an in-flight one at most once.
    expect(Math.max(...perChannel.values())).toBe(1);
    for (const row of rows) {
      const channel = pairs.find((pair) => row.dedupeKey === `nudge:pair:${pair.id}:cycle:1`)!.channelId!;
      if (row.status === 'sent') expect(perChannel.get(channel)).toBe(1);
    }
  });
});
