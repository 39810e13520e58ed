import type { Config, Locale } from '../config';
import type { Db } from '../db/open';
import { findParticipant } from '../db/repositories/participants';
import { messagesFor, resolveLocale, type Messages } from '../i18n';
import type { Logger } from '../logger';
import { isOrganizer } from '../services/organizers';
import type { SlackGateway } from '../slack/gateway';
import type { DeliveryDeps } from '../scheduler/deliveries/deps';
import { isAppError } from '../errors';
import { classifySlackError } from '../slack/errors';
import type { MatchSolver } from '../services/matching/thread';

/** What every listener receives: the app's parts, passed in rather than imported (STYLE.md principle 1). */
export interface AppContext {
  config: Config;
  db: Db;
  logger: Logger;
  slack: SlackGateway;
  now: () => Date;
  work: BackgroundWork;
  /** For work that goes through the delivery ledger: its gateway does not retry by itself. */
  deliveryDeps: DeliveryDeps;
  /** Starts a delivery pass now (in the background) instead of waiting for the scheduler's next minute. */
  dispatchSoon(kinds?: readonly string[]): void;
  /** Runs the matching engine: in the matching thread under `start`, in this thread in tests and the sandbox. */
  matchSolver: MatchSolver;
}

/**
 * Work that carries on after the ack (Slack needs the ack within 3 seconds). Tracked so shutdown can wait for it
 * and tests can wait until a request's effects are complete.
 */
export class BackgroundWork {
  private readonly pending = new Set<Promise<unknown>>();

  /**
   * `onError` hears about work that failed without handling its own error (a reply that could not be sent,
   * say). Without it such a failure would be an unhandled rejection, which ends a Node process.
   */
  constructor(private readonly onError: (error: unknown) => void = () => undefined) {}

  /**
   * Starts `task` once the I/O already waiting has been handled (setImmediate): requests that arrived meanwhile
   * are acknowledged first, so a burst of work after acks never makes the next person's ack late.
   */
  run(task: () => Promise<unknown>): void {
    this.track(new Promise<void>((resolve) => setImmediate(resolve)).then(task));
  }

  /** Counts `started` as work in flight until it settles (a listener processing a request, say). */
  track(started: Promise<unknown>): void {
    const promise: Promise<unknown> = started
      .catch((error: unknown) => this.onError(error))
      .finally(() => this.pending.delete(promise));
    this.pending.add(promise);
  }

  get size(): number {
    return this.pending.size;
  }

  /** Resolves once nothing is in flight (work started meanwhile is waited for too). */
  async settled(): Promise<void> {
    while (this.pending.size > 0) await Promise.allSettled([...this.pending]);
  }
}

/**
 * How long a reply waits for users.info to learn someone's language. View submissions read it before their ack
 * (due within 3 seconds) and modals open with a trigger id that lives 3 seconds, so a slow Slack must not take
 * that time: past it the default language is used (the answer still fills the gateway's cache for next time).
 */
export const LOCALE_LOOKUP_MS = 1000;

/** The person's language: their stored Slack locale, else what users.info says (within LOCALE_LOOKUP_MS), else the default. */
export async function localeOf(ctx: AppContext, userId: string): Promise<Locale> {
  const stored = findParticipant(ctx.db, userId)?.locale;
  if (stored) return resolveLocale(stored, ctx.config.defaultLocale);
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), LOCALE_LOOKUP_MS);
  });
  const lookup = ctx.slack.userInfo(userId);
  try {
    const user = await Promise.race([lookup, late]);
    if (user === 'late') {
      lookup.catch(() => undefined);
      ctx.logger.warn({ slackError: 'timeout' }, 'users.info is slow; using the default locale');
      return ctx.config.defaultLocale;
    }
    return resolveLocale(user.locale, ctx.config.defaultLocale);
  } catch (error) {
    ctx.logger.warn({ slackError: classifySlackError(error).code }, 'users.info failed; using the default locale');
    return ctx.config.defaultLocale;
  } finally {
    clearTimeout(timer);
  }
}

export async function messagesOf(ctx: AppContext, userId: string): Promise<Messages> {
  return messagesFor(await localeOf(ctx, userId));
}

export function organizer(ctx: AppContext, userId: string): boolean {
  return isOrganizer(ctx.db, ctx.config.organizerUserIds, userId);
}

/**
 * The short, kind sentence a person sees when something failed, and the log line with the code (never the
 * request's text). Expected errors (AppError) map to their own message by the caller before reaching here.
 */
export function failureMessage(ctx: AppContext, messages: Messages, error: unknown, where: string): string {
  if (isAppError(error, 'database_busy') || (error as { code?: string })?.code === 'SQLITE_BUSY') {
    ctx.logger.warn({ where, code: 'SQLITE_BUSY' }, 'database busy');
    return messages.tryAgain;
  }
  // Not every error's code is a string (a DOMException's is a number).
  const code = (error as { code?: unknown })?.code;
  const slack = typeof code === 'string' && code.startsWith('slack_') ? classifySlackError(error) : undefined;
  if (slack) {
    ctx.logger.error({ where, slackError: slack.code }, 'Slack call failed');
    return slack.kind === 'rate_limited' ? messages.slackBusy : messages.tryAgain;
  }
  ctx.logger.error({ where, err: { type: (error as Error)?.name, message: (error as Error)?.message, code } }, 'request failed');
  return messages.tryAgain;
}
