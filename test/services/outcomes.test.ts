import { enrolledUserIds } from '../../src/db/repositories/cohorts';
import { nextCohortChoiceOf, setNextCohortChoice } from '../../src/db/repositories/next-cohort';
import { findParticipant } from '../../src/db/repositories/participants';
import {
  closedSessions,
  MIN_ANSWERS,
  MIN_NPS_ANSWERS,
  netPromoterScore,
  publishedAverage,
  publishedDistribution,
  sessionClosedAt,
  steppedSessions,
} from '../../src/services/anonymity';
import { checkKickoff, goalsFromJoin } from '../../src/services/agreements';
import { checkCheckin, checkinCycle } from '../../src/services/checkins';
import { createCohort } from '../../src/services/cohorts';
import { leaveProgramme, saveProfile } from '../../src/services/enrollment';
import { checkFinal } from '../../src/services/final-evaluations';
import { freshDatabase } from '../helpers/db';
import { seedCohort, seedPerson, SEED_NOW } from '../helpers/programme';
import { addCohort } from '../helpers/prompts';

describe('the anonymity rules (services/anonymity.ts)', () => {
  it('publishes averages and distributions from three answers, the Net Promoter Score from five', () => {
    expect(MIN_ANSWERS).toBe(3);
    expect(MIN_NPS_ANSWERS).toBe(5);
    expect(publishedAverage(9, 2)).toBeNull();
    expect(publishedAverage(10, 3)).toBe(3.3);
    expect(publishedDistribution({ a: 1, b: 1 })).toBeNull();
    expect(publishedDistribution({ a: 2, b: 1 })).toEqual({ a: 2, b: 1 });
    const four = netPromoterScore([0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 2]);
    expect(four).toMatchObject({ answers: 4, score: null });
    // 10, 9, 8, 6, 3: two promoters, one passive, two detractors: 0, never -0.
    const five = netPromoterScore([0, 0, 0, 1, 0, 0, 1, 0, 1, 1, 1]);
    expect(five).toEqual({ answers: 5, promoters: 2, passives: 1, detractors: 2, score: 0 });
    expect(Object.is(five.score, -0)).toBe(false);
    expect(netPromoterScore([0, 0, 0, 0, 0, 0, 1, 0, 0, 2, 3]).score).toBe(67);
  });

  it('moves a growing figure only in steps of at least three answers, whatever the sessions bring', () => {
    expect(steppedSessions([])).toBe(0);
    expect(steppedSessions([2])).toBe(0);
    expect(steppedSessions([3])).toBe(1);
    expect(steppedSessions([3, 1])).toBe(1);
    expect(steppedSessions([3, 1, 1])).toBe(1);
    expect(steppedSessions([3, 1, 1, 1])).toBe(4);
    expect(steppedSessions([1, 1, 1, 5, 0, 2])).toBe(4);
    // Whatever the answers per session, any two checkpoints reached as sessions close are three or more apart, and
    // an earlier checkpoint never moves (each session's answers are fixed once it has closed).
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let run = 0; run < 200; run += 1) {
      const perSession = Array.from({ length: 12 }, () => Math.floor(random() * 4));
      const published = perSession.map((_, closed) => {
        const sessions = steppedSessions(perSession.slice(0, closed + 1));
        return perSession.slice(0, sessions).reduce((sum, n) => sum + n, 0);
      });
      const distinct = [...new Set(published.filter((n) => n > 0))];
      distinct.forEach((n, i) => {
        expect(n).toBeGreaterThanOrEqual(3);
        if (i > 0) expect(n - (distinct[i - 1] as number)).toBeGreaterThanOrEqual(3);
      });
    }
  });

  it('closes a session for every pair two days after the next one begins, the last one when the cohort completes', () => {
    const { db } = freshDatabase();
    const cohort = addCohort(db, { weeks: 4 });
    expect(sessionClosedAt(cohort, 1).toISOString()).toBe('2026-03-25T08:00:00.000Z');
    expect(sessionClosedAt(cohort, 4).toISOString()).toBe('2026-04-13T07:00:00.000Z');
    expect(closedSessions(cohort, new Date('2026-03-25T07:59:00Z'))).toBe(0);
    expect(closedSessions(cohort, new Date('2026-03-25T08:00:00Z'))).toBe(1);
    expect(closedSessions({ ...cohort, status: 'completed' }, new Date('2026-03-17T00:00:00Z'))).toBe(4);
    expect(checkinCycle(cohort)).toBe(2);
    expect(checkinCycle({ weeks: 5, cadence: 'weekly' })).toBe(3);
    expect(checkinCycle({ weeks: 1, cadence: 'weekly' })).toBe(1);
  });
});

describe('what the modals accept', () => {
  it('kickoff: one to three goals for the mentee, within 500 characters; confidentiality agreed; a cadence offered', () => {
    const base = { goals: '', hopes: '', cadence: 'weekly', norms: ['confidential'] };
    expect(checkKickoff('mentee', base)).toEqual({ ok: false, errors: { goals: 'goals_required' } });
    expect(checkKickoff('mentee', { ...base, goals: 'a\n\n b \nc' })).toEqual({
      ok: true,
      value: { goals: 'a\nb\nc', hopes: null, cadence: 'weekly', norms: ['confidential'] },
    });
    expect(checkKickoff('mentee', { ...base, goals: 'a\nb\nc\nd' })).toEqual({ ok: false, errors: { goals: 'goals_too_many' } });
    expect(checkKickoff('mentee', { ...base, goals: 'x'.repeat(501) })).toEqual({ ok: false, errors: { goals: 'too_long' } });
    expect(checkKickoff('mentor', { ...base, hopes: 'y'.repeat(501) })).toEqual({ ok: false, errors: { hopes: 'too_long' } });
    // The mentor's part has no goals, even when some are sent.
    expect(checkKickoff('mentor', { ...base, goals: 'sneaked in', norms: ['candour', 'confidential'] })).toEqual({
      ok: true,
      value: { goals: null, hopes: null, cadence: 'weekly', norms: ['confidential', 'candour'] },
    });
    expect(checkKickoff('mentor', { ...base, norms: ['notice'] })).toEqual({ ok: false, errors: { norms: 'confidential_required' } });
    expect(checkKickoff('mentor', { ...base, norms: ['confidential', 'forged'] })).toEqual({ ok: false, errors: { norms: 'invalid_choice' } });
    expect(checkKickoff('mentor', { ...base, cadence: 'daily' })).toEqual({ ok: false, errors: { cadence: 'invalid_choice' } });
    expect(goalsFromJoin('one\n\ntwo\nthree\nfour')).toBe('one\ntwo\nthree');
    expect(goalsFromJoin(null)).toBeNull();
    expect([...(goalsFromJoin('g'.repeat(900)) ?? '')]).toHaveLength(500);
  });

  it('check-in: a relationship 1–5 and a progress are required, the note optional within 1,000 characters', () => {
    expect(checkCheckin({ relationship: undefined, progress: undefined, note: '' })).toEqual({ ok: false, errors: { relationship: 'required', progress: 'required' } });
    expect(checkCheckin({ relationship: '6', progress: 'done', note: 'n'.repeat(1001) })).toEqual({
      ok: false,
      errors: { relationship: 'invalid_choice', progress: 'invalid_choice', note: 'too_long' },
    });
    expect(checkCheckin({ relationship: '2', progress: 'on_track', note: '' })).toEqual({ ok: true, value: { relationship: 2, progress: 'on_track', note: null } });
  });

  it('final evaluation: goals met, what will change and the recommendation are required; sharing private unless chosen; again optional', () => {
    const valid = { goalsMet: '4', changed: 'words', sharing: undefined, recommend: '0', again: undefined };
    expect(checkFinal(valid)).toEqual({ ok: true, value: { goalsMet: 4, changed: 'words', sharing: 'private', recommend: 0, again: null } });
    expect(checkFinal({ ...valid, recommend: '10', again: 'mentee', sharing: 'named' })).toMatchObject({ ok: true, value: { recommend: 10, again: 'mentee', sharing: 'named' } });
    expect(checkFinal({ goalsMet: undefined, changed: '', sharing: 'public', recommend: '11', again: 'boss' })).toEqual({
      ok: false,
      errors: { goalsMet: 'required', changed: 'required', sharing: 'invalid_choice', recommend: 'invalid_choice', again: 'invalid_choice' },
    });
    expect(checkFinal({ ...valid, changed: 'c'.repeat(1001) })).toEqual({ ok: false, errors: { changed: 'too_long' } });
  });
});

describe('the waiting list for the next cohort (PRODUCT.md §12.4)', () => {
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

  it('enrolls those on it in the role they asked for and tells them; keeps out those who said no; the silent wait as before', () => {
    const { db } = freshDatabase();
    const spring = seedCohort(db);
    for (const [userId, role] of [
      ['UCOMEBACK1', 'mentee'],
      ['USWITCH001', 'mentee'],
      ['USAIDNO001', 'mentor'],
      ['USILENT001', 'mentor'],
      ['ULEFT00001', 'mentor'],
    ] as const) {
      seedPerson(db, { userId, role }, spring.id);
    }
    db.prepare("UPDATE cohorts SET status = 'completed' WHERE id = ?").run(spring.id);
    setNextCohortChoice(db, 'UCOMEBACK1', 'mentee', spring.id, SEED_NOW);
    setNextCohortChoice(db, 'USWITCH001', 'mentor', spring.id, SEED_NOW);
    setNextCohortChoice(db, 'USAIDNO001', 'no', spring.id, SEED_NOW);
    setNextCohortChoice(db, 'ULEFT00001', 'mentor', spring.id, SEED_NOW);
    leaveProgramme(db, 'ULEFT00001', SEED_NOW);
    expect(nextCohortChoiceOf(db, 'ULEFT00001')).toBeUndefined();

    const result = createCohort(db, draft, 'U0ORG', SEED_NOW);
    if (!result.ok) throw new Error(result.reason);
    expect(result.fromWaitingList).toBe(2);
    const autumn = result.cohort.cohort;
    expect(enrolledUserIds(db, autumn.id)).toEqual(['UCOMEBACK1', 'USILENT001', 'USWITCH001']);
    expect(findParticipant(db, 'USWITCH001')?.role).toBe('mentor');
    expect(nextCohortChoiceOf(db, 'USWITCH001')).toBeUndefined();
    const notices = db.prepare("SELECT user_id, dedupe_key FROM deliveries WHERE kind = 'next_cohort' ORDER BY user_id").all();
    expect(notices).toEqual([
      { user_id: 'UCOMEBACK1', dedupe_key: `next_cohort:cohort:${autumn.id}:user:UCOMEBACK1` },
      { user_id: 'USWITCH001', dedupe_key: `next_cohort:cohort:${autumn.id}:user:USWITCH001` },
    ]);
    // Whoever said no still takes part by joining again: the join modal is their newest word.
    saveProfile(
      db,
      'USAIDNO001',
      { role: 'mentor', department: 'Design', seniority: '0-2', topics: ['ai-at-work'], managerId: null, goals: null, meetingPref: null },
      { displayName: null, timezone: null, locale: null },
      SEED_NOW,
    );
    expect(nextCohortChoiceOf(db, 'USAIDNO001')).toBeUndefined();
    expect(enrolledUserIds(db, autumn.id)).toContain('USAIDNO001');
  });

  it('leaves someone still paired in a running cohort on the list until a cohort can take them', () => {
    const { db } = freshDatabase();
    const running = seedCohort(db, { name: 'Running' });
    seedPerson(db, { userId: 'UPAIRED01', role: 'mentor' }, running.id);
    seedPerson(db, { userId: 'UPARTNER1', role: 'mentee' }, running.id);
    db.prepare("UPDATE cohorts SET status = 'active' WHERE id = ?").run(running.id);
    db.prepare(
      "INSERT INTO pairs (cohort_id, mentor_id, mentee_id, source, created_by, created_at) VALUES (?, 'UPAIRED01', 'UPARTNER1', 'manual', 'U0ORG', ?)",
    ).run(running.id, SEED_NOW.toISOString());
    setNextCohortChoice(db, 'UPAIRED01', 'mentee', running.id, SEED_NOW);
    const result = createCohort(db, draft, 'U0ORG', SEED_NOW);
    if (!result.ok) throw new Error(result.reason);
    expect(result.fromWaitingList).toBe(0);
    expect(nextCohortChoiceOf(db, 'UPAIRED01')).toBe('mentee');
    expect(findParticipant(db, 'UPAIRED01')?.role).toBe('mentor');
  });
});
