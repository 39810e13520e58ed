import { startFakeSlack, SLACK_LIMITS, type FakeSlack, type FakeSlackOptions } from '../support/fake-slack';

/**
 * The stand-in's rate limits (src/sandbox/standin/limits.ts): off unless a test asks; switched on, Slack's published
 * tiers, played on the stand-in's clock, with `Retry-After` in whole seconds; and trigger ids that stop opening
 * modals after their life, when asked.
 */

const TOKEN = 'xoxb-limits';

interface Answer {
  status: number;
  retryAfter: string | null;
  body: { ok: boolean; error?: string };
}

async function call(fake: FakeSlack, method: string, args: Record<string, string> = {}): Promise<Answer> {
  const res = await fetch(`${fake.apiUrl}${method}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(args).toString(),
  });
  return { status: res.status, retryAfter: res.headers.get('retry-after'), body: (await res.json()) as Answer['body'] };
}

const modal = JSON.stringify({ type: 'modal', title: { type: 'plain_text', text: 'x' }, blocks: [] });
let triggers = 0;
/** A fresh trigger id, handed out as a click would (Slack's triggers work once). */
function freshTrigger(fake: FakeSlack): string {
  triggers += 1;
  const id = `${triggers}.42.trigger`;
  fake.noteTrigger(id, 'U1');
  return id;
}
const openView = (fake: FakeSlack, trigger = freshTrigger(fake)) => call(fake, 'views.open', { trigger_id: trigger, view: modal });

describe('the stand-in with Slack’s rate limits', () => {
  let fake: FakeSlack | undefined;
  let clock: number;
  const start = async (options: FakeSlackOptions = {}) => {
    clock = Date.UTC(2027, 0, 4, 9);
    fake = await startFakeSlack({ clock: () => clock, botToken: TOKEN, ...options });
    return fake;
  };
  afterEach(() => fake?.close());

  it('plays none unless asked: 150 modals opened at one instant', async () => {
    const slack = await start();
    for (let i = 0; i < 150; i += 1) expect((await openView(slack)).status).toBe(200);
  });

  it("views.open (Tier 4, 100 a minute): a burst of 10, then 429 'ratelimited' with Retry-After 1, then one every 0.6 s", async () => {
    expect(SLACK_LIMITS['views.open']).toEqual({ perMinute: 100, burst: 10 });
    const slack = await start({ rateLimits: true });
    for (let i = 0; i < 10; i += 1) expect((await openView(slack)).body.ok).toBe(true);
    const refused = await openView(slack);
    expect(refused).toEqual({ status: 429, retryAfter: '1', body: { ok: false, error: 'ratelimited' } });
    expect(slack.callsTo('views.open').at(-1)?.fault).toEqual({ status: 429, error: 'ratelimited', retryAfter: 1 });
    // A refused call takes nothing: 0.6 s later exactly one more fits.
    clock += 600;
    expect((await openView(slack)).status).toBe(200);
    expect((await openView(slack)).status).toBe(429);
    // A steady 100 a minute is never refused.
    for (let i = 0; i < 100; i += 1) {
      clock += 600;
      expect((await openView(slack)).status).toBe(200);
    }
  });

  it('each method has its own limit, and Retry-After counts whole seconds to the next call (Tier 3: 50 a minute)', async () => {
    const slack = await start({ rateLimits: true });
    for (let i = 0; i < 5; i += 1) expect((await call(slack, 'conversations.open', { users: 'U1' })).status).toBe(200);
    const refused = await call(slack, 'conversations.open', { users: 'U1' });
    // 1.2 s a call at 50 a minute.
    expect(refused).toMatchObject({ status: 429, retryAfter: '2' });
    expect((await call(slack, 'users.info', { user: 'U1' })).status).toBe(200);
    clock += 1_000;
    expect((await call(slack, 'conversations.open', { users: 'U1' })).status).toBe(429);
    clock += 200;
    expect((await call(slack, 'conversations.open', { users: 'U1' })).status).toBe(200);
  });

  it('chat.postMessage: one a second per channel with a short burst, each channel its own', async () => {
    const slack = await start({ rateLimits: true });
    for (let i = 0; i < 3; i += 1) expect((await call(slack, 'chat.postMessage', { channel: 'C1', text: 'hi' })).status).toBe(200);
    expect(await call(slack, 'chat.postMessage', { channel: 'C1', text: 'hi' })).toMatchObject({ status: 429, retryAfter: '1' });
    expect((await call(slack, 'chat.postMessage', { channel: 'C2', text: 'hi' })).status).toBe(200);
    clock += 1_000;
    expect((await call(slack, 'chat.postMessage', { channel: 'C1', text: 'hi' })).status).toBe(200);
  });

  it('an injected fault answers before the limit; limits can be adjusted, and switched off again', async () => {
    const slack = await start({ rateLimits: { limits: { 'views.open': { perMinute: 6, burst: 1 } } } });
    slack.failNext('views.open', { error: 'internal_error' });
    expect((await openView(slack)).body.error).toBe('internal_error');
    expect((await openView(slack)).status).toBe(200);
    expect(await openView(slack)).toMatchObject({ status: 429, retryAfter: '10' });
    slack.setRateLimits(false);
    expect((await openView(slack)).status).toBe(200);
  });

  it('a trigger id opens a modal within its 3 s (the default) and is refused with expired_trigger_id after it', async () => {
    const slack = await start();
    slack.noteTrigger('T-fresh', 'U1');
    slack.noteTrigger('T-old', 'U1');
    clock += 3_000;
    expect((await openView(slack, 'T-fresh')).body.ok).toBe(true);
    clock += 1;
    expect((await openView(slack, 'T-old')).body).toEqual({ ok: false, error: 'expired_trigger_id' });
  });
});
