/**
 * Prompt dispatch benchmark: 5,000 due weekly prompts posted through the real `nudge` handler and the delivery
 * ledger by `runTick`, the scheduler's pass, to the fake Slack Web API on loopback with 5 ms latency; then again
 * with 10% of chat.postMessage calls answered 429 `Retry-After: 1`. Prints time, peak RSS and posts per second,
 * and checks that every prompt was posted exactly once and that no retry came before Slack allowed it.
 *
 * The passes run in a process of their own, as `reverse-mentor tick` does, so its peak RSS is the app's alone
 * (this process seeds the database and hosts the fake, which keeps every call). That process loads the sources
 * through tsx's CommonJS hook, which adds ~20 MiB over compiled JavaScript.
 * Run: `npx tsx bench/dispatch.ts` (`BENCH_PROMPTS=500` for a quick run).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../src/config';
import { migrate } from '../src/db/migrate';
import { inTransaction, openDatabase, type Db } from '../src/db/open';
import { listDeliveries } from '../src/db/repositories/deliveries';
import { createLogger } from '../src/logger';
import { runTick } from '../src/scheduler/tick';
import { createLedgerGateway } from '../src/slack/gateway';
import type { FakeCall, FakeSlack } from '../test/support/fake-slack';
import { mulberry32 } from '../test/helpers/random';

const PROMPTS = Number(process.env.BENCH_PROMPTS ?? 5000);
const LATENCY_MS = 5;
/** Extra node flags for the tick process, e.g. BENCH_NODE_FLAGS='--max-semi-space-size=2', to study memory. */
/** Monday 16 March 2026, 09:00 in Stockholm: cycle 1 of the benchmark cohort. */
const DUE = new Date('2026-03-16T08:00:00Z');
const TOPICS = ['digital-tools', 'next-generation', 'challenging-assumptions', 'leadership-feedback', 'ai-at-work', 'hybrid-work'];

/** What the tick process reports. */
interface TickRun {
  ms: number;
  passes: number;
  rateLimited: number;
  /** Peak RSS of the whole tick process (`resourceUsage().maxRSS`), and its RSS once the code was loaded. */
  peakRss: number;
  rssLoaded: number;
}

interface CaseResult extends TickRun {
  name: string;
  posts: number;
}

const TICK_PROCESS = '--tick-process';

/**
 * One active cohort with `count` pairs, each with its group DM and a few topics, written in one transaction with
 * statements prepared once (preparing per row would itself allocate hundreds of megabytes before the run).
 */
function seed(db: Db, count: number): void {
  const created = '2026-03-01T10:00:00.000Z';
  inTransaction(db, () => {
    const cohortId = Number(
      db
        .prepare(
          `INSERT INTO cohorts (name, start_date, weeks, cadence, nudge_day, nudge_time, timezone, summary_channel, capacity, status,
             created_by, created_at)
           VALUES ('Bench', '2026-03-16', 12, 'weekly', 'mon', '09:00', 'Europe/Stockholm', 'C0SUMMARY1', 1, 'active', 'U0ORGANIZER', ?)`,
        )
        .run(created).lastInsertRowid,
    );
    const person = db.prepare(
      `INSERT INTO participants (user_id, role, department, seniority, timezone, locale, status, agreed_at, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, 'active', ?, ?, ?)`,
    );
    const topic = db.prepare('INSERT INTO participant_topics (user_id, topic_id, position) VALUES (?, ?, ?)');
    const enrol = db.prepare('INSERT INTO enrollments (cohort_id, user_id, enrolled_at) VALUES (?, ?, ?)');
    const pair = db.prepare(
      `INSERT INTO pairs (cohort_id, mentor_id, mentee_id, score, reasons, source, status, channel_id, created_by, created_at)
       VALUES (?, ?, ?, 10, '[]', 'matched', 'active', ?, 'U0ORGANIZER', ?)`,
    );
    for (let i = 0; i < count; i += 1) {
      const ids = [`U0R${String(i).padStart(7, '0')}`, `U0E${String(i).padStart(7, '0')}`] as const;
      ids.forEach((userId, side) => {
        // Zones east of the cohort's: every pair is due at the cohort's 09:00.
        const zone = i % 3 === 0 ? 'Asia/Tokyo' : 'Europe/Stockholm';
        person.run(userId, side === 0 ? 'mentor' : 'mentee', side === 0 ? 'Marketing' : 'Finance', side === 0 ? '0-2' : '20+', zone,
          i % 2 === 0 ? 'sv-SE' : 'en-US', created, created, created);
        topic.run(userId, TOPICS[(i + side) % TOPICS.length], 0);
        topic.run(userId, TOPICS[(i + 3) % TOPICS.length], 1);
        enrol.run(cohortId, userId, created);
      });
      pair.run(cohortId, ids[0], ids[1], `G${String(i + 1).padStart(9, '0')}`, created);
    }
  });
}

/** The 429s answered, and the first successful post to the same channel after each: never sooner than allowed. */
function checkRetryAfter(calls: readonly FakeCall[]): void {
  const nextOk = new Map<string, number>();
  for (let i = calls.length - 1; i >= 0; i -= 1) {
    const call = calls[i]!;
    const channel = String(call.args.channel);
    if (call.fault?.status === 429) {
      const retry = nextOk.get(channel);
      if (retry === undefined) throw new Error(`a prompt answered 429 was never posted (${channel})`);
      if (retry - call.at < (call.fault.retryAfter ?? 1) * 1000) throw new Error(`retried after ${retry - call.at} ms, before Retry-After`);
    } else if (!call.fault) {
      nextOk.set(channel, call.at);
    }
  }
}

/** Every due prompt posted exactly once: one successful post per prompt id, one per group DM, all rows sent. */
function checkExactlyOnce(db: Db, calls: readonly FakeCall[], count: number): number {
  const delivered = calls.filter((call) => !call.fault);
  const promptIds = new Set(delivered.map((call) => (call.args.metadata as { event_payload: { prompt_id: number } }).event_payload.prompt_id));
  const channels = new Set(delivered.map((call) => String(call.args.channel)));
  const due = listDeliveries(db, { kind: 'nudge' }).filter((row) => row.dedupeKey.endsWith(':cycle:1'));
  const sent = due.filter((row) => row.status === 'sent').length;
  if (delivered.length !== count || promptIds.size !== count || channels.size !== count || sent !== count) {
    throw new Error(
      `expected ${count} prompts posted once each; got ${delivered.length} posts, ${promptIds.size} prompts, ${channels.size} channels, ${sent} rows sent`,
    );
  }
  return delivered.length;
}

/**
 * The measured process: the scheduler's minute-by-minute passes back to back (a pass stops claiming after its
 * 50 s budget) until every due prompt is settled, each pass at the instant it starts, as the cron would run it.
 */
async function tickProcess(databasePath: string, apiUrl: string): Promise<void> {
  const rssLoaded = process.memoryUsage().rss;
  const db = openDatabase(databasePath);
  const logger = createLogger({ level: 'silent' });
  const config = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-bench', SLACK_SIGNING_SECRET: 's', SLACK_API_URL: apiUrl, DATABASE_PATH: databasePath });
  const deps = { config, db, logger, slack: createLedgerGateway({ token: 'xoxb-bench', apiUrl, logger }) };
  const started = performance.now();
  let passes = 0;
  let rateLimited = 0;
  do {
    const report = await runTick(deps, new Date(DUE.getTime() + (performance.now() - started)));
    rateLimited += report.deliveries.rateLimited;
    passes += 1;
  } while (listDeliveries(db, { kind: 'nudge' }).some((row) => row.status === 'pending' && row.dueAt <= DUE.toISOString()));
  const ms = performance.now() - started;
  db.close();
  const run: TickRun = { ms, passes, rateLimited, peakRss: process.resourceUsage().maxRSS * 1024, rssLoaded };
  process.stdout.write(`${JSON.stringify(run)}\n`);
}

function runTickProcess(databasePath: string, apiUrl: string): Promise<TickRun> {
  const flags = (process.env.BENCH_NODE_FLAGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...flags, '--require', require.resolve('tsx/cjs'), __filename, TICK_PROCESS, databasePath, apiUrl], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += String(chunk)));
  return new Promise((resolve, reject) =>
    child.once('exit', (code) => (code === 0 ? resolve(JSON.parse(output.trim().split('\n').at(-1) as string) as TickRun) : reject(new Error(`tick process exited ${code}`)))),
  );
}

async function runCase(name: string, rateLimitShare: number): Promise<CaseResult> {
  const dir = mkdtempSync(join(tmpdir(), 'rm-bench-'));
  const databasePath = join(dir, 'bench.db');
  // Loaded here, not at the top: the tick process runs this file too and should hold only the app.
  const { startFakeSlack } = await import('../test/support/fake-slack');
  const fake: FakeSlack = await startFakeSlack({ latencyMs: LATENCY_MS, botToken: 'xoxb-bench' });
  // The fake lets idle connections go after 1 s (tests want quick shutdowns). Slack keeps them open longer; so
  // does the fake here, so the bench measures the app's work rather than a TCP handshake per post.
  const server = (fake as unknown as { server?: { keepAliveTimeout: number } }).server;
  if (server) server.keepAliveTimeout = 30_000;
  const db = openDatabase(databasePath);
  try {
    migrate(db);
    seed(db, PROMPTS);
    if (rateLimitShare > 0) {
      const random = mulberry32(20260316);
      fake.setFaultPolicy('chat.postMessage', () => (random() < rateLimitShare ? { retryAfter: 1 } : undefined));
    }
    const run = await runTickProcess(databasePath, fake.apiUrl);
    const calls = fake.callsTo('chat.postMessage');
    const posts = checkExactlyOnce(db, calls, PROMPTS);
    checkRetryAfter(calls);
    return { name, posts, ...run };
  } finally {
    db.close();
    await fake.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The issue's memory target: 200 MB, in bytes. */
const TARGET_RSS = 200_000_000;
const mib = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;

function print(result: CaseResult): void {
  console.log(
    [
      `${result.name}:`,
      `  time      ${(result.ms / 1000).toFixed(1)} s for ${result.posts} prompts in ${result.passes} pass(es): ${((result.posts / result.ms) * 1000).toFixed(0)} posts/s`,
      `  memory    peak RSS of the tick process ${mib(result.peakRss)} (${mib(result.rssLoaded)} once its code was loaded)`,
      `  checked   every prompt posted exactly once${result.rateLimited > 0 ? `; ${result.rateLimited} answers 429, each retried no sooner than Retry-After` : ''}`,
      `  target    under 30 s: ${result.ms < 30_000 ? 'met' : 'MISSED'}; under 200 MB (${mib(TARGET_RSS)}) resident: ${result.peakRss < TARGET_RSS ? 'met' : 'MISSED'}`,
    ].join('\n'),
  );
}

export async function runDispatchBench(): Promise<void> {
  console.log(`dispatch bench: node ${process.version}, ${PROMPTS} due prompts, fake Slack latency ${LATENCY_MS} ms`);
  print(await runCase('no errors', 0));
  print(await runCase('10% of posts answered 429 Retry-After: 1', 0.1));
}

if (require.main === module) {
  if (process.argv[2] === TICK_PROCESS) void tickProcess(process.argv[3] as string, process.argv[4] as string);
  else void runDispatchBench();
}
