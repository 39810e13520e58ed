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
 *
 * The rooms, by what Slack calls the parts: `chat.ts`, `conversations.ts`, `views.ts`, `files.ts` (uploads),
 * `users.ts` and `team.ts` answer the Web API methods; `responses.ts` the response_urls; `state.ts` keeps the
 * workspace; `rules.ts` holds the rules of Slack's it plays by default (tokens, unknown methods, trigger ids,
 * response_urls, Block Kit's limits, upload lengths), each with where Slack documents it, and what `relax` turns
 * off; `faults.ts` injects errors, 429s and latency; `limits.ts` plays Slack's published rate limits (when
 * switched on); `calls.ts` records; `http.ts` serves. This file puts
 * them together behind the `FakeSlack` interface. `requests.ts` is the other direction: Slack's signed requests
 * to the app, for the clicks and submissions of the sandbox page and the tests.
 */
import { CallLog } from './calls';
import { chatMethods, addEphemeral, ephemeralsFor, messagesIn } from './chat';
import { addChannel, conversationsMethods, dmOf, openConversation } from './conversations';
import { FaultInjector } from './faults';
import { RateLimiter, type RateLimitOptions } from './limits';
import { fileUrl, filesMethods } from './files';
import { StandInHttp } from './http';
import { responseUrl, responseUrlFor } from './responses';
import { SlackRules, STANDIN_BOT_TOKEN } from './rules';
import { messageKey, WorkspaceState } from './state';
import { FAKE_TEAM, teamMethods } from './team';
import type {
  EphemeralMessage,
  FailNextOptions,
  FakeCall,
  FakeChannelInput,
  FakeConversation,
  FakeFile,
  FakeSlack,
  FakeSlackOptions,
  FakeUser,
  FakeUserInput,
  FaultPolicy,
  ResponseOrigin,
  SlackBlock,
  StandInSnapshot,
  StoredMessage,
  StoredView,
  ViewSubmissionOutcome,
  WaitForOptions,
} from './types';
import { addBotUser, addUser, usersMethods } from './users';
import { applyViewSubmission, closeModal, homeOf, latestView, openModalsOf, viewById, viewsMethods, type ViewFilter } from './views';

export * from './types';
export { FAKE_TEAM } from './team';
export { findElement } from './blocks';
export { STANDIN_BOT_TOKEN, TRIGGER_LIFE_MS, VIEW_STACK_LIMIT, RESPONSE_URL_POSTS, RESPONSE_URL_LIFE_MS, MESSAGE_BLOCK_LIMIT, VIEW_BLOCK_LIMIT, TEXT_LIMIT } from './rules';
export { parseMultipart } from './wire';
export { tzInfo } from './users';
export { SLACK_LIMITS, TIER_PER_MINUTE, type MethodLimit, type RateLimitOptions } from './limits';

class SlackStandInServer implements FakeSlack {
  apiUrl = '';
  baseUrl = '';
  port = 0;

  private readonly state: WorkspaceState;
  private readonly log: CallLog;
  private readonly faults: FaultInjector;
  private readonly http: StandInHttp;
  private limiter: RateLimiter | undefined;
  private readonly broken: FakeCall[] = [];
  private closed = false;

  constructor(opts: FakeSlackOptions) {
    this.state = new WorkspaceState(opts.clock ?? Date.now);
    if (opts.triggerLifeMs !== undefined) this.state.triggerLifeMs = opts.triggerLifeMs;
    this.state.rules = new SlackRules(opts.relax);
    this.log = new CallLog(() => this.state.notify());
    this.faults = new FaultInjector(opts.latencyMs ?? 0);
    this.setRateLimits(opts.rateLimits ?? false);
    const { state } = this;
    this.http = new StandInHttp({
      state,
      log: this.log,
      faults: this.faults,
      methods: {
        ...teamMethods(),
        ...usersMethods(state),
        ...conversationsMethods(state),
        ...chatMethods(state),
        ...viewsMethods(state),
        ...filesMethods(state),
      },
      requireToken: opts.requireToken ?? true,
      botToken: opts.botToken ?? STANDIN_BOT_TOKEN,
      respondLikeSlack: opts.respondLikeSlack ?? false,
      limiter: () => this.limiter,
      onRuleBroken: (call) => this.broken.push(call),
    });
    addBotUser(state);
  }

  async listen(): Promise<void> {
    this.port = await this.http.listen();
    this.baseUrl = `http://127.0.0.1:${this.port}`;
    this.apiUrl = `${this.baseUrl}/api/`;
    this.state.baseUrl = this.baseUrl;
  }

  // ---- recording ------------------------------------------------------------------------------------------------

  get calls(): readonly FakeCall[] {
    return this.log.calls;
  }

  callsTo(method: string): FakeCall[] {
    return this.log.callsTo(method);
  }

  clear(): void {
    this.log.clear();
  }

  ruleBreaks(): FakeCall[] {
    return [...this.broken];
  }

  reset(): void {
    this.clear();
    this.clearFaults();
    this.state.clear();
    this.state.notify();
  }

  waitFor(
    method: string,
    predicate?: (args: Record<string, unknown>, call: FakeCall) => boolean,
    opts: WaitForOptions = {},
  ): Promise<FakeCall> {
    return this.log.waitFor(method, predicate, opts);
  }

  subscribe(listener: () => void): () => void {
    return this.state.subscribe(listener);
  }

  // ---- faults and latency ---------------------------------------------------------------------------------------

  failNext(method: string, opts: FailNextOptions = {}): void {
    this.faults.failNext(method, opts);
  }

  setFaultPolicy(method: string, policy: FaultPolicy | undefined): void {
    this.faults.setFaultPolicy(method, policy);
  }

  clearFaults(): void {
    this.faults.clear();
  }

  setLatency(ms: number): void {
    this.faults.setLatency(ms);
  }

  setRateLimits(limits: boolean | RateLimitOptions): void {
    this.limiter = limits === false ? undefined : new RateLimiter(this.state.clock, limits === true ? {} : limits);
  }

  // ---- users and conversations --------------------------------------------------------------------------------

  addUser(user: FakeUserInput): FakeUser {
    return addUser(this.state, user);
  }

  user(id: string): FakeUser | undefined {
    return this.state.users.get(id);
  }

  listUsers(): FakeUser[] {
    return [...this.state.users.values()];
  }

  addChannel(channel: FakeChannelInput): FakeConversation {
    return addChannel(this.state, channel);
  }

  conversation(id: string): FakeConversation | undefined {
    return this.state.conversations.get(id);
  }

  listConversations(): FakeConversation[] {
    return [...this.state.conversations.values()];
  }

  dmOf(userId: string): string | undefined {
    return dmOf(this.state, userId);
  }

  ensureDm(userId: string): string {
    const { id, existed } = openConversation(this.state, [userId]);
    if (!existed) this.state.notify();
    return id;
  }

  // ---- messages -----------------------------------------------------------------------------------------------

  messagesIn(channelOrUser: string): StoredMessage[] {
    return messagesIn(this.state, channelOrUser);
  }

  message(channel: string, ts: string): StoredMessage | undefined {
    return this.state.messageIndex.get(messageKey(channel, ts));
  }

  timeOf(channel: string, ts: string): number | undefined {
    return this.state.messageTimes.get(messageKey(channel, ts));
  }

  ephemeralsFor(userId: string, channel?: string): EphemeralMessage[] {
    return ephemeralsFor(this.state, userId, channel);
  }

  ephemeral(id: string): EphemeralMessage | undefined {
    return this.state.ephemerals.get(id);
  }

  showEphemeral(userId: string, channel: string, message: { text: string; blocks?: SlackBlock[]; from?: string }): EphemeralMessage {
    const shown = addEphemeral(this.state, userId, channel, this.state.nextTs(), message.text, message.blocks);
    if (message.from !== undefined) shown.from = message.from;
    this.state.notify();
    return shown;
  }

  // ---- views --------------------------------------------------------------------------------------------------

  homeOf(userId: string): StoredView | undefined {
    return homeOf(this.state, userId);
  }

  viewById(viewId: string): StoredView | undefined {
    return viewById(this.state, viewId);
  }

  latestView(filter: ViewFilter = {}): StoredView | undefined {
    return latestView(this.state, filter);
  }

  noteTrigger(triggerId: string, userId: string): void {
    this.state.triggers.set(triggerId, userId);
    this.state.triggerIssuedAt.set(triggerId, this.state.clock());
  }

  openModalsOf(userId: string): StoredView[] {
    return openModalsOf(this.state, userId);
  }

  closeModal(userId: string, viewId: string, all = false): void {
    closeModal(this.state, userId, viewId, all);
    this.state.notify();
  }

  applyViewSubmission(userId: string, viewId: string, answer: unknown): ViewSubmissionOutcome {
    const outcome = applyViewSubmission(this.state, userId, viewId, answer);
    this.state.notify();
    return outcome;
  }

  // ---- files --------------------------------------------------------------------------------------------------

  uploadedFile(fileId: string): Buffer | undefined {
    return this.state.files.get(fileId)?.bytes;
  }

  fileInfo(fileId: string): FakeFile | undefined {
    const f = this.state.files.get(fileId);
    return f ? { ...f } : undefined;
  }

  fileUrl(fileId: string): string {
    return fileUrl(this.state, fileId);
  }

  // ---- response_url -------------------------------------------------------------------------------------------

  responseUrl(id?: string): string {
    return responseUrl(this.state, id);
  }

  responseUrlFor(origin: ResponseOrigin): string {
    return responseUrlFor(this.state, origin);
  }

  responsesAt(id: string): Array<Record<string, unknown>> {
    return [...(this.state.responses.get(id) ?? [])];
  }

  // ---- the whole workspace ------------------------------------------------------------------------------------

  snapshot(): StandInSnapshot {
    return this.state.snapshot();
  }

  restore(snapshot: StandInSnapshot): void {
    if (snapshot.version !== 1) throw new Error(`slack stand-in: unknown snapshot version ${String(snapshot.version)}`);
    this.reset();
    this.state.load(snapshot);
    if (!this.state.users.has(FAKE_TEAM.botUserId)) addBotUser(this.state);
    this.state.notify();
  }

  // ---- lifecycle ----------------------------------------------------------------------------------------------

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.log.close();
    this.faults.close();
    await this.http.close();
  }
}

/** Starts a fake Slack Web API on 127.0.0.1 with a random port. Close it with `fake.close()`. */
export async function startFakeSlack(opts: FakeSlackOptions = {}): Promise<FakeSlack> {
  const fake = new SlackStandInServer(opts);
  await fake.listen();
  return fake;
}
