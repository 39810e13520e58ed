/**
 * response_urls: the URLs Slack hands an app with a command or an action, and what Slack's client does with a
 * post to one (with `respondLikeSlack`): show it to the person only, replace or delete the message whose button
 * was pressed, or post it in the channel.
 */
import { addEphemeral, deleteMessage, storeMessage } from './chat';
import { messageKey, type WorkspaceState } from './state';
import { FAKE_TEAM } from './team';
import type { ResponseOrigin, SlackBlock, StoredMessage } from './types';
import { isTrue, str } from './wire';

/** A response_url on the stand-in; POSTs to it are recorded as method `response_url` with `_id`. */
export function responseUrl(state: WorkspaceState, id?: string): string {
  return `${state.baseUrl}/respond/${encodeURIComponent(id ?? state.nextId('R'))}`;
}

/** A response_url that remembers where it was handed out (acted on with `respondLikeSlack`). */
export function responseUrlFor(state: WorkspaceState, origin: ResponseOrigin): string {
  const url = responseUrl(state);
  state.origins.set(decodeURIComponent(url.slice(url.lastIndexOf('/') + 1)), { ...origin });
  return url;
}

/** A post to a response_url: kept (`responsesAt`), and acted on as Slack's client would when asked to. */
export function receiveResponse(state: WorkspaceState, id: string, body: Record<string, unknown>, actLikeSlack: boolean): void {
  const list = state.responses.get(id) ?? [];
  list.push(body);
  state.responses.set(id, list);
  if (actLikeSlack) actOnResponse(state, id, body);
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
      ts: state.nextTs(),
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
