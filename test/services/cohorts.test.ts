import { enroll, findCohort, insertCohort } from '../../src/db/repositories/cohorts';
import { insertPair } from '../../src/db/repositories/pairs';
import { upsertProfile, setParticipantStatus } from '../../src/db/repositories/participants';
import type { Db } from '../../src/db/open';
import {
  closeCohort,
  cohortFormDefaults,
  cohortStartsAt,
  createCohort,
  listCohortsWithCounts,
  validateCohortInput,
  type CohortDraft,
  type CohortFormInput,
} from '../../src/services/cohorts';
import { zonedInstant } from '../../src/services/calendar';
import { freshDatabase } from '../helpers/db';

const NOW = new Date('2026-11-27T10:00:00Z'); // a Friday
const OPTIONS = { defaultTimezone: 'Europe/Stockholm' };

function form(overrides: Partial<CohortFormInput> = {}): CohortFormInput {
  return {
    name: 'Spring 2027',
    startDate: '2027-01-04',
    weeks: '12',
    cadence: 'weekly',
    nudgeDay: 'mon',
    nudgeTime: '09:00',
    timezone: 'Europe/Stockholm',
    summaryChannel: 'C0SUMMARY1',
    capacity: '1',
    ...overrides,
  };
}

function errorsOf(input: CohortFormInput, now = NOW) {
  const result = validateCohortInput(input, now, OPTIONS);
  return result.ok ? {} : result.errors;
}

describe('validateCohortInput', () => {
  it('accepts a complete form and returns typed values', () => {
    expect(validateCohortInput(form({ name: '  Spring 2027 ', weeks: ' 8 ', capacity: '3', cadence: 'biweekly' }), NOW, OPTIONS)).toEqual({
      ok: true,
      value: {
        name: 'Spring 2027',
        startDate: '2027-01-04',
        weeks: 8,
        cadence: 'biweekly',
        nudgeDay: 'mon',
        nudgeTime: '09:00',
        timezone: 'Europe/Stockholm',
        summaryChannel: 'C0SUMMARY1',
        capacity: 3,
      },
    });
  });

  it('judges "in the past" by the calendar in the cohort\'s own time zone', () => {
    // 03:00 UTC on 28 Nov: still the 27th in Los Angeles, already the 28th in Stockholm.
    const lateEvening = new Date('2026-11-28T03:00:00Z');
    expect(errorsOf(form({ startDate: '2026-11-27', timezone: 'America/Los_Angeles' }), lateEvening)).toEqual({});
    expect(errorsOf(form({ startDate: '2026-11-27', timezone: 'Europe/Stockholm' }), lateEvening)).toEqual({ startDate: 'start_date_past' });
    // Noon UTC on 27 Nov is already the 28th in Auckland.
    const noon = new Date('2026-11-27T12:00:00Z');
    expect(errorsOf(form({ startDate: '2026-11-27', timezone: 'UTC' }), noon)).toEqual({});
    expect(errorsOf(form({ startDate: '2026-11-27', timezone: 'Pacific/Auckland' }), noon)).toEqual({ startDate: 'start_date_past' });
    expect(errorsOf(form({ startDate: '2026-11-26' }))).toEqual({ startDate: 'start_date_past' });
  });

  it('refuses dates that are not in the calendar, and a missing date', () => {
    expect(errorsOf(form({ startDate: '2027-02-30' }))).toEqual({ startDate: 'start_date_invalid' });
    expect(errorsOf(form({ startDate: '04/01/2027' }))).toEqual({ startDate: 'start_date_invalid' });
    expect(errorsOf(form({ startDate: undefined }))).toEqual({ startDate: 'start_date_required' });
  });

  it.each([['0'], ['53'], ['twelve'], ['1.5'], ['-3'], [''], [undefined]])('refuses %p weeks', (weeks) => {
    expect(errorsOf(form({ weeks }))).toEqual({ weeks: 'weeks_out_of_range' });
  });

  it('accepts 1 and 52 weeks, but every other week needs at least 2', () => {
    expect(errorsOf(form({ weeks: '1' }))).toEqual({});
    expect(errorsOf(form({ weeks: '52' }))).toEqual({});
    expect(errorsOf(form({ weeks: '1', cadence: 'biweekly' }))).toEqual({ weeks: 'weeks_too_few_for_biweekly' });
    expect(errorsOf(form({ weeks: '2', cadence: 'biweekly' }))).toEqual({});
  });

  it.each([['Mars/Olympus'], ['EST'], ['utc'], ['Europe/Stockholm; DROP TABLE'], [''], [undefined]])('refuses the time zone %p', (timezone) => {
    expect(errorsOf(form({ timezone }))).toEqual({ timezone: 'timezone_invalid' });
  });

  it('checks the date against the default zone while the chosen zone is invalid', () => {
    const lateEvening = new Date('2026-11-28T03:00:00Z');
    expect(errorsOf(form({ startDate: '2026-11-27', timezone: 'Nowhere/Atlantis' }), lateEvening)).toEqual({
      timezone: 'timezone_invalid',
      startDate: 'start_date_past',
    });
  });

  it('needs a summary channel, and a channel rather than a DM', () => {
    expect(errorsOf(form({ summaryChannel: undefined }))).toEqual({ summaryChannel: 'channel_required' });
    expect(errorsOf(form({ summaryChannel: 'D0DIRECT1' }))).toEqual({ summaryChannel: 'channel_invalid' });
    expect(errorsOf(form({ summaryChannel: 'G0PRIVATE' }))).toEqual({});
  });

  it.each([['0'], ['4'], ['two'], [undefined]])('refuses a capacity of %p', (capacity) => {
    expect(errorsOf(form({ capacity }))).toEqual({ capacity: 'capacity_out_of_range' });
  });

  it('refuses names that are empty or longer than 80 characters (counted as people count them)', () => {
    expect(errorsOf(form({ name: '   ' }))).toEqual({ name: 'name_required' });
    expect(errorsOf(form({ name: 'x'.repeat(81) }))).toEqual({ name: 'name_too_long' });
    expect(errorsOf(form({ name: '🎉'.repeat(80) }))).toEqual({});
  });

  it('refuses values outside the choices and times that are not HH:MM', () => {
    expect(errorsOf(form({ cadence: 'daily', nudgeDay: 'sat', nudgeTime: '24:00' }))).toEqual({
      cadence: 'cadence_invalid',
      nudgeDay: 'nudge_day_invalid',
      nudgeTime: 'nudge_time_invalid',
    });
    expect(errorsOf(form({ nudgeTime: '9:00' }))).toEqual({ nudgeTime: 'nudge_time_invalid' });
  });

  it('reports every problem at once', () => {
    const errors = errorsOf({ name: undefined, startDate: undefined, weeks: '0', cadence: undefined, nudgeDay: undefined, nudgeTime: undefined, timezone: undefined, summaryChannel: undefined, capacity: '4' });
    expect(Object.keys(errors).sort()).toEqual(['cadence', 'capacity', 'name', 'nudgeDay', 'nudgeTime', 'startDate', 'summaryChannel', 'timezone', 'weeks']);
  });
});

describe('cohort dates', () => {
  it('converts a wall-clock time in a zone to the instant, across daylight saving time', () => {
    expect(zonedInstant('2027-01-04', '09:00', 'Europe/Stockholm').toISOString()).toBe('2027-01-04T08:00:00.000Z');
    expect(zonedInstant('2027-06-07', '09:00', 'Europe/Stockholm').toISOString()).toBe('2027-06-07T07:00:00.000Z');
    expect(zonedInstant('2027-03-14', '09:00', 'America/New_York').toISOString()).toBe('2027-03-14T13:00:00.000Z');
    expect(zonedInstant('2027-01-04', '09:00', 'Asia/Kolkata').toISOString()).toBe('2027-01-04T03:30:00.000Z');
  });

  it('shows the start date at noon in the cohort zone', () => {
    expect(cohortStartsAt({ startDate: '2027-01-04', timezone: 'Pacific/Auckland' }).toISOString()).toBe('2027-01-03T23:00:00.000Z');
  });

  it('suggests the first Monday at least a week away, in the default zone', () => {
    expect(cohortFormDefaults(NOW, 'Europe/Stockholm')).toMatchObject({ startDate: '2026-12-07', weeks: 12, cadence: 'weekly', nudgeDay: 'mon', nudgeTime: '09:00', capacity: 1, timezone: 'Europe/Stockholm' });
    expect(cohortFormDefaults(new Date('2026-11-30T10:00:00Z'), 'UTC').startDate).toBe('2026-12-07');
  });
});

const DRAFT: CohortDraft = {
  name: 'Spring 2027',
  startDate: '2027-01-04',
  weeks: 12,
  cadence: 'weekly',
  nudgeDay: 'mon',
  nudgeTime: '09:00',
  timezone: 'Europe/Stockholm',
  summaryChannel: 'C0SUMMARY1',
  capacity: 1,
};

function participant(db: Db, userId: string): void {
  upsertProfile(
    db,
    { userId, role: 'mentor', department: 'Sales', seniority: '0-2', managerId: null, goals: null, meetingPref: null, topics: ['ai-at-work'], displayName: null, timezone: null, locale: null },
    NOW,
  );
}

function cohortWithStatus(db: Db, name: string, status: 'active' | 'completed'): number {
  const { id } = insertCohort(db, { ...DRAFT, name, createdBy: 'U0ORG' }, NOW);
  db.prepare('UPDATE cohorts SET status = ? WHERE id = ?').run(status, id);
  return id;
}

function enrolledIn(db: Db, cohortId: number): string[] {
  return (db.prepare('SELECT user_id FROM enrollments WHERE cohort_id = ? ORDER BY user_id').all(cohortId) as Array<{ user_id: string }>).map((r) => r.user_id);
}

describe('creating and closing cohorts', () => {
  let db: Db;
  beforeEach(() => {
    db = freshDatabase().db;
  });
  afterEach(() => db.close());

  it('enrolls everyone waiting — active or paused, not left, not paired in a running cohort — in one go', () => {
    for (const id of ['U0ACTIVE', 'U0PAUSED', 'U0LEFT', 'U0BUSY', 'U0DONE']) participant(db, id);
    setParticipantStatus(db, 'U0PAUSED', 'paused', new Date('2026-12-10T00:00:00Z'), NOW);
    setParticipantStatus(db, 'U0LEFT', 'left', null, NOW);
    // U0BUSY is paired in a running cohort; U0DONE was in one that has completed, so waits again.
    const running = cohortWithStatus(db, 'Running', 'active');
    enroll(db, running, 'U0BUSY', NOW);
    insertPair(db, { cohortId: running, mentorId: 'U0BUSY', menteeId: 'U0ELSEWHERE', score: 1, reasons: [], source: 'manual', createdBy: 'U0ORG' }, NOW);
    enroll(db, cohortWithStatus(db, 'Old', 'completed'), 'U0DONE', NOW);

    const created = createCohort(db, DRAFT, 'U0ORG', NOW);
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    expect(created.cohort.enrolled).toBe(3);
    expect(enrolledIn(db, created.cohort.cohort.id)).toEqual(['U0ACTIVE', 'U0DONE', 'U0PAUSED']);
    expect(findCohort(db, created.cohort.cohort.id)).toMatchObject({ name: 'Spring 2027', status: 'enrolling', createdBy: 'U0ORG', capacity: 1 });
  });

  it('refuses a second enrolling cohort and stores nothing', () => {
    const first = createCohort(db, DRAFT, 'U0ORG', NOW);
    const second = createCohort(db, { ...DRAFT, name: 'Another' }, 'U0ORG', NOW);
    expect(second).toMatchObject({ ok: false, reason: 'enrolling_exists', enrolling: { name: 'Spring 2027' } });
    expect(first.ok).toBe(true);
    expect(listCohortsWithCounts(db).map((o) => o.cohort.name)).toEqual(['Spring 2027']);
  });

  it('closing an enrolling cohort lets its people wait for the next one', () => {
    participant(db, 'U0ADA');
    const first = createCohort(db, DRAFT, 'U0ORG', NOW);
    if (!first.ok) throw new Error('expected a cohort');
    const closed = closeCohort(db, first.cohort.cohort.id, new Date('2026-11-28T00:00:00Z'));
    expect(closed).toMatchObject({ ok: true, wasEnrolling: true, cohort: { enrolled: 1, cohort: { status: 'completed', completedAt: '2026-11-28T00:00:00.000Z' } } });
    const next = createCohort(db, { ...DRAFT, name: 'Next' }, 'U0ORG', NOW);
    expect(next).toMatchObject({ ok: true, cohort: { enrolled: 1 } });
  });

  it('closing twice, or a cohort that does not exist, changes nothing', () => {
    const first = createCohort(db, DRAFT, 'U0ORG', NOW);
    if (!first.ok) throw new Error('expected a cohort');
    closeCohort(db, first.cohort.cohort.id, NOW);
    const again = closeCohort(db, first.cohort.cohort.id, new Date('2027-01-01T00:00:00Z'));
    expect(again).toMatchObject({ ok: false, reason: 'already_completed' });
    expect(findCohort(db, first.cohort.cohort.id)?.completedAt).toBe(NOW.toISOString());
    expect(closeCohort(db, 999, NOW)).toEqual({ ok: false, reason: 'not_found' });
  });

  it('lists cohorts with their enrolment counts', () => {
    participant(db, 'U0ADA');
    participant(db, 'U0BEA');
    createCohort(db, DRAFT, 'U0ORG', NOW);
    expect(listCohortsWithCounts(db).map((o) => [o.cohort.name, o.enrolled, o.startsAt.toISOString()])).toEqual([
      ['Spring 2027', 2, '2027-01-04T11:00:00.000Z'],
    ]);
  });
});
