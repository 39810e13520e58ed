import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { startApp, type RunningApp } from '../app';
import { loadConfig, type Config } from '../config';
import { migrate } from '../db/migrate';
import { openDatabase, type Db } from '../db/open';
import { PRIVATE_FILE_MODE } from '../db/files';
import { listCohorts } from '../db/repositories/cohorts';
import { listDeliveries, nextPendingAt } from '../db/repositories/deliveries';
import { findParticipant } from '../db/repositories/participants';
import { childLogger, type Logger } from '../logger';
import { runTick, type TickReport } from '../scheduler/tick';
import { NUDGE_KIND } from '../services/prompts';
import { CALLBACK, COMMAND, CONFIDENTIALITY_AGREE, JOIN } from '../views/ids';
import { actionFields, stateFromForm, type RawForm, type RawValue } from './forms';
import { createSlackRequests, type BlockActionOptions, type SlackRequests } from './standin/requests';
import { FAKE_TEAM, findElement, startFakeSlack, type SlackStandIn, type StandInSnapshot, type StoredView } from './standin';
import { SANDBOX_CHANNELS, SANDBOX_ORGANIZER, SANDBOX_PEOPLE, sandboxPeople, type JoinAnswers } from './workspace';

/**
 * The sandbox: the real app in HTTP mode, bound to 127.0.0.1, with its own SQLite file, talking to the Slack
 * stand-in in this process; a simulated clock that the app's listeners and the scheduler's ticks share. What a
 * person does on the sandbox page arrives here and goes to the app as the signed request Slack would send; what
 * the app does reaches the stand-in through the Web API. Nothing calls the services directly.
 */

export const LOOPBACK = '127.0.0.1';
const DAY_MS = 24 * 60 * 60 * 1000;
/** How long a request's follow-up work may take before the page is answered anyway. */
const SETTLE_TIMEOUT_MS = 15_000;
const MAX_TICKS_PER_ADVANCE = 20_000;
/**
 * The running app wakes the scheduler every minute; some work (the cohort summaries) is put in the ledger only when
 * that pass finds it due. Between the ledger's due rows the sandbox still passes at least this often.
 */
const HEARTBEAT_MS = 60 * 60 * 1000;
/** With no cohort running nothing is planned on the hour; a daily pass still ends pauses and purges old texts. */
const IDLE_HEARTBEAT_MS = 24 * HEARTBEAT_MS;

export interface SandboxOptions {
  /** The sandbox's own SQLite file (never the production DATABASE_PATH). */
  databasePath: string;
  /** Where the stand-in's workspace and the simulated clock are kept between runs; default `<database>.state.json`. */
  statePath?: string;
  logger: Logger;
  logLevel?: Config['logLevel'];
  /** The simulated clock's start on a fresh sandbox (default the real time). */
  startAt?: Date;
  /** Start from a fresh, seeded workspace even when files from an earlier run exist. */
  fresh?: boolean;
}

export class SandboxError extends Error {
  constructor(
    readonly code: 'bad_request' | 'not_found' | 'refused',
    message: string,
  ) {
    super(message);
    this.name = 'SandboxError';
  }
}

interface SavedState {
  version: 1;
  now: string;
  standIn: StandInSnapshot;
}

export type ActionSource =
  | { type: 'message'; channel: string; ts: string }
  | { type: 'ephemeral'; id: string }
  | { type: 'home' }
  | { type: 'modal'; viewId: string };

export interface ActionRequest {
  userId: string;
  source: ActionSource;
  actionId: string;
  /** The block of the element used: with the action id, it tells which element it was (as Slack does). */
  blockId?: string;
  /**
   * A select's choice, a date …; for a button, the value it carries, which tells apart same-named buttons in
   * blocks without an id.
   */
  value?: RawValue;
  /** The modal's inputs as they are now, for an action inside a modal. */
  form?: RawForm;
}

export interface AdvanceReport {
  from: string;
  to: string;
  ticks: number;
  sent: number;
  /** Set when nothing was due to move to. */
  note?: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export function defaultStatePath(databasePath: string): string {
  return `${databasePath}.state.json`;
}

function removeDatabaseFiles(path: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${path}${suffix}`, { force: true });
}

/** The join modal's answers as the page would send them. */
export function joinForm(answers: JoinAnswers): RawForm {
  const raw: Record<string, RawValue> = {
    [JOIN.role]: answers.role,
    [JOIN.department]: answers.department,
    [JOIN.seniority]: answers.seniority,
    [JOIN.topics]: answers.topics,
    [JOIN.manager]: null,
    [JOIN.goals]: answers.goals ?? null,
    [JOIN.meeting]: answers.meeting,
    [JOIN.confidentiality]: [CONFIDENTIALITY_AGREE],
  };
  return Object.fromEntries(Object.entries(raw).map(([id, value]) => [id, { [id]: value }]));
}

export class Sandbox {
  private db!: Db;
  private app!: RunningApp;
  private client!: SlackRequests;
  private config!: Config;
  private nowMs: number;
  private queue: Promise<unknown> = Promise.resolve();
  private saveTimer: NodeJS.Timeout | undefined;
  private versionCounter = 0;
  private readonly listeners = new Set<() => void>();
  private readonly statePath: string;
  private readonly logger: Logger;
  private closed = false;

  private constructor(
    readonly standIn: SlackStandIn,
    private readonly options: SandboxOptions,
    private readonly botToken: string,
  ) {
    this.statePath = options.statePath ?? defaultStatePath(options.databasePath);
    this.logger = childLogger(options.logger, 'sandbox');
    this.nowMs = (options.startAt ?? new Date()).getTime();
    standIn.subscribe(() => this.changed());
  }

  /** Starts the stand-in and the app; restores the previous run's workspace when both its files are there. */
  static async open(options: SandboxOptions): Promise<Sandbox> {
    let sandbox: Sandbox | undefined;
    // The stand-in stamps messages with the simulated time.
    // Everything Slack-related is made up here; the stand-in knows the app's token, as Slack does.
    const botToken = `xoxb-sandbox-${randomBytes(12).toString('hex')}`;
    const standIn = await startFakeSlack({ respondLikeSlack: true, botToken, clock: () => sandbox?.now().getTime() ?? Date.now() });
    sandbox = new Sandbox(standIn, options, botToken);
    const saved = options.fresh ? undefined : sandbox.readSavedState();
    if (!saved && !options.fresh && existsSync(options.databasePath) && !existsSync(sandbox.statePath)) {
      // Only a file the sandbox made (it keeps its state beside it) is ever wiped.
      await standIn.close();
      throw new SandboxError(
        'refused',
        `${options.databasePath} exists but is not a sandbox database (no ${sandbox.statePath} beside it); remove it or set SANDBOX_DATABASE_PATH to another file`,
      );
    }
    if (!saved) {
      removeDatabaseFiles(options.databasePath);
      sandbox.seed();
    } else {
      standIn.restore(saved.standIn);
      sandbox.setNow(Date.parse(saved.now));
    }
    await sandbox.startAppOnFreshConnection();
    sandbox.saveSoon();
    return sandbox;
  }

  // ---- the app ------------------------------------------------------------------------------------------------

  private async startAppOnFreshConnection(): Promise<void> {
    this.db = openDatabase(this.options.databasePath);
    migrate(this.db);
    // Everything Slack-related is made up here: no setting from the environment can point the sandbox at Slack.
    const signingSecret = randomBytes(24).toString('hex');
    this.config = loadConfig({
      SLACK_BOT_TOKEN: this.botToken,
      SLACK_SIGNING_SECRET: signingSecret,
      SLACK_API_URL: this.standIn.apiUrl,
      PORT: '0',
      DATABASE_PATH: this.options.databasePath,
      ORGANIZER_USER_IDS: SANDBOX_ORGANIZER.id,
      DEFAULT_TIMEZONE: 'Europe/Stockholm',
      DEFAULT_LOCALE: 'en',
      LOG_LEVEL: this.options.logLevel ?? 'warn',
    });
    this.app = await startApp({ config: this.config, db: this.db, logger: this.options.logger, now: () => new Date(this.nowMs), host: LOOPBACK });
    this.client = createSlackRequests({ baseUrl: `http://${LOOPBACK}:${this.app.port}`, signingSecret, fake: this.standIn });
  }

  private async stopApp(): Promise<void> {
    await this.app.stop();
    this.db.close();
  }

  /** The Web API base URL the app was configured with. */
  get slackApiUrl(): string | undefined {
    return this.config.slack.apiUrl;
  }

  get appPort(): number {
    return this.app.port;
  }

  /** The address the app's HTTP receiver is bound to. */
  get appAddress(): string | undefined {
    return this.app.address;
  }

  get databasePath(): string {
    return this.options.databasePath;
  }

  /** The app's own database connection, for reading what the page shows (never for changing anything). */
  get database(): Db {
    return this.db;
  }

  private seed(): void {
    for (const person of sandboxPeople()) {
      this.standIn.addUser({ id: person.id, name: person.name, realName: person.realName, displayName: person.realName, tz: person.tz, locale: person.locale });
    }
    const members = sandboxPeople().map((person) => person.id);
    for (const channel of SANDBOX_CHANNELS) this.standIn.addChannel({ id: channel.id, name: channel.name, members });
    for (const person of sandboxPeople()) this.standIn.ensureDm(person.id);
  }

  // ---- clock, changes, persistence ------------------------------------------------------------------------------

  now(): Date {
    return new Date(this.nowMs);
  }

  /** `quiet`: an intermediate step of an advance; the page hears about the end. */
  private setNow(ms: number, options: { quiet?: boolean } = {}): void {
    this.nowMs = ms;
    if (!options.quiet) this.changed();
  }

  get version(): number {
    return this.versionCounter;
  }

  /** Called (coalesced by the caller) whenever anything the page shows may have changed. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    this.versionCounter += 1;
    for (const listener of this.listeners) listener();
    this.saveSoon();
  }

  private readSavedState(): SavedState | undefined {
    if (!existsSync(this.options.databasePath) || !existsSync(this.statePath)) return undefined;
    try {
      const parsed = JSON.parse(readFileSync(this.statePath, 'utf8')) as SavedState;
      if (parsed.version !== 1 || Number.isNaN(Date.parse(parsed.now)) || !isRecord(parsed.standIn)) return undefined;
      return parsed;
    } catch (error) {
      this.logger.warn({ message: (error as Error).message }, 'sandbox state unreadable; starting afresh');
      return undefined;
    }
  }

  private saveSoon(): void {
    if (this.closed || this.saveTimer) return;
    this.saveTimer = setTimeout(() => {
      this.saveTimer = undefined;
      this.saveNow();
    }, 300);
    this.saveTimer.unref();
  }

  private saveNow(): void {
    const state: SavedState = { version: 1, now: this.now().toISOString(), standIn: this.standIn.snapshot() };
    const temporary = `${this.statePath}.tmp`;
    try {
      writeFileSync(temporary, JSON.stringify(state), { mode: PRIVATE_FILE_MODE });
      chmodSync(temporary, PRIVATE_FILE_MODE);
      renameSync(temporary, this.statePath);
    } catch (error) {
      this.logger.warn({ message: (error as Error).message }, 'could not save the sandbox state');
    }
  }

  /** One operation at a time: a tick, a reset and a click never interleave. */
  private exclusive<T>(run: () => Promise<T>): Promise<T> {
    const next = this.queue.then(run, run);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async settled(): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, SETTLE_TIMEOUT_MS);
    });
    await Promise.race([this.app.ctx.work.settled(), timeout]);
    clearTimeout(timer);
  }

  // ---- people and places ------------------------------------------------------------------------------------------

  private person(userId: string) {
    const user = this.standIn.user(userId);
    if (!user || user.isBot) throw new SandboxError('not_found', `no person ${userId} in the sandbox`);
    return user;
  }

  /** Channels and group DMs a person is in, and their DM with the app. */
  canSee(userId: string, channelId: string): boolean {
    const conv = this.standIn.conversation(channelId);
    if (!conv) return false;
    if (conv.kind === 'im') return this.standIn.dmOf(userId) === channelId;
    return conv.members.includes(userId);
  }

  // ---- what people do -------------------------------------------------------------------------------------------------

  /** `/reverse-mentor …` typed by a person in a channel (default their DM with the app). */
  command(userId: string, line: string, channelId?: string): Promise<{ status: number }> {
    return this.exclusive(async () => {
      this.person(userId);
      const channel = channelId ?? this.standIn.ensureDm(userId);
      if (!this.canSee(userId, channel)) throw new SandboxError('refused', 'that person is not in that conversation');
      const trimmed = line.trim();
      const match = /^\/(\S+)\s*([\s\S]*)$/.exec(trimmed);
      if (!match || `/${match[1]}` !== COMMAND) throw new SandboxError('bad_request', `only ${COMMAND} commands work here`);
      const text = (match[2] ?? '').trim();
      this.standIn.showEphemeral(userId, channel, { text: `${COMMAND}${text ? ` ${text}` : ''}`, from: userId });
      const conv = this.standIn.conversation(channel);
      const sent = await this.client.command(userId, text, {
        channelId: channel,
        channelName: conv?.kind === 'im' ? 'directmessage' : conv?.kind === 'mpim' ? 'privategroup' : (conv?.name ?? channel),
      });
      // A command answered in its acknowledgement: Slack shows that body to the person.
      if (sent.status === 200 && isRecord(sent.json) && (typeof sent.json.text === 'string' || Array.isArray(sent.json.blocks))) {
        this.standIn.showEphemeral(userId, channel, {
          text: typeof sent.json.text === 'string' ? sent.json.text : '',
          ...(Array.isArray(sent.json.blocks) ? { blocks: sent.json.blocks as never } : {}),
        });
      }
      await this.settled();
      return { status: sent.status };
    });
  }

  /** A button or select used in a message, an ephemeral message, the App Home or a modal. */
  action(request: ActionRequest): Promise<{ status: number }> {
    return this.exclusive(async () => {
      const { userId, source, actionId } = request;
      this.person(userId);
      const opts: BlockActionOptions = { actionId };
      let blocks: readonly unknown[] | undefined;
      switch (source.type) {
        case 'message': {
          if (!this.canSee(userId, source.channel)) throw new SandboxError('refused', 'that person is not in that conversation');
          const message = this.standIn.message(source.channel, source.ts);
          if (!message) throw new SandboxError('not_found', 'no such message');
          blocks = message.blocks;
          Object.assign(opts, { channelId: source.channel, messageTs: source.ts });
          break;
        }
        case 'ephemeral': {
          const shown = this.standIn.ephemeral(source.id);
          if (!shown || shown.userId !== userId) throw new SandboxError('not_found', 'no such message');
          blocks = shown.blocks;
          opts.ephemeralId = source.id;
          break;
        }
        case 'home': {
          const home = this.standIn.homeOf(userId);
          if (!home) throw new SandboxError('not_found', 'no App Home yet');
          blocks = home.blocks;
          opts.view = 'home';
          break;
        }
        case 'modal': {
          const modal = this.openModal(userId, source.viewId);
          blocks = modal.blocks;
          opts.view = { id: modal.id };
          if (request.form) opts.values = stateFromForm(modal.blocks, request.form);
          break;
        }
      }
      // Slack tells the element clicked by its block and action id (a button's value where a block has no id).
      const found = findElement(blocks, actionId, { blockId: request.blockId, value: typeof request.value === 'string' ? request.value : undefined });
      if (!found) throw new SandboxError('not_found', `no element ${actionId} there`);
      if (found.blockId !== undefined) opts.blockId = found.blockId;
      // The button's own value: one message may hold several buttons with one action id (a vote per topic).
      if (found.element.type === 'button' && typeof found.element.value === 'string') opts.value = found.element.value;
      if (found.element.type !== 'button' && request.value !== undefined) {
        opts.actionFields = actionFields(found.element, request.value);
        if (found.element.type === 'plain_text_input' && typeof request.value === 'string') opts.value = request.value;
      }
      const sent = await this.client.blockAction(userId, opts);
      await this.settled();
      return { status: sent.status };
    });
  }

  private openModal(userId: string, viewId: string): StoredView {
    const modal = this.standIn.openModalsOf(userId).find((view) => view.id === viewId);
    if (!modal) throw new SandboxError('not_found', 'that modal is not open');
    return modal;
  }

  /** Submits a modal; Slack shows inline errors, updates, pushes or closes it as the app answers. */
  submit(userId: string, viewId: string, form: RawForm): Promise<{ status: number; errors?: Record<string, string> }> {
    return this.exclusive(async () => {
      this.person(userId);
      const modal = this.openModal(userId, viewId);
      const values = stateFromForm(modal.blocks, form);
      const sent = await this.client.viewSubmission(userId, { callbackId: modal.callback_id, viewId: modal.id, values });
      if (sent.status !== 200) return { status: sent.status };
      const outcome = this.standIn.applyViewSubmission(userId, modal.id, sent.json ?? {});
      await this.settled();
      return { status: sent.status, ...(outcome.errors ? { errors: outcome.errors } : {}) };
    });
  }

  /** The person closed a modal (Cancel). */
  closeModal(userId: string, viewId: string): Promise<{ status: number }> {
    return this.exclusive(async () => {
      const modal = this.openModal(userId, viewId);
      this.standIn.closeModal(userId, viewId);
      if (modal.notify_on_close) {
        const sent = await this.client.viewClosed(userId, { callbackId: modal.callback_id, viewId });
        await this.settled();
        return { status: sent.status };
      }
      return { status: 200 };
    });
  }

  /** The person opened the App Home tab. */
  openHome(userId: string): Promise<{ status: number }> {
    return this.exclusive(async () => {
      this.person(userId);
      this.standIn.ensureDm(userId);
      const sent = await this.client.appHomeOpened(userId);
      await this.settled();
      return { status: sent.status };
    });
  }

  /** Every seeded person who has not joined yet runs `/reverse-mentor join` and fills in the modal. */
  async joinEveryone(): Promise<{ joined: string[] }> {
    const joined: string[] = [];
    for (const person of SANDBOX_PEOPLE) {
      if (findParticipant(this.db, person.id)) continue;
      await this.command(person.id, `${COMMAND} join`);
      const modal = this.standIn.openModalsOf(person.id).find((view) => view.callback_id === CALLBACK.join);
      if (!modal) {
        this.logger.warn({ user: person.id }, 'the join modal did not open');
        continue;
      }
      const result = await this.submit(person.id, modal.id, joinForm(person.join));
      if (!result.errors) joined.push(person.id);
    }
    return { joined };
  }

  // ---- the clock ----------------------------------------------------------------------------------------------------

  private async tick(): Promise<TickReport> {
    await this.settled();
    const report = await runTick(
      { ...this.app.ctx.deliveryDeps, logger: childLogger(this.options.logger, 'scheduler'), dispatch: { waitHorizonMs: 0 } },
      this.now(),
    );
    await this.settled();
    return report;
  }

  /**
   * When the next cycle's prompts have all gone out: the earliest pending prompt, and the latest one of the same
   * cohort and cycle (a pair's prompt waits for the nudge time in both members' zones).
   */
  nextPromptAt(): Date | undefined {
    const pending = listDeliveries(this.db, { kind: NUDGE_KIND }).filter((delivery) => delivery.status === 'pending');
    if (pending.length === 0) return undefined;
    const cycleOf = (key: string) => /:cycle:(\d+)/.exec(key)?.[1];
    const first = pending.reduce((a, b) => (Date.parse(a.dueAt) <= Date.parse(b.dueAt) ? a : b));
    const sameCycle = pending.filter((d) => d.cohortId === first.cohortId && cycleOf(d.dedupeKey) === cycleOf(first.dedupeKey));
    return new Date(Math.max(...sameCycle.map((d) => Date.parse(d.dueAt))));
  }

  /**
   * Moves the simulated clock forward, running a scheduler pass at every moment something in the ledger falls due
   * on the way and at least once an hour, as the running app would have: a week's prompts, reminders and summaries
   * go out on their days, at their times.
   */
  advance(request: { nextPrompt: true } | { days: number } | { hours: number }): Promise<AdvanceReport> {
    return this.exclusive(async () => {
      const from = this.now();
      let ticks = 0;
      let sent = 0;
      const pass = async () => {
        const report = await this.tick();
        ticks += 1;
        sent += report.deliveries.sent;
      };
      // Plans what the present makes due (the next prompts) before looking ahead.
      await pass();
      let target: number;
      if ('nextPrompt' in request) {
        const next = this.nextPromptAt();
        if (!next) return { from: from.toISOString(), to: from.toISOString(), ticks, sent, note: 'No prompt is scheduled yet: confirm a match first.' };
        target = Math.max(next.getTime(), this.nowMs);
      } else {
        const span = 'days' in request ? request.days * DAY_MS : request.hours * 60 * 60 * 1000;
        if (!Number.isFinite(span) || span < 0 || span > 400 * DAY_MS) throw new SandboxError('bad_request', 'advance by 0 to 400 days');
        target = this.nowMs + span;
      }
      let previous: number | undefined;
      while (ticks < MAX_TICKS_PER_ADVANCE && this.nowMs < target) {
        const due = nextPendingAt(this.db)?.getTime();
        // A row the pass left due (a retry at the same instant) must not hold the clock still.
        const stuck = due !== undefined && due <= this.nowMs && due === previous;
        previous = due;
        const heartbeat = listCohorts(this.db, ['active']).length > 0 ? HEARTBEAT_MS : IDLE_HEARTBEAT_MS;
        const step = Math.min(target, this.nowMs + heartbeat, due !== undefined && due > this.nowMs && !stuck ? due : Number.POSITIVE_INFINITY);
        this.setNow(step, { quiet: true });
        await pass();
      }
      if (this.nowMs !== target) {
        this.setNow(target);
        await pass();
      }
      this.changed();
      return { from: from.toISOString(), to: this.now().toISOString(), ticks, sent };
    });
  }

  // ---- reset and close ----------------------------------------------------------------------------------------------

  /** Wipes the database and the stand-in's workspace, reseeds, and starts the clock again at the real time. */
  reset(startAt: Date = new Date()): Promise<void> {
    return this.exclusive(async () => {
      await this.stopApp();
      removeDatabaseFiles(this.options.databasePath);
      rmSync(this.statePath, { force: true });
      this.standIn.reset();
      this.seed();
      this.setNow(startAt.getTime());
      await this.startAppOnFreshConnection();
      this.changed();
    });
  }

  async close(): Promise<void> {
    await this.exclusive(async () => {
      if (this.closed) return;
      clearTimeout(this.saveTimer);
      this.saveTimer = undefined;
      this.saveNow();
      this.closed = true;
      await this.stopApp();
      await this.standIn.close();
    });
  }

  // ---- what the page shows --------------------------------------------------------------------------------------------

  /** Everything the page draws for one person. */
  stateFor(userId: string): SandboxPageState {
    const me = this.person(userId);
    const people = this.standIn
      .listUsers()
      .filter((user) => !user.isBot)
      .map((user) => {
        const participant = findParticipant(this.db, user.id);
        const seeded = sandboxPeople().find((person) => person.id === user.id);
        return {
          id: user.id,
          name: user.realName,
          handle: user.name,
          tz: user.tz,
          locale: user.locale,
          title: seeded?.title ?? '',
          organizer: this.config.organizerUserIds.includes(user.id),
          role: participant?.role ?? null,
          status: participant?.status ?? null,
        };
      });
    const conversations = this.standIn
      .listConversations()
      .filter((conv) => this.canSee(userId, conv.id))
      .map((conv) => {
        const messages = [
          ...this.standIn.messagesIn(conv.id).map((message) => ({
            kind: 'message' as const,
            ts: message.ts,
            at: this.standIn.timeOf(conv.id, message.ts) ?? null,
            text: message.text,
            blocks: message.blocks ?? null,
            edited: Boolean(message.edited),
            files: (message.files ?? []).map((file) => {
              const info = this.standIn.fileInfo(file.id);
              return { id: file.id, name: file.name, title: file.title, url: this.standIn.fileUrl(file.id), size: info?.bytes?.length ?? 0, altText: info?.altText ?? null };
            }),
            from: FAKE_TEAM.botUserId,
            ephemeralId: null,
          })),
          ...this.standIn.ephemeralsFor(userId, conv.id).map((shown) => ({
            kind: 'ephemeral' as const,
            ts: shown.ts,
            at: shown.at,
            text: shown.text,
            blocks: shown.blocks ?? null,
            edited: false,
            files: [],
            from: shown.from ?? FAKE_TEAM.botUserId,
            ephemeralId: shown.id,
          })),
        ].sort((a, b) => Number(a.ts) - Number(b.ts));
        return {
          id: conv.id,
          kind: conv.kind,
          name: conv.kind === 'im' ? 'Reverse Mentor' : conv.name,
          members: conv.members.filter((member) => member !== FAKE_TEAM.botUserId),
          messages,
        };
      });
    const next = this.nextPromptAt();
    return {
      version: this.versionCounter,
      now: this.now().toISOString(),
      nextPromptAt: next ? next.toISOString() : null,
      bot: { id: FAKE_TEAM.botUserId, name: 'Reverse Mentor' },
      me: { id: me.id, name: me.realName, tz: me.tz, locale: me.locale, organizer: this.config.organizerUserIds.includes(me.id) },
      people,
      channels: this.standIn
        .listConversations()
        .filter((conv) => conv.kind === 'public_channel' || conv.kind === 'private_channel')
        .map((conv) => ({ id: conv.id, name: conv.name })),
      conversations,
      home: this.standIn.homeOf(userId) ?? null,
      modals: this.standIn.openModalsOf(userId),
      fileBase: this.standIn.baseUrl,
    };
  }
}

export interface SandboxPageState {
  version: number;
  now: string;
  nextPromptAt: string | null;
  bot: { id: string; name: string };
  me: { id: string; name: string; tz: string; locale: string; organizer: boolean };
  people: Array<{
    id: string;
    name: string;
    handle: string;
    tz: string;
    locale: string;
    title: string;
    organizer: boolean;
    role: string | null;
    status: string | null;
  }>;
  channels: Array<{ id: string; name: string }>;
  conversations: Array<{
    id: string;
    kind: string;
    name: string;
    members: string[];
    messages: Array<{
      kind: 'message' | 'ephemeral';
      ts: string;
      at: number | null;
      text: string;
      blocks: unknown[] | null;
      edited: boolean;
      files: Array<{ id: string; name: string; title: string; url: string; size: number; altText: string | null }>;
      from: string;
      ephemeralId: string | null;
    }>;
  }>;
  home: StoredView | null;
  modals: StoredView[];
  fileBase: string;
}
