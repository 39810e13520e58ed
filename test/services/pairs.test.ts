import { completeCohort } from '../../src/db/repositories/cohorts';
import { findDeliveryByKey, listDeliveries, scheduleDelivery } from '../../src/db/repositories/deliveries';
import { findPair, insertPair, listPairs } from '../../src/db/repositories/pairs';
import { computeMatchRun, confirmMatch } from '../../src/services/match-runs';
import { participantStatus } from '../../src/services/enrollment';
import { pairLocale, pairManually, rematchTarget, requestRematch, unpairParticipant } from '../../src/services/pairs';
import type { Db } from '../../src/db/open';
import { freshDatabase } from '../helpers/db';
import { seedCohort, seedPerson } from '../helpers/programme';

const ORG = 'U0ORG00001';
const NOW = new Date('2026-12-01T09:00:00Z');

/** An active (matched) cohort with one matched pair MENTOR1–MENTEE1 and the people given, unpaired. */
async function activeCohort(db: Db, capacity = 1) {
  const cohort = seedCohort(db, { capacity });
  seedPerson(db, { userId: 'UMENTOR1', role: 'mentor', seniority: '0-2' }, cohort.id);
  seedPerson(db, { userId: 'UMENTEE1', role: 'mentee', seniority: '20+' }, cohort.id);
  const outcome = await computeMatchRun(db, cohort, ORG, NOW);
  if (!outcome.ok) throw new Error('no preview');
  const confirmed = confirmMatch(db, outcome.preview.run.id, ORG, NOW);
  if (!confirmed.ok) throw new Error(confirmed.reason);
  return confirmed.cohort;
}

describe('pair language', () => {
  it("is the language both share, else the mentor's, else whichever is known, else the default", () => {
    expect(pairLocale('sv-SE', 'sv-FI', 'en')).toBe('sv');
    expect(pairLocale('sv-SE', 'en-GB', 'en')).toBe('sv');
    expect(pairLocale('en-US', 'sv-SE', 'sv')).toBe('en');
    expect(pairLocale(null, 'sv-SE', 'en')).toBe('sv');
    expect(pairLocale('de-DE', 'sv-SE', 'en')).toBe('sv');
    expect(pairLocale(null, null, 'sv')).toBe('sv');
  });
});

describe('manual pairs', () => {
  it('pairs two enrolled people by hand, schedules their intro and drops their pending "first in line" DM', async () => {
    const { db } = freshDatabase();
    const cohort = await activeCohort(db);
    seedPerson(db, { userId: 'UMENTOR2', role: 'mentor' }, cohort.id);
    seedPerson(db, { userId: 'UMENTEE2', role: 'mentee' }, cohort.id);
    scheduleDelivery(db, { kind: 'unmatched', dedupeKey: `unmatched:cohort:${cohort.id}:user:UMENTEE2`, cohortId: cohort.id, userId: 'UMENTEE2', dueAt: NOW }, NOW);

    const outcome = pairManually(db, ORG, 'UMENTOR2', 'UMENTEE2', NOW);
    if (!outcome.ok) throw new Error(outcome.reason);
    expect(outcome.pair).toMatchObject({ source: 'manual', status: 'active', createdBy: ORG });
    expect(outcome.pair.reasons.map((r) => r.code)).toContain('different_departments');
    expect(findDeliveryByKey(db, `intro:pair:${outcome.pair.id}`)).toMatchObject({ status: 'pending', subjectId: outcome.pair.id });
    expect(findDeliveryByKey(db, `unmatched:cohort:${cohort.id}:user:UMENTEE2`)).toMatchObject({ status: 'skipped', error: 'paired' });
    expect(participantStatus(db, 'UMENTEE2', NOW)?.partnerIds).toEqual(['UMENTOR2']);
    expect(participantStatus(db, 'UMENTOR2', NOW)?.partnerIds).toEqual(['UMENTEE2']);
  });

  it('refuses with the rule that would be broken, and stores nothing', async () => {
    const { db } = freshDatabase();
    const earlier = seedCohort(db, { name: 'Autumn 2026' });
    completeCohort(db, earlier.id, NOW);
    const cohort = await activeCohort(db);
    seedPerson(db, { userId: 'UBOSSKID', role: 'mentor', managerId: 'UBOSS' }, cohort.id);
    seedPerson(db, { userId: 'UBOSS', role: 'mentee' }, cohort.id);
    seedPerson(db, { userId: 'USENIOR', role: 'mentor', seniority: '11-20' }, cohort.id);
    seedPerson(db, { userId: 'UJUNIORBOSS', role: 'mentee', seniority: '3-5' }, cohort.id);
    seedPerson(db, { userId: 'UOLDPAIR', role: 'mentee' }, cohort.id);
    seedPerson(db, { userId: 'UFREE', role: 'mentee' }, cohort.id);
    seedPerson(db, { userId: 'UELSEWHERE', role: 'mentee' });
    insertPair(db, { cohortId: earlier.id, mentorId: 'UBOSSKID', menteeId: 'UOLDPAIR', score: 1, reasons: [], source: 'matched', createdBy: ORG }, NOW);
    const before = listPairs(db, cohort.id).length;

    expect(pairManually(db, ORG, 'UBOSSKID', 'UBOSS', NOW)).toEqual({ ok: false, reason: 'manager' });
    expect(pairManually(db, ORG, 'UBOSSKID', 'UOLDPAIR', NOW)).toEqual({ ok: false, reason: 'previous_pair' });
    expect(pairManually(db, ORG, 'USENIOR', 'UJUNIORBOSS', NOW)).toEqual({ ok: false, reason: 'seniority' });
    expect(pairManually(db, ORG, 'UMENTOR1', 'UFREE', NOW)).toEqual({ ok: false, reason: 'capacity', count: 1, capacity: 1 });
    expect(pairManually(db, ORG, 'UBOSSKID', 'UMENTEE1', NOW)).toEqual({ ok: false, reason: 'mentee_taken', mentorId: 'UMENTOR1' });
    expect(pairManually(db, ORG, 'UBOSS', 'UBOSSKID', NOW)).toEqual({ ok: false, reason: 'wrong_role', userId: 'UBOSS', expected: 'mentor' });
    expect(pairManually(db, ORG, 'UBOSSKID', 'UBOSSKID', NOW)).toEqual({ ok: false, reason: 'same_person' });
    expect(pairManually(db, ORG, 'UBOSSKID', 'UELSEWHERE', NOW)).toEqual({ ok: false, reason: 'not_in_active_cohort', userId: 'UELSEWHERE' });
    expect(pairManually(db, ORG, 'UBOSSKID', 'UNOBODY', NOW)).toEqual({ ok: false, reason: 'not_participant', userId: 'UNOBODY' });
    expect(pairManually(db, ORG, 'UMENTOR1', 'UMENTEE1', NOW)).toEqual({ ok: false, reason: 'already_paired' });
    expect(listPairs(db, cohort.id)).toHaveLength(before);
  });

  it('a pair ended earlier in the same cohort counts as a previous pair', async () => {
    const { db } = freshDatabase();
    const cohort = await activeCohort(db);
    expect(unpairParticipant(db, 'UMENTEE1', NOW)).toMatchObject({ ok: true });
    expect(pairManually(db, ORG, 'UMENTOR1', 'UMENTEE1', NOW)).toEqual({ ok: false, reason: 'previous_pair' });
    expect(listPairs(db, cohort.id, 'active')).toHaveLength(0);
  });

  it('capacity counts only active mentees', async () => {
    const { db } = freshDatabase();
    const cohort = await activeCohort(db, 2);
    seedPerson(db, { userId: 'UMENTEE2', role: 'mentee' }, cohort.id);
    seedPerson(db, { userId: 'UMENTEE3', role: 'mentee' }, cohort.id);
    expect(pairManually(db, ORG, 'UMENTOR1', 'UMENTEE2', NOW)).toMatchObject({ ok: true });
    expect(pairManually(db, ORG, 'UMENTOR1', 'UMENTEE3', NOW)).toEqual({ ok: false, reason: 'capacity', count: 2, capacity: 2 });
  });
});

describe('unpair', () => {
  it("ends the person's pairs and skips that pair's pending intro and prompts, not other pairs' rows", async () => {
    const { db } = freshDatabase();
    const cohort = await activeCohort(db);
    const [pair] = listPairs(db, cohort.id);
    scheduleDelivery(db, { kind: 'nudge', dedupeKey: `nudge:pair:${pair!.id}:cycle:1`, cohortId: cohort.id, dueAt: NOW }, NOW);
    scheduleDelivery(db, { kind: 'nudge', dedupeKey: `nudge:pair:${pair!.id}0:cycle:1`, cohortId: cohort.id, dueAt: NOW }, NOW);

    const outcome = unpairParticipant(db, 'UMENTOR1', NOW);
    expect(outcome).toMatchObject({ ok: true, ended: [{ id: pair!.id }] });
    expect(findPair(db, pair!.id)).toMatchObject({ status: 'ended', endedAt: NOW.toISOString() });
    const byKey = Object.fromEntries(listDeliveries(db).map((d) => [d.dedupeKey, d.status]));
    expect(byKey).toEqual({
      [`intro:pair:${pair!.id}`]: 'skipped',
      [`nudge:pair:${pair!.id}:cycle:1`]: 'skipped',
      [`nudge:pair:${pair!.id}0:cycle:1`]: 'pending',
    });
    expect(participantStatus(db, 'UMENTEE1', NOW)?.partnerIds).toEqual([]);
    expect(unpairParticipant(db, 'UMENTOR1', NOW)).toEqual({ ok: false, reason: 'no_active_pair' });
  });
});

describe('rematch requests', () => {
  it('are for people with a partner, about one of their own pairs', async () => {
    const { db } = freshDatabase();
    const cohort = await activeCohort(db);
    seedPerson(db, { userId: 'ULONELY', role: 'mentee' }, cohort.id);
    const [pair] = listPairs(db, cohort.id);
    expect(rematchTarget(db, 'ULONELY')).toEqual({ ok: false, reason: 'no_pair' });
    expect(rematchTarget(db, 'UNOBODY')).toEqual({ ok: false, reason: 'not_participant' });
    expect(requestRematch(db, 'ULONELY', pair!.id, null, NOW)).toEqual({ ok: false, reason: 'no_pair' });
    const outcome = requestRematch(db, 'UMENTEE1', pair!.id, 'We never find a time', NOW);
    expect(outcome).toMatchObject({ ok: true, pair: { id: pair!.id } });
    expect(db.prepare('SELECT pair_id, user_id, reason, status FROM rematch_requests').all()).toEqual([
      { pair_id: pair!.id, user_id: 'UMENTEE1', reason: 'We never find a time', status: 'open' },
    ]);
  });
});
