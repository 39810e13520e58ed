import type { HomeView, KnownBlock, ModalView } from '@slack/types';
import { WebClient, type RetryOptions } from '@slack/web-api';
import type { Logger } from '../logger';
import { boltLogger } from '../logger';

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

export interface SlackGateway {
  userInfo(userId: string): Promise<SlackUser>;
  openModal(triggerId: string, view: ModalView): Promise<void>;
  publishHome(userId: string, view: HomeView): Promise<void>;
  /** Posts in the person's DM with the app (the Messages tab of App Home). */
  sendDirectMessage(userId: string, message: OutgoingMessage): Promise<PostedMessage>;
  postMessage(channel: string, message: OutgoingMessage): Promise<PostedMessage>;
  updateMessage(channel: string, ts: string, message: OutgoingMessage): Promise<void>;
  postEphemeral(channel: string, userId: string, message: OutgoingMessage): Promise<void>;
  /** Opens (or finds) the DM or group DM with these users and returns its channel id. */
  openConversation(userIds: readonly string[]): Promise<string>;
}

/**
 * Interactive requests retry briefly, then fail fast so a person sees "try again" instead of a spinner.
 * Durable jobs (prompts, introductions) use `retries: 0` and keep their own ledger of attempts.
 */
export const INTERACTIVE_RETRY: RetryOptions = { retries: 2, factor: 2, minTimeout: 100, maxTimeout: 1000, randomize: true };
export const LEDGER_RETRY: RetryOptions = { retries: 0 };

export interface WebClientSettings {
  token: string;
  apiUrl: string | undefined;
  logger: Logger;
  retry: RetryOptions;
  rejectRateLimitedCalls: boolean;
}

export function webClientOptions(settings: Omit<WebClientSettings, 'token'>) {
  return {
    ...(settings.apiUrl ? { slackApiUrl: settings.apiUrl } : {}),
    logger: boltLogger(settings.logger),
    retryConfig: settings.retry,
    rejectRateLimitedCalls: settings.rejectRateLimitedCalls,
    timeout: 10_000,
  };
}

export function createWebClient(settings: WebClientSettings): WebClient {
  return new WebClient(settings.token, webClientOptions(settings));
}

const USER_CACHE_TTL_MS = 10 * 60 * 1000;
const USER_CACHE_MAX = 5000;

export function createSlackGateway(client: WebClient, now: () => Date = () => new Date()): SlackGateway {
  // users.info is Tier 4 and changes rarely: a short cache keeps commands fast without going stale for long.
  const userCache = new Map<string, { user: SlackUser; at: number }>();

  return {
    async userInfo(userId) {
      const cached = userCache.get(userId);
      if (cached && now().getTime() - cached.at < USER_CACHE_TTL_MS) return cached.user;
      const result = await client.users.info({ user: userId, include_locale: true });
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
      await client.views.open({ trigger_id: triggerId, view });
    },
    async publishHome(userId, view) {
      await client.views.publish({ user_id: userId, view });
    },
    async sendDirectMessage(userId, message) {
      const result = await client.chat.postMessage({ channel: userId, ...message, unfurl_links: false });
      return { channel: result.channel as string, ts: result.ts as string };
    },
    async postMessage(channel, message) {
      const result = await client.chat.postMessage({ channel, ...message, unfurl_links: false });
      return { channel: result.channel as string, ts: result.ts as string };
    },
    async updateMessage(channel, ts, message) {
      await client.chat.update({ channel, ts, ...message });
    },
    async postEphemeral(channel, userId, message) {
      await client.chat.postEphemeral({ channel, user: userId, ...message });
    },
    async openConversation(userIds) {
      const result = await client.conversations.open({ users: userIds.join(',') });
      return result.channel?.id as string;
    },
  };
}
