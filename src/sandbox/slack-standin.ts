/**
 * The Slack stand-in: a Slack Web API on loopback, used by the sandbox (`reverse-mentor sandbox`), the
 * end-to-end tests and the benchmarks (test/support/fake-slack.ts re-exports it).
 *
 * Point the app's WebClient at `fake.apiUrl` (`slackApiUrl`). The stand-in speaks the wire format that
 * `@slack/web-api` 8 uses (`POST /api/<method>`, url-encoded or multipart bodies, `Authorization: Bearer`),
 * records every call, answers with realistic shapes, keeps enough state (messages, views, files, DMs) for the
 * answers to be consistent, and can inject errors, 429s and latency.
 *
 * Besides `/api/<method>` it serves the other kinds of URL that Slack hands out:
 * - `/upload/<fileId>`: the `upload_url` from `files.getUploadURLExternal` (recorded as method `upload`);
 * - `/respond/<id>`: a `response_url` from `fake.responseUrl()` (recorded as method `response_url`);
 * - `GET /files/<fileId>/<name>`: an uploaded file's bytes (its `url_private`), for the sandbox page.
 * Faults and latency apply to `upload` and `response_url` as well.
 *
 * With `respondLikeSlack` (the sandbox) it also does what Slack's clients show a person: posts to a response_url
 * become ephemeral messages, or replace / delete the message they came from, or go in the channel; modals stack
 * per person, and a view submission's `response_action` updates, pushes, clears or shows errors.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ViewOutput, types as slackTypes } from '@slack/bolt';

// ---------------------------------------------------------------------------------------------------------------
// Public types
// ---------------------------------------------------------------------------------------------------------------

/** A Block Kit block as stored/returned by the fake (Bolt's own block types). */
export type SlackBlock = slackTypes.KnownBlock | slackTypes.Block;

/** The fixed identity of the workspace and bot the fake pretends to be. */
export const FAKE_TEAM = {
  teamId: 'T1',
  teamName: 'Acme',
  teamDomain: 'acme',
  url: 'https://acme.slack.com/',
  botUserId: 'UBOT',
  botId: 'BBOT',
  botName: 'reverse-mentor',
  appId: 'A0REVMENTOR',
} as const;

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
  /** The clock that stamps when a message appeared (ms since the epoch); the sandbox passes its simulated one. */
  clock?: () => number;
}

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
  tsSeq: number;
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

// ---------------------------------------------------------------------------------------------------------------
// Helpers (exported where tests may find them useful)
// ---------------------------------------------------------------------------------------------------------------

/** Finds the interactive element with `actionId` in blocks (actions/input elements, section accessories). */
export function findElement(
  blocks: readonly unknown[] | undefined,
  actionId: string,
): { blockId: string | undefined; element: Record<string, unknown> } | undefined {
  for (const block of blocks ?? []) {
    if (!isRecord(block)) continue;
    const blockId = typeof block.block_id === 'string' ? block.block_id : undefined;
    const candidates: unknown[] = [];
    if (Array.isArray(block.elements)) candidates.push(...block.elements);
    if (block.accessory !== undefined) candidates.push(block.accessory);
    if (block.element !== undefined) candidates.push(block.element);
    for (const el of candidates) {
      if (isRecord(el) && el.action_id === actionId) return { blockId, element: el };
    }
  }
  return undefined;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isTrue(v: unknown): boolean {
  return v === true || v === 1 || v === 'true' || v === '1';
}

function str(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return undefined;
}

/** Top-level form fields that carry free text and must never be JSON-parsed. */
const TEXT_FIELDS = new Set([
  'text',
  'markdown_text',
  'initial_comment',
  'title',
  'alt_text',
  'filename',
  'private_metadata',
  'ts',
  'thread_ts',
  'message_ts',
  'token',
]);

function coerceFormValue(key: string, value: string): unknown {
  if (TEXT_FIELDS.has(key)) return value;
  const t = value.trim();
  if ((t.startsWith('{') && t.endsWith('}')) || (t.startsWith('[') && t.endsWith(']'))) {
    try {
      return JSON.parse(t) as unknown;
    } catch {
      return value;
    }
  }
  return value;
}

function parseForm(text: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of new URLSearchParams(text)) out[k] = coerceFormValue(k, v);
  return out;
}

interface MultipartPart {
  name?: string;
  filename?: string;
  contentType?: string;
  data: Buffer;
}

/** Minimal multipart/form-data parser (enough for undici's FormData and curl). */
export function parseMultipart(body: Buffer, contentType: string): MultipartPart[] {
  const m = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
  const boundaryText = (m?.[1] ?? m?.[2])?.trim();
  if (!boundaryText) return [];
  const delimiter = Buffer.from(`--${boundaryText}`);
  const parts: MultipartPart[] = [];
  let pos = body.indexOf(delimiter);
  while (pos !== -1) {
    let start = pos + delimiter.length;
    if (body[start] === 0x2d && body[start + 1] === 0x2d) break; // closing "--"
    if (body[start] === 0x0d && body[start + 1] === 0x0a) start += 2;
    const next = body.indexOf(delimiter, start);
    if (next === -1) break;
    let end = next;
    if (body[end - 2] === 0x0d && body[end - 1] === 0x0a) end -= 2;
    const raw = body.subarray(start, end);
    const headerEnd = raw.indexOf('\r\n\r\n');
    if (headerEnd !== -1) {
      const headers = raw.subarray(0, headerEnd).toString('utf8');
      const part: MultipartPart = { data: Buffer.from(raw.subarray(headerEnd + 4)) };
      const name = /\bname="([^"]*)"/i.exec(headers)?.[1];
      const filename = /\bfilename="([^"]*)"/i.exec(headers)?.[1];
      const type = /^content-type:\s*(.+)$/im.exec(headers)?.[1];
      if (name !== undefined) part.name = name;
      if (filename !== undefined) part.filename = filename;
      if (type !== undefined) part.contentType = type.trim();
      parts.push(part);
    }
    pos = next;
  }
  return parts;
}

/** Current UTC offset (seconds) and long name of an IANA zone, as Slack reports `tz_offset` / `tz_label`. */
export function tzInfo(tz: string, at: Date = new Date()): { offset: number; label: string } {
  const offsetName =
    new Intl.DateTimeFormat('en-US', { timeZone: tz, timeZoneName: 'longOffset' })
      .formatToParts(at)
      .find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const m = /GMT([+-])(\d{1,2}):?(\d{2})?/.exec(offsetName);
  const offset = m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 3600 + Number(m[3] ?? 0) * 60) : 0;
  const label =
    new Intl.DateTimeFormat('en-US', { timeZone: tz, timeZoneName: 'long' })
      .formatToParts(at)
      .find((p) => p.type === 'timeZoneName')?.value ?? tz;
  return { offset, label };
}

function guessMime(filename: string): string {
  const ext = filename.toLowerCase().split('.').pop() ?? '';
  const types: Record<string, string> = {
    png: 'image/png',
    jpg: 'image/jpeg',
    jpeg: 'image/jpeg',
    gif: 'image/gif',
    svg: 'image/svg+xml',
    csv: 'text/csv',
    ics: 'text/calendar',
    txt: 'text/plain',
    json: 'application/json',
    pdf: 'application/pdf',
  };
  return types[ext] ?? 'application/octet-stream';
}

// ---------------------------------------------------------------------------------------------------------------
// Implementation
// ---------------------------------------------------------------------------------------------------------------

interface Reply {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

const ok = (body: Record<string, unknown> = {}): Reply => ({ status: 200, body: { ok: true, ...body } });
const err = (error: string, extra: Record<string, unknown> = {}): Reply => ({
  status: 200,
  body: { ok: false, error, ...extra },
});

type Handler = (args: Record<string, unknown>, call: FakeCall) => Reply;

interface Waiter {
  method: string;
  predicate: ((args: Record<string, unknown>, call: FakeCall) => boolean) | undefined;
  resolve: (call: FakeCall) => void;
  reject: (e: Error) => void;
  timer: NodeJS.Timeout;
}

interface PendingFault {
  fault: Fault;
  remaining: number;
}

const BASE_TS_SECONDS = 1_700_000_000;

class FakeSlackServer implements FakeSlack {
  apiUrl = '';
  baseUrl = '';
  port = 0;
  readonly calls: FakeCall[] = [];

  private readonly server: Server;
  private readonly byMethod = new Map<string, FakeCall[]>();
  private readonly waiters = new Set<Waiter>();
  private readonly pendingFaults = new Map<string, PendingFault[]>();
  private readonly policies = new Map<string, FaultPolicy>();
  private readonly sleepers = new Set<{ timer: NodeJS.Timeout; done: () => void }>();
  private latencyMs: number;
  private readonly requireToken: boolean;
  private readonly respondLikeSlack: boolean;
  private readonly clock: () => number;
  private readonly listeners = new Set<() => void>();

  private readonly users = new Map<string, FakeUser>();
  private readonly conversations = new Map<string, FakeConversation>();
  private readonly addedChannels = new Set<string>();
  private readonly convByUsers = new Map<string, string>();
  private readonly messages = new Map<string, StoredMessage[]>();
  private readonly messageIndex = new Map<string, StoredMessage>();
  private readonly views = new Map<string, StoredView & { seq: number }>();
  private readonly homes = new Map<string, string>();
  private readonly triggers = new Map<string, string>();
  private readonly files = new Map<string, FakeFile>();
  private readonly responses = new Map<string, Array<Record<string, unknown>>>();
  private readonly messageTimes = new Map<string, number>();
  /** Open modals per person, bottom first. */
  private readonly stacks = new Map<string, string[]>();
  private readonly ephemerals = new Map<string, EphemeralMessage>();
  private readonly origins = new Map<string, ResponseOrigin>();
  private ephemeralSeq = 0;

  private tsSeq = 0;
  private idSeq = 0;
  private viewSeq = 0;
  private closed = false;

  private readonly handlers: Record<string, Handler> = {
    'api.test': (args) => ok({ args }),
    'auth.test': () =>
      ok({
        url: FAKE_TEAM.url,
        team: FAKE_TEAM.teamName,
        user: FAKE_TEAM.botName,
        team_id: FAKE_TEAM.teamId,
        user_id: FAKE_TEAM.botUserId,
        bot_id: FAKE_TEAM.botId,
        is_enterprise_install: false,
      }),
    'users.info': (args) => {
      const user = this.users.get(str(args.user) ?? '');
      if (!user) return err('user_not_found');
      return ok({ user: this.userObject(user, isTrue(args.include_locale)) });
    },
    'users.list': (args) =>
      ok({
        members: [...this.users.values()].map((u) => this.userObject(u, isTrue(args.include_locale))),
        cache_ts: Math.floor(Date.now() / 1000),
        response_metadata: { next_cursor: '' },
      }),
    'conversations.open': (args) => this.conversationsOpen(args),
    'conversations.info': (args) => {
      const conv = this.conversations.get(str(args.channel) ?? '');
      if (!conv) return err('channel_not_found');
      return ok({ channel: this.conversationObject(conv) });
    },
    'conversations.members': (args) => {
      const conv = this.conversations.get(str(args.channel) ?? '');
      if (!conv) return err('channel_not_found');
      return ok({ members: [...conv.members], response_metadata: { next_cursor: '' } });
    },
    'chat.postMessage': (args) => this.postMessage(args),
    'chat.postEphemeral': (args) => {
      const channel = str(args.channel);
      const user = str(args.user);
      if (!channel) return err('channel_not_found');
      if (!user) return err('user_not_in_channel');
      if (!this.hasContent(args)) return err('no_text');
      const ts = this.nextTs();
      this.addEphemeral(user, this.resolveChannel(channel), ts, str(args.text) ?? '', Array.isArray(args.blocks) ? (args.blocks as SlackBlock[]) : undefined);
      return ok({ message_ts: ts });
    },
    'chat.update': (args) => this.updateMessage(args),
    'chat.delete': (args) => {
      const channel = this.resolveChannel(str(args.channel) ?? '');
      const ts = str(args.ts) ?? '';
      return this.deleteMessage(channel, ts) ? ok({ channel, ts }) : err('message_not_found');
    },
    'chat.scheduleMessage': (args) => {
      const channel = str(args.channel);
      if (!channel) return err('channel_not_found');
      if (!this.hasContent(args)) return err('no_text');
      const postAt = Number(args.post_at);
      if (!Number.isFinite(postAt) || postAt * 1000 < Date.now()) return err('time_in_past');
      return ok({ channel: this.resolveChannel(channel), scheduled_message_id: this.nextId('Q'), post_at: postAt });
    },
    'chat.getPermalink': (args) => {
      const channel = str(args.channel) ?? '';
      const ts = str(args.message_ts) ?? '';
      if (!this.messageIndex.has(`${channel}:${ts}`)) return err('message_not_found');
      return ok({ channel, permalink: `${FAKE_TEAM.url}archives/${channel}/p${ts.replace('.', '')}` });
    },
    'views.open': (args) => this.openView(args, false),
    'views.push': (args) => this.openView(args, true),
    'views.update': (args) => this.updateView(args),
    'views.publish': (args) => this.publishView(args),
    'files.getUploadURLExternal': (args) => {
      const filename = str(args.filename);
      const length = Number(args.length);
      if (!filename || !Number.isFinite(length)) return err('invalid_arguments');
      const id = this.nextId('F');
      const file: FakeFile = { id, filename, length, completed: false };
      const alt = str(args.alt_text);
      if (alt !== undefined) file.altText = alt;
      this.files.set(id, file);
      return ok({ upload_url: `${this.baseUrl}/upload/${id}`, file_id: id });
    },
    'files.completeUploadExternal': (args) => this.completeUpload(args),
  };

  constructor(opts: FakeSlackOptions) {
    this.latencyMs = opts.latencyMs ?? 0;
    this.requireToken = opts.requireToken ?? true;
    this.respondLikeSlack = opts.respondLikeSlack ?? false;
    this.clock = opts.clock ?? Date.now;
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((e: unknown) => {
        if (!res.headersSent && !res.destroyed) {
          res.writeHead(500, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ ok: false, error: `fake_slack_bug: ${String(e)}` }));
        }
      });
    });
    this.server.keepAliveTimeout = 1000;
    this.addUser({ id: FAKE_TEAM.botUserId, name: FAKE_TEAM.botName, realName: 'Reverse Mentor', isBot: true });
  }

  async listen(): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(0, '127.0.0.1', () => resolve());
    });
    this.port = (this.server.address() as AddressInfo).port;
    this.baseUrl = `http://127.0.0.1:${this.port}`;
    this.apiUrl = `${this.baseUrl}/api/`;
  }

  // ---- recording ------------------------------------------------------------------------------------------------

  callsTo(method: string): FakeCall[] {
    return [...(this.byMethod.get(method) ?? [])];
  }

  clear(): void {
    this.calls.length = 0;
    this.byMethod.clear();
  }

  reset(): void {
    this.clear();
    this.clearFaults();
    for (const id of [...this.conversations.keys()]) if (!this.addedChannels.has(id)) this.conversations.delete(id);
    this.convByUsers.clear();
    this.messages.clear();
    this.messageIndex.clear();
    this.views.clear();
    this.homes.clear();
    this.triggers.clear();
    this.files.clear();
    this.responses.clear();
    this.messageTimes.clear();
    this.stacks.clear();
    this.ephemerals.clear();
    this.origins.clear();
    this.notify();
  }

  waitFor(
    method: string,
    predicate?: (args: Record<string, unknown>, call: FakeCall) => boolean,
    opts: WaitForOptions = {},
  ): Promise<FakeCall> {
    const found = (this.byMethod.get(method) ?? []).find((c) => !predicate || predicate(c.args, c));
    if (found) return Promise.resolve(found);
    const timeoutMs = opts.timeoutMs ?? 3000;
    return new Promise<FakeCall>((resolve, reject) => {
      const waiter: Waiter = {
        method,
        predicate,
        resolve,
        reject,
        timer: setTimeout(() => {
          this.waiters.delete(waiter);
          reject(new Error(this.describeTimeout(method, predicate !== undefined, timeoutMs)));
        }, timeoutMs),
      };
      this.waiters.add(waiter);
    });
  }

  private describeTimeout(method: string, withPredicate: boolean, timeoutMs: number): string {
    const counts = new Map<string, { n: number; faulted: number }>();
    for (const c of this.calls) {
      const e = counts.get(c.method) ?? { n: 0, faulted: 0 };
      e.n += 1;
      if (c.fault) e.faulted += 1;
      counts.set(c.method, e);
    }
    const seen =
      [...counts]
        .map(([m, e]) => `${m} ×${e.n}${e.faulted ? ` (${e.faulted} faulted)` : ''}`)
        .join(', ') || 'no calls at all';
    let msg = `fake-slack: timed out after ${timeoutMs} ms waiting for a call to ${method}${
      withPredicate ? ' matching the predicate' : ''
    }. Methods seen: ${seen}.`;
    const same = this.byMethod.get(method) ?? [];
    if (same.length > 0) {
      const last = same.slice(-3).map((c) => JSON.stringify(c.args).slice(0, 300));
      msg += ` Last ${method} args: ${last.join(' | ')}`;
    }
    return msg;
  }

  private record(call: FakeCall): void {
    this.calls.push(call);
    let list = this.byMethod.get(call.method);
    if (!list) {
      list = [];
      this.byMethod.set(call.method, list);
    }
    list.push(call);
    for (const w of this.waiters) {
      if (w.method !== call.method) continue;
      let matched = false;
      try {
        matched = !w.predicate || w.predicate(call.args, call);
      } catch (e) {
        clearTimeout(w.timer);
        this.waiters.delete(w);
        w.reject(e instanceof Error ? e : new Error(String(e)));
        continue;
      }
      if (matched) {
        clearTimeout(w.timer);
        this.waiters.delete(w);
        w.resolve(call);
      }
    }
    this.notify();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private notify(): void {
    for (const listener of this.listeners) {
      try {
        listener();
      } catch {
        // A listener's failure is its own business.
      }
    }
  }

  // ---- faults and latency ---------------------------------------------------------------------------------------

  failNext(method: string, opts: FailNextOptions = {}): void {
    const { times = 1, ...fault } = opts;
    if (times < 1) return;
    const list = this.pendingFaults.get(method) ?? [];
    list.push({ fault, remaining: times });
    this.pendingFaults.set(method, list);
  }

  setFaultPolicy(method: string, policy: FaultPolicy | undefined): void {
    if (policy) this.policies.set(method, policy);
    else this.policies.delete(method);
  }

  clearFaults(): void {
    this.pendingFaults.clear();
    this.policies.clear();
  }

  setLatency(ms: number): void {
    this.latencyMs = Math.max(0, ms);
  }

  private takeFault(method: string, args: Record<string, unknown>): Fault | undefined {
    const queue = this.pendingFaults.get(method);
    const head = queue?.[0];
    if (queue && head) {
      head.remaining -= 1;
      if (head.remaining <= 0) queue.shift();
      if (queue.length === 0) this.pendingFaults.delete(method);
      return head.fault;
    }
    const policy = this.policies.get(method);
    return policy ? policy(this.byMethod.get(method)?.length ?? 0, args) : undefined;
  }

  private sleep(ms: number): Promise<void> {
    if (ms <= 0 || this.closed) return Promise.resolve();
    return new Promise<void>((resolve) => {
      const entry = {
        timer: setTimeout(() => {
          this.sleepers.delete(entry);
          resolve();
        }, ms),
        done: resolve,
      };
      this.sleepers.add(entry);
    });
  }

  /** Records the call, runs the handler (or the fault) and answers after latency. */
  private async dispatch(
    res: ServerResponse,
    method: string,
    args: Record<string, unknown>,
    token: string | undefined,
    handler: Handler,
  ): Promise<void> {
    const call: FakeCall = { method, args, at: Date.now() };
    if (token !== undefined) call.token = token;
    const fault = this.takeFault(method, args);
    const fails =
      fault !== undefined &&
      (fault.error !== undefined ||
        fault.status !== undefined ||
        fault.retryAfter !== undefined ||
        fault.delayMs === undefined);
    let reply: Reply;
    if (fault && fails) {
      const status = fault.status ?? (fault.retryAfter !== undefined ? 429 : 200);
      const applied: AppliedFault = {
        status,
        error: fault.error ?? (status === 429 ? 'ratelimited' : 'internal_error'),
      };
      const headers: Record<string, string> = {};
      if (status === 429) {
        applied.retryAfter = fault.retryAfter ?? 1;
        headers['retry-after'] = String(applied.retryAfter);
      }
      if (fault.delayMs !== undefined) applied.delayMs = fault.delayMs;
      call.fault = applied;
      reply = { status, headers, body: { ok: false, error: applied.error } };
    } else {
      if (fault?.delayMs !== undefined) call.delayedMs = fault.delayMs;
      try {
        reply = handler(args, call);
      } catch (e) {
        reply = { status: 500, body: { ok: false, error: `fake_slack_bug: ${String(e)}` } };
      }
    }
    this.record(call);
    await this.sleep(this.latencyMs + (fault?.delayMs ?? 0));
    if (res.destroyed || res.writableEnded) return;
    const isText = typeof reply.body === 'string';
    const payload = isText ? (reply.body as string) : JSON.stringify(reply.body);
    res.writeHead(reply.status, {
      'content-type': isText ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8',
      ...reply.headers,
    });
    res.end(payload);
  }

  // ---- HTTP ----------------------------------------------------------------------------------------------------

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const contentType = String(req.headers['content-type'] ?? '').toLowerCase();

    const fileRoute = /^\/files\/([^/]+)(?:\/[^/]*)?$/.exec(path);
    if ((req.method === 'GET' || req.method === 'HEAD') && fileRoute?.[1]) {
      this.serveFile(res, decodeURIComponent(fileRoute[1]), new URL(req.url ?? '/', 'http://localhost').searchParams.has('view'));
      return;
    }

    if (req.method !== 'POST') {
      res.writeHead(405, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ ok: false, error: 'method_not_allowed' }));
      return;
    }

    if (path.startsWith('/api/')) {
      const method = decodeURIComponent(path.slice('/api/'.length));
      const args = this.parseBody(body, contentType);
      const auth = /^Bearer\s+(.+)$/i.exec(String(req.headers.authorization ?? ''))?.[1];
      const token = auth ?? str(args.token);
      const handler: Handler =
        this.requireToken && !token && method !== 'api.test'
          ? () => err('not_authed')
          : (this.handlers[method] ?? (() => ok()));
      await this.dispatch(res, method, args, token, handler);
      return;
    }

    const upload = /^\/upload\/([^/]+)$/.exec(path);
    if (upload?.[1]) {
      const fileId = decodeURIComponent(upload[1]);
      let bytes: Buffer = body;
      let filename: string | undefined;
      let partType: string | undefined;
      if (contentType.startsWith('multipart/form-data')) {
        const parts = parseMultipart(body, String(req.headers['content-type']));
        const part =
          parts.find((p) => p.filename !== undefined) ??
          parts.find((p) => p.name === 'file' || p.name === 'body') ??
          parts[0];
        if (part) {
          bytes = part.data;
          filename = part.filename;
          partType = part.contentType;
        }
      }
      const args: Record<string, unknown> = { file_id: fileId, bytes: bytes.length, content_type: partType ?? contentType };
      if (filename !== undefined) args.filename = filename;
      await this.dispatch(res, 'upload', args, undefined, () => {
        const file = this.files.get(fileId);
        if (!file) return { status: 404, body: 'file not found' };
        file.bytes = bytes;
        file.contentType = partType ?? (contentType || 'application/octet-stream');
        return { status: 200, body: `OK - ${bytes.length}` };
      });
      return;
    }

    const respond = /^\/respond\/([^/]+)$/.exec(path);
    if (respond?.[1]) {
      const id = decodeURIComponent(respond[1]);
      const parsed = this.parseBody(body, contentType);
      const args: Record<string, unknown> = { ...parsed, _id: id };
      await this.dispatch(res, 'response_url', args, undefined, () => {
        const list = this.responses.get(id) ?? [];
        list.push(parsed);
        this.responses.set(id, list);
        if (this.respondLikeSlack) this.actOnResponse(id, parsed);
        return ok();
      });
      return;
    }

    res.writeHead(404, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ ok: false, error: 'unknown_route', path }));
  }

  private parseBody(body: Buffer, contentType: string): Record<string, unknown> {
    if (body.length === 0) return {};
    if (contentType.startsWith('multipart/form-data')) {
      const out: Record<string, unknown> = {};
      for (const part of parseMultipart(body, contentType)) {
        if (part.name === undefined) continue;
        out[part.name] =
          part.filename !== undefined ? part.data : coerceFormValue(part.name, part.data.toString('utf8'));
      }
      return out;
    }
    const text = body.toString('utf8');
    const looksJson = /^\s*[{[]/.test(text) && !contentType.startsWith('application/x-www-form-urlencoded');
    if (contentType.startsWith('application/json') || looksJson) {
      try {
        const parsed: unknown = JSON.parse(text);
        return isRecord(parsed) ? parsed : { _json: parsed };
      } catch {
        return { _raw: text };
      }
    }
    return parseForm(text);
  }

  // ---- ids ---------------------------------------------------------------------------------------------------

  private nextTs(): string {
    this.tsSeq += 1;
    const micros = this.tsSeq * 100;
    const seconds = BASE_TS_SECONDS + Math.floor(micros / 1_000_000);
    return `${seconds}.${String(micros % 1_000_000).padStart(6, '0')}`;
  }

  private nextId(prefix: string): string {
    this.idSeq += 1;
    return `${prefix}${String(this.idSeq).padStart(8, '0')}`;
  }

  private nextHash(): string {
    this.viewSeq += 1;
    return `${BASE_TS_SECONDS + this.viewSeq}.${(this.viewSeq * 2654435761 >>> 0).toString(16).padStart(8, '0')}`;
  }

  // ---- users and conversations --------------------------------------------------------------------------------

  addUser(input: FakeUserInput): FakeUser {
    const tz = input.tz ?? 'Europe/Stockholm';
    tzInfo(tz); // throws RangeError early for an invalid zone
    const user: FakeUser = {
      id: input.id,
      name: input.name,
      realName: input.realName ?? input.name,
      displayName: input.displayName ?? input.name,
      tz,
      locale: input.locale ?? 'en-US',
      deleted: input.deleted ?? false,
      isBot: input.isBot ?? false,
    };
    if (input.email !== undefined) user.email = input.email;
    this.users.set(user.id, user);
    return user;
  }

  user(id: string): FakeUser | undefined {
    return this.users.get(id);
  }

  private userObject(u: FakeUser, includeLocale: boolean): Record<string, unknown> {
    const { offset, label } = tzInfo(u.tz);
    const profile: Record<string, unknown> = {
      real_name: u.realName,
      real_name_normalized: u.realName,
      display_name: u.displayName,
      display_name_normalized: u.displayName,
      team: FAKE_TEAM.teamId,
      image_72: `https://avatars.example/${u.id}_72.png`,
    };
    if (u.email !== undefined) profile.email = u.email;
    if (u.isBot) profile.bot_id = u.id === FAKE_TEAM.botUserId ? FAKE_TEAM.botId : `B${u.id.slice(1)}`;
    const obj: Record<string, unknown> = {
      id: u.id,
      team_id: FAKE_TEAM.teamId,
      name: u.name,
      deleted: u.deleted,
      color: '9f69e7',
      real_name: u.realName,
      tz: u.tz,
      tz_label: label,
      tz_offset: offset,
      profile,
      is_admin: false,
      is_owner: false,
      is_primary_owner: false,
      is_restricted: false,
      is_ultra_restricted: false,
      is_bot: u.isBot,
      is_app_user: false,
      updated: BASE_TS_SECONDS,
    };
    if (includeLocale) obj.locale = u.locale;
    return obj;
  }

  addChannel(input: FakeChannelInput): FakeConversation {
    const botIsMember = input.botIsMember ?? true;
    const members = [...(input.members ?? [])];
    if (botIsMember && !members.includes(FAKE_TEAM.botUserId)) members.push(FAKE_TEAM.botUserId);
    const conv: FakeConversation = {
      id: input.id,
      name: input.name,
      kind: input.isPrivate ? 'private_channel' : 'public_channel',
      members,
      created: BASE_TS_SECONDS,
      isArchived: input.isArchived ?? false,
      botIsMember,
    };
    this.conversations.set(conv.id, conv);
    this.addedChannels.add(conv.id);
    return conv;
  }

  conversation(id: string): FakeConversation | undefined {
    return this.conversations.get(id);
  }

  dmOf(userId: string): string | undefined {
    return this.convByUsers.get(userId);
  }

  /** Opens (or finds) the DM / group DM for a set of users; returns its id and whether it already existed. */
  private openConversation(userIds: string[]): { id: string; existed: boolean } {
    const sorted = [...new Set(userIds)].sort();
    const key = sorted.join(',');
    const existing = this.convByUsers.get(key);
    if (existing) return { id: existing, existed: true };
    const im = sorted.length === 1;
    const id = this.nextId(im ? 'D' : 'G');
    const name = im ? (sorted[0] ?? '') : `mpdm-${[...sorted, FAKE_TEAM.botUserId].map((u) => this.users.get(u)?.name ?? u.toLowerCase()).join('--')}-1`;
    this.conversations.set(id, {
      id,
      name,
      kind: im ? 'im' : 'mpim',
      members: [...sorted, FAKE_TEAM.botUserId],
      created: Math.floor(Date.now() / 1000),
      isArchived: false,
      botIsMember: true,
    });
    this.convByUsers.set(key, id);
    return { id, existed: false };
  }

  /** A user id (`U…`/`W…`) as a channel resolves to the bot's DM with that user, as chat.postMessage does. */
  private resolveChannel(channel: string): string {
    if (/^[UW][A-Z0-9]+$/.test(channel)) return this.openConversation([channel]).id;
    return channel;
  }

  private conversationsOpen(args: Record<string, unknown>): Reply {
    const reopen = str(args.channel);
    if (reopen) {
      return this.conversations.has(reopen) ? ok({ channel: { id: reopen } }) : err('channel_not_found');
    }
    const users = Array.isArray(args.users)
      ? args.users.map(String)
      : (str(args.users) ?? '')
          .split(',')
          .map((u) => u.trim())
          .filter(Boolean);
    if (users.length === 0) return err('users_list_not_supplied');
    if (users.length > 8) return err('too_many_users');
    if (users.some((u) => this.users.get(u)?.deleted)) return err('user_disabled');
    const { id, existed } = this.openConversation(users);
    const conv = this.conversations.get(id);
    const channel = isTrue(args.return_im) && conv ? this.conversationObject(conv) : { id };
    return ok(existed ? { no_op: true, already_open: true, channel } : { channel });
  }

  private conversationObject(c: FakeConversation): Record<string, unknown> {
    const base: Record<string, unknown> = {
      id: c.id,
      created: c.created,
      is_archived: c.isArchived,
      is_im: c.kind === 'im',
      is_mpim: c.kind === 'mpim',
      is_channel: c.kind === 'public_channel',
      is_group: c.kind === 'private_channel',
      is_private: c.kind !== 'public_channel',
      is_org_shared: false,
      context_team_id: FAKE_TEAM.teamId,
      updated: c.created * 1000,
    };
    if (c.kind === 'im') {
      return { ...base, user: c.members.find((m) => m !== FAKE_TEAM.botUserId) ?? c.members[0], is_user_deleted: false, is_open: true, priority: 0 };
    }
    return {
      ...base,
      name: c.name,
      name_normalized: c.name,
      is_general: false,
      is_member: c.botIsMember,
      is_shared: false,
      is_ext_shared: false,
      creator: FAKE_TEAM.botUserId,
      num_members: c.members.length,
      topic: { value: '', creator: '', last_set: 0 },
      purpose: { value: '', creator: '', last_set: 0 },
    };
  }

  // ---- messages ----------------------------------------------------------------------------------------------

  private hasContent(args: Record<string, unknown>): boolean {
    return Boolean(str(args.text) || args.blocks || args.attachments || str(args.markdown_text));
  }

  private postMessage(args: Record<string, unknown>): Reply {
    const requested = str(args.channel);
    if (!requested) return err('channel_not_found');
    if (!this.hasContent(args)) return err('no_text');
    const channel = this.resolveChannel(requested);
    const conv = this.conversations.get(channel);
    if (conv?.isArchived) return err('is_archived');
    if (conv && !conv.botIsMember) return err('not_in_channel');
    if (args.blocks !== undefined && !Array.isArray(args.blocks)) return err('invalid_blocks_format');
    const { token: _t, channel: _c, ...rest } = args;
    const msg: StoredMessage = {
      ...rest,
      type: 'message',
      channel,
      ts: this.nextTs(),
      text: str(args.text) ?? '',
      user: FAKE_TEAM.botUserId,
      bot_id: FAKE_TEAM.botId,
      app_id: FAKE_TEAM.appId,
      team: FAKE_TEAM.teamId,
    };
    this.storeMessage(msg);
    const { channel: _ch, ...message } = msg;
    return ok({ channel, ts: msg.ts, message });
  }

  private storeMessage(msg: StoredMessage): void {
    const list = this.messages.get(msg.channel) ?? [];
    list.push(msg);
    this.messages.set(msg.channel, list);
    this.messageIndex.set(`${msg.channel}:${msg.ts}`, msg);
    this.messageTimes.set(`${msg.channel}:${msg.ts}`, this.clock());
  }

  private updateMessage(args: Record<string, unknown>): Reply {
    const channel = this.resolveChannel(str(args.channel) ?? '');
    const ts = str(args.ts) ?? '';
    const msg = this.messageIndex.get(`${channel}:${ts}`);
    if (!msg) return err('message_not_found');
    if (!this.hasContent(args)) return err('no_text');
    if (args.blocks !== undefined && !Array.isArray(args.blocks)) return err('invalid_blocks_format');
    const { token: _t, channel: _c, ts: _ts, ...rest } = args;
    Object.assign(msg, rest);
    if (args.text !== undefined) msg.text = str(args.text) ?? '';
    msg.edited = { user: FAKE_TEAM.botUserId, ts: this.nextTs() };
    const { channel: _ch, ...message } = msg;
    return ok({ channel, ts, text: msg.text, message });
  }

  private deleteMessage(channel: string, ts: string): boolean {
    const key = `${channel}:${ts}`;
    const msg = this.messageIndex.get(key);
    if (!msg) return false;
    this.messageIndex.delete(key);
    const list = this.messages.get(channel);
    const at = list ? list.indexOf(msg) : -1;
    if (list && at >= 0) list.splice(at, 1);
    return true;
  }

  messagesIn(channelOrUser: string): StoredMessage[] {
    const id = /^[UW][A-Z0-9]+$/.test(channelOrUser) ? this.dmOf(channelOrUser) : channelOrUser;
    return id ? [...(this.messages.get(id) ?? [])] : [];
  }

  message(channel: string, ts: string): StoredMessage | undefined {
    return this.messageIndex.get(`${channel}:${ts}`);
  }

  // ---- views -------------------------------------------------------------------------------------------------

  private viewArg(args: Record<string, unknown>): Record<string, unknown> | undefined {
    return isRecord(args.view) ? args.view : undefined;
  }

  private buildView(
    given: Record<string, unknown>,
    base: Partial<StoredView> & { id: string },
  ): StoredView & { seq: number } {
    const type = str(given.type) ?? base.type ?? 'modal';
    const view = {
      team_id: FAKE_TEAM.teamId,
      app_installed_team_id: FAKE_TEAM.teamId,
      app_id: FAKE_TEAM.appId,
      bot_id: FAKE_TEAM.botId,
      type,
      blocks: [],
      private_metadata: '',
      callback_id: '',
      external_id: '',
      state: { values: {} },
      title: { type: 'plain_text', text: type === 'home' ? 'View Title' : '', emoji: true },
      close: null,
      submit: null,
      clear_on_close: false,
      notify_on_close: false,
      previous_view_id: null,
      root_view_id: base.id,
      ...base,
      ...given,
      id: base.id,
      hash: this.nextHash(),
      seq: this.viewSeq,
    };
    return view as unknown as StoredView & { seq: number };
  }

  private openView(args: Record<string, unknown>, push: boolean): Reply {
    const trigger = str(args.trigger_id);
    if (!trigger) return err('invalid_arguments', { response_metadata: { messages: ['[ERROR] missing required field: trigger_id'] } });
    const given = this.viewArg(args);
    if (!given) return err('invalid_arguments', { response_metadata: { messages: ['[ERROR] missing required field: view'] } });
    if (str(given.type) !== 'modal') return err('invalid_arguments', { response_metadata: { messages: ['[ERROR] must be a modal view'] } });
    const id = this.nextId('V');
    const base: Partial<StoredView> & { id: string } = { id };
    const userId = this.triggers.get(trigger);
    if (userId !== undefined) base.user_id = userId;
    if (push) {
      const parent = this.latestView(userId !== undefined ? { userId, type: 'modal' } : { type: 'modal' });
      if (parent) {
        base.previous_view_id = parent.id;
        base.root_view_id = parent.root_view_id ?? parent.id;
      }
    }
    const view = this.buildView(given, base);
    this.views.set(id, view);
    if (userId !== undefined) {
      // views.open starts a new stack (what Slack shows replaces any modal left open); views.push adds to it.
      this.stacks.set(userId, push ? [...(this.stacks.get(userId) ?? []), id] : [id]);
    }
    return ok({ view: stripSeq(view) });
  }

  openModalsOf(userId: string): StoredView[] {
    return (this.stacks.get(userId) ?? []).flatMap((id) => {
      const view = this.views.get(id);
      return view ? [stripSeq(view)] : [];
    });
  }

  closeModal(userId: string, viewId: string, all = false): void {
    const stack = this.stacks.get(userId) ?? [];
    const at = stack.indexOf(viewId);
    if (all || at <= 0) this.stacks.delete(userId);
    else this.stacks.set(userId, stack.slice(0, at));
    this.notify();
  }

  applyViewSubmission(userId: string, viewId: string, answer: unknown): ViewSubmissionOutcome {
    const body = isRecord(answer) ? answer : {};
    const stack = this.stacks.get(userId) ?? [];
    const action = str(body.response_action);
    const given = this.viewArg(body);
    let errors: Record<string, string> | undefined;
    if (action === 'errors') {
      errors = Object.fromEntries(Object.entries(isRecord(body.errors) ? body.errors : {}).map(([block, text]) => [block, str(text) ?? '']));
    } else if (action === 'update' && given) {
      const current = this.views.get(viewId);
      if (current) {
        const base: Partial<StoredView> & { id: string } = {
          id: current.id,
          type: 'modal',
          previous_view_id: current.previous_view_id,
          root_view_id: current.root_view_id,
          user_id: userId,
        };
        this.views.set(current.id, this.buildView(given, base));
      }
    } else if (action === 'push' && given) {
      const id = this.nextId('V');
      const root = this.views.get(viewId);
      this.views.set(id, this.buildView(given, { id, user_id: userId, type: 'modal', previous_view_id: viewId, root_view_id: root?.root_view_id ?? viewId }));
      this.stacks.set(userId, [...stack, id]);
    } else if (action === 'clear') {
      this.stacks.delete(userId);
    } else {
      // An empty acknowledgement closes the view that was submitted.
      const at = stack.indexOf(viewId);
      if (at <= 0) this.stacks.delete(userId);
      else this.stacks.set(userId, stack.slice(0, at));
    }
    this.notify();
    return { ...(errors ? { errors } : {}), open: [...(this.stacks.get(userId) ?? [])] };
  }

  private updateView(args: Record<string, unknown>): Reply {
    const given = this.viewArg(args);
    if (!given) return err('invalid_arguments');
    const viewId = str(args.view_id);
    const externalId = str(args.external_id);
    if (!viewId && !externalId) return err('invalid_arguments');
    const current = viewId
      ? this.views.get(viewId)
      : [...this.views.values()].find((v) => v.external_id === externalId);
    if (!current) return err('not_found');
    const hash = str(args.hash);
    if (hash !== undefined && hash !== current.hash) return err('hash_conflict');
    // views.update replaces the whole view; only its identity carries over.
    const base: Partial<StoredView> & { id: string } = {
      id: current.id,
      type: current.type,
      previous_view_id: current.previous_view_id,
      root_view_id: current.root_view_id,
    };
    if (current.user_id !== undefined) base.user_id = current.user_id;
    const view = this.buildView(given, base);
    this.views.set(view.id, view);
    return ok({ view: stripSeq(view) });
  }

  private publishView(args: Record<string, unknown>): Reply {
    const userId = str(args.user_id);
    if (!userId) return err('invalid_arguments');
    const user = this.users.get(userId);
    if (user?.deleted) return err('user_not_found');
    const given = this.viewArg(args);
    if (!given || str(given.type) !== 'home') return err('invalid_arguments');
    const existingId = this.homes.get(userId);
    const existing = existingId !== undefined ? this.views.get(existingId) : undefined;
    const hash = str(args.hash);
    if (existing && hash !== undefined && hash !== existing.hash) return err('hash_conflict');
    const id = existingId ?? this.nextId('V');
    const view = this.buildView(given, { id, user_id: userId, type: 'home' });
    this.views.set(id, view);
    this.homes.set(userId, id);
    return ok({ view: stripSeq(view) });
  }

  homeOf(userId: string): StoredView | undefined {
    const id = this.homes.get(userId);
    const v = id !== undefined ? this.views.get(id) : undefined;
    return v ? stripSeq(v) : undefined;
  }

  viewById(viewId: string): StoredView | undefined {
    const v = this.views.get(viewId);
    return v ? stripSeq(v) : undefined;
  }

  latestView(filter: { callbackId?: string; userId?: string; type?: string } = {}): StoredView | undefined {
    let best: (StoredView & { seq: number }) | undefined;
    for (const v of this.views.values()) {
      if (filter.callbackId !== undefined && v.callback_id !== filter.callbackId) continue;
      if (filter.userId !== undefined && v.user_id !== filter.userId) continue;
      if (filter.type !== undefined && v.type !== filter.type) continue;
      if (!best || v.seq > best.seq) best = v;
    }
    return best ? stripSeq(best) : undefined;
  }

  noteTrigger(triggerId: string, userId: string): void {
    this.triggers.set(triggerId, userId);
  }

  // ---- files -------------------------------------------------------------------------------------------------

  private completeUpload(args: Record<string, unknown>): Reply {
    const list = args.files;
    if (!Array.isArray(list) || list.length === 0) return err('invalid_arguments');
    const channelArg = str(args.channel_id) ?? str(args.channels);
    const channel = channelArg ? this.resolveChannel(channelArg) : undefined;
    const now = Math.floor(Date.now() / 1000);
    const out: Array<Record<string, unknown>> = [];
    const files: FakeFile[] = [];
    for (const entry of list) {
      const id = isRecord(entry) ? str(entry.id) : undefined;
      const file = id !== undefined ? this.files.get(id) : undefined;
      if (!file || !file.bytes) return err('file_not_found');
      files.push(file);
      const title = (isRecord(entry) ? str(entry.title) : undefined) ?? file.filename;
      file.title = title;
      file.completed = true;
      if (channel !== undefined) file.channelId = channel;
      const comment = str(args.initial_comment);
      if (comment !== undefined) file.initialComment = comment;
      const thread = str(args.thread_ts);
      if (thread !== undefined) file.threadTs = thread;
      const mimetype = guessMime(file.filename);
      out.push({
        id: file.id,
        created: now,
        timestamp: now,
        name: file.filename,
        title,
        mimetype,
        filetype: file.filename.includes('.') ? (file.filename.split('.').pop() ?? '') : 'binary',
        pretty_type: mimetype,
        user: FAKE_TEAM.botUserId,
        user_team: FAKE_TEAM.teamId,
        editable: false,
        size: file.bytes.length,
        mode: 'hosted',
        is_external: false,
        is_public: false,
        public_url_shared: false,
        display_as_bot: false,
        url_private: this.fileUrl(file.id),
        url_private_download: this.fileUrl(file.id),
        permalink: `${FAKE_TEAM.url}files/${FAKE_TEAM.botUserId}/${file.id}/${file.filename}`,
        channels: [],
        groups: [],
        ims: [],
        comments_count: 0,
      });
    }
    if (channel !== undefined) {
      const msg: StoredMessage = {
        type: 'message',
        subtype: 'file_share',
        channel,
        ts: this.nextTs(),
        text: str(args.initial_comment) ?? '',
        user: FAKE_TEAM.botUserId,
        bot_id: FAKE_TEAM.botId,
        app_id: FAKE_TEAM.appId,
        team: FAKE_TEAM.teamId,
        files: files.map((f) => ({ id: f.id, name: f.filename, title: f.title ?? f.filename })),
      };
      const thread = str(args.thread_ts);
      if (thread !== undefined) msg.thread_ts = thread;
      this.storeMessage(msg);
    }
    return ok({ files: out });
  }

  uploadedFile(fileId: string): Buffer | undefined {
    return this.files.get(fileId)?.bytes;
  }

  fileInfo(fileId: string): FakeFile | undefined {
    const f = this.files.get(fileId);
    return f ? { ...f } : undefined;
  }

  // ---- response_url ------------------------------------------------------------------------------------------

  responseUrl(id?: string): string {
    return `${this.baseUrl}/respond/${encodeURIComponent(id ?? this.nextId('R'))}`;
  }

  responsesAt(id: string): Array<Record<string, unknown>> {
    return [...(this.responses.get(id) ?? [])];
  }

  // ---- what a person sees ------------------------------------------------------------------------------------

  responseUrlFor(origin: ResponseOrigin): string {
    const url = this.responseUrl();
    this.origins.set(decodeURIComponent(url.slice(url.lastIndexOf('/') + 1)), { ...origin });
    return url;
  }

  private addEphemeral(userId: string, channel: string, ts: string, text: string, blocks: SlackBlock[] | undefined): EphemeralMessage {
    this.ephemeralSeq += 1;
    const message: EphemeralMessage = { id: `E${String(this.ephemeralSeq).padStart(8, '0')}`, userId, channel, ts, text, at: this.clock() };
    if (blocks) message.blocks = blocks;
    this.ephemerals.set(message.id, message);
    return message;
  }

  /** What Slack does with a post to a response_url: replace or delete the source, post in channel, or show it to the person. */
  private actOnResponse(id: string, body: Record<string, unknown>): void {
    const origin = this.origins.get(id);
    if (!origin) return;
    const text = str(body.text) ?? '';
    const blocks = Array.isArray(body.blocks) ? (body.blocks as SlackBlock[]) : undefined;
    const source = origin.ephemeralId !== undefined ? this.ephemerals.get(origin.ephemeralId) : undefined;
    const sourceMessage = origin.messageTs !== undefined ? this.messageIndex.get(`${origin.channelId}:${origin.messageTs}`) : undefined;
    if (isTrue(body.delete_original)) {
      if (source) this.ephemerals.delete(source.id);
      else if (sourceMessage) this.deleteMessage(origin.channelId, sourceMessage.ts);
      return;
    }
    if (isTrue(body.replace_original) && (source || sourceMessage)) {
      if (source) {
        source.text = text;
        if (blocks) source.blocks = blocks;
        else delete source.blocks;
        source.at = this.clock();
      } else if (sourceMessage) {
        sourceMessage.text = text;
        if (blocks) sourceMessage.blocks = blocks;
        else delete sourceMessage.blocks;
        sourceMessage.edited = { user: FAKE_TEAM.botUserId, ts: this.nextTs() };
      }
      return;
    }
    if (str(body.response_type) === 'in_channel') {
      const msg: StoredMessage = {
        type: 'message',
        channel: origin.channelId,
        ts: this.nextTs(),
        text,
        user: FAKE_TEAM.botUserId,
        bot_id: FAKE_TEAM.botId,
        app_id: FAKE_TEAM.appId,
        team: FAKE_TEAM.teamId,
      };
      if (blocks) msg.blocks = blocks;
      this.storeMessage(msg);
      return;
    }
    this.addEphemeral(origin.userId, origin.channelId, this.nextTs(), text, blocks);
  }

  ephemeralsFor(userId: string, channel?: string): EphemeralMessage[] {
    return [...this.ephemerals.values()].filter((m) => m.userId === userId && (channel === undefined || m.channel === channel));
  }

  ephemeral(id: string): EphemeralMessage | undefined {
    return this.ephemerals.get(id);
  }

  showEphemeral(userId: string, channel: string, message: { text: string; blocks?: SlackBlock[]; from?: string }): EphemeralMessage {
    const shown = this.addEphemeral(userId, channel, this.nextTs(), message.text, message.blocks);
    if (message.from !== undefined) shown.from = message.from;
    this.notify();
    return shown;
  }

  listUsers(): FakeUser[] {
    return [...this.users.values()];
  }

  listConversations(): FakeConversation[] {
    return [...this.conversations.values()];
  }

  ensureDm(userId: string): string {
    const { id, existed } = this.openConversation([userId]);
    if (!existed) this.notify();
    return id;
  }

  timeOf(channel: string, ts: string): number | undefined {
    return this.messageTimes.get(`${channel}:${ts}`);
  }

  fileUrl(fileId: string): string {
    const file = this.files.get(fileId);
    return `${this.baseUrl}/files/${encodeURIComponent(fileId)}/${encodeURIComponent(file?.filename ?? 'file')}`;
  }

  /** An uploaded file, as Slack serves `url_private`; `view` shows text files as text instead of a download. */
  private serveFile(res: ServerResponse, fileId: string, view: boolean): void {
    const file = this.files.get(fileId);
    if (!file?.bytes) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('file not found');
      return;
    }
    const mime = guessMime(file.filename);
    const textual = mime.startsWith('text/') || mime === 'application/json';
    const safeName = file.filename.replace(/[^\w.-]+/g, '_');
    res.writeHead(200, {
      'content-type': textual ? `${view ? 'text/plain' : mime}; charset=utf-8` : mime,
      'content-length': String(file.bytes.length),
      'content-disposition': `${view || !textual ? 'inline' : 'attachment'}; filename="${safeName}"`,
      // Whatever was uploaded is shown as what it says it is, never run as a page.
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox",
      'cache-control': 'no-store',
    });
    res.end(file.bytes);
  }

  snapshot(): StandInSnapshot {
    return {
      version: 1,
      users: [...this.users.values()],
      conversations: [...this.conversations.values()],
      addedChannels: [...this.addedChannels],
      convByUsers: [...this.convByUsers],
      messages: [...this.messages.values()].flat(),
      messageTimes: [...this.messageTimes],
      views: [...this.views.values()],
      homes: [...this.homes],
      stacks: [...this.stacks],
      files: [...this.files.values()].map(({ bytes, ...file }) => (bytes ? { ...file, bytes: bytes.toString('base64') } : file)),
      ephemerals: [...this.ephemerals.values()],
      origins: [...this.origins],
      tsSeq: this.tsSeq,
      idSeq: this.idSeq,
      viewSeq: this.viewSeq,
    };
  }

  restore(snapshot: StandInSnapshot): void {
    if (snapshot.version !== 1) throw new Error(`slack stand-in: unknown snapshot version ${String(snapshot.version)}`);
    this.reset();
    this.users.clear();
    this.conversations.clear();
    this.addedChannels.clear();
    for (const user of snapshot.users) this.users.set(user.id, user);
    for (const conv of snapshot.conversations) this.conversations.set(conv.id, conv);
    for (const id of snapshot.addedChannels) this.addedChannels.add(id);
    for (const [key, id] of snapshot.convByUsers) this.convByUsers.set(key, id);
    for (const msg of snapshot.messages) {
      const list = this.messages.get(msg.channel) ?? [];
      list.push(msg);
      this.messages.set(msg.channel, list);
      this.messageIndex.set(`${msg.channel}:${msg.ts}`, msg);
    }
    for (const [key, at] of snapshot.messageTimes) this.messageTimes.set(key, at);
    for (const view of snapshot.views) this.views.set(view.id, view);
    for (const [user, id] of snapshot.homes) this.homes.set(user, id);
    for (const [user, ids] of snapshot.stacks) this.stacks.set(user, ids);
    for (const { bytes, ...file } of snapshot.files) this.files.set(file.id, bytes !== undefined ? { ...file, bytes: Buffer.from(bytes, 'base64') } : file);
    for (const message of snapshot.ephemerals) this.ephemerals.set(message.id, message);
    this.ephemeralSeq = Math.max(0, ...snapshot.ephemerals.map((m) => Number(m.id.slice(1)) || 0));
    for (const [id, origin] of snapshot.origins) this.origins.set(id, origin);
    this.tsSeq = snapshot.tsSeq;
    this.idSeq = snapshot.idSeq;
    this.viewSeq = snapshot.viewSeq;
    if (!this.users.has(FAKE_TEAM.botUserId)) {
      this.addUser({ id: FAKE_TEAM.botUserId, name: FAKE_TEAM.botName, realName: 'Reverse Mentor', isBot: true });
    }
    this.notify();
  }

  // ---- lifecycle ---------------------------------------------------------------------------------------------

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const w of this.waiters) {
      clearTimeout(w.timer);
      w.reject(new Error(`fake-slack: closed while waiting for ${w.method}`));
    }
    this.waiters.clear();
    for (const s of this.sleepers) {
      clearTimeout(s.timer);
      s.done();
    }
    this.sleepers.clear();
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }
}

function stripSeq(v: StoredView & { seq: number }): StoredView {
  const { seq: _seq, ...view } = v;
  return view;
}

/** Starts a fake Slack Web API on 127.0.0.1 with a random port. Close it with `fake.close()`. */
export async function startFakeSlack(opts: FakeSlackOptions = {}): Promise<FakeSlack> {
  const fake = new FakeSlackServer(opts);
  await fake.listen();
  return fake;
}
