import { isTimeZone } from '../config';
import type { Db } from '../db/open';
import { inTransaction } from '../db/open';
import {
  completeCohort,
  countEnrolled,
  enrollWaitingParticipants,
  findCohort,
  findEnrollingCohort,
  insertCohort,
  listCohortsWithEnrollmentCounts,
  type Cohort,
  type CohortWrite,
} from '../db/repositories/cohorts';
import { CADENCES, COHORT_LIMITS, NUDGE_DAYS, type Cadence, type NudgeDay } from '../domain';
import { localDate, zonedInstant } from './calendar';
import { enrollFromWaitingList } from './next-cohort';

/** The usual choices, pre-set in the modal. */
export const COHORT_DEFAULTS = {
  weeks: 12,
  cadence: 'weekly',
  nudgeDay: 'mon',
  nudgeTime: '09:00',
  capacity: 1,
} as const satisfies { weeks: number; cadence: Cadence; nudgeDay: NudgeDay; nudgeTime: string; capacity: number };

/** What the `cohort_create` modal submitted, as text; `undefined` when an input is empty or missing. */
export interface CohortFormInput {
  name: string | undefined;
  startDate: string | undefined;
  weeks: string | undefined;
  cadence: string | undefined;
  nudgeDay: string | undefined;
  nudgeTime: string | undefined;
  timezone: string | undefined;
  summaryChannel: string | undefined;
  capacity: string | undefined;
}

export type CohortField = keyof CohortFormInput;

/** Why a field was refused; the listener turns each into a sentence in the organizer's language. */
export type CohortInputError =
  | 'name_required'
  | 'name_too_long'
  | 'start_date_required'
  | 'start_date_invalid'
  | 'start_date_past'
  | 'weeks_out_of_range'
  | 'weeks_too_few_for_biweekly'
  | 'cadence_invalid'
  | 'nudge_day_invalid'
  | 'nudge_time_invalid'
  | 'timezone_invalid'
  | 'channel_required'
  | 'channel_invalid'
  | 'capacity_out_of_range';

/** A cohort ready to store. */
export type CohortDraft = Omit<CohortWrite, 'createdBy'>;

export type CohortValidation =
  | { ok: true; value: CohortDraft }
  | { ok: false; errors: Partial<Record<CohortField, CohortInputError>> };

/**
 * IANA names only ("Europe/Stockholm", "UTC"), and only ones this runtime knows. Intl alone would also take
 * abbreviations such as "EST", which other code and people read differently.
 */
export function isCohortTimeZone(zone: string): boolean {
  return zone.length <= 64 && /^(UTC|[A-Z][A-Za-z_-]+(\/[A-Za-z0-9_+-]+){1,2})$/.test(zone) && isTimeZone(zone);
}

function isCalendarDate(date: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const utc = new Date(Date.UTC(year, month - 1, day));
  return utc.getUTCFullYear() === year && utc.getUTCMonth() === month - 1 && utc.getUTCDate() === day;
}

/**
 * When a cohort starts, for showing its start date with Slack's date formatting: noon on the start date in the
 * cohort's zone, so readers anywhere from UTC−11 to UTC+12 still see the same calendar day.
 */
export function cohortStartsAt(cohort: Pick<Cohort, 'startDate' | 'timezone'>): Date {
  return zonedInstant(cohort.startDate, '12:00', cohort.timezone);
}

function oneOf<T extends string>(choices: readonly T[], value: string | undefined): T | undefined {
  return choices.find((choice) => choice === value);
}

function wholeNumber(text: string | undefined): number | undefined {
  const trimmed = text?.trim();
  return trimmed !== undefined && /^\d{1,3}$/.test(trimmed) ? Number(trimmed) : undefined;
}

/**
 * Checks a `cohort_create` submission: every problem at once, per field. The start date may not have passed in
 * the cohort's own zone (the configured default stands in while the chosen zone is invalid).
 */
export function validateCohortInput(raw: CohortFormInput, now: Date, options: { defaultTimezone: string }): CohortValidation {
  const errors: Partial<Record<CohortField, CohortInputError>> = {};

  const name = raw.name?.trim() ?? '';
  if (name === '') errors.name = 'name_required';
  else if ([...name].length > COHORT_LIMITS.nameChars) errors.name = 'name_too_long';

  const timezone = raw.timezone?.trim();
  const zoneValid = timezone !== undefined && isCohortTimeZone(timezone);
  if (!zoneValid) errors.timezone = 'timezone_invalid';

  const startDate = raw.startDate?.trim();
  if (!startDate) errors.startDate = 'start_date_required';
  else if (!isCalendarDate(startDate)) errors.startDate = 'start_date_invalid';
  else if (startDate < localDate(now, zoneValid ? timezone : options.defaultTimezone)) errors.startDate = 'start_date_past';

  const cadence = oneOf(CADENCES, raw.cadence);
  if (!cadence) errors.cadence = 'cadence_invalid';

  const weeks = wholeNumber(raw.weeks);
  if (weeks === undefined || weeks < COHORT_LIMITS.weeksMin || weeks > COHORT_LIMITS.weeksMax) errors.weeks = 'weeks_out_of_range';
  else if (cadence === 'biweekly' && weeks < COHORT_LIMITS.biweeklyWeeksMin) errors.weeks = 'weeks_too_few_for_biweekly';

  const nudgeDay = oneOf(NUDGE_DAYS, raw.nudgeDay);
  if (!nudgeDay) errors.nudgeDay = 'nudge_day_invalid';

  const nudgeTime = raw.nudgeTime?.trim();
  const timeValid = nudgeTime !== undefined && /^([01]\d|2[0-3]):[0-5]\d$/.test(nudgeTime);
  if (!timeValid) errors.nudgeTime = 'nudge_time_invalid';

  // Channel pickers return public (C…) or private (C…, older ones G…) channel ids; never a DM (D…).
  const summaryChannel = raw.summaryChannel?.trim();
  if (!summaryChannel) errors.summaryChannel = 'channel_required';
  else if (!/^[CG][A-Z0-9]{2,}$/.test(summaryChannel)) errors.summaryChannel = 'channel_invalid';

  const capacity = wholeNumber(raw.capacity);
  if (capacity === undefined || capacity < COHORT_LIMITS.capacityMin || capacity > COHORT_LIMITS.capacityMax) {
    errors.capacity = 'capacity_out_of_range';
  }

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      name,
      startDate: startDate as string,
      weeks: weeks as number,
      cadence: cadence as Cadence,
      nudgeDay: nudgeDay as NudgeDay,
      nudgeTime: nudgeTime as string,
      timezone: timezone as string,
      summaryChannel: summaryChannel as string,
      capacity: capacity as number,
    },
  };
}

const WEEKDAY_INDEX: Record<NudgeDay, number> = { mon: 1, tue: 2, wed: 3, thu: 4, fri: 5 };

/** What the modal starts with: the first Monday at least a week away (time to enrol), and the usual settings. */
export function cohortFormDefaults(now: Date, defaultTimezone: string): { startDate: string; timezone: string } & typeof COHORT_DEFAULTS {
  const today = localDate(now, defaultTimezone);
  const start = new Date(`${today}T00:00:00Z`);
  start.setUTCDate(start.getUTCDate() + 7);
  while (start.getUTCDay() !== WEEKDAY_INDEX[COHORT_DEFAULTS.nudgeDay]) start.setUTCDate(start.getUTCDate() + 1);
  return { ...COHORT_DEFAULTS, startDate: start.toISOString().slice(0, 10), timezone: defaultTimezone };
}

/** A cohort as organizers see it in lists. */
export interface CohortOverview {
  cohort: Cohort;
  enrolled: number;
  startsAt: Date;
}

function overview(cohort: Cohort, enrolled: number): CohortOverview {
  return { cohort, enrolled, startsAt: cohortStartsAt(cohort) };
}

export function listCohortsWithCounts(db: Db): CohortOverview[] {
  return listCohortsWithEnrollmentCounts(db).map(({ cohort, enrolled }) => overview(cohort, enrolled));
}

export function findCohortOverview(db: Db, cohortId: number): CohortOverview | undefined {
  const cohort = findCohort(db, cohortId);
  return cohort && overview(cohort, countEnrolled(db, cohortId));
}

/** One cohort by its id, for a listener that was handed the id by a button or a modal. */
export function cohortById(db: Db, id: number): Cohort | undefined {
  return findCohort(db, id);
}

/** The cohort still taking participants, if any: only one may be enrolling at a time. */
export function enrollingCohort(db: Db): Cohort | undefined {
  return findEnrollingCohort(db);
}

export type CreateCohortResult =
  | { ok: true; cohort: CohortOverview; fromWaitingList: number }
  | { ok: false; reason: 'enrolling_exists'; enrolling: Cohort };

/**
 * Stores the cohort and, in the same transaction, enrolls everyone who was waiting for one (PRODUCT.md §2), those
 * on the waiting list in the role they asked for (PRODUCT.md §12.4, ./next-cohort.ts).
 * Refused while another cohort is enrolling; the check and the insert share the write lock, so two organizers
 * submitting at once cannot both succeed.
 */
export function createCohort(db: Db, draft: CohortDraft, createdBy: string, now: Date): CreateCohortResult {
  return inTransaction(db, () => {
    const enrolling = findEnrollingCohort(db);
    if (enrolling) return { ok: false, reason: 'enrolling_exists', enrolling };
    const cohort = insertCohort(db, { ...draft, createdBy }, now);
    const enrolled = enrollWaitingParticipants(db, cohort.id, now);
    // People who asked in their final evaluation to come back take the role they asked for, and are told.
    const fromWaitingList = enrollFromWaitingList(db, cohort.id, now).length;
    return { ok: true, cohort: overview(cohort, enrolled), fromWaitingList };
  });
}

export type CloseCohortResult =
  | { ok: true; cohort: CohortOverview; wasEnrolling: boolean }
  | { ok: false; reason: 'not_found' }
  | { ok: false; reason: 'already_completed'; cohort: Cohort };

/**
 * Marks an enrolling or active cohort completed. People enrolled in it are then in no running cohort, so they
 * wait and the next cohort created picks them up. Enrollments stay as the cohort's history.
 */
export function closeCohort(db: Db, cohortId: number, now: Date): CloseCohortResult {
  return inTransaction(db, () => {
    const before = findCohort(db, cohortId);
    if (!before) return { ok: false, reason: 'not_found' };
    if (!completeCohort(db, cohortId, now)) return { ok: false, reason: 'already_completed', cohort: before };
    const after = findCohort(db, cohortId) as Cohort;
    return { ok: true, cohort: overview(after, countEnrolled(db, cohortId)), wasEnrolling: before.status === 'enrolling' };
  });
}
