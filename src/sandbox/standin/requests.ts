/**
 * Sends requests to the real Bolt HTTP receiver the way Slack does: same content types, same payload shapes,
 * signed with `X-Slack-Signature: v0=HMAC-SHA256(secret, "v0:{ts}:{rawBody}")` and `X-Slack-Request-Timestamp`.
 *
 * When given the Slack stand-in (the fake Slack server), the client also behaves like Slack around it: response_urls point at the
 * fake, trigger ids are registered with it (so opened modals know their user), and block actions / view
 * submissions are built from what the app actually posted or opened (block ids, button values, view ids, hash,
 * private_metadata). Clicking a button the app never rendered, or submitting values for inputs a view does not
 * have, throws — Slack could not send such a request. Pass `allowMissing: true` to send it anyway.
 *
 * Runtime code: the sandbox page's every click goes through it, and the tests use it through
 * test/support/slack-requests.ts.
 */
import { createHmac, randomBytes } from 'node:crypto';
import type {
  SlashCommand,
  ViewOutput,
  ViewResponseUrl,
  ViewStateSelectedOption,
  ViewStateValue,
} from '@slack/bolt';
import { elementIds, findElement, type FoundElement } from './blocks';
import { FAKE_TEAM } from './team';
import type { FakeSlack, StoredMessage } from './types';

// ---------------------------------------------------------------------------------------------------------------
// Signing
// ---------------------------------------------------------------------------------------------------------------

/** `v0=` + hex HMAC-SHA256 of `v0:{timestampSec}:{rawBody}` — Slack's request signature. */
export function signSlackRequest(signingSecret: string, timestampSec: number, rawBody: string): string {
  return `v0=${createHmac('sha256', signingSecret).update(`v0:${timestampSec}:${rawBody}`).digest('hex')}`;
}

// ---------------------------------------------------------------------------------------------------------------
// view.state.values builders
// ---------------------------------------------------------------------------------------------------------------

/** `view.state.values`: block id → action id → value. */
export type StateValues = Record<string, Record<string, ViewStateValue>>;

/** An option as a select/checkbox/radio reports it: a value, optionally with its label (defaults to the value). */
export type OptionInput = string | { value: string; text: string };

function option(o: OptionInput): ViewStateSelectedOption {
  const { value, text } = typeof o === 'string' ? { value: o, text: o } : o;
  return { text: { type: 'plain_text', text, emoji: true }, value };
}

/** Builders for one input's state, in the exact shape Slack puts in `view.state.values[block][action]`. */
export const input = {
  plain: (value: string | null): ViewStateValue => ({ type: 'plain_text_input', value }),
  number: (value: number | string | null): ViewStateValue => ({
    type: 'number_input',
    value: value === null ? null : String(value),
  }),
  email: (value: string | null): ViewStateValue => ({ type: 'email_text_input', value }),
  url: (value: string | null): ViewStateValue => ({ type: 'url_text_input', value }),
  staticSelect: (value: OptionInput | null): ViewStateValue => ({
    type: 'static_select',
    selected_option: value === null ? null : option(value),
  }),
  externalSelect: (value: OptionInput | null): ViewStateValue => ({
    type: 'external_select',
    selected_option: value === null ? null : option(value),
  }),
  multiStaticSelect: (values: OptionInput[]): ViewStateValue => ({
    type: 'multi_static_select',
    selected_options: values.map(option),
  }),
  checkboxes: (values: OptionInput[]): ViewStateValue => ({ type: 'checkboxes', selected_options: values.map(option) }),
  radio: (value: OptionInput | null): ViewStateValue => ({
    type: 'radio_buttons',
    selected_option: value === null ? null : option(value),
  }),
  usersSelect: (userId: string | null): ViewStateValue => ({ type: 'users_select', selected_user: userId }),
  multiUsersSelect: (userIds: string[]): ViewStateValue => ({ type: 'multi_users_select', selected_users: userIds }),
  conversationsSelect: (id: string | null): ViewStateValue => ({
    type: 'conversations_select',
    selected_conversation: id,
  }),
  multiConversationsSelect: (ids: string[]): ViewStateValue => ({
    type: 'multi_conversations_select',
    selected_conversations: ids,
  }),
  channelsSelect: (id: string | null): ViewStateValue => ({ type: 'channels_select', selected_channel: id }),
  multiChannelsSelect: (ids: string[]): ViewStateValue => ({ type: 'multi_channels_select', selected_channels: ids }),
  /** `YYYY-MM-DD` */
  datepicker: (date: string | null): ViewStateValue => ({ type: 'datepicker', selected_date: date }),
  /** `HH:mm`; `timezone` is echoed when the element sets one. */
  timepicker: (time: string | null, timezone?: string): ViewStateValue =>
    timezone === undefined
      ? { type: 'timepicker', selected_time: time }
      : ({ type: 'timepicker', selected_time: time, timezone } as ViewStateValue),
  /** Unix seconds. */
  datetimepicker: (unixSeconds: number | null): ViewStateValue => ({
    type: 'datetimepicker',
    selected_date_time: unixSeconds,
  }),
};

// ---------------------------------------------------------------------------------------------------------------
// Public types
// ---------------------------------------------------------------------------------------------------------------

export interface SlackRequestsOptions {
  /** Where the Bolt HTTP receiver listens, e.g. `http://127.0.0.1:3000`. */
  baseUrl: string;
  signingSecret: string;
  fake?: FakeSlack;
  /** Receiver endpoint; default `/slack/events`. */
  path?: string;
  /** The deprecated verification token Slack still puts in payloads; default `verification-token`. */
  verificationToken?: string;
  /** Clock used for signature timestamps and ids (ms); default `Date.now`. */
  now?: () => number;
  /** Abort a request after this long; default 10 000 ms. */
  timeoutMs?: number;
}

export interface SlackHttpResponse {
  status: number;
  /** Raw response body text ('' when Bolt acks without a body). */
  body: string;
  /** The body parsed as JSON, when it is JSON. */
  json?: unknown;
  headers: Record<string, string>;
}

export interface SentResponse<P> extends SlackHttpResponse {
  /** The payload that was sent. */
  payload: P;
  triggerId: string;
}

export interface CommandOptions {
  /** Default `/reverse-mentor`. */
  command?: string;
  /** Default `C0GENERAL`. */
  channelId?: string;
  /** Default derived from the channel (`general`, `directmessage`, `privategroup`). */
  channelName?: string;
  teamId?: string;
  /** Default the fake user's name, else the user id lower-cased. */
  userName?: string;
}

export interface CommandResponse extends SentResponse<SlashCommand> {
  responseUrl: string;
}

/** Where a block action happens: an App Home tab, the user's open modal, or a given (partial) view. */
export type ViewTarget = 'home' | 'modal' | (Partial<ViewOutput> & { id?: string });

export interface BlockActionOptions {
  actionId: string;
  /**
   * Button value; default the value of the element the app rendered. Also picks, among buttons that share the
   * action id (and block), the one with this value.
   */
  value?: string;
  /**
   * The block of the element clicked, which tells apart elements that share an action id (one `topic_vote` per
   * topic); default the block of the first element with the action id (and value).
   */
  blockId?: string;
  /** Element type; default the rendered element's type, else `static_select` with `selectedOption`, else `button`. */
  type?: string;
  /** Button label when the element is not known; default the action id. */
  text?: string;
  /** For selects, overflow and radio buttons. */
  selectedOption?: OptionInput;
  /** Extra fields merged into the action (e.g. `selected_user`, `selected_date`). */
  actionFields?: Record<string, unknown>;
  /** Set for actions inside a view (App Home or modal); otherwise the action comes from a message. */
  view?: ViewTarget;
  /** State of the view / message inputs. */
  values?: StateValues;
  /** Override the container object entirely. */
  container?: Record<string, unknown>;
  /** Message channel; default the user's DM in the fake, else `C0GENERAL`. */
  channelId?: string;
  /** Message ts; default the latest message in the channel that has this action id. */
  messageTs?: string;
  /** Override the `message` object in the payload. */
  message?: Record<string, unknown>;
  /** Action on an ephemeral message (Slack sends no `message` then). */
  isEphemeral?: boolean;
  /**
   * An ephemeral message in the stand-in whose element was used: its blocks are checked like a message's, and the
   * action's response_url points back at it (so `replace_original` replaces it).
   */
  ephemeralId?: string;
  /** Send even when the fake shows the element, message or view does not exist. */
  allowMissing?: boolean;
}

export interface ViewSubmissionOptions {
  callbackId: string;
  values: StateValues;
  /** Default the private_metadata of the view the app opened. */
  privateMetadata?: string;
  /** Default the id of the latest view with `callbackId` opened for this user (or anyone) in the fake. */
  viewId?: string;
  /** Default the hash of that view. */
  hash?: string;
  /** Extra fields for the view object. */
  view?: Partial<ViewOutput>;
  responseUrls?: ViewResponseUrl[];
  allowMissing?: boolean;
}

export interface ViewClosedOptions {
  callbackId: string;
  viewId?: string;
  isCleared?: boolean;
  allowMissing?: boolean;
}

export interface EventOptions {
  eventId?: string;
  retryNum?: number;
  retryReason?: string;
  teamId?: string;
}

export interface RawOptions {
  /** Signature timestamp (unix seconds); `null` omits the header. Default now. */
  timestamp?: number | null;
  /** Signature header value; `null` omits it. Default the correct signature for `timestamp` and `body`. */
  signature?: string | null;
  /** Default `application/json` when the body looks like JSON, else `application/x-www-form-urlencoded`. */
  contentType?: string;
}

/** The Events API envelope Slack posts for `event_callback`. */
export interface EventEnvelope {
  token: string;
  team_id: string;
  context_team_id: string;
  context_enterprise_id: null;
  api_app_id: string;
  event: Record<string, unknown>;
  type: 'event_callback';
  event_id: string;
  event_time: number;
  authorizations: Array<{
    enterprise_id: null;
    team_id: string;
    user_id: string;
    is_bot: boolean;
    is_enterprise_install: boolean;
  }>;
  is_ext_shared_channel: boolean;
  event_context: string;
}

export interface SlackRequests {
  command(userId: string, text: string, opts?: CommandOptions): Promise<CommandResponse>;
  blockAction(userId: string, opts: BlockActionOptions): Promise<SentResponse<Record<string, unknown>>>;
  viewSubmission(userId: string, opts: ViewSubmissionOptions): Promise<SentResponse<Record<string, unknown>>>;
  viewClosed(userId: string, opts: ViewClosedOptions): Promise<SentResponse<Record<string, unknown>>>;
  event(event: Record<string, unknown>, opts?: EventOptions): Promise<SlackHttpResponse & { payload: EventEnvelope }>;
  /** `app_home_opened` for the Home tab, with the user's DM channel and current home view from the fake. */
  appHomeOpened(userId: string, opts?: EventOptions): Promise<SlackHttpResponse & { payload: EventEnvelope }>;
  urlVerification(challenge: string): Promise<SlackHttpResponse>;
  /** `ssl_check=1`, which Slack sends unsigned. */
  sslCheck(): Promise<SlackHttpResponse>;
  /** Any body with any headers, signed unless told otherwise — for hostile and malformed requests. */
  raw(body: string, headers?: Record<string, string>, opts?: RawOptions): Promise<SlackHttpResponse>;
  /** Unique trigger id in Slack's format (also registered with the fake for `userId`). */
  newTriggerId(userId?: string): string;
}

// ---------------------------------------------------------------------------------------------------------------
// Implementation
// ---------------------------------------------------------------------------------------------------------------

const FORM = 'application/x-www-form-urlencoded';
const DEFAULT_CHANNEL = 'C0GENERAL';

function channelNameFor(channelId: string): string {
  if (channelId.startsWith('D')) return 'directmessage';
  if (channelId.startsWith('G')) return 'privategroup';
  return channelId === DEFAULT_CHANNEL ? 'general' : channelId.toLowerCase();
}

export function createSlackRequests(options: SlackRequestsOptions): SlackRequests {
  const { signingSecret, fake } = options;
  const url = `${options.baseUrl.replace(/\/$/, '')}${options.path ?? '/slack/events'}`;
  const token = options.verificationToken ?? 'verification-token';
  const now = options.now ?? Date.now;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const team = { id: FAKE_TEAM.teamId, domain: FAKE_TEAM.teamDomain };
  let seq = 0;

  const nowSec = (): number => Math.floor(now() / 1000);
  const slackTs = (): string => (now() / 1000).toFixed(6);

  function newTriggerId(userId?: string): string {
    seq += 1;
    const id = `${seq}${String(nowSec()).slice(-4)}.${String(nowSec())}.${randomBytes(16).toString('hex')}`;
    if (userId !== undefined) fake?.noteTrigger(id, userId);
    return id;
  }

  function hooksUrl(kind: 'commands' | 'actions'): string {
    if (fake) return fake.responseUrl();
    seq += 1;
    return `https://hooks.slack.com/${kind}/${team.id}/${seq}/${randomBytes(12).toString('hex')}`;
  }

  function userObject(userId: string): { id: string; username: string; name: string; team_id: string } {
    const name = fake?.user(userId)?.name ?? userId.toLowerCase();
    return { id: userId, username: name, name, team_id: team.id };
  }

  async function post(body: string, contentType: string, extraHeaders: Record<string, string> = {}, raw: RawOptions = {}): Promise<SlackHttpResponse> {
    const timestamp = raw.timestamp === undefined ? nowSec() : raw.timestamp;
    const headers: Record<string, string> = { 'Content-Type': contentType };
    if (timestamp !== null) headers['X-Slack-Request-Timestamp'] = String(timestamp);
    const signature =
      raw.signature === undefined ? signSlackRequest(signingSecret, timestamp ?? nowSec(), body) : raw.signature;
    if (signature !== null) headers['X-Slack-Signature'] = signature;
    Object.assign(headers, extraHeaders);
    const res = await fetch(url, { method: 'POST', headers, body, signal: AbortSignal.timeout(timeoutMs) });
    const text = await res.text();
    const out: SlackHttpResponse = { status: res.status, body: text, headers: Object.fromEntries(res.headers) };
    if (text && (/json/.test(res.headers.get('content-type') ?? '') || /^\s*[{[]/.test(text))) {
      try {
        out.json = JSON.parse(text) as unknown;
      } catch {
        // not JSON after all
      }
    }
    return out;
  }

  const postPayload = (payload: unknown): Promise<SlackHttpResponse> =>
    post(new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), FORM);

  function viewOutput(base: Partial<ViewOutput> & { user_id?: string }): ViewOutput {
    const { user_id: _owner, ...rest } = base;
    const id = typeof rest.id === 'string' ? rest.id : `V${randomBytes(5).toString('hex').toUpperCase()}`;
    return {
      id,
      team_id: team.id,
      app_installed_team_id: team.id,
      app_id: FAKE_TEAM.appId,
      bot_id: FAKE_TEAM.botId,
      type: 'modal',
      blocks: [],
      private_metadata: '',
      callback_id: '',
      external_id: '',
      state: { values: {} },
      hash: `${nowSec()}.${randomBytes(4).toString('hex')}`,
      title: { type: 'plain_text', text: '' },
      close: null,
      submit: null,
      clear_on_close: false,
      notify_on_close: false,
      previous_view_id: null,
      root_view_id: id,
      ...rest,
    } as ViewOutput;
  }

  function resolveView(userId: string, target: ViewTarget, allowMissing: boolean): ViewOutput {
    if (target === 'home') {
      const home = fake?.homeOf(userId);
      if (!home && fake && !allowMissing) {
        throw new Error(`slack-requests: ${userId} has no published App Home in the fake (pass allowMissing: true)`);
      }
      return viewOutput(home ?? { type: 'home', id: `VHOME${userId}`, title: { type: 'plain_text', text: 'View Title' } });
    }
    if (target === 'modal') {
      const modal = fake?.latestView({ userId, type: 'modal' }) ?? fake?.latestView({ type: 'modal' });
      if (!modal && fake && !allowMissing) {
        throw new Error(`slack-requests: no modal was opened in the fake for ${userId} (pass allowMissing: true)`);
      }
      return viewOutput(modal ?? {});
    }
    const known = target.id !== undefined ? fake?.viewById(target.id) : undefined;
    return viewOutput({ ...(known ?? {}), ...target });
  }

  /**
   * The element clicked: the one with the action id in the block named (Slack tells elements apart by block id and
   * action id), preferring the button with the value given; a value the app never rendered still finds the button
   * it is sent with (a crafted request).
   */
  function clickedElement(blocks: readonly unknown[] | undefined, opts: BlockActionOptions): FoundElement | undefined {
    return (
      findElement(blocks, opts.actionId, { blockId: opts.blockId, value: opts.value }) ??
      findElement(blocks, opts.actionId, { blockId: opts.blockId })
    );
  }

  function findMessage(channelId: string, opts: BlockActionOptions): StoredMessage | undefined {
    if (!fake) return undefined;
    if (opts.messageTs !== undefined) return fake.message(channelId, opts.messageTs);
    const msgs = fake.messagesIn(channelId);
    for (let i = msgs.length - 1; i >= 0; i -= 1) {
      const m = msgs[i];
      if (m && clickedElement(m.blocks, opts)) return m;
    }
    return msgs[msgs.length - 1];
  }

  function buildAction(opts: BlockActionOptions, blocks: readonly unknown[] | undefined, where: string): Record<string, unknown> {
    const found = clickedElement(blocks, opts);
    if (!found && blocks !== undefined && !opts.allowMissing) {
      const place = opts.blockId !== undefined ? `block "${opts.blockId}" of ${where}` : where;
      throw new Error(
        `slack-requests: no element with action_id "${opts.actionId}" in ${place} ` +
          `(present: ${elementIds(blocks).join(', ') || 'none'}). Pass allowMissing: true to send it anyway.`,
      );
    }
    const el = found?.element ?? {};
    const type =
      opts.type ?? (typeof el.type === 'string' ? el.type : opts.selectedOption !== undefined ? 'static_select' : 'button');
    const action: Record<string, unknown> = {
      type,
      action_id: opts.actionId,
      block_id: opts.blockId ?? found?.blockId ?? randomBytes(3).toString('base64url'),
      action_ts: slackTs(),
    };
    if (type === 'button') {
      action.text = el.text ?? { type: 'plain_text', text: opts.text ?? opts.actionId, emoji: true };
      const value = opts.value ?? (typeof el.value === 'string' ? el.value : undefined);
      if (value !== undefined) action.value = value;
      if (typeof el.url === 'string') action.url = el.url;
      if (el.style !== undefined) action.style = el.style;
    } else if (opts.value !== undefined) {
      action.value = opts.value;
    }
    if (opts.selectedOption !== undefined) action.selected_option = option(opts.selectedOption);
    Object.assign(action, opts.actionFields);
    return action;
  }

  return {
    newTriggerId,

    async command(userId, text, opts = {}) {
      const channelId = opts.channelId ?? DEFAULT_CHANNEL;
      const triggerId = newTriggerId(userId);
      const responseUrl = fake ? fake.responseUrlFor({ userId, channelId }) : hooksUrl('commands');
      const payload: SlashCommand = {
        token,
        team_id: opts.teamId ?? team.id,
        team_domain: team.domain,
        channel_id: channelId,
        channel_name: opts.channelName ?? channelNameFor(channelId),
        user_id: userId,
        user_name: opts.userName ?? userObject(userId).name,
        command: opts.command ?? '/reverse-mentor',
        text,
        api_app_id: FAKE_TEAM.appId,
        is_enterprise_install: 'false',
        response_url: responseUrl,
        trigger_id: triggerId,
      };
      const res = await post(new URLSearchParams(payload as Record<string, string>).toString(), FORM);
      return { ...res, payload, triggerId, responseUrl };
    },

    async blockAction(userId, opts) {
      const triggerId = newTriggerId(userId);
      const allowMissing = opts.allowMissing ?? false;
      const payload: Record<string, unknown> = {
        type: 'block_actions',
        user: userObject(userId),
        api_app_id: FAKE_TEAM.appId,
        token,
        container: {},
        trigger_id: triggerId,
        team,
        enterprise: null,
        is_enterprise_install: false,
      };
      if (opts.view !== undefined) {
        const view = resolveView(userId, opts.view, allowMissing);
        if (opts.values) view.state = { values: opts.values };
        payload.container = { type: 'view', view_id: view.id };
        payload.view = view;
        payload.actions = [buildAction(opts, fake ? view.blocks : undefined, `view ${view.id}`)];
      } else if (opts.ephemeralId !== undefined && fake) {
        const shown = fake.ephemeral(opts.ephemeralId);
        if (!shown && !allowMissing) throw new Error(`slack-requests: no ephemeral message ${opts.ephemeralId} in the fake`);
        const channelId = shown?.channel ?? opts.channelId ?? DEFAULT_CHANNEL;
        const ts = shown?.ts ?? slackTs();
        payload.container = { type: 'message', message_ts: ts, channel_id: channelId, is_ephemeral: true };
        payload.channel = { id: channelId, name: fake.conversation(channelId)?.name ?? channelNameFor(channelId) };
        payload.state = { values: opts.values ?? {} };
        payload.response_url = fake.responseUrlFor({ userId, channelId, ephemeralId: opts.ephemeralId });
        payload.actions = [buildAction(opts, shown?.blocks ?? (allowMissing ? undefined : []), `ephemeral message ${opts.ephemeralId}`)];
      } else {
        const channelId = opts.channelId ?? (fake ? fake.dmOf(userId) : undefined) ?? DEFAULT_CHANNEL;
        const stored = opts.message ? undefined : findMessage(channelId, opts);
        if (fake && !stored && !opts.message && !allowMissing && !opts.isEphemeral) {
          throw new Error(
            `slack-requests: no message ${opts.messageTs ?? '(any)'} in ${channelId} in the fake ` +
              '(pass channelId/messageTs, or allowMissing: true)',
          );
        }
        const ts = opts.messageTs ?? stored?.ts ?? slackTs();
        let message: Record<string, unknown> | undefined;
        if (opts.message) message = { type: 'message', ts, ...opts.message };
        else if (stored) {
          const { channel: _c, ...m } = stored;
          message = m;
        } else message = { type: 'message', user: FAKE_TEAM.botUserId, bot_id: FAKE_TEAM.botId, ts, text: '', blocks: [] };
        const conv = fake?.conversation(channelId);
        payload.container = { type: 'message', message_ts: ts, channel_id: channelId, is_ephemeral: opts.isEphemeral ?? false };
        payload.channel = { id: channelId, name: conv?.name ?? channelNameFor(channelId) };
        if (!opts.isEphemeral) payload.message = message;
        payload.state = { values: opts.values ?? {} };
        payload.response_url = fake ? fake.responseUrlFor({ userId, channelId, messageTs: ts }) : hooksUrl('actions');
        const blocks = opts.isEphemeral || !(stored || opts.message) ? undefined : (message.blocks as unknown[] | undefined);
        payload.actions = [buildAction(opts, fake ? blocks : undefined, `message ${channelId}/${ts}`)];
      }
      if (opts.container) payload.container = opts.container;
      const res = await postPayload(payload);
      return { ...res, payload, triggerId };
    },

    async viewSubmission(userId, opts) {
      const triggerId = newTriggerId(userId);
      const known = fake
        ? opts.viewId !== undefined
          ? fake.viewById(opts.viewId)
          : (fake.latestView({ callbackId: opts.callbackId, userId }) ?? fake.latestView({ callbackId: opts.callbackId }))
        : undefined;
      if (fake && !opts.allowMissing) {
        if (!known) {
          throw new Error(
            `slack-requests: no view ${opts.viewId ?? `with callback_id "${opts.callbackId}"`} was opened in the fake ` +
              '(pass allowMissing: true to submit anyway)',
          );
        }
        for (const [blockId, actions] of Object.entries(opts.values)) {
          for (const actionId of Object.keys(actions)) {
            if (!findElement(known.blocks, actionId, { blockId })) {
              throw new Error(
                `slack-requests: view ${known.id} (${known.callback_id}) has no input ${blockId}/${actionId} ` +
                  `(present: ${elementIds(known.blocks).join(', ') || 'none'})`,
              );
            }
          }
        }
      }
      const view = viewOutput({ ...(known ?? {}), callback_id: opts.callbackId, ...opts.view });
      if (opts.viewId !== undefined) view.id = opts.viewId;
      if (opts.hash !== undefined) view.hash = opts.hash;
      if (opts.privateMetadata !== undefined) view.private_metadata = opts.privateMetadata;
      view.state = { values: opts.values };
      const payload: Record<string, unknown> = {
        type: 'view_submission',
        team,
        user: userObject(userId),
        api_app_id: FAKE_TEAM.appId,
        token,
        trigger_id: triggerId,
        view,
        response_urls: opts.responseUrls ?? [],
        is_enterprise_install: false,
        enterprise: null,
      };
      const res = await postPayload(payload);
      return { ...res, payload, triggerId };
    },

    async viewClosed(userId, opts) {
      const known = fake
        ? opts.viewId !== undefined
          ? fake.viewById(opts.viewId)
          : (fake.latestView({ callbackId: opts.callbackId, userId }) ?? fake.latestView({ callbackId: opts.callbackId }))
        : undefined;
      if (fake && !known && !opts.allowMissing) {
        throw new Error(`slack-requests: no view with callback_id "${opts.callbackId}" was opened in the fake`);
      }
      const view = viewOutput({ ...(known ?? {}), callback_id: opts.callbackId });
      if (opts.viewId !== undefined) view.id = opts.viewId;
      const payload: Record<string, unknown> = {
        type: 'view_closed',
        team,
        user: userObject(userId),
        api_app_id: FAKE_TEAM.appId,
        token,
        view,
        is_cleared: opts.isCleared ?? false,
        is_enterprise_install: false,
        enterprise: null,
      };
      const res = await postPayload(payload);
      return { ...res, payload, triggerId: '' };
    },

    async event(event, opts = {}) {
      seq += 1;
      const teamId = opts.teamId ?? team.id;
      const payload: EventEnvelope = {
        token,
        team_id: teamId,
        context_team_id: teamId,
        context_enterprise_id: null,
        api_app_id: FAKE_TEAM.appId,
        event: { event_ts: slackTs(), ...event },
        type: 'event_callback',
        event_id: opts.eventId ?? `Ev${String(seq).padStart(9, '0')}${randomBytes(2).toString('hex').toUpperCase()}`,
        event_time: nowSec(),
        authorizations: [
          { enterprise_id: null, team_id: teamId, user_id: FAKE_TEAM.botUserId, is_bot: true, is_enterprise_install: false },
        ],
        is_ext_shared_channel: false,
        event_context: `4-${Buffer.from(JSON.stringify({ et: String(event.type ?? ''), tid: teamId, aid: FAKE_TEAM.appId })).toString('base64url')}`,
      };
      const headers: Record<string, string> = {};
      if (opts.retryNum !== undefined) headers['X-Slack-Retry-Num'] = String(opts.retryNum);
      if (opts.retryReason !== undefined) headers['X-Slack-Retry-Reason'] = opts.retryReason;
      const res = await post(JSON.stringify(payload), 'application/json', headers);
      return { ...res, payload };
    },

    appHomeOpened(userId, opts) {
      const event: Record<string, unknown> = {
        type: 'app_home_opened',
        user: userId,
        channel: fake?.dmOf(userId) ?? `D${userId.slice(1)}`,
        tab: 'home',
      };
      const home = fake?.homeOf(userId);
      if (home) event.view = viewOutput(home);
      return this.event(event, opts);
    },

    urlVerification(challenge) {
      return post(JSON.stringify({ token, challenge, type: 'url_verification' }), 'application/json');
    },

    sslCheck() {
      return post(new URLSearchParams({ ssl_check: '1', token }).toString(), FORM, {}, { timestamp: null, signature: null });
    },

    raw(body, headers = {}, opts = {}) {
      // JSON is any body that is a JSON value (`null` and `"hello"` too); the rest goes as a form, as Slack's do.
      const contentType = opts.contentType ?? (looksLikeJson(body) ? 'application/json' : FORM);
      return post(body, contentType, headers, opts);
    },
  };
}

/** A body that starts like a JSON value: an object or array (even broken off), a string, a number or a literal. */
function looksLikeJson(body: string): boolean {
  return /^\s*(?:[{["]|-?\d|(?:null|true|false)\s*$)/.test(body);
}
