import { meetingCountsByCycle, meetingCountsByPairCycle } from '../db/repositories/meetings';
import type { Locale } from '../config';
import type { Db } from '../db/open';
import { inTransaction } from '../db/open';
import { findCohort, listCohorts, type Cohort } from '../db/repositories/cohorts';
import { scheduleDelivery, type Delivery } from '../db/repositories/deliveries';
import { topicText } from '../db/repositories/prompts';
import { displayNamesOf, pairMemberNames, undeliveredPrompts, type UndeliveredPromptRow } from '../db/repositories/summaries';
import { atRiskPairsOfCohort, type AtRiskPair } from './at-risk';
import { addDays, cohortCompletesAt, cycleCount, cycleDate, zonedInstant } from './calendar';
import { isFormerParticipantId } from './forget-me';
import {
  cohortMembership,
  cohortStatus,
  cycleActivity,
  DEFAULT_HIGHLIGHTS,
  meetingTopics,
  pairCycleReport,
  ratingSummary,
  reflectionCountsByMember,
  sharedHighlights,
  type RatingSummary,
} from './reflection-insights';

/**
 * Organizer summaries and the CSV export (PRODUCT.md §8): the figures, what organizers alone may see, and the
 * scheduled post once per cycle. Every figure comes from the privacy-safe queries of reflection-insights.ts
 * (and counts from the ledger and enrollments): no private reflection text, no goals, nothing a person chose
 * not to share. Rendering is in views/summary.ts, views/summary-chart.ts and views/export-csv.ts.
 *
 * Rates, each a fraction in [0, 1], or null when nothing stands behind it (no prompt was posted):
 * - meeting rate of a cycle = pairs that met in it / pairs prompted in it. "Prompted" = the cycle's prompt was
 *   posted to the pair; "met" = either member pressed "We met" or reflected that they met.
 * - cumulative meeting rate up to cycle k = pair-cycles that met / pair-cycles prompted, over cycles 1..k
 *   (so every prompt weighs the same, whatever the cohort's size was that week).
 * - response (reflection) rate of a cycle = reflections written on the cycle's prompts / members prompted
 *   (two per prompt posted): each member may write one reflection per cycle.
 */

export const SUMMARY_KIND = 'summary';
/** Like prompts (PRODUCT.md §6): a summary more than two days late is stale, and the next cycle brings another. */
export const SUMMARY_MAX_LATENESS_MS = 48 * 60 * 60 * 1000;
/** Topics a summary lists. */
export const TOP_TOPICS = 3;

export function summaryKey(cohortId: number, cycle: number): string {
  return `summary:cohort:${cohortId}:cycle:${cycle}`;
}

export function parseSummaryKey(key: string): { cohortId: number; cycle: number } | undefined {
  const match = /^summary:cohort:(\d+):cycle:(\d+)$/.exec(key);
  return match ? { cohortId: Number(match[1]), cycle: Number(match[2]) } : undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Calendar
// ---------------------------------------------------------------------------------------------------------------

/** When cycle k begins for the cohort: the nudge time on its date, in the cohort's zone. */
export function cycleStartsAt(cohort: Cohort, cycle: number): Date {
  return zonedInstant(cycleDate(cohort, cycle), cohort.nudgeTime, cohort.timezone);
}

/**
 * When the summary of cycle k is posted: at the nudge time, in the cohort's zone, on the day before the next
 * cycle. The last one waits until the final session's reflections close, when the cohort completes (a cadence
 * after its last cycle), so the final reflections are in it; it goes out in the pass that completes the cohort,
 * just before the closing summary (services/final-report.ts).
 */
export function summaryDueAt(cohort: Cohort, cycle: number): Date {
  if (cycle >= cycleCount(cohort)) return cohortCompletesAt(cohort);
  return zonedInstant(addDays(cycleDate(cohort, cycle + 1), -1), cohort.nudgeTime, cohort.timezone);
}

/** The cycle the cohort is in at `now`: the last one that has begun (0 before the first, N once completed). */
export function currentCycle(cohort: Cohort, now: Date): number {
  if (cohort.status === 'enrolling') return 0;
  const cycles = cycleCount(cohort);
  if (cohort.status === 'completed') return cycles;
  let current = 0;
  for (let cycle = 1; cycle <= cycles; cycle += 1) {
    if (cycleStartsAt(cohort, cycle).getTime() > now.getTime()) break;
    current = cycle;
  }
  return current;
}

// ---------------------------------------------------------------------------------------------------------------
// Which cohort
// ---------------------------------------------------------------------------------------------------------------

export type SummaryTarget =
  | { ok: true; cohort: Cohort }
  | { ok: false; reason: 'no_active' }
  | { ok: false; reason: 'several_active'; cohorts: Cohort[] }
  | { ok: false; reason: 'not_found'; input: string };

/** `summary [cohort]`, `export [cohort]`: the running cohort, or the one named by id (`3`, `#3`) or name. */
export function resolveSummaryCohort(db: Db, argument: string): SummaryTarget {
  const input = argument.trim();
  if (input === '') {
    const active = listCohorts(db, ['active']);
    if (active.length === 0) return { ok: false, reason: 'no_active' };
    if (active.length > 1) return { ok: false, reason: 'several_active', cohorts: active };
    return { ok: true, cohort: active[0] as Cohort };
  }
  const id = /^#?(\d{1,9})$/.exec(input)?.[1];
  const wanted = input.toLowerCase();
  const cohort = id ? findCohort(db, Number(id)) : listCohorts(db).reverse().find((candidate) => candidate.name.trim().toLowerCase() === wanted);
  return cohort ? { ok: true, cohort } : { ok: false, reason: 'not_found', input };
}

// ---------------------------------------------------------------------------------------------------------------
// The summary posted in a channel
// ---------------------------------------------------------------------------------------------------------------

/** A shared reflection as a summary quotes it. Anonymous ones have no field that could carry a name. */
export type SummaryHighlight =
  | { sharing: 'anonymous'; learned: string | null; nextStep: string | null }
  | { sharing: 'named'; userId: string; displayName: string | null; learned: string | null; nextStep: string | null };

export interface CycleRates {
  cycle: number;
  pairsPrompted: number;
  pairsMet: number;
  reflections: number;
  meetingRate: number | null;
  responseRate: number | null;
}

export interface CohortSummary {
  cohortId: number;
  cohortName: string;
  /** The cycle reported on (k); 0 before the first one has begun. */
  cycle: number;
  cycles: number;
  /** When cycle 1 begins (for a summary before it). */
  firstCycleAt: Date;
  people: {
    /** Everyone ever enrolled, by role, forgotten people included (they count as having left). */
    mentors: number;
    mentees: number;
    pairs: number;
    unmatched: number;
    paused: number;
    /** Left the programme, or asked to be forgotten. */
    left: number;
  };
  /** The cycle reported on. */
  thisCycle: CycleRates;
  cumulative: { pairsPrompted: number; pairsMet: number; meetingRate: number | null };
  /** Over the cohort so far; average and distribution only behind MIN_RATINGS_FOR_AVERAGE ratings. */
  ratings: RatingSummary;
  topTopics: Array<{ topicId: string; title: string; meetings: number }>;
  /** Up to five reflections of the cycle their authors chose to share, newest first. */
  highlights: SummaryHighlight[];
  /** Cycles 1..k, for the chart (a cycle with no prompt posted has null rates). */
  perCycle: CycleRates[];
  /** Meetings booked in Slack for the cycle reported on (not cancelled), and how many of them were held (§12.2). */
  bookedThisCycle: { booked: number; held: number };
}

function ratio(part: number, whole: number): number | null {
  return whole > 0 ? Math.min(1, part / whole) : null;
}

function ratesOf(cycle: number, row: { promptsPosted: number; pairsMet: number; reflections: number } | undefined): CycleRates {
  const pairsPrompted = row?.promptsPosted ?? 0;
  const pairsMet = row?.pairsMet ?? 0;
  const reflections = row?.reflections ?? 0;
  return { cycle, pairsPrompted, pairsMet, reflections, meetingRate: ratio(pairsMet, pairsPrompted), responseRate: ratio(reflections, 2 * pairsPrompted) };
}

/**
 * The summary of `cohort` as of cycle `cycle` (default: the cycle it is in at `now`), with topic titles in
 * `locale`. Counts and shared text only.
 */
export function buildCohortSummary(db: Db, cohort: Cohort, locale: Locale, now: Date, cycle: number = currentCycle(cohort, now)): CohortSummary {
  const cycles = cycleCount(cohort);
  const k = Math.max(0, Math.min(cycles, cycle));
  const membership = cohortMembership(db, cohort.id);
  const status = cohortStatus(db, cohort.id);
  const activity = new Map(cycleActivity(db, cohort.id).map((row) => [row.cycle, row]));
  const perCycle = Array.from({ length: k }, (_, index) => ratesOf(index + 1, activity.get(index + 1)));
  const prompted = perCycle.reduce((sum, row) => sum + row.pairsPrompted, 0);
  const met = perCycle.reduce((sum, row) => sum + row.pairsMet, 0);

  const shared = k > 0 ? sharedHighlights(db, cohort.id, k, DEFAULT_HIGHLIGHTS) : [];
  const names = displayNamesOf(db, [...new Set(shared.flatMap((item) => (item.sharing === 'named' ? [item.userId] : [])))]);
  const highlights = shared.map((item): SummaryHighlight =>
    item.sharing === 'named'
      ? { sharing: 'named', userId: item.userId, displayName: names.get(item.userId) ?? null, learned: item.learned, nextStep: item.nextStep }
      : { sharing: 'anonymous', learned: item.learned, nextStep: item.nextStep },
  );

  return {
    cohortId: cohort.id,
    cohortName: cohort.name,
    cycle: k,
    cycles,
    firstCycleAt: cycleStartsAt(cohort, 1),
    people: {
      mentors: membership.mentors + membership.former.mentors,
      mentees: membership.mentees + membership.former.mentees,
      pairs: status.activePairs,
      unmatched: status.unmatched,
      paused: status.paused,
      left: status.left + membership.former.total,
    },
    thisCycle: ratesOf(k, activity.get(k)),
    cumulative: { pairsPrompted: prompted, pairsMet: met, meetingRate: ratio(met, prompted) },
    ratings: ratingSummary(db, cohort.id),
    topTopics:
      k > 0
        ? meetingTopics(db, cohort.id, k, TOP_TOPICS).map((topic) => ({
            ...topic,
            title: topicText(db, topic.topicId, locale)?.title ?? topic.topicId,
          }))
        : [],
    highlights,
    perCycle,
    bookedThisCycle: (() => {
      const row = meetingCountsByCycle(db, cohort.id).find((candidate) => candidate.cycle === k);
      return { booked: row?.booked ?? 0, held: row?.held ?? 0 };
    })(),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// What only the organizer who asked sees
// ---------------------------------------------------------------------------------------------------------------

export interface PrivateSummary {
  cohortName: string;
  cycle: number;
  atRisk: AtRiskPair[];
  /** Members of the cohort's pairs without a single reflection (`former:<n>` for forgotten people). */
  neverReflected: string[];
  undelivered: UndeliveredPromptRow[];
}

/** At-risk pairs, people who never reflected, prompts that failed or are unknown: for the organizer alone. */
export function buildPrivateSummary(db: Db, cohort: Cohort, now: Date): PrivateSummary {
  const cycle = currentCycle(cohort, now);
  return {
    cohortName: cohort.name,
    cycle,
    atRisk: atRiskPairsOfCohort(db, cohort.id, now),
    // Before the first prompt nobody could have reflected yet.
    neverReflected: cycle > 0 ? reflectionCountsByMember(db, cohort.id).filter((member) => member.reflections === 0).map((member) => member.userId) : [],
    undelivered: undeliveredPrompts(db, cohort.id),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// The scheduled summary
// ---------------------------------------------------------------------------------------------------------------

/** The last cycle of the cohort whose summary is due at `now` (0 when none is). */
export function latestDueSummaryCycle(cohort: Cohort, now: Date): number {
  let due = 0;
  for (let cycle = 1; cycle <= cycleCount(cohort); cycle += 1) {
    if (summaryDueAt(cohort, cycle).getTime() > now.getTime()) break;
    due = cycle;
  }
  return due;
}

/**
 * Puts the summary of each active cohort's latest due cycle in the ledger (kind `summary`, key
 * summary:cohort:<id>:cycle:<k>), due when it was due; a key already there adds nothing, so running this on every
 * tick (or in two processes) plans each cohort's summary once per cycle. Earlier cycles are not planned: a week
 * late they would be `missed` anyway. Returns how many were added.
 */
export function planSummaries(db: Db, now: Date): number {
  const planned: Array<{ cohort: Cohort; cycle: number }> = [];
  for (const cohort of listCohorts(db, ['active'])) {
    try {
      const cycle = latestDueSummaryCycle(cohort, now);
      if (cycle > 0) planned.push({ cohort, cycle });
    } catch {
      // A cohort whose schedule cannot be computed is reported by the prompt planner.
    }
  }
  if (planned.length === 0) return 0;
  return inTransaction(db, () =>
    planned.reduce(
      (added, { cohort, cycle }) =>
        added +
        (scheduleDelivery(
          db,
          { kind: SUMMARY_KIND, dedupeKey: summaryKey(cohort.id, cycle), cohortId: cohort.id, subjectId: cohort.id, dueAt: summaryDueAt(cohort, cycle) },
          now,
        )
          ? 1
          : 0),
      0,
    ),
  );
}

export type PreparedSummary = { skipped: string } | { cohort: Cohort; cycle: number };

/**
 * Decided at delivery time: the cohort still exists and has not been closed before its time. A cohort that
 * completed on schedule still gets the summary of its last cycle (it may have completed while the app was down).
 */
export function prepareScheduledSummary(db: Db, delivery: Pick<Delivery, 'dedupeKey'>): PreparedSummary {
  const key = parseSummaryKey(delivery.dedupeKey);
  const cohort = key && findCohort(db, key.cohortId);
  if (!key || !cohort) return { skipped: 'cohort_missing' };
  if (cohort.status === 'enrolling') return { skipped: 'cohort_not_active' };
  if (cohort.status === 'completed' && key.cycle < cycleCount(cohort)) return { skipped: 'cohort_completed' };
  return { cohort, cycle: key.cycle };
}

// ---------------------------------------------------------------------------------------------------------------
// The CSV export
// ---------------------------------------------------------------------------------------------------------------

/** One pair in one cycle: names and counts only, never free text. */
export interface ExportRow {
  cohort: string;
  cycle: number;
  /** Display name; null for someone forgotten (shown as a former participant) or never looked up. */
  mentor: ExportPerson;
  mentee: ExportPerson;
  /** The ledger status of the prompt (`sent`, `pending`, `failed`…), null when it has no ledger row. */
  promptStatus: string | null;
  /** Whether the pair met; null when the prompt has not gone out (there was nothing to meet about yet). */
  met: boolean | null;
  mentorRating: number | null;
  menteeRating: number | null;
  reflections: number;
  /** Meetings booked in Slack that fell in this cycle (not cancelled), and how many were held. */
  meetingsBooked: number;
  meetingsHeld: number;
}

export type ExportPerson = { former: true } | { former: false; userId: string; displayName: string | null };

const NOT_OUT = new Set(['pending', 'claimed', 'failed', 'missed', 'skipped', 'unknown']);

/** Every pair's every prompt in the cohort, ordered by pair and cycle. */
export function buildExportRows(db: Db, cohort: Cohort): ExportRow[] {
  const names = pairMemberNames(db, cohort.id);
  const person = (userId: string): ExportPerson =>
    isFormerParticipantId(userId) ? { former: true } : { former: false, userId, displayName: names.get(userId) ?? null };
  const meetings = meetingCountsByPairCycle(db, cohort.id);
  return pairCycleReport(db, cohort.id).map((row) => ({
    cohort: cohort.name,
    cycle: row.cycle,
    mentor: person(row.mentorId),
    mentee: person(row.menteeId),
    promptStatus: row.promptStatus,
    met: row.promptStatus !== null && NOT_OUT.has(row.promptStatus) && !row.met ? null : row.met,
    mentorRating: row.mentorRating,
    menteeRating: row.menteeRating,
    reflections: row.reflections,
    meetingsBooked: meetings.get(`${row.pairId}:${row.cycle}`)?.booked ?? 0,
    meetingsHeld: meetings.get(`${row.pairId}:${row.cycle}`)?.held ?? 0,
  }));
}
