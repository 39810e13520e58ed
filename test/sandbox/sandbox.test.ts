import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger } from '../../src/logger';
import { DEFAULT_SANDBOX_DATABASE, sandboxSettings, SandboxSettingsError, startSandbox, type RunningSandbox } from '../../src/sandbox';
import type { SandboxPageState } from '../../src/sandbox/sandbox';
import { SANDBOX_CHANNELS, SANDBOX_ORGANIZER, SANDBOX_PEOPLE } from '../../src/sandbox/workspace';

const LEO = 'U0SBLEO001';
const KARIN = 'U0SBKAR001';
const START = new Date('2026-12-01T09:30:00Z');
const logger = createLogger({ level: 'silent' });

/** Settings as a developer's machine might have them: real Slack settings and a production database in `.env`. */
function hostileEnvironment(dir: string): NodeJS.ProcessEnv {
  return {
    SLACK_BOT_TOKEN: 'xoxb-real-production-token',
    SLACK_SIGNING_SECRET: 'real-signing-secret',
    SLACK_APP_TOKEN: 'xapp-real-app-token',
    SLACK_API_URL: 'https://slack.com/api/',
    DATABASE_PATH: join(dir, 'production.db'),
    SANDBOX_DATABASE_PATH: join(dir, 'sandbox.db'),
    LOG_LEVEL: 'silent',
  };
}

async function api<T = Record<string, unknown>>(running: RunningSandbox, path: string, body?: unknown): Promise<{ status: number; json: T }> {
  const response = await fetch(`http://127.0.0.1:${running.server.port}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    ...(body === undefined ? {} : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
  });
  return { status: response.status, json: (await response.json()) as T };
}

const stateOf = async (running: RunningSandbox, userId: string) => (await api<SandboxPageState>(running, `/api/state?user=${userId}`)).json;
const appDm = (state: SandboxPageState) => state.conversations.find((conv) => conv.kind === 'im')!;

describe('sandbox settings', () => {
  it('defaults to port 3000 and its own database file', () => {
    expect(sandboxSettings({}, [])).toEqual({ port: 3000, databasePath: DEFAULT_SANDBOX_DATABASE, logLevel: 'warn' });
    expect(sandboxSettings({ SANDBOX_PORT: '4100' }, []).port).toBe(4100);
    expect(sandboxSettings({ SANDBOX_PORT: '4100' }, ['--port', '4200']).port).toBe(4200);
  });

  it('never wipes a database it did not make', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rm-sandbox-'));
    const databasePath = join(dir, 'someone-elses.db');
    writeFileSync(databasePath, 'not ours');
    try {
      await expect(startSandbox({ port: 0, databasePath, logLevel: 'silent' }, logger)).rejects.toThrow(/not a sandbox database/);
      expect(readFileSync(databasePath, 'utf8')).toBe('not ours');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a bad port and the production database', () => {
    expect(() => sandboxSettings({}, ['--port', 'many'])).toThrow(SandboxSettingsError);
    expect(() => sandboxSettings({}, ['--port'])).toThrow(/port/);
    expect(() => sandboxSettings({ SANDBOX_DATABASE_PATH: './data/reverse-mentor.db' }, [])).toThrow(/never uses the app's database/);
    expect(() => sandboxSettings({ DATABASE_PATH: '/srv/rm.db', SANDBOX_DATABASE_PATH: '/srv/rm.db' }, [])).toThrow(SandboxSettingsError);
  });
});

describe('the sandbox', () => {
  let dir: string;
  let running: RunningSandbox;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'rm-sandbox-'));
    running = await startSandbox(sandboxSettings(hostileEnvironment(dir), ['--port', '0']), logger, { startAt: START });
  });
  afterEach(async () => {
    await running.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('never leaves loopback: every server on 127.0.0.1, the app pointed at the stand-in with made-up credentials', async () => {
    const { sandbox, server } = running;
    expect((server.server.address() as AddressInfo).address).toBe('127.0.0.1');
    expect(sandbox.appAddress).toBe('127.0.0.1');
    expect(new URL(sandbox.standIn.apiUrl).hostname).toBe('127.0.0.1');
    expect(sandbox.slackApiUrl).toBe(sandbox.standIn.apiUrl);

    await api(running, '/api/command', { user: LEO, text: '/reverse-mentor help' });
    const calls = sandbox.standIn.calls.filter((call) => call.token !== undefined);
    expect(calls.length).toBeGreaterThan(0);
    expect(calls.every((call) => call.token?.startsWith('xoxb-sandbox-'))).toBe(true);
    expect(JSON.stringify(sandbox.standIn.calls)).not.toContain('real');
    // Only its own database: the production file named in the environment is never created.
    expect(existsSync(join(dir, 'sandbox.db'))).toBe(true);
    expect(existsSync(join(dir, 'production.db'))).toBe(false);
  });

  it('plays a whole cohort through the page API with every connection on 127.0.0.1', async () => {
    // Every TCP connection this process opens during the flow: the sandbox's, the app's and Bolt's alike.
    const targets: string[] = [];
    const connect = Socket.prototype.connect;
    const spy = jest.spyOn(Socket.prototype, 'connect').mockImplementation(function (this: Socket, ...args: unknown[]) {
      const [first] = args;
      const options = typeof first === 'object' && first !== null ? (first as { host?: string; path?: string }) : { host: typeof args[1] === 'string' ? args[1] : undefined };
      targets.push(options.path ?? options.host ?? 'localhost');
      return (connect as (...a: unknown[]) => Socket).apply(this, args);
    });
    try {
      const organizer = SANDBOX_ORGANIZER.id;
      expect((await api<{ joined: string[] }>(running, '/api/join-everyone', {})).json.joined).toHaveLength(SANDBOX_PEOPLE.length);
      await api(running, '/api/command', { user: organizer, text: '/reverse-mentor cohort new' });
      const modal = (await stateOf(running, organizer)).modals[0]!;
      expect(modal.callback_id).toBe('cohort_create');
      const created = await api(running, '/api/submit', {
        user: organizer,
        viewId: modal.id,
        values: { name: { name: 'Spring 2027' }, summary_channel: { summary_channel: 'C0SBSUMMARY' } },
      });
      expect(created.json).toEqual({ status: 200 });
      expect((await stateOf(running, organizer)).modals).toEqual([]);

      await api(running, '/api/command', { user: organizer, text: '/reverse-mentor match' });
      const preview = appDm(await stateOf(running, organizer)).messages.find((m) => JSON.stringify(m.blocks).includes('match_confirm'))!;
      expect(preview.kind).toBe('ephemeral');
      await api(running, '/api/action', { user: organizer, source: { type: 'ephemeral', id: preview.ephemeralId }, actionId: 'match_confirm' });

      const advanced = await api<{ to: string; sent: number }>(running, '/api/clock', { nextPrompt: true });
      expect(advanced.json.sent).toBeGreaterThanOrEqual(SANDBOX_PEOPLE.length / 2);
      const leo = await stateOf(running, LEO);
      const pairDm = leo.conversations.find((conv) => conv.kind === 'mpim')!;
      const prompt = pairDm.messages.find((m) => JSON.stringify(m.blocks).includes('nudge_reflect'))!;
      await api(running, '/api/action', { user: LEO, source: { type: 'message', channel: pairDm.id, ts: prompt.ts }, actionId: 'nudge_reflect' });
      const reflection = (await stateOf(running, LEO)).modals[0]!;
      expect(reflection.callback_id).toBe('reflection');
      const refused = await api<{ errors?: Record<string, string> }>(running, '/api/submit', { user: LEO, viewId: reflection.id, values: { met: { met: 'yes' } } });
      expect(Object.keys(refused.json.errors ?? {})).toEqual(['rating']);
      const saved = await api<{ errors?: Record<string, string> }>(running, '/api/submit', {
        user: LEO,
        viewId: reflection.id,
        values: { met: { met: 'yes' }, rating: { rating: '4' }, sharing: { sharing: 'anonymous' }, learned: { learned: 'Short videos teach fast.' } },
      });
      expect(saved.json.errors).toBeUndefined();

      await api(running, '/api/command', { user: organizer, text: '/reverse-mentor summary', channel: 'C0SBSUMMARY' });
      const channel = (await stateOf(running, organizer)).conversations.find((conv) => conv.id === 'C0SBSUMMARY')!;
      expect(channel.messages.some((m) => m.kind === 'message' && JSON.stringify(m).includes('Spring 2027'))).toBe(true);
      expect(channel.messages.flatMap((m) => m.files).some((file) => file.name.endsWith('.png') && file.size > 1000)).toBe(true);
    } finally {
      spy.mockRestore();
    }
    // Web API calls share keep-alive connections, so there are fewer connections than calls; but some were seen.
    expect(targets.length).toBeGreaterThan(2);
    expect([...new Set(targets)].filter((host) => !['127.0.0.1', 'localhost', '::1'].includes(host))).toEqual([]);
  });

  it('seeds a workspace: an organizer and a dozen people on several continents, in English and Swedish', async () => {
    const state = await stateOf(running, SANDBOX_ORGANIZER.id);
    expect(state.me).toMatchObject({ id: SANDBOX_ORGANIZER.id, organizer: true });
    expect(state.people).toHaveLength(1 + SANDBOX_PEOPLE.length);
    expect(SANDBOX_PEOPLE.length).toBeGreaterThanOrEqual(12);
    expect(new Set(state.people.map((p) => p.locale))).toEqual(new Set(['en-US', 'sv-SE']));
    const continents = new Set(state.people.map((p) => p.tz.split('/')[0]));
    expect(continents.size).toBeGreaterThanOrEqual(4);
    expect(state.channels.map((c) => c.id).sort()).toEqual(SANDBOX_CHANNELS.map((c) => c.id).sort());
    expect(state.now).toBe(START.toISOString());
  });

  it("sends a command signed to the app and shows the reply to the person who typed it, and nobody else", async () => {
    const sent = await api(running, '/api/command', { user: LEO, text: '/reverse-mentor help' });
    expect(sent).toEqual({ status: 200, json: { status: 200 } });
    expect(running.sandbox.standIn.callsTo('response_url')).toHaveLength(1);

    const leo = appDm(await stateOf(running, LEO));
    expect(leo.messages.map((m) => [m.kind, m.from])).toEqual([
      ['ephemeral', LEO],
      ['ephemeral', 'UBOT'],
    ]);
    // Leo's Slack is in Swedish.
    expect(leo.messages[1]?.text).toMatch(/Reverse Mentor/);
    expect(JSON.stringify(leo.messages[1]?.blocks)).toContain('/reverse-mentor join');
    expect(appDm(await stateOf(running, KARIN)).messages).toEqual([]);
  });

  it('a click reaches the button in the block it was in: a vote on the third topic is a vote on the third topic', async () => {
    await api(running, '/api/command', { user: LEO, text: '/reverse-mentor topics' });
    const list = appDm(await stateOf(running, LEO)).messages.at(-1)!;
    const sections = (list.blocks as Array<{ block_id?: string; accessory?: { action_id: string; value: string } }>).filter((b) => b.accessory);
    const third = sections[2]!;
    expect(third.accessory?.action_id).toBe('topic_vote');
    const sent = await api(running, '/api/action', { user: LEO, source: { type: 'ephemeral', id: list.ephemeralId }, actionId: 'topic_vote', blockId: third.block_id });
    expect(sent.status).toBe(200);
    const redrawn = appDm(await stateOf(running, LEO)).messages.at(-1)!;
    const buttons = (redrawn.blocks as Array<{ accessory?: { action_id: string; value: string } }>).flatMap((b) => (b.accessory ? [b.accessory] : []));
    expect(buttons.filter((button) => button.action_id === 'topic_vote_withdraw').map((button) => button.value)).toEqual([third.accessory?.value]);
  });

  it('refuses what Slack could not send: other commands, strangers, conversations the person is not in', async () => {
    expect((await api(running, '/api/command', { user: LEO, text: '/giphy cats' })).status).toBe(400);
    expect((await api(running, '/api/command', { user: 'U0NOBODY01', text: '/reverse-mentor help' })).status).toBe(404);
    const karinDm = appDm(await stateOf(running, KARIN)).id;
    expect((await api(running, '/api/command', { user: LEO, text: '/reverse-mentor help', channel: karinDm })).status).toBe(403);
    expect((await api(running, '/api/action', { user: LEO, source: { type: 'home' }, actionId: 'no_such_button' })).status).toBe(404);
    expect(running.sandbox.standIn.callsTo('response_url')).toHaveLength(0);
  });

  it('clicks the element the person clicked: the second of two buttons with one action_id, told apart by its block', async () => {
    type Block = { block_id?: string; accessory?: { action_id: string; value: string }; elements?: Array<{ action_id: string; value: string }> };
    const ephemeralWith = async (userId: string, actionId: string) =>
      appDm(await stateOf(running, userId)).messages.filter((m) => m.kind === 'ephemeral' && JSON.stringify(m.blocks).includes(actionId)).pop()!;
    const db = running.sandbox.database;

    // Votes: one section per topic, each with a topic_vote button.
    await api(running, '/api/command', { user: LEO, text: '/reverse-mentor topics' });
    const list = await ephemeralWith(LEO, 'topic_vote');
    const votes = (list.blocks as Block[]).filter((block) => block.accessory?.action_id === 'topic_vote');
    expect(votes.length).toBeGreaterThanOrEqual(2);
    const second = votes[1]!;
    const voted = await api(running, '/api/action', { user: LEO, source: { type: 'ephemeral', id: list.ephemeralId }, actionId: 'topic_vote', blockId: second.block_id });
    expect(voted.json).toEqual({ status: 200 });
    expect(db.prepare('SELECT topic_id FROM topic_votes WHERE user_id = ?').all(LEO)).toEqual([{ topic_id: second.accessory!.value }]);

    // Review: approve and reject in one actions block per suggestion.
    const organizer = SANDBOX_ORGANIZER.id;
    await api(running, '/api/command', { user: LEO, text: '/reverse-mentor suggest Office dogs' });
    await api(running, '/api/command', { user: KARIN, text: '/reverse-mentor suggest Walking meetings' });
    await api(running, '/api/command', { user: organizer, text: '/reverse-mentor topics review' });
    const review = await ephemeralWith(organizer, 'topic_reject');
    const decisions = (review.blocks as Block[]).filter((block) => block.elements?.some((el) => el.action_id === 'topic_reject'));
    expect(decisions).toHaveLength(2);
    const [firstId, secondId] = decisions.map((block) => block.elements!.find((el) => el.action_id === 'topic_reject')!.value);
    const rejected = await api(running, '/api/action', { user: organizer, source: { type: 'ephemeral', id: review.ephemeralId }, actionId: 'topic_reject', blockId: decisions[1]!.block_id });
    expect(rejected.json).toEqual({ status: 200 });
    const statusOf = (id: string | undefined) => (db.prepare('SELECT status FROM topics WHERE id = ?').get(id) as { status: string }).status;
    expect([statusOf(firstId), statusOf(secondId)]).toEqual(['pending', 'rejected']);
  });

  it('answers only requests addressed to loopback, and only JSON bodies', async () => {
    const status = (headers: Record<string, string>, body = '{}') =>
      new Promise<number>((resolve, reject) => {
        const req = request({ host: '127.0.0.1', port: running.server.port, path: '/api/reset', method: 'POST', headers }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        });
        req.on('error', reject);
        req.end(body);
      });
    expect(await status({ host: `evil.example:${running.server.port}`, 'content-type': 'application/json' })).toBe(403);
    expect(await status({ host: `localhost:${running.server.port}`, 'content-type': 'text/plain' })).toBe(415);
    const page = await fetch(`http://localhost:${running.server.port}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await page.text()).toContain('Reverse Mentor');
  });

  it('moves the simulated clock: days tick the scheduler at that time; "next prompt" needs a confirmed match', async () => {
    const next = await api<{ note?: string; to: string }>(running, '/api/clock', { nextPrompt: true });
    expect(next.json.note).toMatch(/No prompt is scheduled/);
    expect(next.json.to).toBe(START.toISOString());

    const moved = await api<{ to: string; ticks: number }>(running, '/api/clock', { days: 3 });
    expect(moved.json.to).toBe(new Date(START.getTime() + 3 * 86_400_000).toISOString());
    expect(moved.json.ticks).toBeGreaterThanOrEqual(2);
    expect((await stateOf(running, LEO)).now).toBe(moved.json.to);
    expect((await api(running, '/api/clock', { days: -1 })).status).toBe(400);
  });

  it('keeps the workspace between runs; Reset wipes the database and the stand-in and seeds again', async () => {
    await api(running, '/api/join-everyone', {});
    await api(running, '/api/clock', { days: 1 });
    const before = await stateOf(running, KARIN);
    expect(before.people.find((p) => p.id === KARIN)?.role).toBe('mentee');
    expect(appDm(before).messages.length).toBeGreaterThan(0);

    await running.close();
    // What it keeps is the owner's alone (the stand-in's workspace names people too), whatever the umask.
    for (const file of ['sandbox.db', 'sandbox.db.state.json']) expect({ file, mode: statSync(join(dir, file)).mode & 0o777 }).toEqual({ file, mode: 0o600 });
    running = await startSandbox(sandboxSettings(hostileEnvironment(dir), ['--port', '0']), logger);
    const after = await stateOf(running, KARIN);
    expect(after.now).toBe(before.now);
    expect(appDm(after).messages.map((m) => m.text)).toEqual(appDm(before).messages.map((m) => m.text));
    expect(after.people.find((p) => p.id === KARIN)?.role).toBe('mentee');

    expect((await api(running, '/api/reset', {})).status).toBe(200);
    const reset = await stateOf(running, KARIN);
    expect(appDm(reset).messages).toEqual([]);
    expect(reset.people.every((p) => p.role === null)).toBe(true);
    expect(reset.people).toHaveLength(1 + SANDBOX_PEOPLE.length);
  });
});
