/**
 * Match-press benchmark: issue 19's figure, "a button press during a 5,000-person match is answered by its
 * listener within 300 ms". `test/listeners/matching-thread.test.ts` holds the behaviour relatively (the press is
 * answered in under a quarter of the match's own time), since a test holds no wall-clock bound; the absolute figure
 * is measured here.
 *
 * The app runs as that test runs it, as `reverse-mentor start` does: `startServer` with the listeners on their own
 * thread (`startListenerThread`), a fresh SQLite file, the Slack stand-in with the app's bot token, and the same
 * 5,000 people (`seedLargeCohort`). The organizer types `/reverse-mentor match`; once "Matching 5,000 people" has
 * been said, a participant presses their Home tab's Pause button every BENCH_PRESS_EVERY_MS (100 ms), each press by
 * someone else whose Home tab was opened before the match, until the preview DM arrives. A press's latency is from
 * the signed request leaving to its views.publish reaching the stand-in, both on this process's clock (`Date.now()`,
 * as the stand-in stamps its calls). Everything runs in this one process besides the two threads the app starts, so
 * the bench's own work shares the machine with the match: the load average is printed with each run.
 *
 * Measured on this machine (2 cores shared with other jobs, load average 3.5–4), two invocations of three runs:
 * matches of 1.48–1.78 s, 93 presses answered in 7–86 ms (median 15.5 and 16 ms, p95 35 and 39 ms). With the engine
 * planted back on the listener thread (no `matchSolver`), presses waited for it: up to 1,406 ms, target missed.
 *
 * Run: `npm run bench -- match-press` (or `npx tsx bench/match-press.ts`). BENCH_RUNS (default 3) repeats it.
 */
import { rmSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { findParticipant } from '../src/db/repositories/participants';
import { ACTION } from '../src/views/ids';
import { BOT_TOKEN } from '../test/e2e/harness';
import { seedLargeCohort } from '../test/helpers/cohorts';
import { startListenerServer, type ListenerServer } from '../test/helpers/listener-server';
import { startFakeSlack, type FakeSlack } from '../test/support/fake-slack';
import type { SlackRequests } from '../test/support/slack-requests';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const PRESS_EVERY_MS = Number(process.env.BENCH_PRESS_EVERY_MS ?? 100);
/** Home tabs opened before the match: one per press, more than a match of a few seconds needs at 10 a second. */
const HOMES = Number(process.env.BENCH_HOMES ?? 80);
const TARGET_MS = 300;
const ORG = 'U0ORG00001';

interface Press {
  userId: string;
  sentAt: number;
  latencyMs?: number;
  error?: string;
}

interface RunFigures {
  matchMs: number;
  latencies: number[];
  failed: number;
}

const percentile = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? NaN;
const median = (sorted: number[]): number =>
  sorted.length % 2 === 1
    ? (sorted[(sorted.length - 1) / 2] as number)
    : ((sorted[sorted.length / 2 - 1] as number) + (sorted[sorted.length / 2] as number)) / 2;
const load = (): string => loadavg().map((n) => n.toFixed(2)).join(' / ');
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function summary(latencies: number[]): string {
  const sorted = [...latencies].sort((a, b) => a - b);
  if (sorted.length === 0) return 'no presses answered';
  return (
    `min ${sorted[0]} ms, median ${median(sorted)} ms, max ${sorted[sorted.length - 1]} ms, ` +
    `p95 ${percentile(sorted, 0.95)} ms (${sorted.length} presses)`
  );
}

/** One press: the signed block action, then its Home tab published again (the answer the person sees). */
async function press(slack: SlackRequests, fake: FakeSlack, userId: string): Promise<Press> {
  const sentAt = Date.now();
  const done: Press = { userId, sentAt };
  try {
    const response = await slack.blockAction(userId, { actionId: ACTION.homePause, view: 'home' });
    if (response.status !== 200) throw new Error(`HTTP ${response.status}`);
    const answer = await fake.waitFor('views.publish', (args, call) => args.user_id === userId && call.at >= sentAt, { timeoutMs: 60_000 });
    done.latencyMs = answer.at - sentAt;
  } catch (error) {
    done.error = (error as Error).message;
  }
  return done;
}

async function runOnce(run: number): Promise<RunFigures> {
  const fake = await startFakeSlack({ botToken: BOT_TOKEN });
  fake.addUser({ id: ORG, name: 'grace', tz: 'Europe/Stockholm', locale: 'en-GB' });
  let app: ListenerServer | undefined;
  try {
    app = await startListenerServer(fake, { organizers: ORG });
    const { db, slack } = app;

    const { people } = seedLargeCohort(db);
    // Pressers spread over mentors and mentees; each opens their Home tab (with its Pause button) before the match.
    const step = Math.max(1, Math.floor(people.length / HOMES));
    const pressers = Array.from({ length: HOMES }, (_, i) => people[(i * step) % people.length] as string);
    for (const userId of pressers) {
      await slack.appHomeOpened(userId);
      await fake.waitFor('views.publish', (args) => args.user_id === userId, { timeoutMs: 20_000 });
    }

    const loadBefore = load();
    const commandAt = Date.now();
    await slack.command(ORG, 'match');
    const said = await fake.waitFor('response_url', (args) => String(args.text).startsWith('Matching 5,000 people'), { timeoutMs: 60_000 });
    let previewAt: number | undefined;
    const preview = fake
      .waitFor('chat.postMessage', (args) => JSON.stringify(args.blocks ?? []).includes(ACTION.matchConfirm), { timeoutMs: 120_000 })
      .then((call) => {
        previewAt = call.at;
        return call;
      });

    const presses: Array<Promise<Press>> = [];
    for (const userId of pressers) {
      if (previewAt !== undefined) break;
      presses.push(press(slack, fake, userId));
      await sleep(PRESS_EVERY_MS);
    }
    const previewCall = await preview;
    const done = await Promise.all(presses);
    const loadAfter = load();

    const matchMs = previewCall.at - commandAt;
    const latencies = done.flatMap((p) => (p.latencyMs === undefined ? [] : [p.latencyMs]));
    const failed = done.filter((p) => p.error !== undefined);
    const paused = done.filter((p) => findParticipant(db, p.userId)?.status === 'paused').length;
    const sorted = [...latencies].sort((a, b) => a - b);
    const met = failed.length === 0 && sorted.length > 0 && (sorted[sorted.length - 1] as number) <= TARGET_MS;
    console.log(
      [
        `run ${run}: load average ${loadBefore} before the match, ${loadAfter} after (1/5/15 min)`,
        `  match     command -> preview DM ${matchMs} ms ("Matching 5,000 people" said after ${said.at - commandAt} ms)`,
        `  presses   ${done.length} sent every ${PRESS_EVERY_MS} ms from "Matching" said until the preview; ` +
          `${paused} left their sender paused${failed.length > 0 ? `; ${failed.length} failed: ${failed[0]?.error}` : ''}` +
          (done.length === pressers.length ? ` (every Home tab opened was used: raise BENCH_HOMES)` : ''),
        `  latency   each (ms, in order): ${done.map((p) => p.latencyMs ?? 'x').join(' ')}`,
        `            ${summary(latencies)}`,
        `  target    within ${TARGET_MS} ms: ${met ? 'met' : 'missed'}`,
      ].join('\n'),
    );
    return { matchMs, latencies, failed: failed.length };
  } finally {
    await app?.stop();
    await fake.close();
    if (app) rmSync(app.dbDir, { recursive: true, force: true });
  }
}

export async function runMatchPressBench(): Promise<void> {
  console.log(
    `match-press bench: node ${process.version}, ${cpus().length} CPUs, ${RUNS} runs; a Pause press every ` +
      `${PRESS_EVERY_MS} ms during a match of 5,000 people, target: each answered within ${TARGET_MS} ms`,
  );
  const all: RunFigures[] = [];
  for (let run = 1; run <= RUNS; run++) all.push(await runOnce(run));
  const latencies = all.flatMap((r) => r.latencies);
  const worst = Math.max(...latencies);
  const failed = all.reduce((sum, r) => sum + r.failed, 0);
  console.log(
    [
      `all runs: match ${all.map((r) => r.matchMs).join(' / ')} ms; presses ${summary(latencies)}`,
      `  target    within ${TARGET_MS} ms: ${failed === 0 && latencies.length > 0 && worst <= TARGET_MS ? 'met' : 'missed'} ` +
        `(${failed} presses failed; load average now ${load()})`,
    ].join('\n'),
  );
}

if (require.main === module) {
  void runMatchPressBench();
}
