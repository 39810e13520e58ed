import type { Db } from '../db/open';
import { enrollmentCountsWithFormer } from '../db/repositories/forget-me';
import { cohortStatusCounts, meetingTopicCounts } from '../db/repositories/summaries';
import {
  cycleActivity as cycleActivityRows,
  listSharedTexts,
  pairCycleRows,
  ratingCounts,
  ratingCountsByCycle,
  reflectionCounts,
  reflectionCountsByMember as reflectionCountsByMemberRows,
  type CycleActivityRow,
  type MetAnswer,
  type PairCycleRow,
  type SharingLevel,
} from '../db/repositories/reflections';
import type { Role } from '../domain';
import type { Cohort } from '../db/repositories/cohorts';
import { closedSessions, publishedAverage, steppedSessions } from './anonymity';
import { isFormerParticipantId } from './forget-me';

/**
 * What organizers may learn from reflections (PRODUCT.md §7, §8) — the only way summaries, exports and other
 * organizer views should read them. The rules are kept here and in the SQL beneath, not left to the views:
 *
 * - `private` text never leaves `findOwnReflection` (the author's own modal). Nothing here returns it.
 * - `anonymous` text comes without a name, user id, pair id or role: the query does not even select them.
 * - `named` text comes with its author's user id (and role), to be shown with their name.
 * - Counts and ratings cover every reflection, private ones included; an average rating and its distribution
 *   are given only when at least MIN_RATINGS_FOR_AVERAGE ratings stand behind them, so nobody's single rating
 *   can be read back out of a summary.
 */

/** Fewer ratings than this and an average would give individual ratings away (PRODUCT.md §8). */
export const MIN_RATINGS_FOR_AVERAGE = 3;
/** Most highlights a summary shows (PRODUCT.md §8). */
export const DEFAULT_HIGHLIGHTS = 5;
const MAX_HIGHLIGHTS = 50;

export type SharedHighlight =
  /** Shareable without a name: there is no field that could carry one. */
  | { sharing: 'anonymous'; cycle: number; learned: string | null; nextStep: string | null }
  /** Shareable with the author's name; `userId` is for rendering it (a mention). */
  | { sharing: 'named'; cycle: number; userId: string; role: Role; topicId: string | null; learned: string | null; nextStep: string | null };

/**
 * Up to `limit` reflections their authors chose to share (anonymous or named), newest first, in a cohort or one
 * of its cycles. Never private text. Texts are raw: escape them (escapeMrkdwn) before putting them in mrkdwn.
 */
export function sharedHighlights(db: Db, cohortId: number, cycle?: number, limit: number = DEFAULT_HIGHLIGHTS): SharedHighlight[] {
  const bounded = Math.max(0, Math.min(MAX_HIGHLIGHTS, Math.floor(limit)));
  if (bounded === 0) return [];
  return listSharedTexts(db, cohortId, cycle, bounded).map((row): SharedHighlight =>
    row.sharing === 'named'
      ? { sharing: 'named', cycle: row.cycle, userId: row.userId, role: row.role, topicId: row.topicId, learned: row.learned, nextStep: row.nextStep }
      : { sharing: 'anonymous', cycle: row.cycle, learned: row.learned, nextStep: row.nextStep },
  );
}

export interface RatingSummary {
  /** How many reflections carry a rating (only those saying they met). */
  count: number;
  /** null when fewer than MIN_RATINGS_FOR_AVERAGE ratings stand behind it. */
  average: number | null;
  /** How many of each rating 1–5; null under the same rule. */
  distribution: Record<1 | 2 | 3 | 4 | 5, number> | null;
}

export interface ReflectionStats {
  /** Reflections written (private ones included: that one exists is not private). */
  reflections: number;
  /** Distinct people who wrote them (a former participant counts once). */
  authors: number;
  /** Distinct pairs with at least one reflection. */
  pairs: number;
  met: Record<MetAnswer, number>;
  sharing: Record<SharingLevel, number>;
  ratings: RatingSummary;
}

/** The rule of MIN_RATINGS_FOR_AVERAGE, in one place. */
function summarizeRatings(ratings: Record<1 | 2 | 3 | 4 | 5, number>, ratingSum: number): RatingSummary {
  const rated = ratings[1] + ratings[2] + ratings[3] + ratings[4] + ratings[5];
  const enough = rated >= MIN_RATINGS_FOR_AVERAGE;
  return {
    count: rated,
    average: enough ? Math.round((ratingSum / rated) * 10) / 10 : null,
    distribution: enough ? { ...ratings } : null,
  };
}

/** Counts and ratings over a cohort's reflections, or one cycle's. No text. */
export function reflectionStats(db: Db, cohortId: number, cycle?: number): ReflectionStats {
  const counts = reflectionCounts(db, cohortId, cycle);
  return {
    reflections: counts.reflections,
    authors: counts.authors,
    pairs: counts.pairs,
    met: counts.met,
    sharing: counts.sharing,
    ratings: summarizeRatings(counts.ratings, counts.ratingSum),
  };
}

/** The ratings of a whole cohort alone, under the same rule; cheaper than reflectionStats. For organizers' eyes. */
export function ratingSummary(db: Db, cohortId: number): RatingSummary {
  const counts = ratingCounts(db, cohortId);
  return summarizeRatings(counts.ratings, counts.ratingSum);
}

/** The session ratings as a channel may see them (./anonymity.ts): over closed sessions, in steps of three or more. */
export interface PublishedRatings {
  /** Every rating given so far, in any session (a count of answers, not what they said). */
  count: number;
  /** What the average and distribution stand on: sessions 1..`sessions`, `ratings` ratings. Null before the first checkpoint. */
  basis: { sessions: number; ratings: number } | null;
  /** null while `basis` is null. */
  average: number | null;
  distribution: Record<1 | 2 | 3 | 4 | 5, number> | null;
}

/**
 * The cohort's ratings for a channel at `now`: only sessions that have closed for every pair, up to the latest
 * checkpoint where each step adds at least MIN_ANSWERS ratings (anonymity.ts, rules 3 and 4), so two summaries
 * posted a minute or a week apart either show the same figures or figures three or more ratings apart.
 */
export function publishedRatings(db: Db, cohort: Cohort, now: Date): PublishedRatings {
  const byCycle = ratingCountsByCycle(db, cohort.id);
  const count = [...byCycle.values()].reduce((total, entry) => total + entry.ratings[1] + entry.ratings[2] + entry.ratings[3] + entry.ratings[4] + entry.ratings[5], 0);
  const closed = closedSessions(cohort, now);
  const perSession = Array.from({ length: closed }, (_, index) => {
    const entry = byCycle.get(index + 1);
    return entry ? entry.ratings[1] + entry.ratings[2] + entry.ratings[3] + entry.ratings[4] + entry.ratings[5] : 0;
  });
  const sessions = steppedSessions(perSession);
  if (sessions === 0) return { count, basis: null, average: null, distribution: null };
  const distribution: Record<1 | 2 | 3 | 4 | 5, number> = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 };
  let sum = 0;
  for (let cycle = 1; cycle <= sessions; cycle += 1) {
    const entry = byCycle.get(cycle);
    if (!entry) continue;
    for (const rating of [1, 2, 3, 4, 5] as const) distribution[rating] += entry.ratings[rating];
    sum += entry.ratingSum;
  }
  const ratings = distribution[1] + distribution[2] + distribution[3] + distribution[4] + distribution[5];
  return { count, basis: { sessions, ratings }, average: publishedAverage(sum, ratings), distribution };
}

export type CycleActivity = CycleActivityRow;

/**
 * Per cycle of a cohort: prompts posted, pairs that met (either member pressed "We met" or reflected that they
 * met) and reflections written: the meeting and reflection rates of a summary and its chart.
 */
export function cycleActivity(db: Db, cohortId: number): CycleActivity[] {
  return cycleActivityRows(db, cohortId);
}

/**
 * Every member of the cohort's pairs with their number of reflections (for "people who never reflected", sent to
 * an organizer privately). `former` marks a forgotten person: show them as "a former participant", never mention them.
 */
export function reflectionCountsByMember(db: Db, cohortId: number): Array<{ userId: string; former: boolean; reflections: number }> {
  return reflectionCountsByMemberRows(db, cohortId).map((row) => ({ ...row, former: isFormerParticipantId(row.userId) }));
}

/** One row per pair per prompt with meeting, each member's rating and the reflection count: no free text (CSV export). */
export function pairCycleReport(db: Db, cohortId: number): PairCycleRow[] {
  return pairCycleRows(db, cohortId);
}

export interface CohortMembership {
  /** Enrolled now, by role (people who left are still enrolled; see participants.status). */
  mentors: number;
  mentees: number;
  /** People who asked to be forgotten: still counted, as "former participants". */
  former: { mentors: number; mentees: number; total: number };
  /** Everyone ever enrolled: mentors + mentees + former.total. */
  total: number;
}

/** Enrollment counts that stay right after forget-me (their enrollment row goes with the profile). */
export function cohortMembership(db: Db, cohortId: number): CohortMembership {
  const row = enrollmentCountsWithFormer(db, cohortId);
  const formerTotal = row.formerMentors + row.formerMentees + row.formerOther;
  return {
    mentors: row.mentors,
    mentees: row.mentees,
    former: { mentors: row.formerMentors, mentees: row.formerMentees, total: formerTotal },
    total: row.mentors + row.mentees + formerTotal,
  };
}

export interface CohortStatus {
  /** Enrolled people paused now, and people who left the programme (forgotten people are in `former`). */
  paused: number;
  left: number;
  /** Enrolled, not gone, in no active pair of the cohort: waiting for a partner. */
  unmatched: number;
  /** Pairs running now. */
  activePairs: number;
}

/** Where the cohort's people stand now (counts only). */
export function cohortStatus(db: Db, cohortId: number): CohortStatus {
  return cohortStatusCounts(db, cohortId);
}

/**
 * The topics of the cohort's meetings up to a cycle, most first: the topic of each posted prompt whose pair met.
 * Read from the prompt, never from a reflection, so a private reflection's choices stay private.
 */
export function meetingTopics(db: Db, cohortId: number, throughCycle: number, limit: number): Array<{ topicId: string; meetings: number }> {
  return meetingTopicCounts(db, cohortId, throughCycle, Math.max(0, Math.min(MAX_HIGHLIGHTS, Math.floor(limit))));
}
