import { randomUUID } from 'node:crypto';
import type { Db } from '../db/open';
import {
  claimNextDue,
  expireStaleClaims,
  markClosed,
  markRetry,
  markSent,
  nextPendingAt,
  type Delivery,
} from '../db/repositories/deliveries';
import type { Logger } from '../logger';
import { classifySlackError, isSafeToRepeat } from '../slack/errors';

/**
 * Exactly-once delivery over the ledger (migrations/0003_deliveries.sql, PRODUCT.md §6): claim a row in a
 * transaction, post, record the ts. Whatever kind of message a row is, its handler builds and posts it; this
 * module owns the rules for retries, rate limits, leases and lateness, so every kind follows them alike.
 */

export type DeliveryOutcome =
  | { posted: { channel: string; ts: string } }
  /** No longer needed (the pair paused, the cohort closed…): closed without a post. */
  | { skipped: string }
  /**
   * Not yet (e.g. outside the recipient's working hours): the row waits until then, and the attempt does not
   * count. `reason` is recorded on the row meanwhile.
   */
  | { notBefore: Date; reason: string };

export interface DeliveryHandler {
  /**
   * A row this late or later past its due time is marked `missed` instead of sent (undefined: never too late):
   * PRODUCT.md §6 sends a prompt "if less than 48 hours late".
   */
  maxLatenessMs?: number;
  /**
   * What a 429 on this kind holds up. `workspace` (the default, for method-wide limits such as
   * conversations.open's ~50 a minute): every worker of the pass waits out Retry-After. `message`: only the row
   * waits — for posts into many different channels, where Slack's limit is about one message per second per
   * channel and one busy channel must not stall the rest.
   */
  rateLimitScope?: 'workspace' | 'message';
  /** Builds and posts the message. Throws Web API errors as they come; the dispatcher decides what they mean. */
  deliver(delivery: Delivery, now: Date): Promise<DeliveryOutcome>;
  /**
   * Called after each of this kind's rows is settled (e.g. to show an organizer how far a job has got). Errors
   * are logged and never change the row.
   */
  afterSettle?: (delivery: Delivery, result: SettleResult, now: Date) => Promise<void>;
  /**
   * Called once at the end of every pass that included this kind, also when it had nothing to send (after a
   * crash, the rows marked `unknown` at the start of the pass are final). The same function on several kinds
   * runs once.
   */
  afterPass?: (now: Date) => Promise<void>;
}

/**
 * How a claimed row ended in this pass: `retry` means it is pending again for a later attempt, `deferred` that
 * its handler asked for it to wait.
 */
export type SettleResult = 'sent' | 'failed' | 'missed' | 'skipped' | 'retry' | 'deferred' | 'unknown';

export type DeliveryHandlers = Readonly<Record<string, DeliveryHandler>>;

export interface DispatchOptions {
  /** Parallel posts; Slack allows roughly one message per second per channel, and every pair has its own. */
  concurrency?: number;
  /** How long a claim stays valid; past it the row is presumed in doubt and becomes `unknown`. */
  leaseMs?: number;
  /** Attempts for 5xx and network errors before a row fails. 429s do not count. */
  maxAttempts?: number;
  /** Stop claiming new rows after this long; the next pass carries on. */
  budgetMs?: number;
  /** Rows that become due within this long (after a 429 or a back-off) are waited for in this pass. */
  waitHorizonMs?: number;
  /** Only these kinds (default all the handlers know). */
  kinds?: readonly string[];
  sleep?: (ms: number) => Promise<void>;
}

export interface DispatchReport {
  sent: number;
  failed: number;
  missed: number;
  skipped: number;
  /** Rows put back for a later attempt (5xx, network). */
  retried: number;
  /** 429 answers honoured. */
  rateLimited: number;
  /** Rows whose handler asked them to wait (an organizer's digest outside their working hours). */
  deferred: number;
  /** Rows whose fate is unknown, never posted again: claims found past their lease at the start of the pass, and posts that timed out. */
  unknown: number;
}

const DEFAULTS = {
  concurrency: 4,
  leaseMs: 5 * 60 * 1000,
  maxAttempts: 5,
  budgetMs: 50 * 1000,
  waitHorizonMs: 15 * 1000,
};

/** Back-off after the n-th failed attempt: 2, 4, 8, 16… seconds, at most a minute. */
export function backoffMs(attempt: number): number {
  return Math.min(60_000, 1000 * 2 ** Math.max(1, attempt));
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * One dispatch pass over every due row. `clock` must advance with real time during the pass (for `tick --now`,
 * a clock that starts at the given instant, see `clockFrom`): leases, retries, Retry-After and the pass's budget
 * are all measured on it, and `sleep` is how the pass lets that time go by.
 */
export async function dispatchDue(
  db: Db,
  handlers: DeliveryHandlers,
  clock: () => Date,
  logger: Logger,
  options: DispatchOptions = {},
): Promise<DispatchReport> {
  const settings = { ...DEFAULTS, ...options };
  const sleep = options.sleep ?? defaultSleep;
  const kinds = options.kinds ?? Object.keys(handlers);
  const claimant = `${process.pid}:${randomUUID()}`;
  const report: DispatchReport = { sent: 0, failed: 0, missed: 0, skipped: 0, retried: 0, rateLimited: 0, deferred: 0, unknown: 0 };
  if (kinds.length === 0) return report;

  report.unknown = expireStaleClaims(db, clock());
  if (report.unknown > 0) logger.warn({ count: report.unknown }, 'claims past their lease marked unknown; they are not posted again');

  const startedAt = clock().getTime();
  /** After a 429 every worker waits: Slack's limits are per method and workspace, not per row. */
  let pausedUntil = 0;

  const settle = async (delivery: Delivery): Promise<SettleResult> => {
    const now = clock();
    const handler = handlers[delivery.kind];
    if (!handler) {
      markClosed(db, delivery.id, claimant, 'failed', 'no_handler', now);
      report.failed += 1;
      return 'failed';
    }
    if (handler.maxLatenessMs !== undefined && now.getTime() - new Date(delivery.dueAt).getTime() >= handler.maxLatenessMs) {
      markClosed(db, delivery.id, claimant, 'missed', 'too_late', now);
      report.missed += 1;
      return 'missed';
    }
    try {
      const outcome = await handler.deliver(delivery, now);
      if ('posted' in outcome) {
        if (!markSent(db, delivery.id, claimant, outcome.posted, clock())) {
          logger.error({ delivery: delivery.id }, 'posted, but the claim was lost before it could be recorded');
        }
        report.sent += 1;
        return 'sent';
      }
      if ('notBefore' in outcome) {
        markRetry(db, delivery.id, claimant, outcome.notBefore, outcome.reason, clock(), false);
        report.deferred += 1;
        return 'deferred';
      }
      markClosed(db, delivery.id, claimant, 'skipped', outcome.skipped, clock());
      report.skipped += 1;
      return 'skipped';
    } catch (error) {
      const failure = classifySlackError(error);
      const at = clock();
      const context = { delivery: delivery.id, kind: delivery.kind, attempt: delivery.attempts, slackError: failure.code };
      if (failure.kind === 'rate_limited') {
        const waitMs = (failure.retryAfterSeconds ?? 1) * 1000;
        markRetry(db, delivery.id, claimant, new Date(at.getTime() + waitMs), failure.code, at, false);
        if ((handler.rateLimitScope ?? 'workspace') === 'workspace') pausedUntil = Math.max(pausedUntil, at.getTime() + waitMs);
        report.rateLimited += 1;
        logger.warn({ ...context, retryAfterSeconds: failure.retryAfterSeconds }, 'rate limited; waiting as Slack asks');
        return 'retry';
      }
      if (failure.code === 'timeout' && !isSafeToRepeat(error)) {
        // No answer in time to a post: Slack may well have posted it, only late. Like a claim lost mid-post, the
        // row is `unknown` and never posted again: a duplicate is worse than a rare miss.
        markClosed(db, delivery.id, claimant, 'unknown', failure.code, at);
        report.unknown += 1;
        logger.error(context, 'delivery timed out; it may have arrived, so it is not sent again');
        return 'unknown';
      }
      if (failure.kind === 'transient' && delivery.attempts < settings.maxAttempts) {
        markRetry(db, delivery.id, claimant, new Date(at.getTime() + backoffMs(delivery.attempts)), failure.code, at, true);
        report.retried += 1;
        logger.warn(context, 'delivery failed; will retry');
        return 'retry';
      }
      markClosed(db, delivery.id, claimant, 'failed', failure.code, at);
      report.failed += 1;
      logger.error(context, 'delivery failed for good');
      return 'failed';
    }
  };

  const afterSettle = async (delivery: Delivery, result: SettleResult): Promise<void> => {
    const hook = handlers[delivery.kind]?.afterSettle;
    if (!hook) return;
    await hook(delivery, result, clock()).catch((error: Error & { code?: string }) =>
      logger.warn({ kind: delivery.kind, code: error.code }, 'after-settle hook failed'),
    );
  };

  const worker = async (): Promise<void> => {
    while (clock().getTime() - startedAt < settings.budgetMs) {
      const pause = pausedUntil - clock().getTime();
      if (pause > 0) await sleep(pause);
      const delivery = claimNextDue(db, claimant, clock(), settings.leaseMs, kinds);
      if (delivery) {
        await afterSettle(delivery, await settle(delivery));
        continue;
      }
      const next = nextPendingAt(db, kinds);
      const wait = next ? next.getTime() - clock().getTime() : Infinity;
      if (wait > settings.waitHorizonMs) return;
      await sleep(Math.max(10, Math.min(wait, 1000)));
    }
  };

  await Promise.all(Array.from({ length: settings.concurrency }, worker));
  const passHooks = new Set(kinds.map((kind) => handlers[kind]?.afterPass).filter((hook) => hook !== undefined));
  for (const hook of passHooks) {
    await hook(clock()).catch((error: Error & { code?: string }) => logger.warn({ code: error.code }, 'after-pass hook failed'));
  }
  return report;
}

/** A clock that starts at `start` and advances with real time: what `tick --now` runs on. */
export function clockFrom(start: Date): () => Date {
  const realStart = Date.now();
  return () => new Date(start.getTime() + (Date.now() - realStart));
}
