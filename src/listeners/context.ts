import type { Config, Locale } from '../config';
import type { Db } from '../db/open';
import { findParticipant } from '../db/repositories/participants';
import { messagesFor, resolveLocale, type Messages } from '../i18n';
import type { Logger } from '../logger';
import { isOrganizer } from '../services/organizers';
import type { SlackGateway } from '../slack/gateway';
import type { DeliveryDeps } from '../scheduler/deliveries';
import { isAppError } from '../errors';
import { classifySlackError } from '../slack/errors';

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
}

/**
 * Work that carries on after the ack (Slack needs the ack within 3 seconds). Tracked so shutdown can wait for it
 * and tests can wait until a request's effects are complete.
 */
export class BackgroundWork {
  private readonly pending = new Set<Promise<unknown>>();

  run(task: () => Promise<unknown>): void {
    const promise = task().finally(() => this.pending.delete(promise));
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

/** The person's language: their stored Slack locale, else what users.info says, else the default. */
export async function localeOf(ctx: AppContext, userId: string): Promise<Locale> {
  const stored = findParticipant(ctx.db, userId)?.locale;
  if (stored) return resolveLocale(stored, ctx.config.defaultLocale);
  try {
    return resolveLocale((await ctx.slack.userInfo(userId)).locale, ctx.config.defaultLocale);
  } catch (error) {
    ctx.logger.warn({ slackError: classifySlackError(error).code }, 'users.info failed; using the default locale');
    return ctx.config.defaultLocale;
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
  const slack = (error as { code?: string })?.code?.startsWith('slack_') ? classifySlackError(error) : undefined;
  if (slack) {
    ctx.logger.error({ where, slackError: slack.code }, 'Slack call failed');
    return slack.kind === 'rate_limited' ? messages.slackBusy : messages.tryAgain;
  }
  ctx.logger.error({ where, err: { type: (error as Error)?.name, message: (error as Error)?.message, code: (error as { code?: string })?.code } }, 'request failed');
  return messages.tryAgain;
}
