/** `chat.*`: messages the bot posts, updates and deletes, and the ephemeral ones only one person sees. */
import { dmOf, resolveChannel } from './conversations';
import { messageKey, type WorkspaceState } from './state';
import { FAKE_TEAM } from './team';
import type { EphemeralMessage, SlackBlock, StoredMessage } from './types';
import { blockKitRefusal } from './rules';
import { err, ok, str, type MethodTable, type Reply } from './wire';

function hasContent(args: Record<string, unknown>): boolean {
  return Boolean(str(args.text) || args.blocks || args.attachments || str(args.markdown_text));
}

function postMessage(state: WorkspaceState, args: Record<string, unknown>): Reply {
  const requested = str(args.channel);
  if (!requested) return err('channel_not_found');
  if (!hasContent(args)) return err('no_text');
  const channel = resolveChannel(state, requested);
  const conv = state.conversations.get(channel);
  if (conv?.isArchived) return err('is_archived');
  if (conv && !conv.botIsMember) return err('not_in_channel');
  if (args.blocks !== undefined && !Array.isArray(args.blocks)) return err('invalid_blocks_format');
  const refused = blockKitRefusal(state.rules, args.blocks, 'message');
  if (refused) return refused;
  const { token: _t, channel: _c, ...rest } = args;
  const msg: StoredMessage = {
    ...rest,
    type: 'message',
    channel,
    ts: state.nextTs(channel),
    text: str(args.text) ?? '',
    user: FAKE_TEAM.botUserId,
    bot_id: FAKE_TEAM.botId,
    app_id: FAKE_TEAM.appId,
    team: FAKE_TEAM.teamId,
  };
  storeMessage(state, msg);
  const { channel: _ch, ...message } = msg;
  return ok({ channel, ts: msg.ts, message });
}

/** A message appears in its channel (stamped with the stand-in's clock). */
export function storeMessage(state: WorkspaceState, msg: StoredMessage): void {
  const list = state.messages.get(msg.channel) ?? [];
  list.push(msg);
  state.messages.set(msg.channel, list);
  state.messageIndex.set(messageKey(msg.channel, msg.ts), msg);
  state.messageTimes.set(messageKey(msg.channel, msg.ts), state.clock());
}

function updateMessage(state: WorkspaceState, args: Record<string, unknown>): Reply {
  const channel = resolveChannel(state, str(args.channel) ?? '');
  const ts = str(args.ts) ?? '';
  const msg = state.messageIndex.get(messageKey(channel, ts));
  if (!msg) return err('message_not_found');
  if (!hasContent(args)) return err('no_text');
  if (args.blocks !== undefined && !Array.isArray(args.blocks)) return err('invalid_blocks_format');
  const refused = blockKitRefusal(state.rules, args.blocks, 'message');
  if (refused) return refused;
  const { token: _t, channel: _c, ts: _ts, ...rest } = args;
  Object.assign(msg, rest);
  if (args.text !== undefined) msg.text = str(args.text) ?? '';
  msg.edited = { user: FAKE_TEAM.botUserId, ts: state.nextTs() };
  const { channel: _ch, ...message } = msg;
  return ok({ channel, ts, text: msg.text, message });
}

export function deleteMessage(state: WorkspaceState, channel: string, ts: string): boolean {
  const key = messageKey(channel, ts);
  const msg = state.messageIndex.get(key);
  if (!msg) return false;
  state.messageIndex.delete(key);
  const list = state.messages.get(channel);
  const at = list ? list.indexOf(msg) : -1;
  if (list && at >= 0) list.splice(at, 1);
  return true;
}

/** Messages posted to a channel (a user id resolves to that user's DM), oldest first. */
export function messagesIn(state: WorkspaceState, channelOrUser: string): StoredMessage[] {
  const id = /^[UW][A-Z0-9]+$/.test(channelOrUser) ? dmOf(state, channelOrUser) : channelOrUser;
  return id ? [...(state.messages.get(id) ?? [])] : [];
}

export function addEphemeral(
  state: WorkspaceState,
  userId: string,
  channel: string,
  ts: string,
  text: string,
  blocks: SlackBlock[] | undefined,
): EphemeralMessage {
  state.ephemeralSeq += 1;
  const message: EphemeralMessage = { id: `E${String(state.ephemeralSeq).padStart(8, '0')}`, userId, channel, ts, text, at: state.clock() };
  if (blocks) message.blocks = blocks;
  state.ephemerals.set(message.id, message);
  return message;
}

/** Ephemeral messages shown to a person (in one channel, when given), oldest first. */
export function ephemeralsFor(state: WorkspaceState, userId: string, channel?: string): EphemeralMessage[] {
  return [...state.ephemerals.values()].filter((m) => m.userId === userId && (channel === undefined || m.channel === channel));
}

export function chatMethods(state: WorkspaceState): MethodTable {
  return {
    'chat.postMessage': (args) => postMessage(state, args),
    'chat.postEphemeral': (args) => {
      const channel = str(args.channel);
      const user = str(args.user);
      if (!channel) return err('channel_not_found');
      if (!user) return err('user_not_in_channel');
      if (!hasContent(args)) return err('no_text');
      const refused = blockKitRefusal(state.rules, args.blocks, 'message');
      if (refused) return refused;
      const ts = state.nextTs();
      addEphemeral(state, user, resolveChannel(state, channel), ts, str(args.text) ?? '', Array.isArray(args.blocks) ? (args.blocks as SlackBlock[]) : undefined);
      return ok({ message_ts: ts });
    },
    'chat.update': (args) => updateMessage(state, args),
    'chat.delete': (args) => {
      const channel = resolveChannel(state, str(args.channel) ?? '');
      const ts = str(args.ts) ?? '';
      return deleteMessage(state, channel, ts) ? ok({ channel, ts }) : err('message_not_found');
    },
    'chat.scheduleMessage': (args) => {
      const channel = str(args.channel);
      if (!channel) return err('channel_not_found');
      if (!hasContent(args)) return err('no_text');
      const postAt = Number(args.post_at);
      if (!Number.isFinite(postAt) || postAt * 1000 < Date.now()) return err('time_in_past');
      return ok({ channel: resolveChannel(state, channel), scheduled_message_id: state.nextId('Q'), post_at: postAt });
    },
    'chat.getPermalink': (args) => {
      const channel = str(args.channel) ?? '';
      const ts = str(args.message_ts) ?? '';
      if (!state.messageIndex.has(messageKey(channel, ts))) return err('message_not_found');
      return ok({ channel, permalink: `${FAKE_TEAM.url}archives/${channel}/p${ts.replace('.', '')}` });
    },
  };
}
