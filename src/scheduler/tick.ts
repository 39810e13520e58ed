import type { Config } from '../config';
import type { Db } from '../db/open';
import type { Logger } from '../logger';
import { clockFrom, dispatchDue, type DispatchOptions, type DispatchReport } from '../services/delivery';
import { endExpiredPauses } from '../services/enrollment';
import { completeFinishedCohorts, planPrompts, planReminders } from '../services/prompts';
import { planAtRiskNotices } from '../services/at-risk';
import { allOrganizerIds } from '../services/organizers';
import { purgeExpiredReflectionTexts } from '../services/reflections';
import { planSummaries } from '../services/summaries';
import { planFirstMeetingNudges } from '../services/meetings';
import { planPreparation } from '../services/preparation';
import type { SlackGateway } from '../slack/gateway';
import { createDeliveryHandlers } from './deliveries';

export interface TickDeps {
  config: Config;
  db: Db;
  logger: Logger;
  /** A gateway whose client does not retry by itself: the delivery ledger does. */
  slack: SlackGateway;
  /** Overrides for the dispatch pass (tests shorten how long a pass waits for retries). */
  dispatch?: Omit<DispatchOptions, 'sleep'>;
}

export interface TickReport {
  at: string;
  /** Participants whose pause ran out and who now get prompts again. */
  resumed: number;
  /** Weekly prompts put on the schedule, and upcoming ones moved to a member's new time zone. */
  promptsPlanned: number;
  promptsRetimed: number;
  deliveries: DispatchReport;
  /** Reminders put in the ledger (due 72 hours after their prompt). */
  remindersPlanned: number;
  /** Cohorts that became `completed` in this pass. */
  cohortsCompleted: number[];
  /** Private DMs to organizers about pairs at risk, put in the ledger (once per pair, cycle and organizer). */
  atRiskPlanned: number;
  /** Cohort summaries put in the ledger (once per cohort and cycle, the day before the next cycle). */
  summariesPlanned: number;
  /** Silence DMs to mentees put in the ledger (due four days after each introduction). */
  firstMeetingNudgesPlanned: number;
  /** Parts of the preparation series that fell due and were put in the ledger. */
  preparationPlanned: number;
  /** Reflections whose texts passed REFLECTION_RETENTION_DAYS and were emptied. */
  reflectionTextsPurged: number;
  /** Steps that failed (each is logged); the other steps still ran. */
  failedSteps: string[];
}

/**
 * One pass of everything due at `now` (PRODUCT.md §6): resume pauses that ran out, plan prompts, at-risk notices
 * and cohort summaries, post what is due (prompts, reminders, introductions, at-risk notices, summaries…), plan
 * reminders for what was just posted, complete finished cohorts, empty reflection texts past their retention. Each
 * step reads its own due rows from the database, so a pass missed while the app was down is caught up by the
 * next one, and running it twice (or in two processes at once) does nothing twice.
 */
export async function runTick(deps: TickDeps, now: Date): Promise<TickReport> {
  const { db, logger } = deps;
  const failedSteps: string[] = [];
  const step = async <T>(name: string, fallback: T, run: () => T): Promise<T> => {
    // Each step runs synchronously (better-sqlite3); between steps, requests waiting on the event loop are
    // answered first, so a pass over many pairs never holds up an acknowledgement for long.
    await new Promise<void>((resolve) => setImmediate(resolve));
    try {
      return run();
    } catch (error) {
      failedSteps.push(name);
      logger.error({ step: name, code: (error as { code?: string }).code, message: (error as Error).message }, 'tick step failed');
      return fallback;
    }
  };

  const resumed = await step('resume', [], () => endExpiredPauses(db, now));
  const plan = await step('plan_prompts', { planned: 0, retimed: 0 }, () => planPrompts(db, now, logger));
  const atRiskPlanned = await step('plan_at_risk', 0, () => planAtRiskNotices(db, allOrganizerIds(db, deps.config.organizerUserIds), now));
  const summariesPlanned = await step('plan_summaries', 0, () => planSummaries(db, now));
  const firstMeetingNudgesPlanned = await step('plan_first_meeting_nudges', 0, () => planFirstMeetingNudges(db, now));
  const preparationPlanned = await step('plan_preparation', 0, () => planPreparation(db, now));
  const clock = clockFrom(now);
  let deliveries: DispatchReport = { sent: 0, failed: 0, missed: 0, skipped: 0, retried: 0, rateLimited: 0, unknown: 0 };
  try {
    deliveries = await dispatchDue(db, createDeliveryHandlers(deps), clock, logger, deps.dispatch ?? {});
  } catch (error) {
    failedSteps.push('dispatch');
    logger.error({ step: 'dispatch', code: (error as { code?: string }).code, message: (error as Error).message }, 'tick step failed');
  }
  const remindersPlanned = await step('plan_reminders', 0, () => planReminders(db, clock()));
  const cohortsCompleted = await step('complete_cohorts', [], () => completeFinishedCohorts(db, now));
  const reflectionTextsPurged = await step('purge_reflection_texts', 0, () =>
    purgeExpiredReflectionTexts(db, now, deps.config.reflectionRetentionDays),
  );

  const report: TickReport = {
    at: now.toISOString(),
    resumed: resumed.length,
    promptsPlanned: plan.planned,
    promptsRetimed: plan.retimed,
    deliveries,
    remindersPlanned,
    cohortsCompleted,
    atRiskPlanned,
    summariesPlanned,
    firstMeetingNudgesPlanned,
    preparationPlanned,
    reflectionTextsPurged,
    failedSteps,
  };
  logger.info(report, 'tick done');
  return report;
}
