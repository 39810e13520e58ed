/** The rules a pair must keep and the score that ranks the allowed ones (PRODUCT.md §5). */
import {
  SENIORITY_BANDS,
  type ForbiddenReason,
  type MatchCandidate,
  type MeetingPreference,
  type PairScore,
  type PreviousPair,
  type ScoringContext,
  MatchingError,
} from './types';
import type { MatchReason } from '../../domain';
import { isKnownZone } from '../calendar';
import { utcOffsetMinutes, workingHoursOverlapMinutesForOffsets } from './workingHours';

/**
 * Score weights. Integers, so the assignment solver works on exact costs and ties are real ties.
 *
 * | criterion             | points                                   | range |
 * |-----------------------|------------------------------------------|-------|
 * | allowed pair (base)   | 10                                       | 10    |
 * | shared topics         | 30 per shared topic, at most 3 counted   | 0–90  |
 * | different departments | 20 (both departments known and different)| 0–20  |
 * | seniority gap         | 6 per band, at most 3 bands; equal = 0   | 0–18  |
 * | working-hours overlap | 1 per half hour of 09–17 local in common | 0–16  |
 * | meeting preference    | 10 compatible, 5 unknown, 0 conflicting  | 0–10  |
 *
 * Shared topics are the strongest signal: they are what the pair talks about every week, and one shared topic
 * (30) outweighs any other single criterion. A different department is next: reverse mentoring is about a view
 * from outside the leader's own corner. The seniority gap is the point of the programme, but every allowed pair
 * already has the mentor at or below the mentee, so it only fine-tunes (capped: 0-2 with 20+ is not "better"
 * than 0-2 with 11-20). Time zones and meeting style decide how easy meeting is, not whether it is worthwhile.
 *
 * The base makes every allowed pair's score positive. It does not by itself guarantee that the optimum pairs as
 * many people as possible (one great pair can outscore two mediocre ones), so the solver ranks solutions by
 * number of pairs first and total score second; see `solveAssignment`.
 */
export const WEIGHTS = {
  base: 10,
  sharedTopic: 30,
  sharedTopicsCounted: 3,
  differentDepartments: 20,
  seniorityGapBand: 6,
  seniorityGapBandsCounted: 3,
  /** Per 30 minutes of overlap: 8 hours → 16. */
  overlapHalfHour: 1,
  /** Both stated a preference and they fit: the same one, or `either` on at least one side. */
  meetingCompatible: 10,
  /** At least one of them gave no preference: probably fine, but nobody said so. */
  meetingUnknown: 5,
  /** `video` against `in_person`. Allowed (they can still meet), just not rewarded. */
  meetingConflicting: 0,
} as const;

export const MAX_PAIR_SCORE =
  WEIGHTS.base +
  WEIGHTS.sharedTopic * WEIGHTS.sharedTopicsCounted +
  WEIGHTS.differentDepartments +
  WEIGHTS.seniorityGapBand * WEIGHTS.seniorityGapBandsCounted +
  WEIGHTS.overlapHalfHour * 16 +
  WEIGHTS.meetingCompatible;

// Per-criterion points, shared by `scorePair` and the bulk scorer so the two can never disagree.

export function sharedTopicPoints(sharedCount: number): number {
  return Math.min(sharedCount, WEIGHTS.sharedTopicsCounted) * WEIGHTS.sharedTopic;
}

export function seniorityGapPoints(bands: number): number {
  return Math.min(bands, WEIGHTS.seniorityGapBandsCounted) * WEIGHTS.seniorityGapBand;
}

export function overlapPoints(overlapMinutes: number): number {
  return Math.floor(overlapMinutes / 30) * WEIGHTS.overlapHalfHour;
}

export function meetingPoints(a: MeetingPreference | null, b: MeetingPreference | null): number {
  if (a === null || b === null) return WEIGHTS.meetingUnknown;
  return agreedMeeting(a, b) === null ? WEIGHTS.meetingConflicting : WEIGHTS.meetingCompatible;
}

/** The way of meeting that suits both, or null when one wants video and the other in person. */
export function agreedMeeting(a: MeetingPreference | null, b: MeetingPreference | null): MeetingPreference | null {
  const x = a ?? 'either';
  const y = b ?? 'either';
  if (x === 'either') return y;
  if (y === 'either' || y === x) return x;
  return null;
}

/** Departments are free text: compare them trimmed and case-insensitively; empty means unknown. */
export function departmentKey(department: string): string {
  return department.trim().toLowerCase();
}

export function seniorityRank(band: MatchCandidate['seniority']): number {
  return SENIORITY_BANDS.indexOf(band);
}

/**
 * The rule the pair would break, or null when it may be proposed. Also names the rule when an organizer
 * pairs two people by hand. Checked in this order: same person, manager, previous pair, seniority.
 */
export function forbiddenReason(
  mentor: MatchCandidate,
  mentee: MatchCandidate,
  previousPairs: ReadonlyArray<PreviousPair>,
): ForbiddenReason | null {
  if (mentor.userId === mentee.userId) return 'same_person';
  if (mentor.managerId === mentee.userId || mentee.managerId === mentor.userId) return 'manager';
  const existed = previousPairs.some(
    (p) =>
      (p.mentorId === mentor.userId && p.menteeId === mentee.userId) ||
      (p.mentorId === mentee.userId && p.menteeId === mentor.userId),
  );
  if (existed) return 'previous_pair';
  // Reverse mentoring: the mentor is the newer one. An equal band is allowed.
  if (seniorityRank(mentor.seniority) > seniorityRank(mentee.seniority)) return 'seniority';
  return null;
}

/** The zone used for a person: their own when known to this runtime, else the cohort's. */
export function effectiveTimeZone(timezone: string | null, cohortTimezone: string): string {
  return timezone !== null && isKnownZone(timezone) ? timezone : cohortTimezone;
}

export function assertCohortTimeZone(cohortTimezone: string): void {
  if (!isKnownZone(cohortTimezone)) {
    throw new MatchingError('invalid_timezone', `Unknown cohort time zone: ${cohortTimezone}`);
  }
}

const REASON_ORDER: Record<MatchReason['code'], number> = {
  shared_topics: 0,
  different_departments: 1,
  seniority_gap: 2,
  working_hours_overlap: 3,
  meeting_preference: 4,
};

const MAX_REASONS = 3;

/**
 * Score and top reasons of an allowed pair whose zones' UTC offsets are already known.
 * Reasons are ranked by the points they added; equal points keep the criterion order of the weight table.
 */
export function explainAllowedPair(
  mentor: MatchCandidate,
  mentee: MatchCandidate,
  mentorOffsetMinutes: number,
  menteeOffsetMinutes: number,
): PairScore {
  const reasons: MatchReason[] = [];

  const menteeTopics = new Set(mentee.topics);
  const shared = [...new Set(mentor.topics)].filter((t) => menteeTopics.has(t)).sort(compareIds);
  if (shared.length > 0) {
    reasons.push({ code: 'shared_topics', points: sharedTopicPoints(shared.length), topics: shared });
  }

  const mentorDepartment = departmentKey(mentor.department);
  const menteeDepartment = departmentKey(mentee.department);
  if (mentorDepartment !== '' && menteeDepartment !== '' && mentorDepartment !== menteeDepartment) {
    reasons.push({
      code: 'different_departments',
      points: WEIGHTS.differentDepartments,
      mentorDepartment: mentor.department.trim(),
      menteeDepartment: mentee.department.trim(),
    });
  }

  const bands = seniorityRank(mentee.seniority) - seniorityRank(mentor.seniority);
  if (bands > 0) reasons.push({ code: 'seniority_gap', points: seniorityGapPoints(bands), bands });

  const overlapMinutes = workingHoursOverlapMinutesForOffsets(mentorOffsetMinutes, menteeOffsetMinutes);
  const hoursPoints = overlapPoints(overlapMinutes);
  if (hoursPoints > 0) {
    reasons.push({ code: 'working_hours_overlap', points: hoursPoints, hours: overlapMinutes / 60 });
  }

  const preference = agreedMeeting(mentor.meeting, mentee.meeting);
  const meeting = meetingPoints(mentor.meeting, mentee.meeting);
  if (preference !== null && meeting > 0) {
    reasons.push({ code: 'meeting_preference', points: meeting, preference });
  }

  const score = reasons.reduce<number>((sum, r) => sum + r.points, WEIGHTS.base);
  reasons.sort((a, b) => b.points - a.points || REASON_ORDER[a.code] - REASON_ORDER[b.code]);
  return { score, reasons: reasons.slice(0, MAX_REASONS) };
}

/** Score and top reasons of one pair, or null when a rule forbids it. */
export function scorePair(mentor: MatchCandidate, mentee: MatchCandidate, ctx: ScoringContext): PairScore | null {
  if (forbiddenReason(mentor, mentee, ctx.previousPairs) !== null) return null;
  assertCohortTimeZone(ctx.cohortTimezone);
  return explainAllowedPair(
    mentor,
    mentee,
    utcOffsetMinutes(effectiveTimeZone(mentor.timezone, ctx.cohortTimezone), ctx.referenceDate),
    utcOffsetMinutes(effectiveTimeZone(mentee.timezone, ctx.cohortTimezone), ctx.referenceDate),
  );
}

/** Plain code-unit order: the same on every machine and locale, unlike localeCompare. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
