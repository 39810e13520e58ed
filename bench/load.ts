/**
 * Load benchmark: 50 concurrent clients sending slash commands, button clicks and view submissions, signed as
 * Slack signs them, to the HTTP receiver for 30 s, with the fake Slack Web API on loopback answering after 50 ms.
 * The same run measures two servers, taking turns, on the same fake Slack and the same requests:
 *
 * - `reverse-mentor start`: the real app (`src/cli.ts start`: config, database, migrations, Bolt, the listener and
 *   scheduler threads), on a database seeded with a running cohort whose weekly prompts are out, so every request
 *   does its real work (reads, writes, replies, message updates, App Home);
 * - a bare Bolt app that only acknowledges.
 *
 * Each server runs in a process of its own (the app as `npm start` runs it, compiled; the bare app through tsx's
 * loader, which only changes how its few lines are loaded), so the memory sampled (RSS, once a second) is the
 * server's alone; the fake Slack runs in another, so the work a server makes it do never slows the clients that
 * time the acknowledgements (this process). The clients never pause between turns: their requests go to one
 * server, then the other, switching every 2.25 s (bare, app, app, bare, …), so whatever else this shared machine
 * does meanwhile falls on both alike (see measureBoth). They send over kept-alive connections with node:http,
 * which costs the timing process a fraction of what fetch does: the instrument's own pauses stay out of the
 * figures. Printed per server: acknowledgement latency percentiles (p50/p90/p99/max, from the request leaving to
 * its answer arriving), errors (anything but a 200, or no answer within 5 s), RSS at the start, middle and end
 * of the measured run, and how much of the machine's CPU time the host took (steal) during the server's slices:
 * on a shared VM a few milliseconds stolen at the wrong moment is what moves a p99 most from one run to the next.
 * Target: the app's p99 within 1.3× the bare app's, no errors, memory flat.
 *
 * Each client is a person who acts about once a second (a pause of 0.5–1.5 s between requests): 50 of them make
 * ~50 requests a second, far more than a workplace programme ever sees. The mix: 40% slash commands (status,
 * help, topics), 30% prompt buttons (We met / Skip), 30% reflection submissions (one in ten rated low, which
 * has the organizers told at once).
 *
 * Run: `npx tsx bench/load.ts` (or `npm run bench -- load`). BENCH_SECONDS, BENCH_CLIENTS and BENCH_THINK_MS
 * (a client's mean pause between requests) change the load; BENCH_ONLY=command|button|view sends one kind only;
 * BENCH_CPU_PROF=<dir> writes a V8 CPU profile of the app; BENCH_APP_ROOT=<checkout> measures another version;
 * BENCH_APP_WARMUP_SECONDS changes the app's warm-up; BENCH_RSS_SERIES=1 prints every RSS sample of the app.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { Agent, request as httpRequest } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, HTTPReceiver, LogLevel } from '@slack/bolt';
import { migrate } from '../src/db/migrate';
import { inTransaction, openDatabase, type Db } from '../src/db/open';
import { insertPrompt, recordPromptPosted, setPromptTopic } from '../src/db/repositories/prompts';
import { mulberry32 } from '../test/helpers/random';
import { startFakeSlack } from '../test/support/fake-slack';

/** The fake Slack, in a process of its own: what the clients and the seeding need from it. */
interface SlackStandIn {
  apiUrl: string;
  pid: number;
  responseUrl(): string;
  addUsers(users: Array<{ id: string; name: string; tz: string; locale: string }>): Promise<void>;
  /** Calls received, by method. */
  counts(): Promise<Record<string, number>>;
  close(): Promise<void>;
}

const SECONDS = Number(process.env.BENCH_SECONDS ?? 30);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 50);
const THINK_MS = Number(process.env.BENCH_THINK_MS ?? 1000);
/**
 * Load before anything is recorded. The app's first minute and a half under this load is V8 finding its heap
 * size: RSS climbs from ~130 to ~180 MiB until the first full collection (the longest, a pause of several
 * milliseconds), drops to ~143 MiB and then stays there, collected every 20–25 s. Measured from a cold start,
 * the climb would pass for growth and the one-off first collection would land in the window; after 90 s the
 * window sees the app as it runs from then on.
 */
const WARMUP_SECONDS = { bare: 5, app: Number(process.env.BENCH_APP_WARMUP_SECONDS ?? 90) };
/** The servers take turns in slices this long… */
const SLICE_MS = 2250;
/** …of which the first part is sent but not recorded (see measureBoth). */
const SETTLE_MS = 250;
const LATENCY_MS = 50;
/** Above this share of CPU time taken by the host (steal), the run's latency figures are flagged as unreliable. */
const STEAL_WARNING = 0.02;
const PAIRS = 200;
const SECRET = 'bench-signing-secret';
const TOKEN = 'xoxb-bench-load';
const ORGANIZER = 'U0ORGBENCH';
const BARE_SERVER = '--bare-server';
const FAKE_SLACK = '--fake-slack';

// ---------------------------------------------------------------------------------------------------------------
// The bare Bolt app (run in its own process)
// ---------------------------------------------------------------------------------------------------------------

async function bareServer(port: number, apiUrl: string): Promise<void> {
  const quiet = { debug() {}, info() {}, warn() {}, error() {}, setLevel() {}, getLevel: () => LogLevel.ERROR, setName() {} };
  const receiver = new HTTPReceiver({ signingSecret: SECRET, endpoints: ['/slack/events'], logger: quiet });
  const app = new App({ token: TOKEN, receiver, logger: quiet, clientOptions: { slackApiUrl: apiUrl } });
  app.command(/.*/, async ({ ack }) => ack());
  app.action(/.*/, async ({ ack }) => ack());
  app.view(/.*/, async ({ ack }) => ack());
  await app.start(port);
}

// ---------------------------------------------------------------------------------------------------------------
// The fake Slack (run in its own process)
// ---------------------------------------------------------------------------------------------------------------

type StandInMessage = { id: number; type: 'addUsers'; users: Array<{ id: string; name: string; tz: string; locale: string }> } | { id: number; type: 'counts' };

async function fakeSlackProcess(): Promise<void> {
  const fake = await startFakeSlack({ latencyMs: LATENCY_MS, botToken: TOKEN });
  // Slack keeps connections open; so does the fake here (its default lets them go after 1 s).
  const server = (fake as unknown as { server?: { keepAliveTimeout: number } }).server;
  if (server) server.keepAliveTimeout = 30_000;
  process.on('message', (message: StandInMessage) => {
    if (message.type === 'addUsers') {
      for (const user of message.users) fake.addUser(user);
      process.send?.({ id: message.id });
    } else {
      const counts: Record<string, number> = {};
      for (const call of fake.calls) counts[call.method] = (counts[call.method] ?? 0) + 1;
      process.send?.({ id: message.id, counts });
    }
  });
  process.on('disconnect', () => void fake.close().then(() => process.exit(0)));
  process.send?.({ id: 0, apiUrl: fake.apiUrl, baseUrl: fake.baseUrl });
}

async function startSlackStandIn(): Promise<SlackStandIn> {
  const child = spawn(process.execPath, ['--require', TSX, __filename, FAKE_SLACK], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  const waiting = new Map<number, (reply: Record<string, unknown>) => void>();
  child.on('message', (reply: Record<string, unknown>) => {
    const id = reply.id as number;
    waiting.get(id)?.(reply);
    waiting.delete(id);
  });
  let nextId = 0;
  const ask = (message: Record<string, unknown>) =>
    new Promise<Record<string, unknown>>((resolve) => {
      nextId += 1;
      waiting.set(nextId, resolve);
      child.send({ ...message, id: nextId });
    });
  const ready = await new Promise<Record<string, unknown>>((resolve) => waiting.set(0, resolve));
  let responses = 0;
  return {
    apiUrl: ready.apiUrl as string,
    pid: child.pid as number,
    responseUrl: () => `${ready.baseUrl as string}/respond/R${(responses += 1)}`,
    addUsers: async (users) => {
      await ask({ type: 'addUsers', users });
    },
    counts: async () => (await ask({ type: 'counts' })).counts as Record<string, number>,
    close: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.disconnect();
      }),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Seeding: a running cohort whose first weekly prompts are out
// ---------------------------------------------------------------------------------------------------------------

interface SeededPair {
  mentorId: string;
  menteeId: string;
  channelId: string;
  promptId: number;
  messageTs: string;
}

/** A weekday at least a day ago, so cycle 1 is out and still open (the app runs on real time). */
function recentWeekday(): { date: string; day: string } {
  const day = new Date(Date.now() - 24 * 60 * 60 * 1000);
  while (day.getUTCDay() === 0 || day.getUTCDay() === 6) day.setUTCDate(day.getUTCDate() - 1);
  return { date: day.toISOString().slice(0, 10), day: ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'][day.getUTCDay()] as string };
}

async function seed(db: Db, fake: SlackStandIn): Promise<SeededPair[]> {
  const { date, day } = recentWeekday();
  const created = `${date}T00:00:00.000Z`;
  const pairs: SeededPair[] = [];
  inTransaction(db, () => {
    const cohortId = Number(
      db
        .prepare(
          `INSERT INTO cohorts (name, start_date, weeks, cadence, nudge_day, nudge_time, timezone, summary_channel, capacity, status, created_by, created_at)
           VALUES ('Load bench', ?, 12, 'weekly', ?, '00:00', 'UTC', 'C0SUMMARY', 1, 'active', ?, ?)`,
        )
        .run(date, day, ORGANIZER, created).lastInsertRowid,
    );
    const person = db.prepare(
      `INSERT INTO participants (user_id, role, department, seniority, timezone, locale, status, agreed_at, created_at, updated_at)
       VALUES (?, ?, ?, ?, 'UTC', 'en-US', 'active', ?, ?, ?)`,
    );
    const topic = db.prepare("INSERT INTO participant_topics (user_id, topic_id, position) VALUES (?, 'ai-at-work', 0)");
    const enrol = db.prepare('INSERT INTO enrollments (cohort_id, user_id, enrolled_at) VALUES (?, ?, ?)');
    const pair = db.prepare(
      `INSERT INTO pairs (cohort_id, mentor_id, mentee_id, score, reasons, source, status, channel_id, created_by, created_at)
       VALUES (?, ?, ?, 10, '[]', 'matched', 'active', ?, ?, ?)`,
    );
    for (let i = 0; i < PAIRS; i += 1) {
      const mentorId = `U0LM${String(i).padStart(6, '0')}`;
      const menteeId = `U0LE${String(i).padStart(6, '0')}`;
      for (const [userId, role] of [
        [mentorId, 'mentor'],
        [menteeId, 'mentee'],
      ] as const) {
        person.run(userId, role, role === 'mentor' ? 'Marketing' : 'Finance', role === 'mentor' ? '0-2' : '20+', created, created, created);
        topic.run(userId);
        enrol.run(cohortId, userId, created);
      }
      const channelId = `G0LOAD${String(i).padStart(5, '0')}`;
      pair.run(cohortId, mentorId, menteeId, channelId, ORGANIZER, created);
      pairs.push({ mentorId, menteeId, channelId, promptId: 0, messageTs: '' });
    }
  });
  // The prompts, posted to the fake (so buttons can update them), and recorded as the scheduler records them.
  const cohortId = (db.prepare('SELECT id FROM cohorts').get() as { id: number }).id;
  const pairIds = (db.prepare('SELECT id FROM pairs ORDER BY id').all() as Array<{ id: number }>).map((row) => row.id);
  const dueAt = new Date(created);
  for (const [index, pair] of pairs.entries()) {
    const response = await fetch(`${fake.apiUrl}chat.postMessage`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ channel: pair.channelId, text: 'Week 1 of 12' }),
    });
    const posted = (await response.json()) as { ts: string };
    const promptId = insertPrompt(db, { pairId: pairIds[index] as number, cohortId, cycle: 1, dueAt }, dueAt) as number;
    setPromptTopic(db, promptId, { topicId: 'ai-at-work', locale: 'en', questions: ['What tool changed your week?', 'What would you try?'], passedTopics: [] }, dueAt);
    recordPromptPosted(db, promptId, { channel: pair.channelId, ts: posted.ts }, dueAt);
    pair.promptId = promptId;
    pair.messageTs = posted.ts;
  }
  return pairs;
}

// ---------------------------------------------------------------------------------------------------------------
// Requests, signed as Slack signs them
// ---------------------------------------------------------------------------------------------------------------

type Kind = 'command' | 'button' | 'view';

interface Request {
  kind: Kind;
  body: string;
}

let sequence = 0;

function requestFor(random: () => number, pair: SeededPair, fake: SlackStandIn): Request {
  sequence += 1;
  const user = random() < 0.5 ? pair.mentorId : pair.menteeId;
  const userObject = { id: user, username: user.toLowerCase(), name: user.toLowerCase(), team_id: 'T1' };
  const triggerId = `${sequence}.${Date.now()}.load`;
  // BENCH_ONLY=command|button|view: one kind of request only (to see what each costs).
  const only = process.env.BENCH_ONLY;
  const roll = only === 'command' ? 0 : only === 'button' ? 0.5 : only === 'view' ? 0.9 : random();
  if (roll < 0.4) {
    const text = ['status', 'help', 'topics', 'status'][Math.floor(random() * 4)] as string;
    const form = {
      token: 'verification-token',
      team_id: 'T1',
      team_domain: 'acme',
      channel_id: 'C0GENERAL',
      channel_name: 'general',
      user_id: user,
      user_name: user.toLowerCase(),
      command: '/reverse-mentor',
      text,
      api_app_id: 'A0REVMENTOR',
      is_enterprise_install: 'false',
      response_url: fake.responseUrl(),
      trigger_id: triggerId,
    };
    return { kind: 'command', body: new URLSearchParams(form).toString() };
  }
  if (roll < 0.7) {
    const payload = {
      type: 'block_actions',
      user: userObject,
      api_app_id: 'A0REVMENTOR',
      token: 'verification-token',
      container: { type: 'message', message_ts: pair.messageTs, channel_id: pair.channelId, is_ephemeral: false },
      trigger_id: triggerId,
      team: { id: 'T1', domain: 'acme' },
      channel: { id: pair.channelId, name: 'mpdm' },
      message: { type: 'message', ts: pair.messageTs, text: 'Week 1 of 12' },
      response_url: fake.responseUrl(),
      actions: [{ type: 'button', action_id: random() < 0.5 ? 'nudge_met' : 'nudge_skip', block_id: 'prompt', value: String(pair.promptId), action_ts: `${Date.now() / 1000}` }],
    };
    return { kind: 'button', body: new URLSearchParams({ payload: JSON.stringify(payload) }).toString() };
  }
  // Most conversations go well; about one in ten is rated low (which has the organizers told at once).
  const rating = random() < 0.1 ? '2' : random() < 0.5 ? '4' : '5';
  const values = {
    met: { met: { type: 'radio_buttons', selected_option: { value: 'yes', text: { type: 'plain_text', text: 'Yes' } } } },
    rating: { rating: { type: 'static_select', selected_option: { value: rating, text: { type: 'plain_text', text: rating } } } },
    learned: { learned: { type: 'plain_text_input', value: `Something learned, take ${sequence}` } },
    next_step: { next_step: { type: 'plain_text_input', value: null } },
    sharing: { sharing: { type: 'radio_buttons', selected_option: { value: 'private', text: { type: 'plain_text', text: 'Private' } } } },
  };
  const payload = {
    type: 'view_submission',
    team: { id: 'T1', domain: 'acme' },
    user: userObject,
    api_app_id: 'A0REVMENTOR',
    token: 'verification-token',
    trigger_id: triggerId,
    view: { id: `V${sequence}`, type: 'modal', callback_id: 'reflection', private_metadata: String(pair.promptId), state: { values } },
    response_urls: [],
  };
  return { kind: 'view', body: new URLSearchParams({ payload: JSON.stringify(payload) }).toString() };
}

function sign(body: string): Record<string, string> {
  const timestamp = Math.floor(Date.now() / 1000);
  const signature = `v0=${createHmac('sha256', SECRET).update(`v0:${timestamp}:${body}`).digest('hex')}`;
  return {
    'Content-Type': 'application/x-www-form-urlencoded',
    'X-Slack-Request-Timestamp': String(timestamp),
    'X-Slack-Signature': signature,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// One measured run against one server
// ---------------------------------------------------------------------------------------------------------------

interface RunResult {
  name: string;
  requests: number;
  byKind: Record<Kind, number>;
  latencies: number[];
  latenciesByKind: Record<Kind, number[]>;
  errors: number;
  errorSamples: string[];
  rss: { start: number; mid: number; end: number; max: number };
  /** The server's CPU time over the measured run, in seconds. */
  cpuSeconds: number;
  /** The whole machine's CPU ticks over the server's slices, and how many of them the host took (steal). */
  machine: { ticks: number; stolen: number };
  /** The fake Slack's CPU time over the server's slices, in seconds: the work this server made it do. */
  fakeSlackCpuSeconds: number;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

/** CPU seconds the process has used (user + system), from /proc (Linux); NaN elsewhere. */
function cpuSecondsOf(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    // utime and stime are fields 14 and 15 of the whole line: 12 and 13 after "pid (comm) ".
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return Number.NaN;
  }
}

/**
 * The machine's CPU ticks so far, all CPUs together, and how many of them the hypervisor gave to someone else
 * (steal: the time a virtual CPU wanted to run and could not), from /proc/stat (Linux); zeros elsewhere.
 */
function machineTicks(): { ticks: number; stolen: number } {
  try {
    const fields = (/^cpu\s+(.*)$/m.exec(readFileSync('/proc/stat', 'utf8'))?.[1] ?? '').split(/\s+/).map(Number);
    // user nice system idle iowait irq softirq steal (guest time is already counted in user)
    return { ticks: fields.slice(0, 8).reduce((sum, value) => sum + value, 0), stolen: fields[7] ?? 0 };
  } catch {
    return { ticks: 0, stolen: 0 };
  }
}

/** The process's resident set, read from /proc (Linux), else from ps. */
function rssOf(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
    if (kb) return Number(kb) * 1024;
  } catch {
    // not Linux
  }
  return Number(execFileSync('ps', ['-o', 'rss=', '-p', String(pid)]).toString().trim()) * 1024;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function waitForServer(port: number, child: ChildProcess): Promise<void> {
  const until = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      // Any answer means it listens (the bare app has no /healthz: 404 is fine).
      await fetch(`http://127.0.0.1:${port}/healthz`);
      return;
    } catch {
      if (Date.now() > until) throw new Error('server did not start');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

interface Server {
  name: string;
  child: ChildProcess;
  url: string;
  result: RunResult;
  /** The clients' connections to it, kept alive. */
  agent: Agent;
  /** RSS once a second over the whole run, and which samples fell inside this server's measured slices. */
  samples: Array<{ at: number; rss: number; measured: boolean }>;
}

function newResult(name: string): RunResult {
  return { name, requests: 0, byKind: { command: 0, button: 0, view: 0 }, latencies: [], latenciesByKind: { command: [], button: [], view: [] }, errors: 0, errorSamples: [], rss: { start: 0, mid: 0, end: 0, max: 0 }, cpuSeconds: 0, machine: { ticks: 0, stolen: 0 }, fakeSlackCpuSeconds: 0 };
}

/** Which server the clients send to at the moment, and whether what they send now is recorded. */
interface Target {
  server: Server;
  measured: boolean;
}

/** One request over a kept-alive connection (as Slack keeps them); resolves with the status, rejects on no answer. */
function post(server: Server, request: Request): Promise<number> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(server.url, { method: 'POST', agent: server.agent, headers: { ...sign(request.body), 'Content-Length': Buffer.byteLength(request.body) } }, (response) => {
      response.resume();
      response.once('end', () => resolve(response.statusCode ?? 0));
      response.once('error', reject);
    });
    outgoing.setTimeout(5000, () => outgoing.destroy(new Error('no answer within 5 s')));
    outgoing.once('error', reject);
    outgoing.end(request.body);
  });
}

/**
 * `CLIENTS` clients sending until `endAt`, each request to whichever server `target()` names when it leaves (and
 * recorded in that server's result when the target says so).
 */
async function drive(target: () => Target, endAt: number, pairs: SeededPair[], fake: SlackStandIn, random: () => number): Promise<void> {
  const client = async (index: number): Promise<void> => {
    const pair = pairs[index % pairs.length] as SeededPair;
    // Clients start spread over the first pause, not all at once.
    await new Promise((resolve) => setTimeout(resolve, random() * THINK_MS));
    while (Date.now() < endAt) {
      const { server, measured } = target();
      const { result } = server;
      const request = requestFor(random, pair, fake);
      const sentAt = performance.now();
      try {
        const status = await post(server, request);
        if (measured) {
          const latency = performance.now() - sentAt;
          result.latencies.push(latency);
          result.latenciesByKind[request.kind].push(latency);
          result.requests += 1;
          result.byKind[request.kind] += 1;
          if (status !== 200) {
            result.errors += 1;
            if (result.errorSamples.length < 5) result.errorSamples.push(`${request.kind}: HTTP ${status}`);
          }
        }
      } catch (error) {
        if (measured) {
          result.requests += 1;
          result.errors += 1;
          if (result.errorSamples.length < 5) result.errorSamples.push(`${request.kind}: ${(error as Error).message}`);
        }
      }
      await new Promise((resolve) => setTimeout(resolve, THINK_MS * (0.5 + random())));
    }
  };
  await Promise.all(Array.from({ length: CLIENTS }, (_, index) => client(index)));
}

/**
 * The clients never stop: their requests go to one server, then the other, switching every `SLICE_MS` in the
 * order bare, app, app, bare, bare, app… (ABBA), so whatever else the machine does meanwhile (and it is a shared
 * VM) falls on both alike. After each switch the first `SETTLE_MS` are sent but not recorded: the other server's
 * replies in flight (the app's Web API calls take 50 ms or more) finish first. Each server is recorded for
 * `SECONDS` in all.
 */
async function measureBoth(bare: Server, app: Server, pairs: SeededPair[], fake: SlackStandIn): Promise<void> {
  const random = mulberry32(20261127);
  // Warm-up: each server on its own for a while, nothing recorded.
  for (const [server, seconds] of [
    [bare, WARMUP_SECONDS.bare],
    [app, WARMUP_SECONDS.app],
  ] as const) {
    await drive(() => ({ server, measured: false }), Date.now() + seconds * 1000, pairs, fake, random);
  }

  const slices = Math.max(1, Math.round((SECONDS * 1000) / (SLICE_MS - SETTLE_MS)));
  const order = Array.from({ length: slices * 2 }, (_, slice) => ([bare, app, app, bare][slice % 4] as Server));
  const startedAt = Date.now();
  const sliceAt = (at: number) => Math.min(order.length - 1, Math.floor((at - startedAt) / SLICE_MS));
  const target = (): Target => {
    const now = Date.now();
    return { server: order[sliceAt(now)] as Server, measured: (now - startedAt) % SLICE_MS >= SETTLE_MS };
  };
  const cpuNow = () => ({ bare: cpuSecondsOf(bare.child.pid as number), app: cpuSecondsOf(app.child.pid as number), fake: cpuSecondsOf(fake.pid) });
  let cpuAt = cpuNow();
  let machineAt = machineTicks();
  let lastSlice = 0;
  // CPU time (the server's and the machine's) is charged to the server whose slice just ended (the other one
  // idles, bar its last replies).
  const charge = (ended: Server) => {
    const now = cpuNow();
    const machine = machineTicks();
    ended.result.cpuSeconds += ended === bare ? now.bare - cpuAt.bare : now.app - cpuAt.app;
    ended.result.fakeSlackCpuSeconds += now.fake - cpuAt.fake;
    ended.result.machine.ticks += machine.ticks - machineAt.ticks;
    ended.result.machine.stolen += machine.stolen - machineAt.stolen;
    cpuAt = now;
    machineAt = machine;
  };
  const sampler = setInterval(() => {
    const slice = sliceAt(Date.now());
    if (slice !== lastSlice) {
      charge(order[lastSlice] as Server);
      lastSlice = slice;
    }
  }, 50);
  const rssSampler = setInterval(() => {
    const current = order[sliceAt(Date.now())];
    for (const server of [bare, app]) server.samples.push({ at: Date.now(), rss: rssOf(server.child.pid as number), measured: current === server });
  }, 1000);
  try {
    await drive(target, startedAt + order.length * SLICE_MS, pairs, fake, random);
  } finally {
    clearInterval(sampler);
    clearInterval(rssSampler);
  }
  charge(order[lastSlice] as Server);

  for (const server of [bare, app]) {
    const measured = server.samples.filter((sample) => sample.measured);
    // Each figure is the mean over a fifth of the run (first, middle, last): single samples jump with the GC.
    const fifth = Math.max(1, Math.floor(measured.length / 5));
    const mean = (from: number) => {
      const part = measured.slice(from, from + fifth);
      return part.reduce((sum, sample) => sum + sample.rss, 0) / Math.max(1, part.length);
    };
    server.result.rss = {
      start: mean(0),
      mid: mean(Math.floor((measured.length - fifth) / 2)),
      end: mean(measured.length - fifth),
      max: Math.max(...measured.map((sample) => sample.rss)),
    };
    server.result.latencies.sort((a, b) => a - b);
    for (const list of Object.values(server.result.latenciesByKind)) list.sort((a, b) => a - b);
  }
}

/** The least-squares slope of RSS over time, in bytes per minute. */
function rssTrend(samples: ReadonlyArray<{ at: number; rss: number }>): number {
  if (samples.length < 2) return 0;
  const meanAt = samples.reduce((sum, s) => sum + s.at, 0) / samples.length;
  const meanRss = samples.reduce((sum, s) => sum + s.rss, 0) / samples.length;
  const covariance = samples.reduce((sum, s) => sum + (s.at - meanAt) * (s.rss - meanRss), 0);
  const variance = samples.reduce((sum, s) => sum + (s.at - meanAt) ** 2, 0);
  return variance === 0 ? 0 : (covariance / variance) * 60_000;
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) {
      resolve();
      return;
    }
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 30_000).unref();
  });
}

const TSX = require.resolve('tsx/cjs');
const ROOT = join(__dirname, '..');

function startAppServer(port: number, databasePath: string, apiUrl: string): ChildProcess {
  // BENCH_CPU_PROF=<dir>: a V8 CPU profile of the app's process, for finding where its time goes.
  const profile = process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
  if (process.env.BENCH_TRACE_GC) profile.push('--trace-gc');
  // BENCH_APP_NODE_ARGS='--max-semi-space-size=16 …': node flags for the app's process, to study it.
  profile.push(...(process.env.BENCH_APP_NODE_ARGS ?? '').split(' ').filter(Boolean));
  // BENCH_APP_ROOT=<checkout>: measure another version of the app (e.g. before a change) against the same load.
  const root = process.env.BENCH_APP_ROOT ?? ROOT;
  // As `npm start` runs it: the compiled JavaScript (built by runLoadBench), not the sources through tsx.
  return spawn(process.execPath, [...profile, join(root, 'dist', 'cli.js'), 'start'], {
    cwd: root,
    env: {
      PATH: process.env.PATH ?? '',
      SLACK_BOT_TOKEN: TOKEN,
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: apiUrl,
      PORT: String(port),
      DATABASE_PATH: databasePath,
      ORGANIZER_USER_IDS: ORGANIZER,
      LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'info',
      NODE_ENV: 'production',
    },
    // Its JSON logs go where a container's would: written, not read here (BENCH_APP_STDOUT=<file> keeps them).
    stdio: ['ignore', process.env.BENCH_APP_STDOUT ? openSync(process.env.BENCH_APP_STDOUT, 'w') : 'ignore', 'inherit'],
  });
}

function startBareServer(port: number, apiUrl: string): ChildProcess {
  return spawn(process.execPath, ['--require', TSX, __filename, BARE_SERVER, String(port), apiUrl], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}

const ms = (value: number) => `${value.toFixed(1)} ms`.padStart(9);
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;

function report(result: RunResult): string {
  const l = result.latencies;
  return [
    `${result.name}:`,
    `  requests  ${result.requests} in ${SECONDS} s (${(result.requests / SECONDS).toFixed(0)}/s): ${result.byKind.command} commands, ${result.byKind.button} buttons, ${result.byKind.view} view submissions`,
    `  ack       p50 ${ms(percentile(l, 50))}  p90 ${ms(percentile(l, 90))}  p99 ${ms(percentile(l, 99))}  max ${ms(l.at(-1) ?? Number.NaN)}`,
    `  p99 by kind: ${(Object.entries(result.latenciesByKind) as Array<[Kind, number[]]>).map(([kind, list]) => `${kind} ${percentile(list, 99).toFixed(1)} ms`).join(', ')}`,
    `  errors    ${result.errors}${result.errorSamples.length > 0 ? ` (${result.errorSamples.join('; ')})` : ''}`,
    `  RSS       start ${mib(result.rss.start)}, mid ${mib(result.rss.mid)}, end ${mib(result.rss.end)} (each a mean over a fifth of the run; max ${mib(result.rss.max)})`,
    `  CPU       ${result.cpuSeconds.toFixed(1)} s over the run: ${((result.cpuSeconds / SECONDS) * 100).toFixed(0)}% of a core, ${((result.cpuSeconds * 1000) / Math.max(1, result.requests)).toFixed(2)} ms per request`,
    `  machine   ${stealText(result.machine)} of its CPU time taken by the host (steal) during these slices; the fake Slack used ${((result.fakeSlackCpuSeconds * 1000) / Math.max(1, result.requests)).toFixed(2)} ms of CPU per request`,
  ].join('\n');
}

/** The share of the machine's CPU time the host took, or undefined where /proc/stat is not there to say. */
function stealShare(machine: RunResult['machine']): number | undefined {
  return machine.ticks > 0 ? machine.stolen / machine.ticks : undefined;
}

function stealText(machine: RunResult['machine']): string {
  const share = stealShare(machine);
  return share === undefined ? 'n/a' : `${(100 * share).toFixed(1)}%`;
}

export interface LoadBenchResult {
  app: RunResult;
  bare: RunResult;
  /** The app's p99 over the bare app's. */
  p99Ratio: number;
}

export async function runLoadBench(): Promise<LoadBenchResult> {
  console.log(
    `load bench: node ${process.version}, ${CLIENTS} clients, ${SECONDS} s each after a warm-up (bare ${WARMUP_SECONDS.bare} s, app ${WARMUP_SECONDS.app} s), ` +
      `a pause of ~${THINK_MS} ms between a client's requests, fake Slack latency ${LATENCY_MS} ms`,
  );
  // `npm start` builds first (prestart); so does the bench, so it measures what is shipped.
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: process.env.BENCH_APP_ROOT ?? ROOT, stdio: 'inherit' });
  const dir = mkdtempSync(join(tmpdir(), 'rm-load-'));
  const databasePath = join(dir, 'load.db');
  const fake = await startSlackStandIn();
  try {
    const db = openDatabase(databasePath);
    migrate(db);
    const pairs = await seed(db, fake);
    db.close();
    // The participants and the organizer (who is DM'd about low ratings).
    const people = [ORGANIZER, ...pairs.flatMap((pair) => [pair.mentorId, pair.menteeId])];
    await fake.addUsers(people.map((id) => ({ id, name: id.toLowerCase(), tz: 'UTC', locale: 'en-US' })));

    const [barePort, appPort] = [await freePort(), await freePort()];
    const bareChild = startBareServer(barePort, fake.apiUrl);
    const appChild = startAppServer(appPort, databasePath, fake.apiUrl);
    const server = (name: string, child: ChildProcess, port: number): Server => ({ name, child, url: `http://127.0.0.1:${port}/slack/events`, result: newResult(name), agent: new Agent({ keepAlive: true }), samples: [] });
    const bareServer = server('bare Bolt app (acks only)', bareChild, barePort);
    const appServer = server('Reverse Mentor (reverse-mentor start)', appChild, appPort);
    try {
      await Promise.all([waitForServer(barePort, bareChild), waitForServer(appPort, appChild)]);
      await measureBoth(bareServer, appServer, pairs, fake);
    } finally {
      for (const { agent } of [bareServer, appServer]) agent.destroy();
      await Promise.all([stop(bareChild), stop(appChild)]);
    }
    const { result: bare } = bareServer;
    const { result: app } = appServer;
    const counts = await fake.counts();
    const work = { updates: counts['chat.update'] ?? 0, dms: (counts['chat.postMessage'] ?? 0) - pairs.length /* the seeded prompts */, replies: counts.response_url ?? 0, homes: counts['views.publish'] ?? 0 };

    console.log(report(bare));
    console.log(report(app));
    console.log(`  work      ${work.replies} replies, ${work.updates} prompt updates, ${work.dms} DMs, ${work.homes} App Home publishes reached the fake Slack`);
    const p99Ratio = percentile(app.latencies, 99) / percentile(bare.latencies, 99);
    const growth = app.rss.end - app.rss.start;
    const trend = rssTrend(appServer.samples.filter((sample) => sample.measured));
    // BENCH_RSS_SERIES=1: every sample of the app's RSS in MiB (* marks the app's measured slices).
    if (process.env.BENCH_RSS_SERIES) console.log(`  app RSS, once a second: ${appServer.samples.map((sample) => `${(sample.rss / 1024 / 1024).toFixed(0)}${sample.measured ? '*' : ''}`).join(' ')}`);
    console.log(
      [
        'target:',
        `  p99 ${percentile(app.latencies, 99).toFixed(1)} ms vs bare ${percentile(bare.latencies, 99).toFixed(1)} ms: ${p99Ratio.toFixed(2)}× (≤ 1.3×: ${p99Ratio <= 1.3 ? 'met' : 'MISSED'})`,
        `  errors ${app.errors} (0: ${app.errors === 0 ? 'met' : 'MISSED'})`,
        // A leak shows as growth; RSS falling back after the warm-up's peak is not one.
        `  memory ${growth >= 0 ? '+' : ''}${mib(growth)} from start to end of the run, trend ${trend >= 0 ? '+' : ''}${(trend / 1024 / 1024).toFixed(1)} MiB/min (flat, no growth over 10%: ${growth < app.rss.start * 0.1 ? 'met' : 'MISSED'})`,
      ].join('\n'),
    );
    const stolen = Math.max(...[app, bare].map(({ machine }) => stealShare(machine) ?? 0));
    if (stolen > STEAL_WARNING) {
      console.log(
        `note: the host took ${stealText(app.machine)} of this VM's CPU time during the app's slices and ${stealText(bare.machine)} during the bare app's. ` +
          'Stolen milliseconds land on whichever request is in flight, and more of them on the server that keeps the CPU busier: ' +
          'this run says more about the host than about the app. Compare runs with little steal.',
      );
    }
    return { app, bare, p99Ratio };
  } finally {
    await fake.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  if (process.argv[2] === BARE_SERVER) void bareServer(Number(process.argv[3]), process.argv[4] as string);
  else if (process.argv[2] === FAKE_SLACK) void fakeSlackProcess();
  else
    runLoadBench().catch((error: Error) => {
      process.stderr.write(`load bench failed: ${error.stack ?? error.message}\n`);
      process.exit(1);
    });
}
