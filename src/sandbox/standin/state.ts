/**
 * The workspace the stand-in keeps: users, conversations, messages, views, files, ephemeral messages and the
 * response_urls it handed out, with the id sequences that make its answers consistent. Every room reads and
 * writes it; `snapshot` / `load` turn it into plain JSON and back, so the sandbox keeps it between runs.
 */
import { SlackRules, TRIGGER_LIFE_MS } from './rules';
import type {
  EphemeralMessage,
  FakeConversation,
  FakeFile,
  FakeUser,
  ResponseOrigin,
  StandInSnapshot,
  StoredMessage,
  StoredView,
} from './types';

/** The times the stand-in makes up (users' `updated`, conversations' `created`) and view hashes start here. */
export const BASE_TS_SECONDS = 1_700_000_000;

/** A view as kept: Slack's view object plus when it was last written (the latest view wins a lookup). */
export type KeptView = StoredView & { seq: number };

export function stripSeq(v: KeptView): StoredView {
  const { seq: _seq, ...view } = v;
  return view;
}

/** `channel:ts`, the key of a message. */
export const messageKey = (channel: string, ts: string): string => `${channel}:${ts}`;

export class WorkspaceState {
  /** `http://127.0.0.1:PORT`, known once the server listens; the URLs the stand-in hands out start with it. */
  baseUrl = '';

  readonly users = new Map<string, FakeUser>();
  readonly conversations = new Map<string, FakeConversation>();
  /** Channels added with `addChannel` (kept by `reset`, unlike the DMs opened through the Web API). */
  readonly addedChannels = new Set<string>();
  /** Sorted member ids joined by commas → the DM / group DM opened for them. */
  readonly convByUsers = new Map<string, string>();
  readonly messages = new Map<string, StoredMessage[]>();
  readonly messageIndex = new Map<string, StoredMessage>();
  /** When each message appeared, on the stand-in's clock. */
  readonly messageTimes = new Map<string, number>();
  readonly views = new Map<string, KeptView>();
  /** User → their App Home view id. */
  readonly homes = new Map<string, string>();
  /** Trigger id → the user whose action it came from. */
  readonly triggers = new Map<string, string>();
  /** Trigger id → when it was handed out, on the stand-in's clock. */
  readonly triggerIssuedAt = new Map<string, number>();
  /** Trigger ids already exchanged for a view (Slack: each works once). */
  readonly triggersUsed = new Set<string>();
  /** How long a trigger id opens a view (Slack: 3 s). */
  triggerLifeMs = TRIGGER_LIFE_MS;
  /** The rules of Slack's the stand-in plays (all unless relaxed). */
  rules = new SlackRules();
  /** Response_url id → when it was handed out, on the stand-in's clock. */
  readonly responseUrlIssuedAt = new Map<string, number>();
  /** The last message ts handed out in each channel (ts are unique per channel). */
  private readonly lastTs = new Map<string, number>();
  /** Open modals per person, bottom first. */
  readonly stacks = new Map<string, string[]>();
  readonly files = new Map<string, FakeFile>();
  /** Bodies posted to each response_url. */
  readonly responses = new Map<string, Array<Record<string, unknown>>>();
  readonly ephemerals = new Map<string, EphemeralMessage>();
  /** Where each response_url handed out by `responseUrlFor` came from. */
  readonly origins = new Map<string, ResponseOrigin>();

  ephemeralSeq = 0;
  idSeq = 0;
  viewSeq = 0;

  private readonly listeners = new Set<() => void>();

  constructor(
    /** The clock that stamps when a message appeared (ms since the epoch). */
    readonly clock: () => number,
  ) {}

  /**
   * A message ts as Slack makes them: the stand-in's clock in seconds with six decimals ("1700000000.123456"),
   * unique within the channel (a second message in the same microsecond, or after the sandbox's clock went back,
   * takes the next microsecond). Without a channel (ephemeral messages, edits) unique across the workspace.
   */
  nextTs(channel = ''): string {
    const micros = Math.max(Math.floor(this.clock() * 1000), (this.lastTs.get(channel) ?? 0) + 1);
    this.lastTs.set(channel, micros);
    return `${Math.floor(micros / 1_000_000)}.${String(micros % 1_000_000).padStart(6, '0')}`;
  }

  nextId(prefix: string): string {
    this.idSeq += 1;
    return `${prefix}${String(this.idSeq).padStart(8, '0')}`;
  }

  nextHash(): string {
    this.viewSeq += 1;
    return `${BASE_TS_SECONDS + this.viewSeq}.${(this.viewSeq * 2654435761 >>> 0).toString(16).padStart(8, '0')}`;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  notify(): void {
    for (const listener of this.listeners) {
      try {
        listener();
      } catch {
        // A listener's failure is its own business.
      }
    }
  }

  /** Forgets conversations opened, messages, views, files and responses; keeps users and added channels. */
  clear(): void {
    for (const id of [...this.conversations.keys()]) if (!this.addedChannels.has(id)) this.conversations.delete(id);
    this.convByUsers.clear();
    this.messages.clear();
    this.messageIndex.clear();
    this.views.clear();
    this.homes.clear();
    this.triggers.clear();
    this.triggerIssuedAt.clear();
    this.triggersUsed.clear();
    this.responseUrlIssuedAt.clear();
    this.lastTs.clear();
    this.files.clear();
    this.responses.clear();
    this.messageTimes.clear();
    this.stacks.clear();
    this.ephemerals.clear();
    this.origins.clear();
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
      idSeq: this.idSeq,
      viewSeq: this.viewSeq,
    };
  }

  /** Replaces what `clear` forgets, and the users and channels too, with a snapshot's. */
  load(snapshot: StandInSnapshot): void {
    this.clear();
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
      this.messageIndex.set(messageKey(msg.channel, msg.ts), msg);
      const micros = Math.round(Number(msg.ts) * 1_000_000);
      if (micros > (this.lastTs.get(msg.channel) ?? 0)) this.lastTs.set(msg.channel, micros);
    }
    for (const [key, at] of snapshot.messageTimes) this.messageTimes.set(key, at);
    for (const view of snapshot.views) this.views.set(view.id, view);
    for (const [user, id] of snapshot.homes) this.homes.set(user, id);
    for (const [user, ids] of snapshot.stacks) this.stacks.set(user, ids);
    for (const { bytes, ...file } of snapshot.files) this.files.set(file.id, bytes !== undefined ? { ...file, bytes: Buffer.from(bytes, 'base64') } : file);
    for (const message of snapshot.ephemerals) this.ephemerals.set(message.id, message);
    this.ephemeralSeq = Math.max(0, ...snapshot.ephemerals.map((m) => Number(m.id.slice(1)) || 0));
    for (const [id, origin] of snapshot.origins) this.origins.set(id, origin);
    this.idSeq = snapshot.idSeq;
    this.viewSeq = snapshot.viewSeq;
  }
}
