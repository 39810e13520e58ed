/**
 * The Slack stand-in's public shapes: what it records (calls, faults), what it keeps (users, conversations,
 * messages, views, files, ephemeral messages) and the `FakeSlack` interface the sandbox and the tests hold.
 */
import type { ViewOutput, types as slackTypes } from '@slack/bolt';
import type { RateLimitOptions } from './limits';

/** A Block Kit block as stored/returned by the fake (Bolt's own block types). */
export type SlackBlock = slackTypes.KnownBlock | slackTypes.Block;

/** One recorded request. `args` is the parsed body (form values that look like JSON are parsed). */
export interface FakeCall {
  /** Web API method (`chat.postMessage`), or `response_url` / `upload` for the non-API endpoints. */
  method: string;
  args: Record<string, unknown>;
  /** `Date.now()` when the request arrived. */
  at: number;
  /** Token from `Authorization: Bearer …` or the `token` field, when one was sent. */
  token?: string;
  /** Present when the call was answered with an injected failure. */
  fault?: AppliedFault;
  /** Extra delay from an injected delay-only fault (milliseconds), excluding the global latency. */
  delayedMs?: number;
  /** Present when the stand-in refused the call because it broke one of Slack's rules (see `ruleBreaks`). */
  brokeRule?: SlackRule;
  /** What the stand-in answered such a call: Slack's error code (`exchanged_trigger_id`, `invalid_blocks`, `used_url`). */
  refusal?: string;
}

/**
 * An injected fault. A fault with `error`, `status` or `retryAfter` (or with none of the fields) makes the call
 * fail with `{ ok: false, error }`; a fault with only `delayMs` answers normally but late.
 */
export interface Fault {
  /** Slack error code; default `ratelimited` for status 429, else `internal_error`. */
  error?: string;
  /** HTTP status; default 429 when `retryAfter` is set, else 200 (Slack reports errors with 200). */
  status?: number;
  /** `Retry-After` seconds for a 429; default 1. */
  retryAfter?: number;
  /** Delay before answering, on top of the global latency. */
  delayMs?: number;
}

export interface FailNextOptions extends Fault {
  /** How many consecutive calls to fail; default 1. */
  times?: number;
}

/** Chooses a fault per call. `callIndex` is the 0-based index of this call among recorded calls to the method. */
export type FaultPolicy = (callIndex: number, args: Record<string, unknown>) => Fault | undefined;

/** The failure a call was answered with. */
export interface AppliedFault {
  status: number;
  error: string;
  retryAfter?: number;
  delayMs?: number;
}

export interface FakeUserInput {
  id: string;
  name: string;
  realName?: string;
  displayName?: string;
  email?: string;
  /** IANA time zone; default `Europe/Stockholm`. */
  tz?: string;
  /** Slack locale such as `en-US` or `sv-SE`; default `en-US`. */
  locale?: string;
  deleted?: boolean;
  isBot?: boolean;
}

export interface FakeUser {
  id: string;
  name: string;
  realName: string;
  displayName: string;
  email?: string;
  tz: string;
  locale: string;
  deleted: boolean;
  isBot: boolean;
}

export interface FakeChannelInput {
  id: string;
  name: string;
  isPrivate?: boolean;
  isArchived?: boolean;
  /** Member user ids; the bot is a member unless `botIsMember` is false. */
  members?: string[];
  botIsMember?: boolean;
}

/** A conversation the fake knows: opened DMs / group DMs and channels added with `addChannel`. */
export interface FakeConversation {
  id: string;
  name: string;
  kind: 'im' | 'mpim' | 'public_channel' | 'private_channel';
  members: string[];
  created: number;
  isArchived: boolean;
  botIsMember: boolean;
}

/** A message posted by the bot, as Slack would return it from `conversations.history`, plus `channel`. */
export interface StoredMessage {
  type: 'message';
  channel: string;
  ts: string;
  text: string;
  user: string;
  bot_id: string;
  app_id: string;
  team: string;
  blocks?: SlackBlock[];
  metadata?: { event_type: string; event_payload: Record<string, unknown> };
  thread_ts?: string;
  edited?: { user: string; ts: string };
  files?: Array<{ id: string; name: string; title: string }>;
  /** Any other arguments sent with the post/update (attachments, unfurl_links, …). */
  [key: string]: unknown;
}

/** A view the fake has opened or published: Slack's view object plus who it belongs to. */
export interface StoredView extends ViewOutput {
  /** Home tab owner, or the user whose trigger opened the modal when known (see `noteTrigger`). */
  user_id?: string;
}

export interface FakeFile {
  id: string;
  filename: string;
  title?: string;
  length: number;
  altText?: string;
  /** Bytes received at the upload URL; undefined until uploaded. */
  bytes?: Buffer;
  contentType?: string;
  completed: boolean;
  channelId?: string;
  initialComment?: string;
  threadTs?: string;
}

export interface WaitForOptions {
  /** Default 3000 ms. */
  timeoutMs?: number;
}

export interface FakeSlackOptions {
  /** Delay added to every answer (ms). */
  latencyMs?: number;
  /** Answer `not_authed` to API calls that carry no token; default true. */
  requireToken?: boolean;
  /**
   * Act on response_url posts and view submission answers the way Slack's clients do (see the file comment).
   * Off for the tests, which read the raw posts with `responsesAt`; on for the sandbox.
   */
  respondLikeSlack?: boolean;
  /**
   * The stand-in's clock (ms since the epoch): when a message appeared, and what rate limits and trigger lives are
   * measured on. The sandbox passes its simulated one, the joins benchmark a sped-up one.
   */
  clock?: () => number;
  /**
   * Slack's published rate limits (limits.ts): off unless asked for. `true` plays Slack's figures; options change
   * or add limits per method. `setRateLimits` switches them later.
   */
  rateLimits?: boolean | RateLimitOptions;
  /** How long a trigger id can open a modal, on `clock`; Slack's 3 s unless set (rules.ts). */
  triggerLifeMs?: number;
  /**
   * The workspace's bot token: a Web API call with any other token is refused with `invalid_auth`, as Slack does.
   * Default `STANDIN_BOT_TOKEN`; give the stand-in the token the app was configured with.
   */
  botToken?: string;
  /**
   * Slack's rules the stand-in should not enforce (all are on by default, see rules.ts). A test that relaxes one says
   * why in a comment.
   */
  relax?: readonly SlackRule[];
}

/**
 * The rules of Slack's that the stand-in plays by default and a test can relax (rules.ts says where each is
 * documented):
 * - `unknownMethods`: a method the stand-in does not implement answers `ok: true` instead of `unknown_method`;
 * - `anyToken`: any token passes instead of only `botToken`;
 * - `triggerLife`: trigger ids never expire;
 * - `triggerReuse`: a trigger id opens any number of views, and a made-up one is accepted;
 * - `pushLimit`: `views.push` stacks any number of views;
 * - `responseUrlLimits`: a response_url takes any number of posts, forever;
 * - `blockKit`: blocks are not checked against Block Kit's limits;
 * - `uploadLength`: a completed upload need not be the length announced.
 */
export type SlackRule =
  | 'unknownMethods'
  | 'anyToken'
  | 'triggerLife'
  | 'triggerReuse'
  | 'pushLimit'
  | 'responseUrlLimits'
  | 'blockKit'
  | 'uploadLength';

/** Where a response_url was handed out: whose action, in which channel, on which message. */
export interface ResponseOrigin {
  userId: string;
  channelId: string;
  /** The ephemeral message whose button was pressed. */
  ephemeralId?: string;
  /** The message whose button was pressed. */
  messageTs?: string;
}

/** A message only one person sees: from `chat.postEphemeral` or a post to a response_url. */
export interface EphemeralMessage {
  id: string;
  userId: string;
  channel: string;
  ts: string;
  text: string;
  blocks?: SlackBlock[];
  /** When it appeared, on the stand-in's clock (ms). */
  at: number;
  /** Set when the person wrote it themselves (the slash command they typed, which Slack shows only to them). */
  from?: string;
}

/** What Slack does with a modal after a view submission was answered. */
export interface ViewSubmissionOutcome {
  /** `errors`: inline errors by block id, the modal stays open. */
  errors?: Record<string, string>;
  /** The modals the person now has open, bottom first. */
  open: string[];
}

/** Everything the stand-in knows about its workspace, as plain JSON (files base64), to persist between runs. */
export interface StandInSnapshot {
  version: 1;
  users: FakeUser[];
  conversations: FakeConversation[];
  addedChannels: string[];
  convByUsers: Array<[string, string]>;
  messages: StoredMessage[];
  messageTimes: Array<[string, number]>;
  views: Array<StoredView & { seq: number }>;
  homes: Array<[string, string]>;
  stacks: Array<[string, string[]]>;
  files: Array<Omit<FakeFile, 'bytes'> & { bytes?: string }>;
  ephemerals: EphemeralMessage[];
  origins: Array<[string, ResponseOrigin]>;
  idSeq: number;
  viewSeq: number;
}

export interface FakeSlack {
  /** `http://127.0.0.1:PORT/api/` — give it to WebClient / Bolt as `slackApiUrl`. */
  readonly apiUrl: string;
  /** `http://127.0.0.1:PORT` */
  readonly baseUrl: string;
  readonly port: number;
  /** Every recorded call in arrival order (do not mutate). */
  readonly calls: readonly FakeCall[];
  callsTo(method: string): FakeCall[];
  /** Forget recorded calls (state such as messages, views and users is kept; see `reset`). */
  clear(): void;
  /** Forget calls, messages, conversations, views, files and faults; keeps users, channels and latency. */
  reset(): void;
  /**
   * Resolves with the first recorded call (past or future) to `method` that matches; rejects on timeout with the
   * methods seen. Faulted attempts are calls too: add `(args, call) => !call.fault` to wait for a successful one.
   */
  waitFor(
    method: string,
    predicate?: (args: Record<string, unknown>, call: FakeCall) => boolean,
    opts?: WaitForOptions,
  ): Promise<FakeCall>;

  addUser(user: FakeUserInput): FakeUser;
  user(id: string): FakeUser | undefined;
  addChannel(channel: FakeChannelInput): FakeConversation;
  conversation(id: string): FakeConversation | undefined;
  /** The DM id opened for a user, if any. */
  dmOf(userId: string): string | undefined;

  /** Messages posted to a channel (a user id resolves to that user's DM), oldest first. */
  messagesIn(channelOrUser: string): StoredMessage[];
  message(channel: string, ts: string): StoredMessage | undefined;
  /** Latest published App Home view of a user. */
  homeOf(userId: string): StoredView | undefined;
  viewById(viewId: string): StoredView | undefined;
  /** The most recently opened/updated view matching the filter. */
  latestView(filter?: { callbackId?: string; userId?: string; type?: string }): StoredView | undefined;
  /** Tell the fake which user a trigger id belongs to, so modals opened with it know their user. */
  noteTrigger(triggerId: string, userId: string): void;
  /**
   * Every call the stand-in refused because it broke one of Slack's rules (`brokeRule`), since it started: kept
   * through `clear()` and `reset()`, so a harness can check at the end that the app broke none.
   */
  ruleBreaks(): FakeCall[];

  uploadedFile(fileId: string): Buffer | undefined;
  fileInfo(fileId: string): FakeFile | undefined;

  /** A response_url on this server; POSTs to it are recorded as method `response_url` with `_id`. */
  responseUrl(id?: string): string;
  /** A response_url that remembers where it was handed out (acted on with `respondLikeSlack`). */
  responseUrlFor(origin: ResponseOrigin): string;
  /** Bodies posted to one response_url, oldest first. */
  responsesAt(id: string): Array<Record<string, unknown>>;

  failNext(method: string, opts?: FailNextOptions): void;
  setFaultPolicy(method: string, policy: FaultPolicy | undefined): void;
  clearFaults(): void;
  setLatency(ms: number): void;
  /** Switches Slack's rate limits on (`true`, or adjusted figures) or off; switched on, every bucket starts full. */
  setRateLimits(limits: boolean | RateLimitOptions): void;

  /** Every user, the bot included, in the order they were added. */
  listUsers(): FakeUser[];
  /** Every conversation: channels added with `addChannel`, and the DMs and group DMs opened so far. */
  listConversations(): FakeConversation[];
  /** Opens (or finds) the bot's DM with a person, as Slack has one for every user who opens the app. */
  ensureDm(userId: string): string;
  /** When a message appeared, on the stand-in's clock (ms). */
  timeOf(channel: string, ts: string): number | undefined;
  /** Ephemeral messages shown to a person (in one channel, when given), oldest first. */
  ephemeralsFor(userId: string, channel?: string): EphemeralMessage[];
  ephemeral(id: string): EphemeralMessage | undefined;
  /** Shows a person a message only they see (Slack's client does this with a command's ack body, or its echo). */
  showEphemeral(userId: string, channel: string, message: { text: string; blocks?: SlackBlock[]; from?: string }): EphemeralMessage;
  /** The modals a person has open, bottom first. */
  openModalsOf(userId: string): StoredView[];
  /** The person closed a modal (and the ones stacked on it); `all` closes the whole stack. */
  closeModal(userId: string, viewId: string, all?: boolean): void;
  /** Applies the app's answer to a view submission as Slack does: update, push, clear, errors, or close. */
  applyViewSubmission(userId: string, viewId: string, answer: unknown): ViewSubmissionOutcome;
  /** `GET` URL of an uploaded file's bytes on this server. */
  fileUrl(fileId: string): string;
  /** Called after every recorded call and every change made through these methods. */
  subscribe(listener: () => void): () => void;
  snapshot(): StandInSnapshot;
  /** Replaces the workspace with a snapshot (users, conversations, messages, views, files …). */
  restore(snapshot: StandInSnapshot): void;

  close(): Promise<void>;
}

/** The sandbox's names for the same things. */
export type SlackStandIn = FakeSlack;
export type SlackStandInOptions = FakeSlackOptions;
