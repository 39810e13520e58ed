import { enrolledUserIds } from '../../src/db/repositories/cohorts';
import { insertPair } from '../../src/db/repositories/pairs';
import { createCohort } from '../../src/services/cohorts';
import { saveProfile } from '../../src/services/enrollment';
import { freshDatabase } from '../helpers/db';
import { seedCohort, seedPerson, SEED_NOW } from '../helpers/programme';

const draft = {
  name: 'Autumn 2027',
  startDate: '2027-09-06',
  weeks: 12,
  cadence: 'weekly' as const,
  nudgeDay: 'mon' as const,
  nudgeTime: '09:00',
  timezone: 'Europe/Stockholm',
  summaryChannel: 'C0SUMMARY',
  capacity: 1,
};

describe('waiting participants (PRODUCT.md §2)', () => {
  it('the unmatched of a running cohort are enrolled in the next one; the paired are not', () => {
    const { db } = freshDatabase();
    const spring = seedCohort(db);
    seedPerson(db, { userId: 'UPAIRED1', role: 'mentor' }, spring.id);
    seedPerson(db, { userId: 'UPAIRED2', role: 'mentee' }, spring.id);
    seedPerson(db, { userId: 'UALONE01', role: 'mentee' }, spring.id);
    seedPerson(db, { userId: 'ULEFT001', role: 'mentee', }, spring.id);
    db.prepare("UPDATE participants SET status = 'left' WHERE user_id = 'ULEFT001'").run();
    insertPair(db, { cohortId: spring.id, mentorId: 'UPAIRED1', menteeId: 'UPAIRED2', score: 1, reasons: [], source: 'matched', createdBy: 'U0ORG' }, SEED_NOW);
    db.prepare("UPDATE cohorts SET status = 'active' WHERE id = ?").run(spring.id);

    const result = createCohort(db, draft, 'U0ORG', SEED_NOW);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const autumn = result.cohort.cohort;
    expect(enrolledUserIds(db, autumn.id)).toEqual(['UALONE01']);
  });

  it('someone unmatched who edits their profile while a new cohort enrolls joins it', () => {
    const { db } = freshDatabase();
    const spring = seedCohort(db);
    seedPerson(db, { userId: 'UALONE01', role: 'mentee' }, spring.id);
    db.prepare("UPDATE cohorts SET status = 'active' WHERE id = ?").run(spring.id);
    const autumn = seedCohort(db, { name: 'Autumn' });
    const saved = saveProfile(
      db,
      'UALONE01',
      { role: 'mentee', department: 'Finance', seniority: '20+', topics: ['ai-at-work'], managerId: null, goals: null, meetingPref: null },
      { displayName: null, timezone: null, locale: null },
      SEED_NOW,
    );
    expect(saved.cohort?.id).toBe(autumn.id);
    expect(enrolledUserIds(db, autumn.id)).toEqual(['UALONE01']);
  });
});
