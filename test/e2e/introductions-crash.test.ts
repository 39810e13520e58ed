import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { openDatabase } from '../../src/db/open';
import { listDeliveries } from '../../src/db/repositories/deliveries';
import { listPairs } from '../../src/db/repositories/pairs';
import { computeMatchRun, confirmMatch } from '../../src/services/match-runs';
import { freshDatabase } from '../helpers/db';
import { seedCohort, seedPeople } from '../helpers/programme';
import { startFakeSlack, type FakeCall, type FakeSlack } from '../support/fake-slack';

const ROOT = join(__dirname, '..', '..');
// tsx's loader in this very process: its `tsx` CLI would run the script in a child that a SIGKILL leaves running.
const TSX_LOADER = require.resolve('tsx/cjs');
const T0 = new Date('2026-12-07T09:00:00Z');
const LEASE_MS = 5 * 60 * 1000;

/** `reverse-mentor tick --now …` from source, in its own process, against the fake Slack. */
function tick(dbPath: string, fake: FakeSlack, now: Date) {
  const child = spawn(process.execPath, ['--require', TSX_LOADER, join(ROOT, 'src', 'cli.ts'), 'tick', '--now', now.toISOString()], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      SLACK_BOT_TOKEN: 'xoxb-crash-test',
      SLACK_SIGNING_SECRET: 'crash-test-secret',
      SLACK_API_URL: fake.apiUrl,
      DATABASE_PATH: dbPath,
      LOG_LEVEL: 'silent',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += String(chunk)));
  child.stderr.on('data', (chunk) => (stderr += String(chunk)));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
  return { child, done };
}

async function waitUntil(check: () => boolean, timeoutMs = 60_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const introPosts = (fake: FakeSlack): FakeCall[] =>
  fake.callsTo('chat.postMessage').filter((call) => (call.args.metadata as { event_type?: string } | undefined)?.event_type === 'rm_intro');
const pairIdOf = (call: FakeCall) => Number((call.args.metadata as { event_payload: { pair_id: number } }).event_payload.pair_id);

describe('introductions survive a crash', () => {
  let fake: FakeSlack;
  beforeEach(async () => {
    fake = await startFakeSlack({ latencyMs: 150, botToken: 'xoxb-crash-test' });
  });
  afterEach(() => fake.close());

  it('a tick killed mid-way, then a tick past the lease: every pair introduced once, those in flight left unknown, none twice', async () => {
    const { db, path } = freshDatabase();
    const cohort = seedCohort(db);
    seedPeople(db, cohort.id, 16, 16);
    const outcome = await computeMatchRun(db, cohort, 'U0ORG00001', T0);
    if (!outcome.ok) throw new Error('no preview');
    expect(confirmMatch(db, outcome.preview.run.id, 'U0ORG00001', T0)).toMatchObject({ ok: true, pairs: 16 });
    db.close();

    // Slack answers the first six posts and then none (until the kill): the tick is caught with posts done, posts
    // in flight and pairs not begun, whatever the machine's speed — no race between its posting and the kill.
    fake.setFaultPolicy('chat.postMessage', (index) => (index >= 6 ? { delayMs: 10 * 60_000 } : undefined));
    const first = tick(path, fake, new Date(T0.getTime() + 5_000));
    await waitUntil(() => introPosts(fake).length > 6);
    first.child.kill('SIGKILL');
    expect((await first.done).signal).toBe('SIGKILL');
    const postedBeforeKill = introPosts(fake).length;
    expect(postedBeforeKill).toBeLessThan(16);

    fake.setFaultPolicy('chat.postMessage', undefined);
    fake.setLatency(0);
    const second = await tick(path, fake, new Date(T0.getTime() + 5_000 + LEASE_MS + 60_000)).done;
    expect(second.stderr).toBe('');
    expect(second.code).toBe(0);
    const report = JSON.parse(second.stdout.trim().split('\n').at(-1) as string) as { deliveries: { unknown: number; sent: number } };
    expect(report.deliveries.unknown).toBeGreaterThanOrEqual(1);

    const check = openDatabase(path);
    const pairs = listPairs(check, cohort.id);
    const rows = listDeliveries(check, { cohortId: cohort.id, kind: 'intro' });
    check.close();
    const statusOf = new Map(rows.map((row) => [row.subjectId, row.status]));
    const posts = introPosts(fake).filter((call) => !call.fault);
    const postsPerPair = new Map<number, number>();
    for (const call of posts) postsPerPair.set(pairIdOf(call), (postsPerPair.get(pairIdOf(call)) ?? 0) + 1);

    // No pair was introduced twice, and no group DM holds two intros.
    expect([...postsPerPair.values()].every((n) => n === 1)).toBe(true);
    for (const pair of pairs) {
      if (pair.channelId) expect(fake.messagesIn(pair.channelId).filter((m) => m.metadata?.event_type === 'rm_intro').length).toBeLessThanOrEqual(1);
    }
    // Introduced + unknown = every pair; a sent row was posted exactly once; an unknown one at most once.
    expect(pairs.map((pair) => statusOf.get(pair.id)).every((status) => status === 'sent' || status === 'unknown')).toBe(true);
    for (const pair of pairs) {
      if (statusOf.get(pair.id) === 'sent') expect(postsPerPair.get(pair.id)).toBe(1);
      else expect(postsPerPair.get(pair.id) ?? 0).toBeLessThanOrEqual(1);
    }
    expect(rows.filter((row) => row.status === 'unknown')).toHaveLength(report.deliveries.unknown);
    expect(rows.filter((row) => row.status === 'sent').length).toBeGreaterThan(postedBeforeKill - report.deliveries.unknown);
    // A group DM is never opened twice for the same two people.
    const opened = fake.callsTo('conversations.open').filter((call) => !call.fault).map((call) => String(call.args.users));
    expect(new Set(opened).size).toBe(opened.length);
    // Two CLI processes, each starting TypeScript through tsx: seconds apiece on a loaded machine.
  }, 90_000);
});
