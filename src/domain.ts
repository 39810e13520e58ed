/** The programme's vocabulary, shared by services, repositories and views (PRODUCT.md §2). */

export const ROLES = ['mentor', 'mentee'] as const;
export type Role = (typeof ROLES)[number];

/** Years of professional experience, in order. */
export const SENIORITY_BANDS = ['0-2', '3-5', '6-10', '11-20', '20+'] as const;
export type SeniorityBand = (typeof SENIORITY_BANDS)[number];

export const MEETING_PREFERENCES = ['video', 'in_person', 'either'] as const;
export type MeetingPreference = (typeof MEETING_PREFERENCES)[number];

export const PARTICIPANT_STATUSES = ['active', 'paused', 'left'] as const;
export type ParticipantStatus = (typeof PARTICIPANT_STATUSES)[number];

export const CADENCES = ['weekly', 'biweekly'] as const;
export type Cadence = (typeof CADENCES)[number];

export const NUDGE_DAYS = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;
export type NudgeDay = (typeof NUDGE_DAYS)[number];

export const COHORT_STATUSES = ['enrolling', 'active', 'completed'] as const;
export type CohortStatus = (typeof COHORT_STATUSES)[number];

/** Limits on what people type, named in the modals and in validation errors. */
export const LIMITS = {
  departmentChars: 80,
  goalsChars: 1000,
  topicsMin: 1,
  topicsMax: 5,
  pauseWeeksMax: 12,
} as const;

/** Cohort settings and their limits (PRODUCT.md §2), named in the cohort modal and its validation errors. */
export const COHORT_LIMITS = {
  nameChars: 80,
  weeksMin: 1,
  weeksMax: 52,
  /** Every other week needs at least two weeks for one cycle (N = floor(weeks / 2)). */
  biweeklyWeeksMin: 2,
  capacityMin: 1,
  capacityMax: 3,
} as const;

/** Topic suggestions (PRODUCT.md §3, §7): named in the topic modals and their validation errors. */
export const TOPIC_LIMITS = {
  /** A title is also a select option in the join modal, and Slack shows at most 75 characters there. */
  titleChars: 75,
  descriptionChars: 300,
  questionChars: 250,
  /** Weekly prompts carry 2–3 discussion questions (PRODUCT.md §6). */
  questionsMin: 2,
  questionsMax: 3,
  /** Suggestions one person may have waiting for review, so organizers are not flooded. */
  pendingPerPerson: 5,
} as const;

/**
 * Why a pair was matched: structured codes the UI layer turns into words (English/Swedish).
 * `points` is what the criterion added to the pair's score, so reasons can be ranked and explained.
 * The matching engine produces them, the pairs table stores them (`pairs.reasons`, JSON) and the views read
 * them, so the shape lives here, below all three.
 */
export type MatchReason =
  /** Topic ids both chose, sorted. */
  | { code: 'shared_topics'; points: number; topics: string[] }
  | { code: 'different_departments'; points: number; mentorDepartment: string; menteeDepartment: string }
  /** How many seniority bands the mentee is above the mentor (1–4). */
  | { code: 'seniority_gap'; points: number; bands: number }
  /** Hours (may be fractional, e.g. 2.5) both are within 09–17 local time on the reference date. */
  | { code: 'working_hours_overlap'; points: number; hours: number }
  /** The way of meeting that suits both (`either` when neither minds). */
  | { code: 'meeting_preference'; points: number; preference: MeetingPreference };

export type MatchReasonCode = MatchReason['code'];

// ---------------------------------------------------------------------------------------------------------------
// From goals to outcomes (PRODUCT.md §12.1, §12.3, §12.4)
// ---------------------------------------------------------------------------------------------------------------

/** How often a pair means to meet, as each member says in the kickoff agreement. */
export const AGREEMENT_CADENCES = ['weekly', 'biweekly', 'monthly'] as const;
export type AgreementCadence = (typeof AGREEMENT_CADENCES)[number];

/** The ground rules of a kickoff agreement: `confidential` is required, the others are each member's choice. */
export const AGREEMENT_NORMS = ['confidential', 'notice', 'candour'] as const;
export type AgreementNorm = (typeof AGREEMENT_NORMS)[number];

/** How far the mentee's goals have come, as each member sees it at the midpoint check-in. */
export const CHECKIN_PROGRESS = ['not_started', 'some', 'on_track', 'achieved'] as const;
export type CheckinProgress = (typeof CHECKIN_PROGRESS)[number];

/** Would you take part again, and as what (the final evaluation's `again`). */
export const NEXT_COHORT_CHOICES = ['mentor', 'mentee', 'no'] as const;
export type NextCohortChoice = (typeof NEXT_COHORT_CHOICES)[number];

/** The mentee's answer, thirty days on, about what they said they would do differently. */
export const FOLLOWUP_ANSWERS = ['done', 'partly', 'not_yet'] as const;
export type FollowupAnswer = (typeof FOLLOWUP_ANSWERS)[number];

/** Limits on what people type in the agreement, the check-in and the final evaluation (named in the modals). */
export const OUTCOME_LIMITS = {
  goalsChars: 500,
  goalsLinesMin: 1,
  goalsLinesMax: 3,
  hopesChars: 500,
  noteChars: 1000,
  changedChars: 1000,
} as const;
