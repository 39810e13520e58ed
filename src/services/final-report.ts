import type { Locale } from '../config';
import type { Db } from '../db/open';
import { findCohort, listCohorts, type Cohort } from '../db/repositories/cohorts';
import { findDeliveryByKey, scheduleDelivery, type Delivery } from '../db/repositories/deliveries';
import { listPairs } from '../db/repositories/pairs';
import { cycleCount } from './calendar';
import { cohortMeetingCounts } from './meetings';
import { cycleActivity } from './reflection-insights';
import { buildCohortSummary, summaryKey, type CohortSummary, type CycleRates, type SummaryHighlight } from './summaries';

/**
 * The cohort's last word (issue 16 item 4): when a cohort completes — on schedule, a cadence after its last
 * session, when the final session's reflections close, or closed early by an organizer — its summary channel gets
 * one closing summary (ledger kind `final_report`, key final:cohort:<id>, metadata `rm_final`): the whole
 * cohort's figures, the chart over all its sessions, and the final reflections their authors chose to share. It
 * is planned once the cohort's last regular summary has gone out (or failed, or was never due), so it comes
 * after it.
 *
 * PRODUCT.md §12.5 extends what it shows (agreements, the check-in, the final evaluation, the
 * Net Promoter Score): each is a field of `FinalReport` filled here and a part of views/final-report.ts, added
 * beside these, not in place of them.
 */

export const FINAL_REPORT_KIND = 'final_report';
/**
 * A cohort that completed longer ago than this gets no closing summary: after an upgrade, or an app down for
 * weeks, old cohorts are history, not news.
 */
export const FINAL_REPORT_WINDOW_MS = 7 * 24 * 60 * 60 * 1000;

export function finalReportKey(cohortId: number): string {
  return `final:cohort:${cohortId}`;
}

export function parseFinalReportKey(key: string): number | undefined {
  const match = /^final:cohort:(\d+)$/.exec(key);
  return match ? Number(match[1]) : undefined;
}

/** What the closing summary shows: counts and shared text only, as every summary. */
export interface FinalReport {
  cohortId: number;
  cohortName: string;
  /** Sessions the cohort was planned for, and those whose prompts went out (fewer when it was closed early). */
  cycles: number;
  sessionsHeld: number;
  people: CohortSummary['people'];
  /** Over every session held: pair-sessions prompted and those that met. */
  meetings: { pairsPrompted: number; pairsMet: number; rate: number | null };
  /** Meetings booked in Slack over the whole cohort (not cancelled), and how many of them were held (§12.2). */
  booked: { booked: number; held: number };
  /** Over every session held: reflections written, and members prompted (two per prompt). */
  reflections: { written: number; membersPrompted: number; rate: number | null };
  ratings: CohortSummary['ratings'];
  topTopics: CohortSummary['topTopics'];
  /** Every session held, for the chart and its text. */
  perCycle: CycleRates[];
  /** Up to five reflections on the last session held that their authors chose to share. */
  finalHighlights: SummaryHighlight[];
}

function ratio(part: number, whole: number): number | null {
  return whole > 0 ? Math.min(1, part / whole) : null;
}

/** The last session whose prompts went out (0 when none did). */
export function lastSessionHeld(db: Db, cohortId: number): number {
  return cycleActivity(db, cohortId).reduce((last, row) => (row.promptsPosted > 0 ? Math.max(last, row.cycle) : last), 0);
}

export function buildFinalReport(db: Db, cohort: Cohort, locale: Locale, now: Date): FinalReport {
  const held = lastSessionHeld(db, cohort.id);
  const summary = buildCohortSummary(db, cohort, locale, now, held);
  const written = summary.perCycle.reduce((sum, row) => sum + row.reflections, 0);
  const membersPrompted = 2 * summary.cumulative.pairsPrompted;
  const meetingCounts = cohortMeetingCounts(db, cohort.id);
  return {
    cohortId: cohort.id,
    cohortName: cohort.name,
    cycles: cycleCount(cohort),
    sessionsHeld: held,
    people: summary.people,
    meetings: { pairsPrompted: summary.cumulative.pairsPrompted, pairsMet: summary.cumulative.pairsMet, rate: summary.cumulative.meetingRate },
    booked: { booked: meetingCounts.booked, held: meetingCounts.held },
    reflections: { written, membersPrompted, rate: ratio(written, membersPrompted) },
    ratings: summary.ratings,
    topTopics: summary.topTopics,
    perCycle: summary.perCycle,
    finalHighlights: summary.highlights,
  };
}

/**
 * Puts the closing summary of each cohort that completed within FINAL_REPORT_WINDOW_MS in the ledger, due now,
 * once its last regular summary is no longer waiting. A cohort closed while it was still enrolling (it never had
 * a pair) gets none. A key already there adds nothing. Returns how many were added.
 */
export function planFinalReports(db: Db, now: Date): number {
  let added = 0;
  for (const cohort of listCohorts(db, ['completed'])) {
    if (!cohort.completedAt || now.getTime() - Date.parse(cohort.completedAt) > FINAL_REPORT_WINDOW_MS) continue;
    const key = finalReportKey(cohort.id);
    if (findDeliveryByKey(db, key) || listPairs(db, cohort.id).length === 0) continue;
    // The last session's summary still goes out after completion (earlier ones are skipped by then): wait for it.
    const lastSummary = findDeliveryByKey(db, summaryKey(cohort.id, cycleCount(cohort)));
    if (lastSummary && (lastSummary.status === 'pending' || lastSummary.status === 'claimed')) continue;
    if (scheduleDelivery(db, { kind: FINAL_REPORT_KIND, dedupeKey: key, cohortId: cohort.id, subjectId: cohort.id, dueAt: now }, now)) added += 1;
  }
  return added;
}

export type PreparedFinalReport = { skipped: string } | { cohort: Cohort };

/** Decided at delivery time: the cohort still exists and is completed. */
export function prepareFinalReport(db: Db, delivery: Pick<Delivery, 'dedupeKey'>): PreparedFinalReport {
  const cohortId = parseFinalReportKey(delivery.dedupeKey);
  const cohort = cohortId === undefined ? undefined : findCohort(db, cohortId);
  if (!cohort) return { skipped: 'cohort_missing' };
  if (cohort.status !== 'completed') return { skipped: 'cohort_not_completed' };
  return { cohort };
}
