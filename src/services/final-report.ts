import type { Locale } from '../config';
import type { Db } from '../db/open';
import { findCohort, listCohorts, type Cohort } from '../db/repositories/cohorts';
import { findDeliveryByKey, scheduleDelivery, type Delivery } from '../db/repositories/deliveries';
import { listPairs } from '../db/repositories/pairs';
import { agreementCounts } from '../db/repositories/agreements';
import { finalCounts, followupCounts, sharedChanges } from '../db/repositories/final-evaluations';
import { invitationsSent } from '../db/repositories/outcome-invitations';
import { displayNamesOf } from '../db/repositories/summaries';
import type { FollowupAnswer, NextCohortChoice, Role } from '../domain';
import { MIN_ANSWERS, netPromoterScore, publishedDistribution, type NetPromoterScore } from './anonymity';
import { cycleCount } from './calendar';
import { cohortMeetingCounts } from './meetings';
import { publishedCheckin, type PublishedCheckin } from './checkins';
import { COMMITMENT_FOLLOWUP_KIND, FINAL_EVALUATION_KIND, followupClosesAt } from './final-evaluations';
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
 * PRODUCT.md §12.5 (issue 18) makes it the final report: beside those figures, `outcomes` carries how many pairs
 * were matched and wrote an agreement, the check-in's relationship average, the final evaluation's goals-met
 * distribution, Net Promoter Score and would-take-part-again counts, and up to five `changed` answers their
 * authors chose to share — each under the anonymity rules of ./anonymity.ts (the final evaluation closed when the
 * cohort completed, so these figures are built from one closed set, once). views/final-report-outcomes.ts adds
 * their parts to views/final-report.ts's. Organizers get the private part by direct message (./final-private.ts),
 * and thirty days on the channel gets a short addendum with the follow-up's counts (below).
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
  /** From goals to outcomes (PRODUCT.md §12.5). */
  outcomes: FinalOutcomes;
}

/** A shared answer to "what will change", as the report quotes it. Anonymous ones have no field that could name them. */
export type ChangeHighlight =
  | { sharing: 'anonymous'; changed: string }
  | { sharing: 'named'; userId: string; displayName: string | null; role: Role; changed: string };

/** The outcome figures of the final report: counts, and answers only as ./anonymity.ts allows. */
export interface FinalOutcomes {
  /** Pairs ever made in the cohort, and those of them with both parts of an agreement. */
  pairsMade: number;
  agreements: number;
  /** The midpoint check-in (closed by now), if it was asked. */
  checkin: PublishedCheckin | undefined;
  final: {
    /** Members asked, and final evaluations given. */
    asked: number;
    answers: number;
    /** How far the goals got, 1–5, each counted; null below MIN_ANSWERS. */
    goalsMet: Record<1 | 2 | 3 | 4 | 5, number> | null;
    nps: NetPromoterScore;
    /** Would take part again, and as what; null below MIN_ANSWERS answers to that question. */
    again: Record<NextCohortChoice, number> | null;
    againAnswers: number;
  };
  /** Up to five shared answers to "what will change", newest first. */
  changes: ChangeHighlight[];
}

/** Most shared `changed` answers the report quotes. */
export const CHANGE_HIGHLIGHTS = 5;

export function buildFinalOutcomes(db: Db, cohort: Cohort, now: Date): FinalOutcomes {
  const agreements = agreementCounts(db, cohort.id);
  const counts = finalCounts(db, cohort.id);
  const againAnswers = counts.again.mentor + counts.again.mentee + counts.again.no;
  const shared = sharedChanges(db, cohort.id, CHANGE_HIGHLIGHTS);
  const names = displayNamesOf(db, [...new Set(shared.flatMap((row) => (row.sharing === 'named' ? [row.userId] : [])))]);
  return {
    pairsMade: agreements.pairs,
    agreements: agreements.agreements,
    checkin: publishedCheckin(db, cohort, now),
    final: {
      asked: invitationsSent(db, cohort.id, FINAL_EVALUATION_KIND),
      answers: counts.answers,
      goalsMet: publishedDistribution(counts.goalsMet),
      nps: netPromoterScore(counts.recommend),
      again: againAnswers >= MIN_ANSWERS ? { ...counts.again } : null,
      againAnswers,
    },
    changes: shared.map((row): ChangeHighlight =>
      row.sharing === 'named'
        ? { sharing: 'named', userId: row.userId, displayName: names.get(row.userId) ?? null, role: row.role, changed: row.changed }
        : { sharing: 'anonymous', changed: row.changed },
    ),
  };
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
    outcomes: buildFinalOutcomes(db, cohort, now),
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

// ---------------------------------------------------------------------------------------------------------------
// The addendum, thirty days on
// ---------------------------------------------------------------------------------------------------------------

export const FINAL_ADDENDUM_KIND = 'final_addendum';
/** A cohort whose follow-up closed longer ago than this gets no addendum (history, not news). */
export const ADDENDUM_WINDOW_MS = 7 * 24 * 60 * 60 * 1000;

export function addendumKey(cohortId: number): string {
  return `addendum:cohort:${cohortId}`;
}

export function parseAddendumKey(key: string): number | undefined {
  const match = /^addendum:cohort:(\d+)$/.exec(key);
  return match ? Number(match[1]) : undefined;
}

/**
 * Puts the addendum of each completed cohort whose mentees were asked the follow-up in the ledger, once, when the
 * follow-up closes (thirty days after completion, and a week to answer). Returns how many were added.
 */
export function planFinalAddenda(db: Db, now: Date): number {
  let added = 0;
  for (const cohort of listCohorts(db, ['completed'])) {
    const closesAt = followupClosesAt(cohort);
    if (!closesAt) continue;
    const late = now.getTime() - closesAt.getTime();
    if (late < 0 || late > ADDENDUM_WINDOW_MS) continue;
    if (invitationsSent(db, cohort.id, COMMITMENT_FOLLOWUP_KIND) === 0) continue;
    if (scheduleDelivery(db, { kind: FINAL_ADDENDUM_KIND, dedupeKey: addendumKey(cohort.id), cohortId: cohort.id, subjectId: cohort.id, dueAt: closesAt }, now)) {
      added += 1;
    }
  }
  return added;
}

/** What the addendum shows: how many mentees were asked, how many answered, and the answers from three on. */
export interface FinalAddendum {
  cohortId: number;
  cohortName: string;
  asked: number;
  answers: number;
  /** null below MIN_ANSWERS answers (./anonymity.ts). */
  counts: Record<FollowupAnswer, number> | null;
}

export type PreparedAddendum = { skipped: string } | { cohort: Cohort; addendum: FinalAddendum };

/** Decided at delivery time. The follow-up has closed, so the counts are final: the addendum is posted once. */
export function prepareFinalAddendum(db: Db, delivery: Pick<Delivery, 'dedupeKey'>): PreparedAddendum {
  const cohortId = parseAddendumKey(delivery.dedupeKey);
  const cohort = cohortId === undefined ? undefined : findCohort(db, cohortId);
  if (!cohort) return { skipped: 'cohort_missing' };
  const counts = followupCounts(db, cohort.id);
  const answers = counts.done + counts.partly + counts.not_yet;
  return {
    cohort,
    addendum: {
      cohortId: cohort.id,
      cohortName: cohort.name,
      asked: invitationsSent(db, cohort.id, COMMITMENT_FOLLOWUP_KIND),
      answers,
      counts: publishedDistribution(counts),
    },
  };
}
