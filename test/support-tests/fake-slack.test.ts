/**
 * The fake Slack Web API, exercised through the real @slack/web-api client so the wire format (form bodies,
 * multipart uploads, Retry-After handling, error mapping) is the one the app will use.
 */
import { randomBytes } from 'node:crypto';
import { ErrorCode, WebClient, type WebAPIPlatformError } from '@slack/web-api';
import { startFakeSlack, tzInfo, type FakeSlack } from '../support/fake-slack';
import { silentLogger } from '../support/silent-logger';

const TOKEN = 'xoxb-test-token';

let fake: FakeSlack;
let client: WebClient;

function webClient(opts: ConstructorParameters<typeof WebClient>[1] = {}): WebClient {
  return new WebClient(TOKEN, {
    slackApiUrl: fake.apiUrl,
    retryConfig: { retries: 0 },
    logger: silentLogger(),
    ...opts,
  });
}

/** Calls `fn`, expects it to reject, and returns the error. */
async function failure(fn: () => Promise<unknown>): Promise<Error & { code?: string; data?: { error?: string } }> {
  try {
    await fn();
  } catch (e) {
    return e as Error & { code?: string };
  }
  throw new Error('expected the call to fail');
}

beforeEach(async () => {
  fake = await startFakeSlack({ botToken: TOKEN });
  client = webClient();
});

afterEach(async () => {
  await fake.close();
});

describe('basics', () => {
  it('serves the Web API under apiUrl and answers auth.test as the bot', async () => {
    expect(fake.apiUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/$/);
    const res = await client.auth.test();
    expect(res).toMatchObject({
      ok: true,
      user_id: 'UBOT',
      bot_id: 'BBOT',
      team_id: 'T1',
      team: 'Acme',
      url: 'https://acme.slack.com/',
    });
    const [call] = fake.callsTo('auth.test');
    expect(call?.token).toBe(TOKEN);
    expect(fake.calls).toHaveLength(1);
  });

  it('answers not_authed without a token, and accepts the bot token in the body', async () => {
    const anonymous = new WebClient(undefined, { slackApiUrl: fake.apiUrl, retryConfig: { retries: 0 }, logger: silentLogger() });
    const e = await failure(() => anonymous.auth.test());
    expect(e.data?.error).toBe('not_authed');

    const res = await fetch(`${fake.apiUrl}auth.test`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: `token=${TOKEN}`,
    });
    expect(await res.json()).toMatchObject({ ok: true, user_id: 'UBOT' });
    expect(fake.callsTo('auth.test').at(-1)?.token).toBe(TOKEN);
  });

  it('records unknown methods and answers unknown_method, as Slack does', async () => {
    const e = await failure(() => client.apiCall('reactions.add', { channel: 'C1', name: 'tada', timestamp: '1.2' }));
    expect(e.data?.error).toBe('unknown_method');
    expect(fake.callsTo('reactions.add')[0]?.args).toMatchObject({ channel: 'C1', name: 'tada', timestamp: '1.2' });
  });

  it('parses JSON bodies and JSON-looking form values, but never free-text fields', async () => {
    await fetch(`${fake.apiUrl}chat.postMessage`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json; charset=utf-8', Authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({ channel: 'C1', text: 'json body', blocks: [{ type: 'divider' }] }),
    });
    await fetch(`${fake.apiUrl}chat.postMessage`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Authorization: `Bearer ${TOKEN}` },
      body: new URLSearchParams({ channel: 'C1', text: '[1,2]', blocks: '[{"type":"divider"}]', unfurl_links: 'false' }).toString(),
    });
    const [jsonCall, formCall] = fake.callsTo('chat.postMessage');
    expect(jsonCall?.args.blocks).toEqual([{ type: 'divider' }]);
    expect(formCall?.args).toEqual({ channel: 'C1', text: '[1,2]', blocks: [{ type: 'divider' }], unfurl_links: 'false' });
  });

  it('clear() forgets calls but keeps state', async () => {
    const { ts } = await client.chat.postMessage({ channel: 'C1', text: 'hi' });
    fake.clear();
    expect(fake.calls).toHaveLength(0);
    expect(fake.callsTo('chat.postMessage')).toHaveLength(0);
    expect(fake.message('C1', ts ?? '')?.text).toBe('hi');
  });
});

describe('chat', () => {
  it('stores chat.postMessage with parsed blocks and metadata and returns increasing ts', async () => {
    const blocks = [
      { type: 'section', block_id: 'intro', text: { type: 'mrkdwn', text: '*Week 1*' } },
      {
        type: 'actions',
        block_id: 'nudge',
        elements: [{ type: 'button', action_id: 'nudge_met', text: { type: 'plain_text', text: 'We met' }, value: 'p1:1' }],
      },
    ];
    const metadata = { event_type: 'nudge_posted', event_payload: { pair_id: 7, cycle: 1 } };
    const first = await client.chat.postMessage({ channel: 'G123', text: 'Week 1', blocks, metadata });
    const second = await client.chat.postMessage({ channel: 'G123', text: 'Week 2' });

    expect(first).toMatchObject({ ok: true, channel: 'G123', message: { text: 'Week 1', blocks, metadata, bot_id: 'BBOT' } });
    expect(first.ts).toMatch(/^\d{10}\.\d{6}$/);
    expect(Number(second.ts)).toBeGreaterThan(Number(first.ts));

    // What went over the wire was a form body; the fake parsed the JSON-encoded values back.
    const call = fake.callsTo('chat.postMessage')[0];
    expect(call?.args.blocks).toEqual(blocks);
    expect(call?.args.metadata).toEqual(metadata);

    const stored = fake.messagesIn('G123');
    expect(stored.map((m) => m.text)).toEqual(['Week 1', 'Week 2']);
    expect(stored[0]).toMatchObject({ channel: 'G123', ts: first.ts, blocks, metadata, user: 'UBOT' });
  });

  it('rejects a message without content or channel as Slack does', async () => {
    expect((await failure(() => client.chat.postMessage({ channel: 'C1' } as never))).data?.error).toBe('no_text');
    expect((await failure(() => client.chat.postMessage({ channel: '', text: 'x' }))).data?.error).toBe('channel_not_found');
  });

  it('posting to a user id lands in that user\u2019s DM', async () => {
    const res = await client.chat.postMessage({ channel: 'U1', text: 'hello' });
    expect(res.channel).toMatch(/^D/);
    expect(fake.dmOf('U1')).toBe(res.channel);
    expect(fake.messagesIn('U1').map((m) => m.text)).toEqual(['hello']);
    expect(fake.messagesIn(res.channel ?? '')).toHaveLength(1);
  });

  it('updates and deletes stored messages', async () => {
    const { ts = '' } = await client.chat.postMessage({ channel: 'C1', text: 'v1' });
    const upd = await client.chat.update({ channel: 'C1', ts, text: 'v2', blocks: [{ type: 'divider' }] });
    expect(upd).toMatchObject({ ok: true, channel: 'C1', ts, text: 'v2' });
    expect(fake.message('C1', ts)).toMatchObject({ text: 'v2', blocks: [{ type: 'divider' }], edited: { user: 'UBOT' } });

    const missing = await failure(() => client.chat.update({ channel: 'C1', ts: '1.000001', text: 'x' }));
    expect(missing.data?.error).toBe('message_not_found');

    await client.chat.delete({ channel: 'C1', ts });
    expect(fake.messagesIn('C1')).toEqual([]);
    expect((await failure(() => client.chat.delete({ channel: 'C1', ts }))).data?.error).toBe('message_not_found');
  });

  it('answers chat.postEphemeral with a message_ts', async () => {
    const res = await client.chat.postEphemeral({ channel: 'C1', user: 'U1', text: 'only you' });
    expect(res).toMatchObject({ ok: true });
    expect(res.message_ts).toMatch(/^\d{10}\.\d{6}$/);
  });
});

describe('users.info', () => {
  beforeEach(() => {
    fake.addUser({ id: 'U1', name: 'ada', realName: 'Ada Lovelace', tz: 'Asia/Tokyo', locale: 'sv-SE' });
  });

  it('returns the user with time zone fields, and locale only when include_locale is true', async () => {
    const plain = await client.users.info({ user: 'U1' });
    expect(plain.user).toMatchObject({
      id: 'U1',
      name: 'ada',
      real_name: 'Ada Lovelace',
      tz: 'Asia/Tokyo',
      tz_offset: 9 * 3600,
      tz_label: 'Japan Standard Time',
      deleted: false,
      is_bot: false,
      profile: { real_name: 'Ada Lovelace', display_name: 'ada' },
    });
    expect(plain.user).not.toHaveProperty('locale');

    const withLocale = await client.users.info({ user: 'U1', include_locale: true });
    expect(withLocale.user?.locale).toBe('sv-SE');
  });

  it('computes DST-aware offsets', () => {
    expect(tzInfo('Europe/Stockholm', new Date('2026-01-15T12:00:00Z')).offset).toBe(3600);
    expect(tzInfo('Europe/Stockholm', new Date('2026-07-15T12:00:00Z')).offset).toBe(7200);
    expect(tzInfo('America/New_York', new Date('2026-01-15T12:00:00Z'))).toEqual({ offset: -18000, label: 'Eastern Standard Time' });
  });

  it('answers user_not_found for an unknown user', async () => {
    const e = await failure(() => client.users.info({ user: 'U404' }));
    expect(e.code).toBe(ErrorCode.PlatformError);
    expect((e as WebAPIPlatformError).data.error).toBe('user_not_found');
  });
});

describe('conversations', () => {
  it('opens a stable DM for one user and a stable group DM for a user set, in any order', async () => {
    fake.addUser({ id: 'U1', name: 'ada' });
    fake.addUser({ id: 'U2', name: 'grace' });
    const dm = await client.conversations.open({ users: 'U1' });
    const dmAgain = await client.conversations.open({ users: 'U1' });
    expect(dm.channel?.id).toMatch(/^D/);
    expect(dmAgain).toMatchObject({ channel: { id: dm.channel?.id }, already_open: true });

    const group = await client.conversations.open({ users: 'U1,U2' });
    const groupReversed = await client.conversations.open({ users: 'U2,U1' });
    expect(group.channel?.id).toMatch(/^G/);
    expect(groupReversed.channel?.id).toBe(group.channel?.id);
    expect(group.channel?.id).not.toBe(dm.channel?.id);
    expect(fake.callsTo('conversations.open').map((c) => c.args.users)).toEqual(['U1', 'U1', 'U1,U2', 'U2,U1']);

    const info = await client.conversations.info({ channel: group.channel?.id ?? '' });
    expect(info.channel).toMatchObject({ id: group.channel?.id, is_mpim: true, is_im: false, is_private: true });
    const members = await client.conversations.members({ channel: group.channel?.id ?? '' });
    expect(members.members).toEqual(['U1', 'U2', 'UBOT']);
  });

  it('knows added channels and answers channel_not_found otherwise', async () => {
    fake.addChannel({ id: 'C9', name: 'rm-summaries', members: ['U1'] });
    const info = await client.conversations.info({ channel: 'C9' });
    expect(info.channel).toMatchObject({ id: 'C9', name: 'rm-summaries', is_channel: true, is_member: true });
    expect((await failure(() => client.conversations.info({ channel: 'C404' }))).data?.error).toBe('channel_not_found');
  });

  it('refuses to post into an archived channel or one the bot is not in', async () => {
    fake.addChannel({ id: 'C1', name: 'old', isArchived: true });
    fake.addChannel({ id: 'C2', name: 'elsewhere', botIsMember: false });
    expect((await failure(() => client.chat.postMessage({ channel: 'C1', text: 'x' }))).data?.error).toBe('is_archived');
    expect((await failure(() => client.chat.postMessage({ channel: 'C2', text: 'x' }))).data?.error).toBe('not_in_channel');
  });
});

describe('views', () => {
  const modal = {
    type: 'modal' as const,
    callback_id: 'join',
    private_metadata: '{"cohort":3}',
    title: { type: 'plain_text' as const, text: 'Join' },
    blocks: [{ type: 'input' as const, block_id: 'role', label: { type: 'plain_text' as const, text: 'Role' }, element: { type: 'static_select' as const, action_id: 'role_select', options: [] } }],
  };

  // Slack opens a view only with a trigger id it handed out with a click (the stand-in's `noteTrigger`).
  beforeEach(() => fake.noteTrigger('1.2.abc', 'U1'));

  it('opens a modal and returns it with an id and hash', async () => {
    const res = await client.views.open({ trigger_id: '1.2.abc', view: modal });
    expect(res.view).toMatchObject({ type: 'modal', callback_id: 'join', private_metadata: '{"cohort":3}', blocks: modal.blocks });
    expect(res.view?.id).toMatch(/^V/);
    expect(res.view?.hash).toEqual(expect.any(String));
    expect(fake.callsTo('views.open')[0]?.args.view).toEqual(modal);
    expect(fake.latestView({ callbackId: 'join' })?.id).toBe(res.view?.id);
  });

  it('requires a trigger_id', async () => {
    const e = await failure(() => client.views.open({ view: modal } as never));
    expect(e.data?.error).toBe('invalid_arguments');
  });

  it('simulates an expired trigger through fault injection', async () => {
    fake.failNext('views.open', { error: 'expired_trigger_id' });
    expect((await failure(() => client.views.open({ trigger_id: '1.2.abc', view: modal }))).data?.error).toBe('expired_trigger_id');
    expect(fake.latestView()).toBeUndefined();
  });

  it('updates a view by id and checks the hash', async () => {
    const opened = await client.views.open({ trigger_id: '1.2.abc', view: modal });
    const id = opened.view?.id ?? '';
    const stale = await failure(() => client.views.update({ view_id: id, hash: 'stale', view: { ...modal, callback_id: 'join2' } }));
    expect(stale.data?.error).toBe('hash_conflict');
    const updated = await client.views.update({ view_id: id, hash: opened.view?.hash ?? '', view: { ...modal, callback_id: 'join2' } });
    expect(updated.view).toMatchObject({ id, callback_id: 'join2' });
    expect(updated.view?.hash).not.toBe(opened.view?.hash);
    expect((await failure(() => client.views.update({ view_id: 'V404', view: modal }))).data?.error).toBe('not_found');
  });

  it('publishes App Home per user and keeps the latest', async () => {
    const home = (text: string) => ({ type: 'home' as const, blocks: [{ type: 'section' as const, text: { type: 'mrkdwn' as const, text } }] });
    const first = await client.views.publish({ user_id: 'U1', view: home('one') });
    await client.views.publish({ user_id: 'U1', view: home('two') });
    await client.views.publish({ user_id: 'U2', view: home('other') });
    expect(fake.homeOf('U1')).toMatchObject({ id: first.view?.id, type: 'home', blocks: home('two').blocks, user_id: 'U1' });
    expect(fake.homeOf('U2')?.blocks).toEqual(home('other').blocks);
    expect(fake.homeOf('U3')).toBeUndefined();
  });
});

describe('files.uploadV2', () => {
  it('uploads the bytes to the fake upload URL and completes with channel and comment', async () => {
    const bytes = randomBytes(70_000);
    const res = await client.files.uploadV2({
      channel_id: 'C9',
      file: bytes,
      filename: 'chart.png',
      title: 'Meeting rate',
      initial_comment: 'Cohort summary',
    });
    const getUrl = fake.callsTo('files.getUploadURLExternal')[0];
    expect(getUrl?.args).toMatchObject({ filename: 'chart.png', length: String(bytes.length) });
    const complete = fake.callsTo('files.completeUploadExternal')[0];
    expect(complete?.args).toMatchObject({ channel_id: 'C9', initial_comment: 'Cohort summary' });
    const [entry] = complete?.args.files as Array<{ id: string; title: string }>;
    expect(entry?.title).toBe('Meeting rate');

    const fileId = entry?.id ?? '';
    expect(fileId).toMatch(/^F/);
    expect(fake.uploadedFile(fileId)?.equals(bytes)).toBe(true);
    expect(fake.callsTo('upload')[0]?.args).toMatchObject({ file_id: fileId, bytes: bytes.length });
    expect(fake.fileInfo(fileId)).toMatchObject({ completed: true, channelId: 'C9', initialComment: 'Cohort summary' });

    // uploadV2 returns one completion per channel/comment group, each with the files it shared.
    const completion = (res as unknown as { files: Array<{ files: Array<{ id: string; title: string }> }> }).files[0];
    expect(completion?.files[0]).toMatchObject({ id: fileId, title: 'Meeting rate', name: 'chart.png', mimetype: 'image/png' });
    expect(fake.messagesIn('C9')[0]).toMatchObject({ text: 'Cohort summary', files: [{ id: fileId }] });
  });

  it('accepts a raw (non-multipart) upload body too', async () => {
    const { upload_url = '', file_id = '' } = await client.files.getUploadURLExternal({ filename: 'export.csv', length: 5 });
    expect(upload_url).toBe(`${fake.baseUrl}/upload/${file_id}`);
    const res = await fetch(upload_url, { method: 'POST', headers: { 'Content-Type': 'text/csv' }, body: 'a,b\n1' });
    expect(res.status).toBe(200);
    expect(fake.uploadedFile(file_id)?.toString()).toBe('a,b\n1');
  });

  it('refuses to complete a file that was never uploaded', async () => {
    const { file_id = '' } = await client.files.getUploadURLExternal({ filename: 'x.txt', length: 1 });
    const e = await failure(() => client.files.completeUploadExternal({ files: [{ id: file_id }] }));
    expect(e.data?.error).toBe('file_not_found');
  });
});

describe('response_url', () => {
  it('records posts as response_url calls with their id', async () => {
    const url = fake.responseUrl('cmd-1');
    expect(url).toBe(`${fake.baseUrl}/respond/cmd-1`);
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ text: 'Done', response_type: 'ephemeral' }),
    });
    expect(await res.json()).toEqual({ ok: true });
    expect(fake.callsTo('response_url')[0]?.args).toEqual({ text: 'Done', response_type: 'ephemeral', _id: 'cmd-1' });
    expect(fake.responsesAt('cmd-1')).toEqual([{ text: 'Done', response_type: 'ephemeral' }]);
    expect(fake.responseUrl()).not.toBe(fake.responseUrl());
  });

  it('can fail like an expired response_url', async () => {
    fake.failNext('response_url', { status: 404, error: 'expired_url' });
    const res = await fetch(fake.responseUrl('old'), { method: 'POST', body: '{"text":"late"}' });
    expect(res.status).toBe(404);
    expect(fake.responsesAt('old')).toEqual([]);
    expect(fake.callsTo('response_url')[0]).toMatchObject({ args: { text: 'late', _id: 'old' }, fault: { status: 404, error: 'expired_url' } });
  });
});

describe('fault injection', () => {
  it('answers a 429 with Retry-After, surfaced as a rate-limited error', async () => {
    fake.failNext('chat.postMessage', { status: 429, retryAfter: 7 });
    const strict = webClient({ rejectRateLimitedCalls: true });
    const e = await failure(() => strict.chat.postMessage({ channel: 'C1', text: 'hi' }));
    expect(e.code).toBe(ErrorCode.RateLimitedError);
    expect((e as Error & { retryAfter?: number }).retryAfter).toBe(7);

    const [attempt] = fake.callsTo('chat.postMessage');
    expect(attempt?.fault).toEqual({ status: 429, error: 'ratelimited', retryAfter: 7 });
    expect(fake.messagesIn('C1')).toEqual([]);

    // Only the next call was faulted.
    await strict.chat.postMessage({ channel: 'C1', text: 'hi again' });
    expect(fake.messagesIn('C1').map((m) => m.text)).toEqual(['hi again']);
  });

  it('sends the raw 429 Slack sends', async () => {
    fake.failNext('users.info', { retryAfter: 3 });
    const res = await fetch(`${fake.apiUrl}users.info`, { method: 'POST', headers: { Authorization: `Bearer ${TOKEN}` }, body: 'user=U1' });
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('3');
    expect(await res.json()).toEqual({ ok: false, error: 'ratelimited' });
  });

  it('fails the next N calls with an injected error, then recovers', async () => {
    fake.failNext('chat.postMessage', { error: 'channel_not_found', times: 2 });
    for (let i = 0; i < 2; i += 1) {
      const e = await failure(() => client.chat.postMessage({ channel: 'C1', text: 'x' }));
      expect(e.code).toBe(ErrorCode.PlatformError);
      expect(e.data?.error).toBe('channel_not_found');
    }
    await client.chat.postMessage({ channel: 'C1', text: 'third time' });
    const attempts = fake.callsTo('chat.postMessage');
    expect(attempts.map((c) => c.fault?.error)).toEqual(['channel_not_found', 'channel_not_found', undefined]);
  });

  it('surfaces an HTTP 5xx as an HTTP error', async () => {
    fake.failNext('auth.test', { status: 503 });
    const e = await failure(() => client.auth.test());
    expect(e.code).toBe(ErrorCode.HTTPError);
    expect((e as Error & { statusCode?: number }).statusCode).toBe(503);
  });

  it('applies a fault policy per call index; a retrying client gets through', async () => {
    fake.setFaultPolicy('chat.postMessage', (i) => (i % 5 === 4 ? { status: 429, retryAfter: 0 } : undefined));
    const retrying = webClient({ retryConfig: { retries: 3, minTimeout: 0, maxTimeout: 0 } });
    for (let i = 0; i < 10; i += 1) await retrying.chat.postMessage({ channel: 'C1', text: `m${i}` });
    const attempts = fake.callsTo('chat.postMessage');
    expect(attempts).toHaveLength(12);
    expect(attempts.flatMap((c, i) => (c.fault ? [i] : []))).toEqual([4, 9]);
    expect(fake.messagesIn('C1')).toHaveLength(10);
    fake.setFaultPolicy('chat.postMessage', undefined);
  });

  it('delays an answer past a client timeout', async () => {
    fake.failNext('auth.test', { delayMs: 400 });
    const impatient = webClient({ timeout: 100 });
    const e = await failure(() => impatient.auth.test());
    expect(e.code).toBe(ErrorCode.RequestError);
    expect(fake.callsTo('auth.test')[0]).toMatchObject({ delayedMs: 400 });
    expect(fake.callsTo('auth.test')[0]?.fault).toBeUndefined();
  });
});

describe('latency and waitFor', () => {
  it('adds latency to every answer', async () => {
    await fake.close();
    fake = await startFakeSlack({ latencyMs: 1_000, botToken: TOKEN });
    client = webClient();
    const started = Date.now();
    await client.auth.test();
    const slow = Date.now() - started;
    expect(slow).toBeGreaterThanOrEqual(995);
    fake.setLatency(0);
    const again = Date.now();
    await client.auth.test();
    // Without the latency the same call is quicker by about the second it no longer waits (no absolute bound: a
    // loaded machine slows both calls alike).
    expect(Date.now() - again).toBeLessThan(slow - 500);
  });

  it('resolves for past and future calls that match', async () => {
    await client.chat.postMessage({ channel: 'C1', text: 'early' });
    await expect(fake.waitFor('chat.postMessage')).resolves.toMatchObject({ args: { text: 'early' } });

    const later = fake.waitFor('chat.postMessage', (args) => args.text === 'late', { timeoutMs: 2000 });
    setTimeout(() => void client.chat.postMessage({ channel: 'C1', text: 'late' }), 20);
    await expect(later).resolves.toMatchObject({ method: 'chat.postMessage', args: { channel: 'C1', text: 'late' } });
  });

  it('rejects on timeout listing the methods it saw', async () => {
    await client.auth.test();
    await client.chat.postMessage({ channel: 'C1', text: 'not this one' });
    const e = await failure(() => fake.waitFor('chat.postMessage', (a) => a.text === 'this one', { timeoutMs: 100 }));
    expect(e.message).toContain('timed out after 100 ms waiting for a call to chat.postMessage matching the predicate');
    expect(e.message).toContain('auth.test ×1');
    expect(e.message).toContain('chat.postMessage ×1');
    expect(e.message).toContain('not this one');
  });
});

describe('scale', () => {
  it('records 1000 concurrent calls and indexes them by method', async () => {
    const batch = Array.from({ length: 1000 }, (_, i) =>
      fetch(`${fake.apiUrl}${i % 2 ? 'chat.postMessage' : 'users.info'}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Authorization: `Bearer ${TOKEN}` },
        body: `channel=C1&text=m${i}&user=U${i}`,
      }),
    );
    await Promise.all(batch);
    expect(fake.calls).toHaveLength(1000);
    expect(fake.callsTo('chat.postMessage')).toHaveLength(500);
    expect(fake.messagesIn('C1')).toHaveLength(500);
  });
});
