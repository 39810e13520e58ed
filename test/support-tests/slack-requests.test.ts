/**
 * slack-requests against a real Bolt 5 app (HTTPReceiver) whose WebClient talks to the fake Slack server:
 * the signature scheme, and that each kind of request reaches the right listener in the shape Slack sends.
 */
import type { AddressInfo } from 'node:net';
import { App, verifySlackRequest, type SlashCommand } from '@slack/bolt';
import { startFakeSlack, type FakeSlack } from '../support/fake-slack';
import { createSlackRequests, input, signSlackRequest, type SlackRequests } from '../support/slack-requests';
import { silentLogger } from '../support/silent-logger';

const SECRET = 'test-signing-secret';

// The worked example on docs.slack.dev/authentication/verifying-requests-from-slack.
const DOC = {
  secret: '8f742231b10e8888abcd99yyyzzz85a5',
  timestamp: 1531420618,
  body:
    'token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar' +
    '&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com' +
    '%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c',
  signature: 'v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503',
};

describe('signSlackRequest', () => {
  it("reproduces Slack's documented example", () => {
    expect(signSlackRequest(DOC.secret, DOC.timestamp, DOC.body)).toBe(DOC.signature);
  });

  it("passes Bolt's verifier, which rejects a changed body, secret or stale timestamp", () => {
    const nowMs = Date.now();
    const ts = Math.floor(nowMs / 1000);
    const body = '{"type":"event_callback"}';
    const verify = (secret: string, b: string, t: number, sig: string) => () =>
      verifySlackRequest({
        signingSecret: secret,
        body: b,
        headers: { 'x-slack-signature': sig, 'x-slack-request-timestamp': t },
        nowMilliseconds: nowMs,
      });
    const sig = signSlackRequest(SECRET, ts, body);
    expect(verify(SECRET, body, ts, sig)).not.toThrow();
    expect(verify(SECRET, `${body} `, ts, sig)).toThrow(/signature mismatch/);
    expect(verify('other-secret', body, ts, sig)).toThrow(/signature mismatch/);
    const stale = ts - 6 * 60;
    expect(verify(SECRET, body, stale, signSlackRequest(SECRET, stale, body))).toThrow(/stale/);
  });
});

describe('against a real Bolt app', () => {
  let fake: FakeSlack;
  let app: App;
  let slack: SlackRequests;
  const seen: Array<{ kind: string; body: Record<string, unknown>; extra?: Record<string, unknown> }> = [];
  const last = (kind: string) => [...seen].reverse().find((s) => s.kind === kind);

  const joinModal = {
    type: 'modal' as const,
    callback_id: 'join',
    private_metadata: '{"cohort":3}',
    title: { type: 'plain_text' as const, text: 'Join' },
    submit: { type: 'plain_text' as const, text: 'Join' },
    blocks: [
      {
        type: 'input' as const,
        block_id: 'role',
        label: { type: 'plain_text' as const, text: 'Role' },
        element: {
          type: 'static_select' as const,
          action_id: 'role_select',
          options: [
            { text: { type: 'plain_text' as const, text: 'Mentor' }, value: 'mentor' },
            { text: { type: 'plain_text' as const, text: 'Mentee' }, value: 'mentee' },
          ],
        },
      },
      {
        type: 'input' as const,
        block_id: 'goals',
        optional: true,
        label: { type: 'plain_text' as const, text: 'Goals' },
        element: { type: 'plain_text_input' as const, action_id: 'goals_input' },
      },
    ],
  };

  beforeAll(async () => {
    fake = await startFakeSlack({ botToken: 'xoxb-test' });
    app = new App({
      token: 'xoxb-test',
      signingSecret: SECRET,
      logger: silentLogger(),
      clientOptions: { slackApiUrl: fake.apiUrl, retryConfig: { retries: 0 } },
    });

    app.command('/reverse-mentor', async ({ ack, body, client, respond }) => {
      seen.push({ kind: 'command', body });
      await ack();
      if (body.text === 'join') await client.views.open({ trigger_id: body.trigger_id, view: joinModal });
      else if (body.text === 'nudge') {
        await client.chat.postMessage({
          channel: body.channel_id,
          text: 'Week 2',
          blocks: [
            { type: 'section', block_id: 'topic', text: { type: 'mrkdwn', text: '*AI at work*' } },
            {
              type: 'actions',
              block_id: 'nudge_buttons',
              elements: [
                { type: 'button', action_id: 'nudge_met', text: { type: 'plain_text', text: 'We met' }, value: 'pair-1:2' },
                { type: 'button', action_id: 'nudge_skip', text: { type: 'plain_text', text: 'Skip' }, value: 'pair-1:2' },
              ],
            },
          ],
        });
      } else if (body.text === 'votes') {
        const vote = (id: string, label: string) => ({
          type: 'section' as const,
          block_id: `topic-${id}`,
          text: { type: 'mrkdwn' as const, text: label },
          accessory: { type: 'button' as const, action_id: 'topic_vote', text: { type: 'plain_text' as const, text: `Vote ${label}` }, value: id },
        });
        await client.chat.postMessage({ channel: body.channel_id, text: 'Topics', blocks: [vote('a', 'A'), vote('b', 'B')] });
      } else await respond({ text: `echo: ${body.text}`, response_type: 'ephemeral' });
    });
    app.action('nudge_met', async ({ ack, body }) => {
      seen.push({ kind: 'nudge_met', body: body as unknown as Record<string, unknown> });
      await ack();
    });
    app.action('topic_vote', async ({ ack, body }) => {
      seen.push({ kind: 'topic_vote', body: body as unknown as Record<string, unknown> });
      await ack();
    });
    app.action('home_refresh', async ({ ack, body }) => {
      seen.push({ kind: 'home_refresh', body: body as unknown as Record<string, unknown> });
      await ack();
    });
    app.view('join', async ({ ack, body, view }) => {
      seen.push({ kind: 'join', body: body as unknown as Record<string, unknown> });
      const role = view.state.values.role?.role_select?.selected_option?.value;
      if (!role) await ack({ response_action: 'errors', errors: { role: 'Pick a role' } });
      else await ack();
    });
    app.event('app_home_opened', async ({ event, client, context }) => {
      seen.push({ kind: 'app_home_opened', body: event as unknown as Record<string, unknown>, extra: { retryNum: context.retryNum, retryReason: context.retryReason } });
      await client.views.publish({
        user_id: event.user,
        view: {
          type: 'home',
          blocks: [
            {
              type: 'actions',
              block_id: 'home_actions',
              elements: [{ type: 'button', action_id: 'home_refresh', text: { type: 'plain_text', text: 'Refresh' } }],
            },
          ],
        },
      });
    });

    const server = await app.start({ port: 0, host: '127.0.0.1' });
    const { port } = server.address() as AddressInfo;
    slack = createSlackRequests({ baseUrl: `http://127.0.0.1:${port}`, signingSecret: SECRET, fake });
    fake.addUser({ id: 'U1', name: 'ada', realName: 'Ada Lovelace' });
  });

  afterAll(async () => {
    await app.stop();
    await fake.close();
  });

  beforeEach(() => {
    seen.length = 0;
  });

  it('sends a slash command as Slack does, with a response_url on the fake', async () => {
    const res = await slack.command('U1', 'hello & <world>', { channelId: 'C1' });
    expect(res.status).toBe(200);
    const body = last('command')?.body as SlashCommand;
    expect(body).toMatchObject({
      command: '/reverse-mentor',
      text: 'hello & <world>',
      user_id: 'U1',
      user_name: 'ada',
      team_id: 'T1',
      team_domain: 'acme',
      channel_id: 'C1',
      api_app_id: 'A0REVMENTOR',
      is_enterprise_install: 'false',
      trigger_id: res.triggerId,
      response_url: res.responseUrl,
    });
    expect(res.triggerId).toMatch(/^\d+\.\d+\.[0-9a-f]+$/);
    expect(res.responseUrl.startsWith(`${fake.baseUrl}/respond/`)).toBe(true);

    const reply = await fake.waitFor('response_url', (a) => res.responseUrl.endsWith(`/${String(a._id)}`));
    expect(reply.args).toMatchObject({ text: 'echo: hello & <world>', response_type: 'ephemeral' });
    expect((await slack.command('U1', 'again')).triggerId).not.toBe(res.triggerId);
  });

  it('opens a modal with the command trigger and submits it with private_metadata from the opened view', async () => {
    const cmd = await slack.command('U1', 'join');
    const open = await fake.waitFor('views.open');
    expect(open.args.trigger_id).toBe(cmd.triggerId);
    const opened = fake.latestView({ callbackId: 'join', userId: 'U1' });
    expect(opened).toBeDefined();

    const missing = await slack.viewSubmission('U1', { callbackId: 'join', values: { role: { role_select: input.staticSelect(null) } } });
    expect(missing.status).toBe(200);
    expect(missing.json).toEqual({ response_action: 'errors', errors: { role: 'Pick a role' } });

    const good = await slack.viewSubmission('U1', {
      callbackId: 'join',
      values: {
        role: { role_select: input.staticSelect({ value: 'mentor', text: 'Mentor' }) },
        goals: { goals_input: input.plain('Learn TikTok') },
      },
    });
    expect(good.status).toBe(200);
    expect(good.body).toBe('');
    const body = last('join')?.body as { type: string; view: Record<string, unknown>; user: { id: string } };
    expect(body.type).toBe('view_submission');
    expect(body.user.id).toBe('U1');
    expect(body.view).toMatchObject({
      id: opened?.id,
      hash: opened?.hash,
      callback_id: 'join',
      private_metadata: '{"cohort":3}',
      state: {
        values: {
          role: {
            role_select: {
              type: 'static_select',
              selected_option: { text: { type: 'plain_text', text: 'Mentor', emoji: true }, value: 'mentor' },
            },
          },
          goals: { goals_input: { type: 'plain_text_input', value: 'Learn TikTok' } },
        },
      },
    });
  });

  it('refuses to submit inputs the opened view does not have', async () => {
    await slack.command('U1', 'join');
    await fake.waitFor('views.open');
    await expect(
      slack.viewSubmission('U1', { callbackId: 'join', values: { role: { wrong_action: input.plain('x') } } }),
    ).rejects.toThrow(/has no input role\/wrong_action \(present: role\/role_select, goals\/goals_input\)/);
    await expect(slack.viewSubmission('U1', { callbackId: 'never_opened', values: {} })).rejects.toThrow(/no view/);
  });

  it('clicks a button on a message the app posted, with the block id and value it rendered', async () => {
    await slack.command('U1', 'nudge', { channelId: 'G7' });
    const posted = await fake.waitFor('chat.postMessage');
    const ts = fake.messagesIn('G7')[0]?.ts;
    expect(posted.args.channel).toBe('G7');

    const res = await slack.blockAction('U1', { actionId: 'nudge_met', channelId: 'G7' });
    expect(res.status).toBe(200);
    const body = last('nudge_met')?.body as Record<string, any>;
    expect(body).toMatchObject({
      type: 'block_actions',
      user: { id: 'U1', username: 'ada', team_id: 'T1' },
      container: { type: 'message', message_ts: ts, channel_id: 'G7', is_ephemeral: false },
      channel: { id: 'G7' },
      message: { ts, text: 'Week 2', bot_id: 'BBOT' },
      actions: [
        {
          type: 'button',
          action_id: 'nudge_met',
          block_id: 'nudge_buttons',
          value: 'pair-1:2',
          text: { type: 'plain_text', text: 'We met' },
        },
      ],
      trigger_id: res.triggerId,
    });
    expect(body.response_url).toMatch(/\/respond\//);

    await expect(slack.blockAction('U1', { actionId: 'nudge_gone', channelId: 'G7' })).rejects.toThrow(
      'no element with action_id "nudge_gone" in message G7/' + String(ts) + ' (present: nudge_buttons/nudge_met, nudge_buttons/nudge_skip)',
    );
  });

  it('clicks the button in the block it names when several share an action_id, as Slack tells them apart', async () => {
    await slack.command('U1', 'votes', { channelId: 'G8' });
    await fake.waitFor('chat.postMessage', (args) => args.channel === 'G8');

    await slack.blockAction('U1', { actionId: 'topic_vote', blockId: 'topic-b', channelId: 'G8' });
    const actions = (last('topic_vote')?.body as { actions: unknown[] }).actions;
    expect(actions).toEqual([expect.objectContaining({ action_id: 'topic_vote', block_id: 'topic-b', value: 'b', text: expect.objectContaining({ text: 'Vote B' }) })]);

    // Without a block id, the button's value tells them apart; with neither, the first one is clicked.
    await slack.blockAction('U1', { actionId: 'topic_vote', value: 'b', channelId: 'G8' });
    expect((last('topic_vote')?.body as { actions: unknown[] }).actions).toEqual([expect.objectContaining({ block_id: 'topic-b', value: 'b' })]);
    await slack.blockAction('U1', { actionId: 'topic_vote', channelId: 'G8' });
    expect((last('topic_vote')?.body as { actions: unknown[] }).actions).toEqual([expect.objectContaining({ block_id: 'topic-a', value: 'a' })]);

    await expect(slack.blockAction('U1', { actionId: 'topic_vote', blockId: 'topic-c', channelId: 'G8' })).rejects.toThrow(
      /no element with action_id "topic_vote" in block "topic-c" of message G8\/.* \(present: topic-a\/topic_vote, topic-b\/topic_vote\)/,
    );
  });

  it('delivers events with retry headers, and App Home actions with the published view', async () => {
    const res = await slack.event({ type: 'app_home_opened', user: 'U1', channel: 'D1', tab: 'home' }, { retryNum: 1, retryReason: 'http_timeout' });
    expect(res.status).toBe(200);
    expect(res.payload).toMatchObject({ type: 'event_callback', team_id: 'T1', api_app_id: 'A0REVMENTOR', authorizations: [{ user_id: 'UBOT', is_bot: true }] });
    await fake.waitFor('views.publish', (a) => a.user_id === 'U1');
    expect(last('app_home_opened')?.extra).toEqual({ retryNum: 1, retryReason: 'http_timeout' });

    const home = fake.homeOf('U1');
    const click = await slack.blockAction('U1', { actionId: 'home_refresh', view: 'home' });
    expect(click.status).toBe(200);
    const body = last('home_refresh')?.body as Record<string, any>;
    expect(body.container).toEqual({ type: 'view', view_id: home?.id });
    expect(body.view).toMatchObject({ id: home?.id, type: 'home', hash: home?.hash });
    expect(body.view).not.toHaveProperty('user_id');
    expect(body).not.toHaveProperty('response_url');
    expect(body.actions[0]).toMatchObject({ action_id: 'home_refresh', block_id: 'home_actions', type: 'button' });
  });

  it('answers url_verification and ssl_check', async () => {
    const verification = await slack.urlVerification('3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P');
    expect(verification.status).toBe(200);
    expect(verification.json).toEqual({ challenge: '3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P' });
    expect((await slack.sslCheck()).status).toBe(200);
  });

  it('gets 401 for stale, forged or missing signatures and 400 for a malformed signed body', async () => {
    const body = new URLSearchParams({ command: '/reverse-mentor', text: 'hi', user_id: 'U1' }).toString();
    const stale = Math.floor(Date.now() / 1000) - 10 * 60;
    expect((await slack.raw(body, {}, { timestamp: stale })).status).toBe(401);
    expect((await slack.raw(body, {}, { signature: signSlackRequest('wrong-secret', Math.floor(Date.now() / 1000), body) })).status).toBe(401);
    expect((await slack.raw(body, {}, { signature: null })).status).toBe(401);
    expect((await slack.raw(body, {}, { timestamp: null })).status).toBe(401);
    expect((await slack.raw('{"type": "event_callback",', {})).status).toBe(400);
    expect((await slack.raw('payload=%7Bnot-json', {})).status).toBe(400);
    expect(seen).toEqual([]);
  });
});
