import type { Config } from '../config';
import type { Db } from '../db/open';
import type { Logger } from '../logger';
import { clockFrom, dispatchDue, type DispatchOptions, type DispatchReport } from '../services/delivery';
import { endExpiredPauses } from '../services/enrollment';
import { completeFinishedCohorts, planPrompts, planReminders } from '../services/prompts';
import { recordAtRiskFlags } from '../services/at-risk';
import { planDigests } from '../services/digest';
import { allOrganizerIds } from '../services/organizers';
import { settleWalErasure } from '../services/erasure';
import { purgeExpiredReflectionTexts } from '../services/reflections';
import { planSummaries } from '../services/summaries';
import { planFirstMeetingNudges } from '../services/meetings';
import { planPreparation } from '../services/preparation';
import { FINAL_ADDENDUM_KIND, FINAL_REPORT_KIND, planFinalAddenda, planFinalReports } from '../services/final-report';
import { CHECKIN_KIND, planCheckinInvitations } from '../services/checkins';
import { COMMITMENT_FOLLOWUP_KIND, FINAL_EVALUATION_KIND, planCommitmentFollowups, planFinalInvitations } from '../services/final-evaluations';
import { FINAL_PRIVATE_KIND, planFinalPrivateParts } from '../services/final-private';
import type { SlackGateway } from '../slack/gateway';
import { createDeliveryHandlers } from './deliveries';

/** How long a pass waits for other connections to let go of the WAL before leaving its truncation for later. */
const TICK_ERASURE_WAIT_MS = 50;

export interface TickDeps {
  config: Config;
  db: Db;
  logger: Logger;
  /** A gateway whose client does not retry by itself: the delivery ledger does. */
  slack: SlackGateway;
  /** Overrides for the dispatch pass (tests shorten how long a pass waits for retries). */
  dispatch?: Omit<DispatchOptions, 'sleep'>;
  /**
   * The pass's time, for tests: `now()` read instead of real time running on from the tick's instant, and a
   * `sleep` that moves it (a Retry-After of seconds waited out without a real second going by).
   */
  time?: { now: () => Date; sleep: (ms: number) => Promise<void> };
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
  /** Pairs found at risk for a new reason or session (flags recorded for the organizers' digests). */
  atRiskFlagged: number;
  /** Organizer digests put in the ledger (at most one per organizer, cohort and session, when there is news). */
  digestsPlanned: number;
  /** Cohort summaries put in the ledger (once per cohort and cycle, the day before the next cycle). */
  summariesPlanned: number;
  /** Silence DMs to mentees put in the ledger (due four days after each introduction). */
  firstMeetingNudgesPlanned: number;
  /** Parts of the preparation series that fell due and were put in the ledger. */
  preparationPlanned: number;
  /** Closing summaries of completed cohorts put in the ledger (once per cohort, after its last summary). */
  finalReportsPlanned: number;
  /** Check-in and final evaluation invitations put in the ledger (with the prompts of their sessions). */
  invitationsPlanned: number;
  /** The final report's private parts for organizers, the 30-day follow-ups and the addenda put in the ledger. */
  finalPrivatePlanned: number;
  followupsPlanned: number;
  addendaPlanned: number;
  /** Reflections whose texts passed REFLECTION_RETENTION_DAYS and were emptied. */
  reflectionTextsPurged: number;
  /** Steps that failed (each is logged); the other steps still ran. */
  failedSteps: string[];
}

/**
 * One pass of everything due at `now` (PRODUCT.md §6): resume pauses that ran out, plan prompts, record pairs at
 * risk, plan organizer digests and cohort summaries, post what is due (prompts, reminders, introductions, digests,
 * summaries…), plan reminders for what was just posted, complete finished cohorts, empty reflection texts past their retention. Each
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
  const atRiskFlagged = await step('record_at_risk', 0, () => recordAtRiskFlags(db, now));
  const digestsPlanned = await step('plan_digests', 0, () =>
    planDigests(db, allOrganizerIds(db, deps.config.organizerUserIds), deps.config.defaultTimezone, now),
  );
  const summariesPlanned = await step('plan_summaries', 0, () => planSummaries(db, now));
  const firstMeetingNudgesPlanned = await step('plan_first_meeting_nudges', 0, () => planFirstMeetingNudges(db, now));
  const preparationPlanned = await step('plan_preparation', 0, () => planPreparation(db, now));
  const clock = deps.time?.now ?? clockFrom(now);
  const handlers = createDeliveryHandlers(deps);
  const deliveries: DispatchReport = { sent: 0, failed: 0, missed: 0, skipped: 0, retried: 0, rateLimited: 0, deferred: 0, unknown: 0 };
  const dispatch = async (name: string, kinds?: readonly string[]) => {
    try {
      const done = await dispatchDue(db, handlers, clock, logger, { ...(deps.dispatch ?? {}), ...(deps.time ? { sleep: deps.time.sleep } : {}), ...(kinds ? { kinds } : {}) });
      for (const key of Object.keys(deliveries) as Array<keyof DispatchReport>) deliveries[key] += done[key];
    } catch (error) {
      failedSteps.push(name);
      logger.error({ step: name, code: (error as { code?: string }).code, message: (error as Error).message }, 'tick step failed');
    }
  };
  await dispatch('dispatch');
  const remindersPlanned = await step('plan_reminders', 0, () => planReminders(db, clock()));
  // The check-in comes with the prompt of the middle session, the final evaluation with the last one's: planned once
  // those prompts are out, and sent in the same pass.
  const invitationsPlanned =
    (await step('plan_checkins', 0, () => planCheckinInvitations(db, clock()))) + (await step('plan_final_evaluations', 0, () => planFinalInvitations(db, clock())));
  if (invitationsPlanned > 0) await dispatch('dispatch_invitations', [CHECKIN_KIND, FINAL_EVALUATION_KIND]);
  const cohortsCompleted = await step('complete_cohorts', [], () => completeFinishedCohorts(db, now));
  // A cohort that completed in this pass has had its last summary posted above: its closing summary follows in
  // the same pass, after it.
  const finalReportsPlanned = await step('plan_final_reports', 0, () => planFinalReports(db, now));
  if (finalReportsPlanned > 0) await dispatch('dispatch_final_reports', [FINAL_REPORT_KIND]);
  // After the report: its private part to each organizer (at their working hours); thirty days on, the follow-up to
  // each mentee and, once that has closed, the addendum.
  const organizers = allOrganizerIds(db, deps.config.organizerUserIds);
  const finalPrivatePlanned = await step('plan_final_private', 0, () => planFinalPrivateParts(db, organizers, deps.config.defaultTimezone, now));
  const followupsPlanned = await step('plan_followups', 0, () => planCommitmentFollowups(db, now));
  const addendaPlanned = await step('plan_addenda', 0, () => planFinalAddenda(db, now));
  if (finalPrivatePlanned + followupsPlanned + addendaPlanned > 0) {
    await dispatch('dispatch_after_report', [FINAL_PRIVATE_KIND, COMMITMENT_FOLLOWUP_KIND, FINAL_ADDENDUM_KIND]);
  }
  const reflectionTextsPurged = await step('purge_reflection_texts', 0, () =>
    purgeExpiredReflectionTexts(db, now, deps.config.reflectionRetentionDays),
  );
  // Texts just purged, or a forget-me that found another connection in the way: the WAL still holds them.
  await step('erase_wal', 'none_owed', () => settleWalErasure(db, TICK_ERASURE_WAIT_MS));

  const report: TickReport = {
    at: now.toISOString(),
    resumed: resumed.length,
    promptsPlanned: plan.planned,
    promptsRetimed: plan.retimed,
    deliveries,
    remindersPlanned,
    cohortsCompleted,
    atRiskFlagged,
    digestsPlanned,
    summariesPlanned,
    firstMeetingNudgesPlanned,
    preparationPlanned,
    finalReportsPlanned,
    invitationsPlanned,
    finalPrivatePlanned,
    followupsPlanned,
    addendaPlanned,
    reflectionTextsPurged,
    failedSteps,
  };
  logger.info(report, 'tick done');
  return report;
}
