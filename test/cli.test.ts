import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { startFakeSlack, type FakeSlack } from './support/fake-slack';
import { createSlackRequests } from './support/slack-requests';
import { CALLBACK, JOIN } from '../src/views/ids';
import { input } from './support/slack-requests';

const ROOT = join(__dirname, '..');
const TSX = require.resolve('tsx/cli');
/** Each test starts CLI processes that load TypeScript through tsx: seconds apiece on a loaded machine. */
jest.setTimeout(90_000);

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs `reverse-mentor <args>` from source with only the given environment (no .env is read from ROOT). */
function cli(args: string[], env: Record<string, string>, cwd = mkdtempSync(join(tmpdir(), 'rm-cli-'))): { child: ChildProcess; done: Promise<Run>; output: () => string } {
  const child = spawn(process.execPath, [TSX, join(ROOT, 'src', 'cli.ts'), ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk) => (stdout += String(chunk)));
  child.stderr?.on('data', (chunk) => (stderr += String(chunk)));
  const done = new Promise<Run>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal, stdout, stderr })));
  return { child, done, output: () => stdout };
}

function tempDb(): string {
  return join(mkdtempSync(join(tmpdir(), 'rm-cli-db-')), 'rm.db');
}

async function waitUntil(check: () => boolean | Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('reverse-mentor CLI', () => {
  let fake: FakeSlack;
  beforeEach(async () => {
    fake = await startFakeSlack({ botToken: 'xoxb-t' });
  });
  afterEach(() => fake.close());

  it('start without Slack settings exits non-zero before any Slack call and says what to set', async () => {
    const run = await cli(['start'], { SLACK_API_URL: fake.apiUrl, DATABASE_PATH: tempDb() }).done;
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('SLACK_BOT_TOKEN is required');
    // Socket Mode is the story the manifest tells: the app-level token is what is asked for, HTTP mode the exception.
    expect(run.stderr).toContain('SLACK_APP_TOKEN is required for Socket Mode, which manifest.yml sets up');
    expect(run.stderr.indexOf('App-Level Tokens')).toBeLessThan(run.stderr.indexOf('HTTP mode instead'));
    expect(run.stderr).toContain('manifest.yml');
    expect(fake.calls).toHaveLength(0);
  });

  it('start with a token Slack refuses exits 1 with a plain explanation', async () => {
    // The stand-in knows only the workspace's token ('xoxb-t'), and refuses this one as Slack would.
    const run = await cli(['start'], {
      SLACK_BOT_TOKEN: 'xoxb-bad',
      SLACK_SIGNING_SECRET: 's',
      SLACK_API_URL: fake.apiUrl,
      PORT: '0',
      DATABASE_PATH: tempDb(),
    }).done;
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Slack refused SLACK_BOT_TOKEN');
  });

  it('migrate applies the migrations once; backup writes a sound copy', async () => {
    const path = tempDb();
    const first = await cli(['migrate'], { DATABASE_PATH: path }).done;
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^Applied 0001_init, 0002_topic_catalogue/);
    const second = await cli(['migrate'], { DATABASE_PATH: path }).done;
    expect(second.stdout).toMatch(/^Database is up to date/);

    const copy = join(mkdtempSync(join(tmpdir(), 'rm-bak-')), 'copy.db');
    const backup = await cli(['backup', copy], { DATABASE_PATH: path }).done;
    expect(backup.code).toBe(0);
    expect(backup.stdout).toContain('integrity ok');
    const db = new Database(copy, { readonly: true });
    expect((db.prepare('SELECT COUNT(*) AS n FROM topics').get() as { n: number }).n).toBeGreaterThanOrEqual(10);
    db.close();
    const again = await cli(['backup', copy], { DATABASE_PATH: path }).done;
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already exists');
  });

  it('tick --now runs one pass at that instant: a pause that has run out ends', async () => {
    const path = tempDb();
    await cli(['migrate'], { DATABASE_PATH: path }).done;
    const db = new Database(path);
    db.prepare(
      `INSERT INTO participants (user_id, role, department, seniority, status, paused_until, agreed_at, created_at, updated_at)
       VALUES ('U0ADA00001', 'mentor', 'Sales', '0-2', 'paused', '2026-12-04T10:00:00.000Z', 'x', 'x', 'x')`,
    ).run();
    db.close();
    const env = { SLACK_BOT_TOKEN: 'xoxb-t', SLACK_SIGNING_SECRET: 's', SLACK_API_URL: fake.apiUrl, DATABASE_PATH: path, LOG_LEVEL: 'silent' };
    const early = await cli(['tick', '--now', '2026-12-04T09:59:00Z'], env).done;
    expect(JSON.parse(early.stdout)).toMatchObject({ at: '2026-12-04T09:59:00.000Z', resumed: 0 });
    const late = await cli(['tick', '--now', '2026-12-04T10:00:00Z'], env).done;
    expect(JSON.parse(late.stdout)).toMatchObject({ at: '2026-12-04T10:00:00.000Z', resumed: 1 });
    const bad = await cli(['tick', '--now', 'next tuesday'], env).done;
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('ISO-8601');
  });

  it('unknown commands print the usage', async () => {
    const run = await cli(['frobnicate'], {}).done;
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Usage: reverse-mentor');
  });

  it('start serves HTTP, and SIGTERM finishes acknowledged work before exiting cleanly', async () => {
    const path = tempDb();
    const secret = 'cli-secret';
    fake.addUser({ id: 'U0ADA00001', name: 'ada' });
    const app = cli(['start'], {
      SLACK_BOT_TOKEN: 'xoxb-t',
      SLACK_SIGNING_SECRET: secret,
      SLACK_API_URL: fake.apiUrl,
      // Port 0: the system picks a free one (a random pick could clash with another test run); the app logs it.
      PORT: '0',
      DATABASE_PATH: path,
    });
    let port = 0;
    await waitUntil(() => {
      const running = app
        .output()
        .split('\n')
        .flatMap((line) => (line.includes('Reverse Mentor is running') ? [JSON.parse(line) as { port: number }] : []))[0];
      port = running?.port ?? 0;
      return port > 0;
    });
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    // The confirmation DM is slow to post; the process must still post it after SIGTERM.
    fake.failNext('chat.postMessage', { delayMs: 700, status: 200 });
    const slack = createSlackRequests({ baseUrl: `http://127.0.0.1:${port}`, signingSecret: secret, fake });
    const values = {
      [JOIN.role]: { [JOIN.role]: input.radio('mentor') },
      [JOIN.department]: { [JOIN.department]: input.plain('Sales') },
      [JOIN.seniority]: { [JOIN.seniority]: input.staticSelect('0-2') },
      [JOIN.topics]: { [JOIN.topics]: input.multiStaticSelect(['ai-at-work']) },
      [JOIN.confidentiality]: { [JOIN.confidentiality]: input.checkboxes(['agree']) },
    };
    const response = await slack.viewSubmission('U0ADA00001', { callbackId: CALLBACK.join, values, allowMissing: true });
    expect(response.status).toBe(200);
    await fake.waitFor('chat.postMessage');
    app.child.kill('SIGTERM');
    const run = await app.done;
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('stopped cleanly');
    expect(fake.callsTo('chat.postMessage')).toHaveLength(1);
    expect(existsSync(path)).toBe(true);
    const db = new Database(path, { readonly: true });
    expect(db.prepare('SELECT department FROM participants').all()).toEqual([{ department: 'Sales' }]);
    db.close();
  });
});
