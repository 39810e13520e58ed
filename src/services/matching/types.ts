/** Inputs and outputs of the matching engine (PRODUCT.md §5). Pure data: no Slack, no database. */
import type { MatchReason } from '../../domain';

export type Role = 'mentor' | 'mentee';
export type SeniorityBand = '0-2' | '3-5' | '6-10' | '11-20' | '20+';
export type MeetingPreference = 'video' | 'in_person' | 'either';

/** Bands in order of experience; a band's index is its rank (the mentor's must not exceed the mentee's). */
export const SENIORITY_BANDS: readonly SeniorityBand[] = ['0-2', '3-5', '6-10', '11-20', '20+'];

export interface MatchCandidate {
  /** Slack user id. */
  userId: string;
  role: Role;
  department: string;
  seniority: SeniorityBand;
  /** Topic ids, 1–5. */
  topics: string[];
  /** Slack user id of their manager. */
  managerId: string | null;
  /** IANA zone; null (or a zone this runtime does not know) means "use the cohort's zone". */
  timezone: string | null;
  meeting: MeetingPreference | null;
}

export interface PreviousPair {
  mentorId: string;
  menteeId: string;
}

export interface MatchInput {
  mentors: MatchCandidate[];
  mentees: MatchCandidate[];
  /** Mentees per mentor, 1..3. */
  capacity: number;
  /** Pairs from earlier cohorts; either direction counts as "already existed". */
  previousPairs: PreviousPair[];
  cohortTimezone: string;
  /** The instant whose UTC offsets (DST) are used for the working-hours overlap. */
  referenceDate: Date;
}

/** What `scorePair` needs besides the two people; a `MatchInput` is one. */
export type ScoringContext = Pick<MatchInput, 'previousPairs' | 'cohortTimezone' | 'referenceDate'>;

/** The rule a pair would break; in the order they are checked. */
export type ForbiddenReason = 'same_person' | 'manager' | 'previous_pair' | 'seniority';

export interface PairScore {
  score: number;
  /** Top reasons, most points first (ties in a fixed criterion order), at most 3; empty when only the base applies. */
  reasons: MatchReason[];
}

export interface ProposedPair extends PairScore {
  mentorId: string;
  menteeId: string;
}

export interface MatchResult {
  /** Sorted by mentorId, then menteeId. */
  pairs: ProposedPair[];
  /** Sorted user ids. A mentor is unmatched only when they got no mentee at all. */
  unmatchedMentors: string[];
  unmatchedMentees: string[];
  totalScore: number;
}

export type MatchingErrorCode = 'invalid_capacity' | 'duplicate_participant' | 'role_mismatch' | 'invalid_timezone';

/** Bad input to the engine; the caller shows the organizer a kind message keyed on `code`. */
export class MatchingError extends Error {
  constructor(
    readonly code: MatchingErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'MatchingError';
  }
}
