import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  HTTPModuleFunctions,
  HTTPReceiver,
  isRawBodyError,
  isValidSlackRequest,
  type App,
  type BufferedIncomingMessage,
  type HTTPReceiverOptions,
  type ReceiverEvent,
} from '@slack/bolt';
import type { Logger } from './logger';

/**
 * Bolt's HTTP receiver, made to answer bad requests the way PRODUCT.md §10 asks: a request that is not a Slack
 * payload gets a 4xx at once and the process keeps running. Left alone, Bolt leaves a payload it cannot type
 * unanswered for 3 seconds (then 404), answers 500 when a payload lacks a field it reads, and a signed body that
 * parses to `null` rejects a promise nobody handles — which ends a Node process. Transport only: the checks are
 * about the shape of the envelope, never about what a listener does with it.
 */

class MalformedRequestError extends Error {
  readonly code = 'malformed_request';
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const hasString = (value: unknown, key: string) => isObject(value) && typeof value[key] === 'string' && value[key] !== '';

/** Interactive payload types Bolt knows; the request guard acknowledges the ones the app does not use. */
const INTERACTIVE_TYPES = new Set([
  'block_actions',
  'block_suggestion',
  'view_submission',
  'view_closed',
  'shortcut',
  'message_action',
  'interactive_message',
  'dialog_submission',
  'dialog_cancellation',
  'dialog_suggestion',
]);

/** What is wrong with a parsed, correctly signed body, or undefined when Bolt can route it safely. */
export function malformation(body: unknown): string | undefined {
  if (!isObject(body)) return 'not_an_object';
  if (typeof body.command === 'string') return undefined;
  const type = body.type;
  if (type === 'event_callback') return isObject(body.event) && hasString(body.event, 'type') ? undefined : 'event_without_type';
  if (typeof type !== 'string' || !INTERACTIVE_TYPES.has(type)) return 'unknown_type';
  if (!hasString(body.user, 'id')) return 'no_user';
  if (type === 'block_actions') {
    const actions = body.actions;
    return Array.isArray(actions) && actions.length > 0 && actions.every((action) => hasString(action, 'action_id')) ? undefined : 'no_actions';
  }
  if (type === 'view_submission' || type === 'view_closed') return isObject(body.view) ? undefined : 'no_view';
  return undefined;
}

export interface GuardedReceiverOptions extends HTTPReceiverOptions {
  endpoints: string[];
  bodyLimit: number;
  /** Where refusals are logged (their reason, never the body). */
  guardLogger: Logger;
  /**
   * The wall clock the signature's timestamp is compared with, in ms (default Date.now). Not the app's `now()`:
   * Slack signs with the real time, and the sandbox's simulated clock runs days ahead of it.
   */
  wallClock?: () => number;
  /** How a refused body's rest is thrown away (default DRAIN_LIMIT on real timers); tests shorten it and hold the timer. */
  drain?: DrainSettings;
}

/** Slack's window: a signature whose timestamp is further than this from our clock, either way, is refused. */
export const SIGNATURE_WINDOW_SECONDS = 5 * 60;

/**
 * Whether a request's `X-Slack-Request-Timestamp` lies outside the window, in the past or in the future. Bolt
 * refuses only old timestamps, so a request signed a day ahead would stay replayable for a day; both sides are
 * refused here. A missing or unreadable header is left to Bolt's check, which refuses it.
 */
export function timestampOutsideWindow(header: string | string[] | undefined, nowMs: number): boolean {
  if (typeof header !== 'string' || !/^\d{1,15}$/.test(header.trim())) return false;
  return Math.abs(Math.floor(nowMs / 1000) - Number(header.trim())) > SIGNATURE_WINDOW_SECONDS;
}

export class GuardedHttpReceiver extends HTTPReceiver {
  constructor(options: GuardedReceiverOptions) {
    const { guardLogger, wallClock = Date.now, drain = DRAIN_LIMIT, ...receiverOptions } = options;
    super({
      ...receiverOptions,
      processEventErrorHandler: async (args) => {
        if (args.error instanceof MalformedRequestError && !args.response.headersSent) {
          guardLogger.warn({ reason: args.error.message }, 'malformed request refused');
          args.response.writeHead(400);
          args.response.end();
          return true;
        }
        return HTTPModuleFunctions.defaultProcessEventErrorHandler(args);
      },
    });
    const boltListener = this.requestListener;
    this.requestListener = (req: IncomingMessage, res: ServerResponse) => {
      const path = new URL(req.url ?? '/', 'http://localhost').pathname;
      if (req.method !== 'POST' || !options.endpoints.includes(path)) {
        boltListener(req, res);
        return;
      }
      // Read the body first (Bolt reuses a buffered request) and refuse what parses to null.
      HTTPModuleFunctions.bufferIncomingMessage(req, options.bodyLimit).then(
        (buffered: BufferedIncomingMessage) => {
          if (timestampOutsideWindow(req.headers['x-slack-request-timestamp'], wallClock())) {
            // Before the signature is checked: whatever it says, a timestamp this far off is not a live request.
            guardLogger.warn({ reason: 'timestamp_outside_window' }, 'request refused: its signature is dated more than five minutes away');
            res.writeHead(401);
            res.end();
            return;
          }
          if (parsesToNull(buffered)) {
            // Refused here (Bolt would crash on it), with the status Bolt gives: 401 unless the signature holds.
            const signed = isValidSlackRequest({
              signingSecret: options.signingSecret,
              body: buffered.rawBody.toString(),
              headers: {
                'x-slack-signature': String(req.headers['x-slack-signature'] ?? ''),
                'x-slack-request-timestamp': Number(req.headers['x-slack-request-timestamp']),
              },
            });
            guardLogger.warn({ reason: 'null_payload', signed }, 'malformed request refused');
            res.writeHead(signed ? 400 : 401);
            res.end();
            return;
          }
          boltListener(buffered, res);
        },
        (error: unknown) => {
          const tooLarge = isRawBodyError(error) && (error.type === 'entity.too.large' || error.statusCode === 413);
          guardLogger.warn({ reason: tooLarge ? 'too_large' : 'unreadable' }, 'request body refused');
          refuseUnreadBody(req, res, tooLarge ? 413 : 400, drain);
        },
      );
    };
  }

  override init(app: App): void {
    // The receiver only ever calls processEvent on the app: check the envelope first.
    const guarded = {
      processEvent: async (event: ReceiverEvent) => {
        const reason = malformation(event.body);
        if (reason) throw new MalformedRequestError(reason);
        return app.processEvent(event);
      },
    };
    super.init(guarded as unknown as App);
  }
}

/** How much of a refused body is read and thrown away, at most, before the refusal goes out anyway. */
export const DRAIN_LIMIT = { bytes: 8 * 1024 * 1024, ms: 2_000 };

export interface DrainSettings {
  bytes: number;
  ms: number;
  /** Arms the timer that sends the refusal after `ms` (default setTimeout); returns how to disarm it. */
  setTimer?: (fire: () => void, ms: number) => () => void;
}

const realTimer = (fire: () => void, ms: number) => {
  const timer = setTimeout(fire, ms);
  return () => clearTimeout(timer);
};

/**
 * Refuses a request whose body was left partly unread (too large, or broken off). Its unread rest must not reach
 * the connection's parser as if it were the next request: on a kept-alive connection (a proxy reuses them) that
 * reset the next person's request. So the answer says `Connection: close`, and the rest is read and thrown away
 * first, within DRAIN_LIMIT, so the connection closes cleanly and the client reads the answer rather than a reset
 * (closing a socket with unread bytes in it resets the connection). Past the limit it goes out at once.
 */
function refuseUnreadBody(req: IncomingMessage, res: ServerResponse, status: number, drain: DrainSettings): void {
  let answered = false;
  let drained = 0;
  let disarm: () => void = () => undefined;
  const answer = () => {
    if (answered) return;
    answered = true;
    disarm();
    req.off('data', discard);
    req.off('end', answer);
    req.off('close', answer);
    if (res.headersSent || res.destroyed) return;
    res.writeHead(status, { Connection: 'close' });
    res.end();
  };
  const discard = (chunk: Buffer) => {
    drained += chunk.length;
    if (drained > drain.bytes) answer();
  };
  disarm = (drain.setTimer ?? realTimer)(answer, drain.ms);
  if (req.complete || req.destroyed) {
    answer();
    return;
  }
  req.on('data', discard);
  req.once('end', answer);
  req.once('close', answer);
  // The body reader paused the request when it gave up on it.
  req.resume();
}

/**
 * True when the body parses, as Bolt parses it, to `null`: the one value Bolt's receiver cannot survive (other
 * non-objects reach the app, which refuses them). Checked on the text, so a real payload is not parsed twice.
 */
function parsesToNull(request: BufferedIncomingMessage): boolean {
  const text = request.rawBody.toString();
  if (String(request.headers['content-type']).startsWith('application/x-www-form-urlencoded')) {
    const payload = /(?:^|&)payload=([^&]*)/.exec(text)?.[1];
    if (payload === undefined) return false;
    try {
      return decodeURIComponent(payload.replace(/\+/g, ' ')).trim() === 'null';
    } catch {
      return false;
    }
  }
  return text.trim() === 'null';
}
