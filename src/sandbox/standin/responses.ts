/**
 * response_urls: the URLs Slack hands an app with a command or an action, and what Slack's client does with a
 * post to one (with `respondLikeSlack`): show it to the person only, replace or delete the message whose button
 * was pressed, or post it in the channel.
 */
import { addEphemeral, deleteMessage, storeMessage } from './chat';
import { messageKey, type WorkspaceState } from './state';
import { FAKE_TEAM } from './team';
import type { ResponseOrigin, SlackBlock, StoredMessage } from './types';
import { blockKitRefusal, RESPONSE_URL_LIFE_MS, RESPONSE_URL_POSTS } from './rules';
import { isTrue, ok, str, type Reply } from './wire';

/** A response_url on the stand-in; POSTs to it are recorded as method `response_url` with `_id`. */
export function responseUrl(state: WorkspaceState, id?: string): string {
  const key = id ?? state.nextId('R');
  // Its 30 minutes run from when it was handed out (the first time, for an id given twice).
  if (!state.responseUrlIssuedAt.has(key)) state.responseUrlIssuedAt.set(key, state.clock());
  return `${state.baseUrl}/respond/${encodeURIComponent(key)}`;
}

/** A response_url that remembers where it was handed out (acted on with `respondLikeSlack`). */
export function responseUrlFor(state: WorkspaceState, origin: ResponseOrigin): string {
  const url = responseUrl(state);
  state.origins.set(decodeURIComponent(url.slice(url.lastIndexOf('/') + 1)), { ...origin });
  return url;
}

/**
 * A post to a response_url: refused past its 5 posts or 30 minutes, or with blocks Block Kit refuses (rules.ts);
 * otherwise kept (`responsesAt`) and acted on as Slack's client would when asked to.
 */
export function receiveResponse(state: WorkspaceState, id: string, body: Record<string, unknown>, actLikeSlack: boolean): Reply {
  const { rules } = state;
  if (rules.on('responseUrlLimits')) {
    const issuedAt = state.responseUrlIssuedAt.get(id);
    if (issuedAt !== undefined && state.clock() - issuedAt > RESPONSE_URL_LIFE_MS) return { status: 404, body: 'expired_url', rule: 'responseUrlLimits' };
    if ((state.responses.get(id)?.length ?? 0) >= RESPONSE_URL_POSTS) return { status: 404, body: 'used_url', rule: 'responseUrlLimits' };
  }
  const refused = blockKitRefusal(rules, body.blocks, 'message');
  // A refused post is an HTTP error, so that the app's post fails where it would fail against Slack.
  if (refused) return { ...refused, status: 400 };
  const list = state.responses.get(id) ?? [];
  list.push(body);
  state.responses.set(id, list);
  if (actLikeSlack) actOnResponse(state, id, body);
  return ok();
}

/** What Slack does with a post to a response_url: replace or delete the source, post in channel, or show it to the person. */
function actOnResponse(state: WorkspaceState, id: string, body: Record<string, unknown>): void {
  const origin = state.origins.get(id);
  if (!origin) return;
  const text = str(body.text) ?? '';
  const blocks = Array.isArray(body.blocks) ? (body.blocks as SlackBlock[]) : undefined;
  const source = origin.ephemeralId !== undefined ? state.ephemerals.get(origin.ephemeralId) : undefined;
  const sourceMessage = origin.messageTs !== undefined ? state.messageIndex.get(messageKey(origin.channelId, origin.messageTs)) : undefined;
  if (isTrue(body.delete_original)) {
    if (source) state.ephemerals.delete(source.id);
    else if (sourceMessage) deleteMessage(state, origin.channelId, sourceMessage.ts);
    return;
  }
  if (isTrue(body.replace_original) && (source || sourceMessage)) {
    if (source) {
      source.text = text;
      if (blocks) source.blocks = blocks;
      else delete source.blocks;
      source.at = state.clock();
    } else if (sourceMessage) {
      sourceMessage.text = text;
      if (blocks) sourceMessage.blocks = blocks;
      else delete sourceMessage.blocks;
      sourceMessage.edited = { user: FAKE_TEAM.botUserId, ts: state.nextTs() };
    }
    return;
  }
  if (str(body.response_type) === 'in_channel') {
    const msg: StoredMessage = {
      type: 'message',
      channel: origin.channelId,
      ts: state.nextTs(origin.channelId),
      text,
      user: FAKE_TEAM.botUserId,
      bot_id: FAKE_TEAM.botId,
      app_id: FAKE_TEAM.appId,
      team: FAKE_TEAM.teamId,
    };
    if (blocks) msg.blocks = blocks;
    storeMessage(state, msg);
    return;
  }
  addEphemeral(state, origin.userId, origin.channelId, state.nextTs(), text, blocks);
}
