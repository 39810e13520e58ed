/**
 * The stand-in plays Slack's documented rules by default (src/sandbox/standin/rules.ts says where each is
 * written): for each, what Slack answers, and that relaxing it (`relax`) turns it off.
 */
import { WebClient } from '@slack/web-api';
import {
  MESSAGE_BLOCK_LIMIT,
  RESPONSE_URL_LIFE_MS,
  RESPONSE_URL_POSTS,
  startFakeSlack,
  STANDIN_BOT_TOKEN,
  TEXT_LIMIT,
  TRIGGER_LIFE_MS,
  VIEW_BLOCK_LIMIT,
  type FakeSlack,
  type FakeSlackOptions,
} from '../support/fake-slack';
import { silentLogger } from '../support/silent-logger';

const TOKEN = 'xoxb-rules-token';

interface Answer {
  status: number;
  body: { ok?: boolean; error?: string; response_metadata?: { messages?: string[] } } | string;
}

let fake: FakeSlack | undefined;
let clock = 0;

async function start(options: FakeSlackOptions = {}): Promise<FakeSlack> {
  clock = Date.UTC(2027, 0, 4, 9, 0, 0, 250);
  fake = await startFakeSlack({ clock: () => clock, botToken: TOKEN, ...options });
  return fake;
}

afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function call(slack: FakeSlack, method: string, args: Record<string, unknown> = {}, token = TOKEN): Promise<Answer> {
  const res = await fetch(`${slack.apiUrl}${method}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json; charset=utf-8' },
    body: JSON.stringify(args),
  });
  return { status: res.status, body: (await res.json()) as Answer['body'] };
}

async function respond(url: string, body: Record<string, unknown>): Promise<Answer> {
  const res = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  const text = await res.text();
  let parsed: Answer['body'] = text;
  try {
    parsed = JSON.parse(text) as Answer['body'];
  } catch {
    // Slack answers some response_url refusals as plain text.
  }
  return { status: res.status, body: parsed };
}

const errorOf = (answer: Answer): string | undefined => (typeof answer.body === 'string' ? answer.body : answer.body.error);

const modal = (blocks: unknown[] = []) => ({ type: 'modal', title: { type: 'plain_text', text: 'x' }, blocks });
const section = (text: string, blockId?: string) => ({ type: 'section', text: { type: 'mrkdwn', text }, ...(blockId ? { block_id: blockId } : {}) });
const dividers = (n: number) => Array.from({ length: n }, () => ({ type: 'divider' }));

describe('unknown methods', () => {
  it('answer unknown_method, and ok when relaxed', async () => {
    expect(errorOf(await call(await start(), 'reactions.add', { channel: 'C1', name: 'tada' }))).toBe('unknown_method');
    await fake?.close();
    expect((await call(await start({ relax: ['unknownMethods'] }), 'reactions.add', {})).body).toMatchObject({ ok: true });
  });

  it('every Web API method the app calls is one the stand-in has', async () => {
    const slack = await start();
    // Bolt's auth.test at start, and every method in src/slack/gateway.ts (files.uploadV2 is the two below).
    const methods = [
      'auth.test',
      'users.info',
      'views.open',
      'views.update',
      'views.publish',
      'chat.postMessage',
      'chat.update',
      'chat.postEphemeral',
      'conversations.open',
      'files.getUploadURLExternal',
      'files.completeUploadExternal',
    ];
    for (const method of methods) expect([method, errorOf(await call(slack, method))]).not.toEqual([method, 'unknown_method']);
  });
});

describe('tokens', () => {
  it('a token other than the workspace bot token is invalid_auth; none is not_authed; relaxed, any token passes', async () => {
    const slack = await start();
    expect((await call(slack, 'auth.test')).body).toMatchObject({ ok: true, user_id: 'UBOT' });
    expect(errorOf(await call(slack, 'auth.test', {}, 'xoxb-someone-else'))).toBe('invalid_auth');
    expect(errorOf(await call(slack, 'chat.postMessage', { channel: 'C1', text: 'hi' }, 'xoxb-someone-else'))).toBe('invalid_auth');
    const anonymous = await fetch(`${slack.apiUrl}auth.test`, { method: 'POST' });
    expect(await anonymous.json()).toMatchObject({ ok: false, error: 'not_authed' });
    await slack.close();
    expect((await call(await start({ relax: ['anyToken'] }), 'auth.test', {}, 'xoxb-someone-else')).body).toMatchObject({ ok: true });
  });

  it('without botToken the workspace token is STANDIN_BOT_TOKEN', async () => {
    fake = await startFakeSlack();
    expect((await call(fake, 'auth.test', {}, STANDIN_BOT_TOKEN)).body).toMatchObject({ ok: true });
    expect(errorOf(await call(fake, 'auth.test', {}, TOKEN))).toBe('invalid_auth');
  });
});

describe('trigger ids', () => {
  it('expire 3 s after they were handed out, on the stand-in clock', async () => {
    const slack = await start();
    expect(TRIGGER_LIFE_MS).toBe(3_000);
    slack.noteTrigger('1.1.a', 'U1');
    slack.noteTrigger('1.1.b', 'U1');
    clock += 3_000;
    expect((await call(slack, 'views.open', { trigger_id: '1.1.a', view: modal() })).body).toMatchObject({ ok: true });
    clock += 1;
    expect(errorOf(await call(slack, 'views.open', { trigger_id: '1.1.b', view: modal() }))).toBe('expired_trigger_id');
  });

  it('work once: a second views.open or views.push with the same trigger is exchanged_trigger_id; made-up ones invalid_trigger_id', async () => {
    const slack = await start();
    slack.noteTrigger('1.1.a', 'U1');
    expect((await call(slack, 'views.open', { trigger_id: '1.1.a', view: modal() })).body).toMatchObject({ ok: true });
    expect(errorOf(await call(slack, 'views.open', { trigger_id: '1.1.a', view: modal() }))).toBe('exchanged_trigger_id');
    expect(errorOf(await call(slack, 'views.push', { trigger_id: '1.1.a', view: modal() }))).toBe('exchanged_trigger_id');
    expect(errorOf(await call(slack, 'views.open', { trigger_id: '9.9.never-handed-out', view: modal() }))).toBe('invalid_trigger_id');
    // A call refused for its blocks does not use the trigger up.
    slack.noteTrigger('1.1.b', 'U1');
    expect(errorOf(await call(slack, 'views.open', { trigger_id: '1.1.b', view: modal(dividers(VIEW_BLOCK_LIMIT + 1)) }))).toBe('invalid_blocks');
    expect((await call(slack, 'views.open', { trigger_id: '1.1.b', view: modal() })).body).toMatchObject({ ok: true });
  });

  it('relaxed: a trigger opens any number of views, made up or old', async () => {
    const slack = await start({ relax: ['triggerReuse', 'triggerLife'] });
    slack.noteTrigger('1.1.a', 'U1');
    clock += 60_000;
    for (let i = 0; i < 3; i += 1) expect((await call(slack, 'views.open', { trigger_id: '1.1.a', view: modal() })).body).toMatchObject({ ok: true });
    expect((await call(slack, 'views.open', { trigger_id: 'made-up', view: modal() })).body).toMatchObject({ ok: true });
  });

  it('views.push stacks at most 3 views (push_limit_reached), unless relaxed', async () => {
    for (const relax of [[], ['pushLimit']] as const) {
      const slack = await start({ relax });
      const trigger = (n: number) => {
        slack.noteTrigger(`2.2.${n}`, 'U1');
        return `2.2.${n}`;
      };
      expect((await call(slack, 'views.open', { trigger_id: trigger(0), view: modal() })).body).toMatchObject({ ok: true });
      expect((await call(slack, 'views.push', { trigger_id: trigger(1), view: modal() })).body).toMatchObject({ ok: true });
      expect((await call(slack, 'views.push', { trigger_id: trigger(2), view: modal() })).body).toMatchObject({ ok: true });
      const fourth = await call(slack, 'views.push', { trigger_id: trigger(3), view: modal() });
      if (relax.length === 0) expect(errorOf(fourth)).toBe('push_limit_reached');
      else expect(fourth.body).toMatchObject({ ok: true });
      expect(slack.openModalsOf('U1')).toHaveLength(relax.length === 0 ? 3 : 4);
      await slack.close();
    }
  });
});

describe('response_urls', () => {
  it('take 5 posts (then used_url), within 30 minutes (then expired_url); relaxed, any number at any time', async () => {
    const slack = await start();
    const url = slack.responseUrl();
    for (let i = 0; i < RESPONSE_URL_POSTS; i += 1) expect((await respond(url, { text: `post ${i}` })).status).toBe(200);
    expect(await respond(url, { text: 'sixth' })).toEqual({ status: 404, body: 'used_url' });
    expect(slack.responsesAt(url.split('/').pop() ?? '')).toHaveLength(5);

    const later = slack.responseUrl();
    clock += RESPONSE_URL_LIFE_MS;
    expect((await respond(later, { text: 'at 30 minutes' })).status).toBe(200);
    clock += 1;
    expect(await respond(later, { text: 'too late' })).toEqual({ status: 404, body: 'expired_url' });
    await slack.close();

    const relaxed = await start({ relax: ['responseUrlLimits'] });
    const free = relaxed.responseUrl();
    clock += 2 * RESPONSE_URL_LIFE_MS;
    for (let i = 0; i < 7; i += 1) expect((await respond(free, { text: `post ${i}` })).status).toBe(200);
  });
});

describe('Block Kit limits', () => {
  it(`a message holds ${MESSAGE_BLOCK_LIMIT} blocks, a view ${VIEW_BLOCK_LIMIT}`, async () => {
    const slack = await start();
    expect((await call(slack, 'chat.postMessage', { channel: 'C1', text: 't', blocks: dividers(50) })).body).toMatchObject({ ok: true });
    const tooMany = await call(slack, 'chat.postMessage', { channel: 'C1', text: 't', blocks: dividers(51) });
    expect(tooMany.body).toMatchObject({ ok: false, error: 'invalid_blocks', response_metadata: { messages: [expect.stringContaining('less than 51 items')] } });
    expect(slack.messagesIn('C1')).toHaveLength(1);
    const posted = slack.messagesIn('C1')[0]?.ts ?? '';
    expect(errorOf(await call(slack, 'chat.update', { channel: 'C1', ts: posted, text: 't', blocks: dividers(51) }))).toBe('invalid_blocks');
    expect(errorOf(await call(slack, 'chat.postEphemeral', { channel: 'C1', user: 'U1', text: 't', blocks: dividers(51) }))).toBe('invalid_blocks');
    expect((await call(slack, 'views.publish', { user_id: 'U1', view: { type: 'home', blocks: dividers(100) } })).body).toMatchObject({ ok: true });
    expect(errorOf(await call(slack, 'views.publish', { user_id: 'U1', view: { type: 'home', blocks: dividers(101) } }))).toBe('invalid_blocks');
    slack.noteTrigger('3.3.a', 'U1');
    const opened = await call(slack, 'views.open', { trigger_id: '3.3.a', view: modal(dividers(100)) });
    expect(opened.body).toMatchObject({ ok: true });
    const viewId = (opened.body as { view?: { id?: string } }).view?.id;
    expect(errorOf(await call(slack, 'views.update', { view_id: viewId, view: modal(dividers(101)) }))).toBe('invalid_blocks');
    expect((await respond(slack.responseUrl(), { text: 't', blocks: dividers(51) })).status).toBe(400);
  });

  it(`a section or context text holds ${TEXT_LIMIT} characters`, async () => {
    const slack = await start();
    const long = 'x'.repeat(TEXT_LIMIT);
    expect((await call(slack, 'chat.postMessage', { channel: 'C1', text: 't', blocks: [section(long)] })).body).toMatchObject({ ok: true });
    expect(errorOf(await call(slack, 'chat.postMessage', { channel: 'C1', text: 't', blocks: [section(`${long}x`)] }))).toBe('invalid_blocks');
    const context = { type: 'context', elements: [{ type: 'mrkdwn', text: `${long}x` }] };
    expect(errorOf(await call(slack, 'chat.postMessage', { channel: 'C1', text: 't', blocks: [context] }))).toBe('invalid_blocks');
  });

  it('two blocks with one block_id in a message or view are refused', async () => {
    const slack = await start();
    const twice = [section('a', 'same'), section('b', 'same')];
    expect(errorOf(await call(slack, 'chat.postMessage', { channel: 'C1', text: 't', blocks: twice }))).toBe('invalid_blocks');
    expect(errorOf(await call(slack, 'views.publish', { user_id: 'U1', view: { type: 'home', blocks: twice } }))).toBe('invalid_blocks');
    expect((await call(slack, 'chat.postMessage', { channel: 'C1', text: 't', blocks: [section('a', 'one'), section('b', 'two')] })).body).toMatchObject({ ok: true });
  });

  it('relaxed, blocks pass unchecked', async () => {
    const slack = await start({ relax: ['blockKit'] });
    const blocks = [...dividers(60), section('x'.repeat(4000), 'same'), section('b', 'same')];
    expect((await call(slack, 'chat.postMessage', { channel: 'C1', text: 't', blocks })).body).toMatchObject({ ok: true });
  });
});

describe('uploads', () => {
  async function upload(slack: FakeSlack, announced: number, bytes: Buffer): Promise<Answer> {
    const got = await call(slack, 'files.getUploadURLExternal', { filename: 'a.csv', length: announced });
    const { upload_url: url, file_id: id } = got.body as unknown as { upload_url: string; file_id: string };
    await fetch(url, { method: 'POST', body: bytes });
    return call(slack, 'files.completeUploadExternal', { files: [{ id }], channel_id: 'C1' });
  }

  it('a completed upload of another size than announced is refused; relaxed, it passes', async () => {
    const slack = await start();
    expect((await upload(slack, 5, Buffer.from('12345'))).body).toMatchObject({ ok: true });
    expect(errorOf(await upload(slack, 6, Buffer.from('12345')))).toBe('file_not_found');
    expect(slack.messagesIn('C1')).toHaveLength(1);
    await slack.close();
    expect((await upload(await start({ relax: ['uploadLength'] }), 6, Buffer.from('12345'))).body).toMatchObject({ ok: true });
  });

  it('the app’s client (files.uploadV2) announces the length it sends', async () => {
    const slack = await start();
    const client = new WebClient(TOKEN, { slackApiUrl: slack.apiUrl, retryConfig: { retries: 0 }, logger: silentLogger() });
    await client.files.uploadV2({ channel_id: 'C1', file: Buffer.from('a,b\n1,2\n'), filename: 'x.csv' });
    expect(slack.messagesIn('C1')).toHaveLength(1);
  });
});

describe('message ts', () => {
  it('is the stand-in clock in seconds.microseconds, unique per channel', async () => {
    const slack = await start();
    const post = async (channel: string) => ((await call(slack, 'chat.postMessage', { channel, text: 't' })).body as { ts?: string }).ts;
    const first = await post('C1');
    expect(first).toBe(`${Math.floor(clock / 1000)}.250000`);
    // Two in the same instant: the second takes the next microsecond.
    expect(await post('C1')).toBe(`${Math.floor(clock / 1000)}.250001`);
    expect(await post('C2')).toBe(`${Math.floor(clock / 1000)}.250000`);
    clock += 1_500;
    expect(await post('C1')).toBe(`${Math.floor(clock / 1000)}.750000`);
    // A clock that went back (the sandbox's reset) still gives a later ts in the channel.
    clock -= 60_000;
    const after = await post('C1');
    expect(Number(after)).toBeGreaterThan(Number(`${Math.floor((clock + 60_000) / 1000)}.75`));
  });
});

describe('rule breaks', () => {
  it('are recorded on the call and kept through clear(), and nothing else is', async () => {
    const slack = await start();
    await call(slack, 'reactions.add', {});
    await call(slack, 'chat.postMessage', { channel: 'C1', text: 't', blocks: [section('a', 'x'), section('b', 'x')] });
    await call(slack, 'chat.postMessage', { channel: 'C1', text: 'fine' });
    await call(slack, 'chat.postMessage', {});
    slack.clear();
    expect(slack.ruleBreaks().map((c) => [c.method, c.brokeRule, c.refusal])).toEqual([
      ['reactions.add', 'unknownMethods', 'unknown_method'],
      ['chat.postMessage', 'blockKit', 'invalid_blocks'],
    ]);
  });
});

