/**
 * Slack's rate limits, for the stand-in to enforce when asked (`rateLimits` option, or `setRateLimits`): off by
 * default, so a test sees them only when it opts in. What Slack publishes, and where:
 *
 * - Web API methods are limited "per API method per app per workspace", in tiers
 *   (https://docs.slack.dev/apis/web-api/rate-limits): Tier 1 "1+ per minute", Tier 2 "20+ per minute", Tier 3
 *   "50+ per minute", Tier 4 "100+ per minute … including generous burst behavior". Over a limit Slack answers
 *   HTTP 429 with `{ ok: false, error: 'ratelimited' }` and a `Retry-After` header, "the number of seconds until you
 *   can retry".
 * - Each method's tier is on its reference page (https://docs.slack.dev/reference/methods/<method>); Slack's own
 *   Java SDK keeps the same table (slackapi/java-slack-sdk, MethodsRateLimits.java). The methods this app calls:
 *   views.open, views.push, views.update, views.publish, users.info, chat.postEphemeral,
 *   files.getUploadURLExternal and files.completeUploadExternal are Tier 4; chat.update, chat.delete,
 *   conversations.open and conversations.info are Tier 3.
 * - chat.postMessage is of the special tier: "generally allows posting one message per second per channel, while
 *   also maintaining a workspace-wide limit" ("short bursts >1 allowed"). The workspace-wide figure is not
 *   published, so only the per-channel limit is played.
 * - auth.test (special: Slack does not publish a figure), api.test, upload URLs and response_urls are not limited here.
 *
 * How a limit is played: a bucket per method (per channel for chat.postMessage) that fills at the published rate
 * and holds a few calls, each call taking one; a call that finds the bucket empty is refused with `Retry-After`
 * the whole seconds until the next call fits, at least 1, and takes nothing. Slack does not publish its bursts;
 * the bucket holds a tenth of a minute's calls (10 for Tier 4), so the stand-in is stricter about bursts than the
 * "generous" Slack describes. Slack does refill as it goes: apps see `Retry-After` stay at the spacing of the
 * limit once they reach it (20 a minute: 3 s between calls, smashwilson/slack-emojinator#33), not a wait for the
 * next whole minute. The figures are Slack's stated minimums ("100+"): an app that keeps up here keeps up there.
 *
 * Time is the stand-in's clock (its `clock` option), so a benchmark on a sped-up clock speeds the limits up with
 * it: a "minute" is a minute of that clock.
 */

export interface MethodLimit {
  /** Calls a minute, the published figure. */
  perMinute: number;
  /** How many calls the bucket holds: the burst allowed after a quiet spell. */
  burst: number;
  /** The bucket is per channel (`channel` argument) rather than per method. */
  perChannel?: boolean;
}

/** Calls a minute by tier, as published. */
export const TIER_PER_MINUTE = { 1: 1, 2: 20, 3: 50, 4: 100 } as const;

export type Tier = keyof typeof TIER_PER_MINUTE;

const tier = (n: Tier): MethodLimit => ({ perMinute: TIER_PER_MINUTE[n], burst: Math.max(1, TIER_PER_MINUTE[n] / 10) });

/** The methods the app calls, with their published limits. */
export const SLACK_LIMITS: Readonly<Record<string, MethodLimit>> = {
  'views.open': tier(4),
  'views.push': tier(4),
  'views.update': tier(4),
  'views.publish': tier(4),
  'users.info': tier(4),
  'chat.postEphemeral': tier(4),
  'files.getUploadURLExternal': tier(4),
  'files.completeUploadExternal': tier(4),
  'chat.update': tier(3),
  'chat.delete': tier(3),
  'conversations.open': tier(3),
  'conversations.info': tier(3),
  // One a second per channel, short bursts allowed.
  'chat.postMessage': { perMinute: 60, burst: 3, perChannel: true },
};

export interface RateLimitOptions {
  /** Replaces or adds limits by method (tests use small ones). */
  limits?: Readonly<Record<string, MethodLimit>>;
}

/** A refused call: the seconds Slack would say in `Retry-After`. */
export interface RateLimited {
  retryAfter: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

export class RateLimiter {
  private readonly limits: Readonly<Record<string, MethodLimit>>;
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly clock: () => number,
    options: RateLimitOptions = {},
  ) {
    this.limits = { ...SLACK_LIMITS, ...options.limits };
  }

  /** Takes a call from the method's bucket, or says how long to wait (the call is not counted). */
  take(method: string, args: Record<string, unknown>): RateLimited | undefined {
    const limit = this.limits[method];
    if (!limit) return undefined;
    const key = limit.perChannel ? `${method}:${typeof args.channel === 'string' ? args.channel : ''}` : method;
    const now = this.clock();
    const msPerCall = 60_000 / limit.perMinute;
    const bucket = this.buckets.get(key) ?? { tokens: limit.burst, at: now };
    // A clock that went back (the sandbox's reset) refills nothing; one that jumped ahead refills up to the burst.
    bucket.tokens = Math.min(limit.burst, bucket.tokens + Math.max(0, now - bucket.at) / msPerCall);
    bucket.at = Math.max(bucket.at, now);
    this.buckets.set(key, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return undefined;
    }
    return { retryAfter: Math.max(1, Math.ceil(((1 - bucket.tokens) * msPerCall) / 1000)) };
  }

  /** Every bucket full again. */
  reset(): void {
    this.buckets.clear();
  }
}
