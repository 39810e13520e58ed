/**
 * What went wrong in a Web API call, in the terms the app acts on: a person is told "try again", a durable job
 * retries later (rate limited, transient) or gives up with the reason (permanent).
 */
export type SlackFailureKind = 'rate_limited' | 'transient' | 'permanent';

export interface SlackFailure {
  kind: SlackFailureKind;
  /** Slack's error code (`channel_not_found`), `http_503`, `ratelimited`, `held_back` (no call made), or `network`. */
  code: string;
  /** Seconds to wait, from `Retry-After`, when rate limited. */
  retryAfterSeconds?: number;
}

/** Slack error codes that another attempt may cure. Everything else Slack reports with `ok:false` is final. */
const TRANSIENT_CODES = new Set(['internal_error', 'fatal_error', 'service_unavailable', 'request_timeout', 'team_added_to_org']);

export function classifySlackError(error: unknown): SlackFailure {
  const coded = error as { code?: string; data?: { error?: string }; statusCode?: number; retryAfter?: number };
  switch (coded?.code) {
    case 'slack_webapi_rate_limited_error':
      return { kind: 'rate_limited', code: 'ratelimited', retryAfterSeconds: coded.retryAfter ?? 1 };
    case 'slack_held_back':
      // No call made: views.open's Retry-After gate would not open within the trigger's life (./retry-after-gate).
      return { kind: 'rate_limited', code: 'held_back', retryAfterSeconds: coded.retryAfter ?? 1 };
    case 'slack_webapi_platform_error': {
      const code = coded.data?.error ?? 'unknown_error';
      if (code === 'ratelimited') return { kind: 'rate_limited', code, retryAfterSeconds: 1 };
      return { kind: TRANSIENT_CODES.has(code) ? 'transient' : 'permanent', code };
    }
    case 'slack_webapi_http_error': {
      const status = coded.statusCode ?? 0;
      return { kind: status >= 500 || status === 408 ? 'transient' : 'permanent', code: `http_${status}` };
    }
    case 'slack_webapi_request_error': {
      // The client's timeout aborts the request with a TimeoutError (wrapped in a plain Error in some realms).
      const original = (error as { original?: { name?: string; message?: string } }).original;
      const timedOut = original?.name === 'TimeoutError' || /^TimeoutError\b/.test(original?.message ?? '');
      return { kind: 'transient', code: timedOut ? 'timeout' : 'network' };
    }
    case 'slack_url_error': {
      // A response_url (see slackUrlFetch): Slack's code, `http_<status>`, `timeout` or `network`.
      const code = coded.data?.error ?? 'unknown_error';
      const status = coded.statusCode ?? 0;
      const transient = code === 'timeout' || code === 'network' || status >= 500 || TRANSIENT_CODES.has(code);
      if (status === 429) return { kind: 'rate_limited', code: 'ratelimited', retryAfterSeconds: 1 };
      return { kind: transient ? 'transient' : 'permanent', code };
    }
    case 'slack_bolt_respond_error': {
      const status = coded.statusCode ?? 0;
      return { kind: status >= 500 ? 'transient' : 'permanent', code: `http_${status}` };
    }
    default:
      return { kind: 'transient', code: 'network' };
  }
}

/** The error code to log for a failed call: Slack's own code when there is one, never the request. */
export function slackErrorCode(error: unknown): string {
  return classifySlackError(error).code;
}

/**
 * Whether the failed call was one Slack can safely receive twice (the gateway marks reads, conversations.open,
 * views.publish and chat.update): after a timeout those may be tried again, a post may not.
 */
export function isSafeToRepeat(error: unknown): boolean {
  return (error as { safeToRepeat?: boolean } | undefined)?.safeToRepeat === true;
}
