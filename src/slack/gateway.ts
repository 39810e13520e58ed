import type { HomeView, KnownBlock, ModalView } from '@slack/types';
import { WebClient, type FetchFunction, type RetryOptions } from '@slack/web-api';
import type { Logger } from '../logger';
import { boltLogger } from '../logger';
import { classifySlackError } from './errors';
import { createHttpTransport } from './transport';
import { RetryAfterGate } from './retry-after-gate';
import { TRIGGER_LIFE_MS, type TriggerArrivals } from './triggers';

/**
 * The narrow set of Web API calls the app makes. Listeners and services talk to this, not to WebClient, so the
 * calls are in one place, typed, and easy to fake.
 */

export interface SlackUser {
  id: string;
  displayName: string | null;
  timezone: string | null;
  locale: string | null;
  isBot: boolean;
  deleted: boolean;
}

export interface OutgoingMessage {
  text: string;
  blocks?: KnownBlock[];
  metadata?: { event_type: string; event_payload: Record<string, string | number | boolean> };
}

export interface PostedMessage {
  channel: string;
  ts: string;
}

/** A file to share in a conversation (files.uploadV2: get an upload URL, send the bytes, complete the upload). */
export interface OutgoingFile {
  bytes: Buffer;
  filename: string;
  title: string;
  /** Read by screen readers in place of an image (at most 1000 characters). */
  altText?: string;
  /** The message that comes with the file. */
  initialComment?: string;
}

export interface SlackGateway {
  userInfo(userId: string): Promise<SlackUser>;
  /**
   * Opens a modal with a trigger id. After a 429 no views.open goes out until `Retry-After` has passed; a call
   * that can still start within the trigger's life waits for it (in arrival order, again if refused again), the
   * others fail at once with HeldBackError (see ./retry-after-gate).
   */
  openModal(triggerId: string, view: ModalView): Promise<void>;
  /** Redraws an open modal (views.update); with `hash`, only if nobody changed it meanwhile. */
  updateModal(viewId: string, view: ModalView, hash?: string): Promise<void>;
  publishHome(userId: string, view: HomeView): Promise<void>;
  /** Posts in the person's DM with the app (the Messages tab of App Home). */
  sendDirectMessage(userId: string, message: OutgoingMessage): Promise<PostedMessage>;
  postMessage(channel: string, message: OutgoingMessage): Promise<PostedMessage>;
  updateMessage(channel: string, ts: string, message: OutgoingMessage): Promise<void>;
  postEphemeral(channel: string, userId: string, message: OutgoingMessage): Promise<void>;
  /** Opens (or finds) the DM or group DM with these users and returns its channel id. */
  openConversation(userIds: readonly string[]): Promise<string>;
  /**
   * Uploads a file and shares it in a conversation. Slack takes a conversation id here (C…, G…, D…), not a user
   * id: for someone's DM, open it first with `openConversation([userId])`.
   */
  uploadFile(channelId: string, file: OutgoingFile): Promise<{ fileId: string }>;
}

/**
 * Interactive requests retry briefly, then fail fast so a person sees "try again" instead of a spinner.
 * Durable jobs (prompts, introductions) use `retries: 0` and keep their own ledger of attempts.
 */
export const INTERACTIVE_RETRY: RetryOptions = {
  retries: 2,
  factor: 2,
  minTimeout: 100,
  maxTimeout: 1000,
  randomize: true,
  // A call that timed out may well have been done by Slack, only late (a message posted, a modal opened): sent
  // again it would be done twice. The person is told to try again instead.
  onFailedAttempt: (error: Error) => {
    if (classifySlackError(error).code === 'timeout') throw error;
  },
} as RetryOptions;
export const LEDGER_RETRY: RetryOptions = { retries: 0 };

/**
 * How long one Web API call may take. A person waiting on a click hears "try again" after at most three attempts
 * (INTERACTIVE_RETRY), so 10 s per attempt would keep them waiting over half a minute for an answer Slack itself
 * normally gives in well under a second; a modal's trigger id is dead after 3 s anyway. Durable jobs have no
 * one waiting and keep the longer timeout.
 */
export const INTERACTIVE_TIMEOUT_MS = 4_000;
export const LEDGER_TIMEOUT_MS = 10_000;

export interface WebClientSettings {
  token: string;
  apiUrl: string | undefined;
  logger: Logger;
  retry: RetryOptions;
  rejectRateLimitedCalls: boolean;
  /** Per attempt; default LEDGER_TIMEOUT_MS. */
  timeoutMs?: number;
}

/** One keep-alive transport for every Web API client of the process (see ./transport). */
let sharedTransport: FetchFunction | undefined;
function webTransport(): FetchFunction {
  sharedTransport ??= createHttpTransport();
  return sharedTransport;
}

export function webClientOptions(settings: Omit<WebClientSettings, 'token'>) {
  return {
    fetch: webTransport(),
    ...(settings.apiUrl ? { slackApiUrl: settings.apiUrl } : {}),
    logger: boltLogger(settings.logger),
    retryConfig: settings.retry,
    rejectRateLimitedCalls: settings.rejectRateLimitedCalls,
    timeout: settings.timeoutMs ?? LEDGER_TIMEOUT_MS,
  };
}

const SLACK_API_URL = 'https://slack.com/api/';

/** A post to a response_url that did not succeed. */
export class SlackUrlError extends Error {
  readonly code = 'slack_url_error';
  /** `timeout`, `network`, `http_<status>` or Slack's own error code from an `ok:false` answer. */
  readonly data: { error: string };
  constructor(
    error: string,
    readonly statusCode?: number,
  ) {
    super(`a Slack URL answered ${error}`);
    this.name = 'SlackUrlError';
    this.data = { error };
  }
}

/**
 * The fetch Bolt uses for `respond()` (response_urls), and its Web API client for its calls, over the shared
 * transport. What the Web API client sends passes through untouched (it sets its own timeout and reads its own
 * answers); a response_url post gets a timeout, and an answer that is not a 2xx, or says `ok:false`, is thrown as
 * a coded error. Without this a hung response_url would hold a request's work open for ever, and a refused reply
 * would pass for a delivered one.
 */
export function slackUrlFetch(apiUrl: string | undefined, timeoutMs: number, transport: FetchFunction = webTransport()): FetchFunction {
  const api = apiUrl ?? SLACK_API_URL;
  return async (input, init) => {
    const url = typeof input === 'string' ? input : input.href;
    // The Web API client's own requests (API calls and file uploads) carry its timeout signal: untouched.
    if (url.startsWith(api) || (init !== undefined && 'signal' in init)) return transport(input, init);
    let response: Awaited<ReturnType<FetchFunction>>;
    try {
      response = await transport(input, { ...init, signal: init?.signal ?? AbortSignal.timeout(timeoutMs) });
    } catch (error) {
      throw new SlackUrlError((error as Error)?.name === 'TimeoutError' ? 'timeout' : 'network');
    }
    if (!response.ok) throw new SlackUrlError(`http_${response.status}`, response.status);
    const body = await response.text();
    if (/^\s*\{/.test(body)) {
      let answer: { ok?: unknown; error?: unknown } | undefined;
      try {
        answer = JSON.parse(body) as { ok?: unknown; error?: unknown };
      } catch {
        answer = undefined;
      }
      if (answer?.ok === false) throw new SlackUrlError(typeof answer.error === 'string' ? answer.error : 'unknown_error', response.status);
    }
    return response;
  };
}

function createWebClient(settings: WebClientSettings): WebClient {
  return new WebClient(settings.token, webClientOptions(settings));
}

const USER_CACHE_TTL_MS = 10 * 60 * 1000;
const USER_CACHE_MAX = 5000;

/**
 * Marks a failure of a call Slack can safely receive twice (reading a user, opening the same conversation,
 * publishing or updating to the same content): after a timeout the delivery ledger may try it again, whereas a
 * post that timed out may have arrived and must not be sent twice (see isSafeToRepeat in ./errors).
 */
async function repeatable<T>(call: Promise<T>): Promise<T> {
  try {
    return await call;
  } catch (error) {
    if (error && typeof error === 'object') (error as { safeToRepeat?: boolean }).safeToRepeat = true;
    throw error;
  }
}

/**
 * A value as Slack receives it in a form-encoded call: JSON text. The client would JSON-encode an object itself,
 * but first deep-copies it (and stringifies the copy) for a debug line it builds even when debug logging is
 * off: for a message's blocks or a view, three serialisations and a deep copy per call. Handed the JSON text,
 * it sends the same bytes and copies one string. The client's argument types name the object forms only.
 */
function asJson<T>(value: T): T {
  return JSON.stringify(value) as unknown as T;
}

function wireMessage(message: OutgoingMessage): OutgoingMessage {
  return {
    text: message.text,
    ...(message.blocks ? { blocks: asJson(message.blocks) } : {}),
    ...(message.metadata ? { metadata: asJson(message.metadata) } : {}),
  };
}

/**
 * The gateway for the delivery ledger (prompts, introductions, reminders, summaries): its client never retries
 * by itself and hands 429s back at once, because the ledger keeps its own attempts and honours Retry-After.
 */
export function createLedgerGateway(settings: { token: string; apiUrl: string | undefined; logger: Logger; timeoutMs?: number; now?: () => Date }): SlackGateway {
  const { now, ...client } = settings;
  return createSlackGateway(createWebClient({ ...client, retry: LEDGER_RETRY, rejectRateLimitedCalls: true }), now ? { now } : {});
}

/**
 * How long views.open itself is given: a call waits for the gate only if it can start while the trigger will still
 * live this long (Slack answers views.open in a few hundred milliseconds at worst).
 */
export const VIEWS_OPEN_ALLOWANCE_MS = 500;

export interface GatewayOptions {
  /** The app's clock (the trigger's age is measured on it). */
  now?: () => Date;
  /** How the gateway lets time go by (the wait for `Retry-After`); on the same clock as `now`. */
  sleep?: (ms: number) => Promise<void>;
  /** When each trigger id arrived; without it (or for a trigger not noted) views.open never tries twice. */
  triggers?: TriggerArrivals;
  /** Where views.open's waits for Retry-After are logged. */
  logger?: Logger;
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function createSlackGateway(client: WebClient, options: GatewayOptions = {}): SlackGateway {
  const now = options.now ?? (() => new Date());
  const sleep = options.sleep ?? realSleep;
  // users.info is Tier 4 and changes rarely: a short cache keeps commands fast without going stale for long.
  const userCache = new Map<string, { user: SlackUser; at: number }>();
  const viewsOpenGate = new RetryAfterGate({ method: 'views.open', now: () => now().getTime(), sleep });

  return {
    async userInfo(userId) {
      const cached = userCache.get(userId);
      if (cached && now().getTime() - cached.at < USER_CACHE_TTL_MS) return cached.user;
      const result = await repeatable(client.users.info({ user: userId, include_locale: true }));
      const raw = result.user;
      const user: SlackUser = {
        id: userId,
        displayName: raw?.profile?.display_name || raw?.real_name || raw?.name || null,
        timezone: raw?.tz ?? null,
        locale: raw?.locale ?? null,
        isBot: raw?.is_bot ?? false,
        deleted: raw?.deleted ?? false,
      };
      if (userCache.size >= USER_CACHE_MAX) userCache.delete(userCache.keys().next().value as string);
      userCache.set(userId, { user, at: now().getTime() });
      return user;
    },
    async openModal(triggerId, view) {
      const args = { trigger_id: triggerId, view: asJson(view) };
      // At Slack's limit (views.open: 100 a minute) a 429 says when the next call fits, usually within a second,
      // and a call before then is refused again. The trigger id dies 3 s after it arrived: the gate holds every
      // views.open until Retry-After has passed and lets those who can still start in time go in arrival order;
      // the rest hear "Slack is busy" without a call. A trigger whose arrival is unknown never waits.
      const arrivedAt = options.triggers?.arrivedAt(triggerId);
      const deadline = arrivedAt === undefined ? -Infinity : arrivedAt + TRIGGER_LIFE_MS - VIEWS_OPEN_ALLOWANCE_MS;
      if (!viewsOpenGate.isOpen && arrivedAt !== undefined) {
        options.logger?.debug({ triggerAgeMs: now().getTime() - arrivedAt }, 'views.open waits for Retry-After to pass');
      }
      await viewsOpenGate.run(deadline, () => client.views.open(args));
    },
    async updateModal(viewId, view, hash) {
      await client.views.update({ view_id: viewId, view: asJson(view), ...(hash ? { hash } : {}) });
    },
    async publishHome(userId, view) {
      await repeatable(client.views.publish({ user_id: userId, view: asJson(view) }));
    },
    async sendDirectMessage(userId, message) {
      const result = await client.chat.postMessage({ channel: userId, ...wireMessage(message), unfurl_links: false });
      return { channel: result.channel as string, ts: result.ts as string };
    },
    async postMessage(channel, message) {
      const result = await client.chat.postMessage({ channel, ...wireMessage(message), unfurl_links: false });
      return { channel: result.channel as string, ts: result.ts as string };
    },
    async updateMessage(channel, ts, message) {
      await repeatable(client.chat.update({ channel, ts, ...wireMessage(message) }));
    },
    async postEphemeral(channel, userId, message) {
      await client.chat.postEphemeral({ channel, user: userId, ...wireMessage(message) });
    },
    async openConversation(userIds) {
      const result = await repeatable(client.conversations.open({ users: userIds.join(',') }));
      return result.channel?.id as string;
    },
    async uploadFile(channelId, file) {
      const result = (await client.files.uploadV2({
        channel_id: channelId,
        file: file.bytes,
        filename: file.filename,
        title: file.title,
        ...(file.altText ? { alt_text: file.altText } : {}),
        ...(file.initialComment ? { initial_comment: file.initialComment } : {}),
      })) as unknown as { files?: Array<{ files?: Array<{ id?: string }> }> };
      return { fileId: result.files?.[0]?.files?.[0]?.id ?? '' };
    },
  };
}
