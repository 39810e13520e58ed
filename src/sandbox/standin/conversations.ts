/** `conversations.*`: channels, and the DMs and group DMs the app opens with people. */
import { BASE_TS_SECONDS, type WorkspaceState } from './state';
import { FAKE_TEAM } from './team';
import type { FakeChannelInput, FakeConversation } from './types';
import { err, isTrue, ok, str, type MethodTable, type Reply } from './wire';

export function addChannel(state: WorkspaceState, input: FakeChannelInput): FakeConversation {
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
  state.conversations.set(conv.id, conv);
  state.addedChannels.add(conv.id);
  return conv;
}

/** Opens (or finds) the DM / group DM for a set of users; returns its id and whether it already existed. */
export function openConversation(state: WorkspaceState, userIds: string[]): { id: string; existed: boolean } {
  const sorted = [...new Set(userIds)].sort();
  const key = sorted.join(',');
  const existing = state.convByUsers.get(key);
  if (existing) return { id: existing, existed: true };
  const im = sorted.length === 1;
  const id = state.nextId(im ? 'D' : 'G');
  const name = im ? (sorted[0] ?? '') : `mpdm-${[...sorted, FAKE_TEAM.botUserId].map((u) => state.users.get(u)?.name ?? u.toLowerCase()).join('--')}-1`;
  state.conversations.set(id, {
    id,
    name,
    kind: im ? 'im' : 'mpim',
    members: [...sorted, FAKE_TEAM.botUserId],
    created: Math.floor(Date.now() / 1000),
    isArchived: false,
    botIsMember: true,
  });
  state.convByUsers.set(key, id);
  return { id, existed: false };
}

/** A user id (`U…`/`W…`) as a channel resolves to the bot's DM with that user, as chat.postMessage does. */
export function resolveChannel(state: WorkspaceState, channel: string): string {
  if (/^[UW][A-Z0-9]+$/.test(channel)) return openConversation(state, [channel]).id;
  return channel;
}

/** The DM id opened for a user, if any. */
export function dmOf(state: WorkspaceState, userId: string): string | undefined {
  return state.convByUsers.get(userId);
}

function conversationsOpen(state: WorkspaceState, args: Record<string, unknown>): Reply {
  const reopen = str(args.channel);
  if (reopen) {
    return state.conversations.has(reopen) ? ok({ channel: { id: reopen } }) : err('channel_not_found');
  }
  const users = Array.isArray(args.users)
    ? args.users.map(String)
    : (str(args.users) ?? '')
        .split(',')
        .map((u) => u.trim())
        .filter(Boolean);
  if (users.length === 0) return err('users_list_not_supplied');
  if (users.length > 8) return err('too_many_users');
  if (users.some((u) => state.users.get(u)?.deleted)) return err('user_disabled');
  const { id, existed } = openConversation(state, users);
  const conv = state.conversations.get(id);
  const channel = isTrue(args.return_im) && conv ? conversationObject(conv) : { id };
  return ok(existed ? { no_op: true, already_open: true, channel } : { channel });
}

function conversationObject(c: FakeConversation): Record<string, unknown> {
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

export function conversationsMethods(state: WorkspaceState): MethodTable {
  return {
    'conversations.open': (args) => conversationsOpen(state, args),
    'conversations.info': (args) => {
      const conv = state.conversations.get(str(args.channel) ?? '');
      if (!conv) return err('channel_not_found');
      return ok({ channel: conversationObject(conv) });
    },
    'conversations.members': (args) => {
      const conv = state.conversations.get(str(args.channel) ?? '');
      if (!conv) return err('channel_not_found');
      return ok({ members: [...conv.members], response_metadata: { next_cursor: '' } });
    },
  };
}
