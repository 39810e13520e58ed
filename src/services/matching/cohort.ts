/**
 * A cohort prepared for bulk scoring: both sides sorted by user id (so the result does not depend on input
 * order), and every person reduced to small integers (seniority rank, department, zone, meeting preference,
 * topic bitset) so that scoring millions of pairs is a tight loop over typed arrays.
 */
import {
  type MatchCandidate,
  type MatchInput,
  type MeetingPreference,
  type Role,
  MatchingError,
} from './types';
import {
  WEIGHTS,
  assertCohortTimeZone,
  compareIds,
  departmentKey,
  effectiveTimeZone,
  meetingPoints,
  overlapPoints,
  seniorityGapPoints,
  seniorityRank,
  sharedTopicPoints,
} from './scoring';
import { utcOffsetMinutes, workingHoursOverlapMinutesForOffsets } from './workingHours';

/** Marks a forbidden pair in a score matrix; every allowed pair scores at least `WEIGHTS.base` > 0. */
export const FORBIDDEN = -1;

const MEETING_INDEX: Record<MeetingPreference, number> = { video: 0, in_person: 1, either: 2 };
const MEETING_VALUES: ReadonlyArray<MeetingPreference | null> = ['video', 'in_person', 'either', null];
const MEETING_KINDS = MEETING_VALUES.length;

export interface PreparedSide {
  /** Sorted by userId. */
  candidates: MatchCandidate[];
  indexById: Map<string, number>;
  seniority: Int8Array;
  /** Interned normalised department; -1 when empty. */
  department: Int32Array;
  /** Index into `PreparedCohort.zoneOffsets`. */
  zone: Int32Array;
  meeting: Int8Array;
  /** `topicWords` 32-bit words per person. */
  topics: Uint32Array;
}

export interface PreparedCohort {
  mentors: PreparedSide;
  mentees: PreparedSide;
  capacity: number;
  topicWords: number;
  /** UTC offset in minutes at the reference date, per distinct effective zone. */
  zoneOffsets: number[];
  /** Pairs forbidden by identity, manager or history, as [menteeIndex, mentorIndex]; seniority is checked inline. */
  forbiddenCells: Array<[number, number]>;
}

export function prepareCohort(input: MatchInput): PreparedCohort {
  const { capacity, cohortTimezone, referenceDate } = input;
  if (!Number.isInteger(capacity) || capacity < 1 || capacity > 3) {
    throw new MatchingError('invalid_capacity', `Mentor capacity must be 1, 2 or 3, got ${capacity}`);
  }
  assertCohortTimeZone(cohortTimezone);

  const mentorList = sortedSide(input.mentors, 'mentor');
  const menteeList = sortedSide(input.mentees, 'mentee');

  const topicIds = [...new Set([...mentorList, ...menteeList].flatMap((c) => c.topics))].sort(compareIds);
  const topicIndex = new Map(topicIds.map((t, i) => [t, i]));
  const topicWords = Math.max(1, Math.ceil(topicIds.length / 32));

  const departmentIndex = new Map<string, number>();
  const zoneIndex = new Map<string, number>();
  const zoneOffsets: number[] = [];

  const prepareSide = (candidates: MatchCandidate[]): PreparedSide => {
    const n = candidates.length;
    const side: PreparedSide = {
      candidates,
      indexById: new Map(candidates.map((c, i) => [c.userId, i])),
      seniority: new Int8Array(n),
      department: new Int32Array(n),
      zone: new Int32Array(n),
      meeting: new Int8Array(n),
      topics: new Uint32Array(n * topicWords),
    };
    candidates.forEach((c, i) => {
      side.seniority[i] = seniorityRank(c.seniority);
      const department = departmentKey(c.department);
      if (department === '') {
        side.department[i] = -1;
      } else {
        let d = departmentIndex.get(department);
        if (d === undefined) departmentIndex.set(department, (d = departmentIndex.size));
        side.department[i] = d;
      }
      const zone = effectiveTimeZone(c.timezone, cohortTimezone);
      let z = zoneIndex.get(zone);
      if (z === undefined) {
        zoneIndex.set(zone, (z = zoneOffsets.length));
        zoneOffsets.push(utcOffsetMinutes(zone, referenceDate));
      }
      side.zone[i] = z;
      side.meeting[i] = c.meeting === null ? MEETING_KINDS - 1 : MEETING_INDEX[c.meeting];
      for (const topic of c.topics) {
        const t = topicIndex.get(topic) ?? 0;
        const w = i * topicWords + (t >>> 5);
        side.topics[w] = (side.topics[w] ?? 0) | (1 << (t & 31));
      }
    });
    return side;
  };

  const mentors = prepareSide(mentorList);
  const mentees = prepareSide(menteeList);

  const forbiddenCells: Array<[number, number]> = [];
  const forbid = (menteeId: string | null, mentorId: string | null): void => {
    if (menteeId === null || mentorId === null) return;
    const e = mentees.indexById.get(menteeId);
    const r = mentors.indexById.get(mentorId);
    if (e !== undefined && r !== undefined) forbiddenCells.push([e, r]);
  };
  for (const m of mentorList) {
    forbid(m.userId, m.userId); // the same person on both sides
    forbid(m.managerId, m.userId); // the mentee manages the mentor
  }
  for (const e of menteeList) forbid(e.userId, e.managerId); // the mentor manages the mentee
  for (const p of input.previousPairs) {
    forbid(p.menteeId, p.mentorId);
    forbid(p.mentorId, p.menteeId); // roles swapped since: still the same two people
  }

  return { mentors, mentees, capacity, topicWords, zoneOffsets, forbiddenCells };
}

function sortedSide(candidates: MatchCandidate[], role: Role): MatchCandidate[] {
  const sorted = [...candidates].sort((a, b) => compareIds(a.userId, b.userId));
  for (let i = 0; i < sorted.length; i++) {
    const c = sorted[i] as MatchCandidate;
    if (c.role !== role) {
      throw new MatchingError('role_mismatch', `${c.userId} is a ${c.role}, listed among the ${role}s`);
    }
    if (i > 0 && sorted[i - 1]?.userId === c.userId) {
      throw new MatchingError('duplicate_participant', `${c.userId} is listed twice among the ${role}s`);
    }
  }
  return sorted;
}

function popcount32(x: number): number {
  x = x - ((x >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/**
 * Every pair's score, row-major by mentee (`scores[mentee * mentorCount + mentor]`), FORBIDDEN for pairs a rule
 * forbids. Each criterion is a lookup table built from the same point functions `scorePair` uses.
 */
export function scoreAllPairs(cohort: PreparedCohort): Int16Array {
  const { mentors, mentees, topicWords: words, zoneOffsets } = cohort;
  const nMentors = mentors.candidates.length;
  const nMentees = mentees.candidates.length;
  const scores = new Int16Array(nMentees * nMentors);

  const zones = zoneOffsets.length;
  const zonePoints = new Int16Array(zones * zones);
  for (let a = 0; a < zones; a++) {
    for (let b = 0; b < zones; b++) {
      zonePoints[a * zones + b] = overlapPoints(
        workingHoursOverlapMinutesForOffsets(zoneOffsets[a] ?? 0, zoneOffsets[b] ?? 0),
      );
    }
  }
  const meetPoints = new Int16Array(MEETING_KINDS * MEETING_KINDS);
  MEETING_VALUES.forEach((a, i) =>
    MEETING_VALUES.forEach((b, j) => (meetPoints[i * MEETING_KINDS + j] = meetingPoints(a, b))),
  );
  const topicPoints = new Int16Array(words * 32 + 1).map((_, count) => sharedTopicPoints(count));
  const gapPoints = new Int16Array(5).map((_, bands) => seniorityGapPoints(bands));
  const departmentPoints = WEIGHTS.differentDepartments;

  const base = WEIGHTS.base;
  const mSeniority = mentors.seniority;
  const mDepartment = mentors.department;
  const mZone = mentors.zone;
  const mMeeting = mentors.meeting;
  const mTopics = mentors.topics;
  const eTopics = mentees.topics;

  for (let e = 0; e < nMentees; e++) {
    const seniority = mentees.seniority[e] as number;
    const department = mentees.department[e] as number;
    const zoneRow = (mentees.zone[e] as number) * zones;
    const meetRow = (mentees.meeting[e] as number) * MEETING_KINDS;
    const topicBase = e * words;
    const topics = eTopics[topicBase] as number;
    const rowBase = e * nMentors;
    for (let r = 0; r < nMentors; r++) {
      const gap = seniority - (mSeniority[r] as number);
      if (gap < 0) {
        scores[rowBase + r] = FORBIDDEN;
        continue;
      }
      // Most cohorts have at most 32 topics: one word, no inner loop.
      let shared = popcount32(topics & (mTopics[r * words] as number));
      for (let w = 1; w < words; w++) {
        shared += popcount32((eTopics[topicBase + w] as number) & (mTopics[r * words + w] as number));
      }
      const otherDepartment = mDepartment[r] as number;
      scores[rowBase + r] =
        base +
        (topicPoints[shared] as number) +
        (department >= 0 && otherDepartment >= 0 && department !== otherDepartment ? departmentPoints : 0) +
        (gapPoints[gap] as number) +
        (zonePoints[zoneRow + (mZone[r] as number)] as number) +
        (meetPoints[meetRow + (mMeeting[r] as number)] as number);
    }
  }
  for (const [e, r] of cohort.forbiddenCells) scores[e * nMentors + r] = FORBIDDEN;
  return scores;
}
