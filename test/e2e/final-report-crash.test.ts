import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { openDatabase } from '../../src/db/open';
import { enroll } from '../../src/db/repositories/cohorts';
import { listDeliveries } from '../../src/db/repositories/deliveries';
import { runTick } from '../../src/scheduler/tick';
import { FINAL_REPORT_KIND } from '../../src/services/final-report';
import { freshDatabase } from '../helpers/db';
import { addCohort, addPair, PROMPTS_TOKEN, tickDeps } from '../helpers/prompts';
import { startFakeSlack, type FakeCall, type FakeSlack } from '../support/fake-slack';

/**
 * The final report is posted once (PRODUCT.md §12.5), even when the process posting it is SIGKILLed halfway: the
 * report is in the channel, its chart not yet uploaded, the ledger row still claimed. The next pass past the lease
 * marks it `unknown` and never posts it again.
 */

const ROOT = join(__dirname, '..', '..');
const TSX_LOADER = require.resolve('tsx/cjs');
const T1 = new Date('2026-03-16T08:00:00.000Z');
/** One weekly session: the cohort completes a week after it. */
const COMPLETES = new Date('2026-03-23T08:00:00.000Z');
const LEASE_MS = 5 * 60 * 1000;
const CHANNEL = 'C0SUMMARY1';

function tick(dbPath: string, fake: FakeSlack, now: Date) {
  const child = spawn(process.execPath, ['--require', TSX_LOADER, join(ROOT, 'src', 'cli.ts'), 'tick', '--now', now.toISOString()], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', SLACK_BOT_TOKEN: PROMPTS_TOKEN, SLACK_SIGNING_SECRET: 'crash-test-secret', SLACK_API_URL: fake.apiUrl, DATABASE_PATH: dbPath, LOG_LEVEL: 'silent' },
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
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

const finalPosts = (fake: FakeSlack): FakeCall[] =>
  fake.callsTo('chat.postMessage').filter((call) => !call.fault && JSON.stringify(call.args.metadata ?? '').includes('rm_final"'));

describe('the final report survives a crash', () => {
  let fake: FakeSlack;
  beforeEach(async () => {
    fake = await startFakeSlack({ botToken: PROMPTS_TOKEN });
  });
  afterEach(() => fake.close());

  it('a tick SIGKILLed after posting the report (its chart still uploading), then a tick past the lease: posted once, the row unknown', async () => {
    const { db, path } = freshDatabase();
    fake.addChannel({ id: CHANNEL, name: 'mentoring' });
    const cohort = addCohort(db, { weeks: 1, summaryChannel: CHANNEL });
    for (let n = 1; n <= 3; n += 1) {
      const pair = addPair(db, { cohort, mentor: { userId: `UMR00${n}`, role: 'mentor' }, mentee: { userId: `UME00${n}`, role: 'mentee' } });
      for (const id of [pair.mentorId, pair.menteeId]) enroll(db, cohort.id, id, T1);
    }
    // The session's prompts go out in this process.
    await runTick(tickDeps(db, fake, path), T1);
    db.close();

    // Slow enough that the report is in the channel well before its chart is done.
    fake.setLatency(200);
    const first = tick(path, fake, COMPLETES);
    await waitUntil(() => finalPosts(fake).length >= 1);
    first.child.kill('SIGKILL');
    expect((await first.done).signal).toBe('SIGKILL');
    expect(finalPosts(fake)).toHaveLength(1);
    const check = openDatabase(path);
    expect(listDeliveries(check, { kind: FINAL_REPORT_KIND }).map((row) => row.status)).toEqual(['claimed']);
    check.close();

    fake.setLatency(0);
    for (const at of [new Date(COMPLETES.getTime() + LEASE_MS + 60_000), new Date(COMPLETES.getTime() + 2 * LEASE_MS), new Date(COMPLETES.getTime() + 60 * 60_000)]) {
      const next = await tick(path, fake, at).done;
      expect(next.stderr).toBe('');
      expect(next.code).toBe(0);
    }
    const after = openDatabase(path);
    expect(listDeliveries(after, { kind: FINAL_REPORT_KIND }).map((row) => row.status)).toEqual(['unknown']);
    after.close();
    expect(finalPosts(fake)).toHaveLength(1);
    expect(fake.messagesIn(CHANNEL).filter((message) => message.metadata?.event_type === 'rm_final')).toHaveLength(1);
    // Four CLI processes, each starting TypeScript through tsx: seconds apiece on a loaded machine.
  }, 90_000);
});
