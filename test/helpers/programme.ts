import type { Db } from '../../src/db/open';
import { enroll, insertCohort, type Cohort, type CohortWrite } from '../../src/db/repositories/cohorts';
import { upsertProfile, type ProfileWrite } from '../../src/db/repositories/participants';

/** Seeds cohorts and participants straight through the repositories, for tests that are not about joining. */

export const SEED_NOW = new Date('2026-11-20T08:00:00Z');

export function seedCohort(db: Db, overrides: Partial<CohortWrite> = {}, now = SEED_NOW): Cohort {
  return insertCohort(
    db,
    {
      name: 'Spring 2027',
      startDate: '2027-01-04',
      weeks: 12,
      cadence: 'weekly',
      nudgeDay: 'mon',
      nudgeTime: '09:00',
      timezone: 'Europe/Stockholm',
      summaryChannel: 'C0SUMMARY',
      capacity: 1,
      createdBy: 'U0ORG00001',
      ...overrides,
    },
    now,
  );
}

export type PersonSeed = Pick<ProfileWrite, 'userId' | 'role'> & Partial<ProfileWrite>;

/** A profile (mentors early-career, mentees senior by default), enrolled in `cohortId` when given. */
export function seedPerson(db: Db, person: PersonSeed, cohortId?: number, now = SEED_NOW): void {
  upsertProfile(
    db,
    {
      department: person.role === 'mentor' ? 'Marketing' : 'Finance',
      seniority: person.role === 'mentor' ? '0-2' : '20+',
      managerId: null,
      goals: null,
      meetingPref: null,
      topics: ['ai-at-work'],
      displayName: person.userId.toLowerCase(),
      timezone: 'Europe/Stockholm',
      locale: 'en-US',
      ...person,
    },
    now,
  );
  if (cohortId !== undefined) enroll(db, cohortId, person.userId, now);
}

/** `count` mentors `UMENTOR01…` and `count` mentees `UMENTEE01…`, enrolled in the cohort. */
export function seedPeople(db: Db, cohortId: number, mentors: number, mentees: number): { mentorIds: string[]; menteeIds: string[] } {
  const mentorIds = Array.from({ length: mentors }, (_, i) => `UMENTOR${String(i + 1).padStart(3, '0')}`);
  const menteeIds = Array.from({ length: mentees }, (_, i) => `UMENTEE${String(i + 1).padStart(3, '0')}`);
  mentorIds.forEach((userId, i) => seedPerson(db, { userId, role: 'mentor', department: `Dept ${i % 4}` }, cohortId));
  menteeIds.forEach((userId, i) => seedPerson(db, { userId, role: 'mentee', department: `Dept ${(i + 1) % 4}` }, cohortId));
  return { mentorIds, menteeIds };
}
