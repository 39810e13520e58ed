import type { AnyMiddlewareArgs, App, Middleware } from '@slack/bolt';
import type { Logger } from '../logger';
import { ACTION, CALLBACK, COMMAND } from '../views/ids';

/**
 * How long a seen request is remembered. The receiver accepts a signature dated up to 5 minutes either side of
 * our clock (receiver.ts), so one dated 5 minutes ahead stays acceptable for 10 minutes after it first arrives.
 */
const REPLAY_WINDOW_MS = 11 * 60 * 1000;
/** Slack retries an event up to three times, the last about five minutes after the first. */
const EVENT_WINDOW_MS = 10 * 60 * 1000;
/** Enough for minutes of heavy traffic; past it the oldest are forgotten first (memory stays bounded). */
const MAX_REMEMBERED = 50_000;

/** The request's signature, taken from the HTTP headers by the receiver (see `requestProperties`). */
export const SIGNATURE_PROPERTY = 'requestSignature';

/** For HTTPReceiver's `customPropertiesExtractor`: what the guard needs from the raw HTTP request. */
export function requestProperties(request: { headers: Record<string, string | string[] | undefined> }): Record<string, string> {
  const signature = request.headers['x-slack-signature'];
  return typeof signature === 'string' ? { [SIGNATURE_PROPERTY]: signature } : {};
}

/** Keys seen recently, forgotten after `windowMs` or when there are too many (oldest first). */
class RecentKeys {
  private readonly seenAt = new Map<string, number>();

  constructor(private readonly windowMs: number) {}

  /** True when `key` was already seen within the window; records it either way. */
  seen(key: string, now: number): boolean {
    this.expire(now);
    const before = this.seenAt.get(key);
    if (before !== undefined && now - before < this.windowMs) return true;
    this.seenAt.delete(key);
    this.seenAt.set(key, now);
    if (this.seenAt.size > MAX_REMEMBERED) this.seenAt.delete(this.seenAt.keys().next().value as string);
    return false;
  }

  private expire(now: number): void {
    // Insertion order is time order, so the expired ones are at the front.
    for (const [key, at] of this.seenAt) {
      if (now - at < this.windowMs) return;
      this.seenAt.delete(key);
    }
  }
}

const KNOWN_ACTIONS: ReadonlySet<string> = new Set(Object.values(ACTION));
const KNOWN_CALLBACKS: ReadonlySet<string> = new Set(Object.values(CALLBACK));

interface GuardedBody {
  type?: string;
  event_id?: string;
  command?: string;
  actions?: Array<{ action_id?: string }>;
  view?: { callback_id?: string };
}

/** Why a request is not for the listeners, or undefined when it is. */
function unknownTarget(body: GuardedBody): { kind: string; id: string } | undefined {
  if (typeof body.command === 'string') return body.command === COMMAND ? undefined : { kind: 'command', id: body.command };
  if (body.type === 'block_actions') {
    const actionId = body.actions?.[0]?.action_id ?? '';
    return KNOWN_ACTIONS.has(actionId) ? undefined : { kind: 'action', id: actionId };
  }
  // No view asks for `notify_on_close`, so a view_closed was not asked for either.
  if (body.type === 'view_closed') return { kind: 'view_closed', id: body.view?.callback_id ?? '' };
  if (body.type === 'view_submission') {
    const callbackId = body.view?.callback_id ?? '';
    return KNOWN_CALLBACKS.has(callbackId) ? undefined : { kind: 'view', id: callbackId };
  }
  if (body.type === 'event_callback' || body.type === undefined) return undefined;
  // Shortcuts, options requests and anything newer: the app offers none of them.
  return { kind: body.type, id: '' };
}

/**
 * Runs before every listener (PRODUCT.md §10):
 * - A request whose exact signed bytes were already handled is a replay (Slack's scheme accepts one within five
 *   minutes of its timestamp): it is acknowledged and dropped. Handlers are idempotent as well; this is the
 *   first line.
 * - An event Slack sends again (same `event_id`, with `X-Slack-Retry-Num`) is dropped once its first delivery
 *   was taken: a retry means our ack was slow, not that the first delivery was lost.
 * - A command, action or view the app never offered (crafted, or from an old message) is acknowledged so nobody
 *   sees an error, logged, and goes no further. Ids come from views/ids.ts, where every id is defined.
 * Memory is bounded; across restarts a replay is left to the handlers' idempotence.
 */
export function requestGuard(logger: Logger, now: () => number = Date.now): Middleware<AnyMiddlewareArgs> {
  const signatures = new RecentKeys(REPLAY_WINDOW_MS);
  const events = new RecentKeys(EVENT_WINDOW_MS);
  return async (args) => {
    const { body, context, next } = args;
    const ack = (args as { ack?: (response?: unknown) => Promise<void> }).ack;
    const guarded = body as GuardedBody;
    const signature = context[SIGNATURE_PROPERTY];
    if (typeof signature === 'string' && signatures.seen(signature, now())) {
      logger.warn({ type: guarded.type ?? (guarded.command ? 'command' : undefined) }, 'replayed request dropped');
      await ack?.();
      return;
    }
    if (guarded.type === 'event_callback' && typeof guarded.event_id === 'string' && events.seen(guarded.event_id, now())) {
      logger.info({ retryNum: context.retryNum, retryReason: context.retryReason }, 'event delivered again; already handled');
      return;
    }
    const unknown = unknownTarget(guarded);
    if (unknown) {
      // The id is ours to log only when it is short and plain; anything else is someone's payload.
      const id = /^[\w/.-]{1,64}$/.test(unknown.id) ? unknown.id : '(unprintable)';
      logger.warn({ kind: unknown.kind, id }, 'request for something the app does not offer; acknowledged and ignored');
      await ack?.();
      return;
    }
    await next();
  };
}

export function registerRequestGuard(app: App, logger: Logger): void {
  app.use(requestGuard(logger));
}
