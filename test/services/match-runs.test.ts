import { completeCohort, enroll, findCohort } from '../../src/db/repositories/cohorts';
import { listDeliveries } from '../../src/db/repositories/deliveries';
import { findMatchRun } from '../../src/db/repositories/match-runs';
import { insertPair, listPairs } from '../../src/db/repositories/pairs';
import { setParticipantStatus } from '../../src/db/repositories/participants';
import {
  computeMatchRun,
  confirmMatch,
  matchCandidates,
  rerunMatch,
  resolveMatchCohort,
  type MatchPreview,
} from '../../src/services/match-runs';
import { freshDatabase } from '../helpers/db';
import { seedCohort, seedPeople, seedPerson } from '../helpers/programme';

const ORG = 'U0ORG00001';
const NOW = new Date('2026-12-01T09:00:00Z');

function preview(outcome: Awaited<ReturnType<typeof computeMatchRun>>): MatchPreview {
  if (!outcome.ok) throw new Error(`expected a preview, got ${outcome.reason}`);
  return outcome.preview;
}

describe('match runs', () => {
  it('computes a ready run from the enrolled, with paused people matched and people who left not', async () => {
    const { db } = freshDatabase();
    const cohort = seedCohort(db);
    const { mentorIds, menteeIds } = seedPeople(db, cohort.id, 3, 4);
    setParticipantStatus(db, mentorIds[0]!, 'paused', new Date('2026-12-10T00:00:00Z'), NOW);
    setParticipantStatus(db, menteeIds[0]!, 'left', null, NOW);

    expect(matchCandidates(db, cohort.id).map((c) => c.userId)).not.toContain(menteeIds[0]);
    const { run, result } = preview(await computeMatchRun(db, cohort, ORG, NOW));
    expect(run.status).toBe('ready');
    expect(result.pairs).toHaveLength(3);
    expect(result.pairs.map((p) => p.mentorId)).toContain(mentorIds[0]);
    expect([...result.unmatchedMentees]).toHaveLength(0);
    expect(result.candidateIds).not.toContain(menteeIds[0]);
    expect(findMatchRun(db, run.id)?.totalScore).toBe(result.totalScore);
  });

  it('refuses a cohort without mentors or without mentees', async () => {
    const { db } = freshDatabase();
    const cohort = seedCohort(db);
    seedPeople(db, cohort.id, 0, 3);
    expect(await computeMatchRun(db, cohort, ORG, NOW)).toMatchObject({ ok: false, reason: 'nobody_to_match' });
  });

  it('confirms once: pairs, ledger rows, run confirmed and cohort active; a second confirm changes nothing', async () => {
    const { db } = freshDatabase();
    const cohort = seedCohort(db);
    seedPeople(db, cohort.id, 3, 5);
    const { run, result } = preview(await computeMatchRun(db, cohort, ORG, NOW));

    const first = confirmMatch(db, run.id, ORG, NOW);
    expect(first).toMatchObject({ ok: true, pairs: 3, unmatched: 2 });
    const pairs = listPairs(db, cohort.id);
    expect(pairs.map((p) => [p.mentorId, p.menteeId])).toEqual(result.pairs.map((p) => [p.mentorId, p.menteeId]));
    expect(pairs.every((p) => p.source === 'matched' && p.status === 'active' && p.reasons.length > 0)).toBe(true);
    const rows = listDeliveries(db, { cohortId: cohort.id });
    expect(rows.filter((d) => d.kind === 'intro').map((d) => d.dedupeKey).sort()).toEqual(pairs.map((p) => `intro:pair:${p.id}`).sort());
    expect(rows.filter((d) => d.kind === 'unmatched').map((d) => d.userId).sort()).toEqual([...result.unmatchedMentees].sort());
    expect(rows.every((d) => d.status === 'pending' && d.dueAt === NOW.toISOString())).toBe(true);
    expect(findMatchRun(db, run.id)).toMatchObject({ status: 'confirmed', confirmedBy: ORG });
    expect(findCohort(db, cohort.id)?.status).toBe('active');

    expect(confirmMatch(db, run.id, ORG, NOW)).toMatchObject({ ok: false, reason: 'already_confirmed' });
    expect(listPairs(db, cohort.id)).toHaveLength(3);
    expect(listDeliveries(db, { cohortId: cohort.id })).toHaveLength(rows.length);
  });

  it('only the newest preview can be confirmed; a re-run supersedes the old one', async () => {
    const { db } = freshDatabase();
    const cohort = seedCohort(db);
    seedPeople(db, cohort.id, 2, 2);
    const old = preview(await computeMatchRun(db, cohort, ORG, NOW));
    const fresh = preview((await rerunMatch(db, old.run.id, ORG, NOW)) as Awaited<ReturnType<typeof computeMatchRun>>);
    expect(findMatchRun(db, old.run.id)?.status).toBe('superseded');
    // Same input, same answer.
    expect(fresh.result.pairs).toEqual(old.result.pairs);
    expect(confirmMatch(db, old.run.id, ORG, NOW)).toMatchObject({ ok: false, reason: 'superseded' });
    expect(listPairs(db, cohort.id)).toHaveLength(0);
    expect(confirmMatch(db, fresh.run.id, ORG, NOW)).toMatchObject({ ok: true });
    expect(await rerunMatch(db, fresh.run.id, ORG, NOW)).toMatchObject({ ok: false, reason: 'already_matched' });
  });

  it('refuses a preview that no longer matches who is enrolled', async () => {
    const { db } = freshDatabase();
    const cohort = seedCohort(db);
    seedPeople(db, cohort.id, 2, 2);
    const { run } = preview(await computeMatchRun(db, cohort, ORG, NOW));
    seedPerson(db, { userId: 'ULATECOMER', role: 'mentee' }, cohort.id);
    expect(confirmMatch(db, run.id, ORG, NOW)).toMatchObject({ ok: false, reason: 'stale' });
    expect(listPairs(db, cohort.id)).toHaveLength(0);
    expect(findCohort(db, cohort.id)?.status).toBe('enrolling');
  });

  it('never repeats a pair from an earlier cohort; a preview without pairs cannot be confirmed', async () => {
    const { db } = freshDatabase();
    const earlier = seedCohort(db, { name: 'Autumn 2026' });
    seedPerson(db, { userId: 'UMENTOR001', role: 'mentor' }, earlier.id);
    seedPerson(db, { userId: 'UMENTEE001', role: 'mentee' }, earlier.id);
    insertPair(db, { cohortId: earlier.id, mentorId: 'UMENTOR001', menteeId: 'UMENTEE001', score: 50, reasons: [], source: 'matched', createdBy: ORG }, NOW);
    completeCohort(db, earlier.id, NOW);
    const cohort = seedCohort(db);
    enroll(db, cohort.id, 'UMENTOR001', NOW);
    enroll(db, cohort.id, 'UMENTEE001', NOW);

    const { run, result } = preview(await computeMatchRun(db, cohort, ORG, NOW));
    expect(result.pairs).toEqual([]);
    expect(confirmMatch(db, run.id, ORG, NOW)).toMatchObject({ ok: false, reason: 'no_pairs' });
  });

  it('finds the cohort to match: the enrolling one, by id or by name', () => {
    const { db } = freshDatabase();
    expect(resolveMatchCohort(db, '')).toEqual({ ok: false, reason: 'no_enrolling' });
    const done = seedCohort(db, { name: 'Old' });
    completeCohort(db, done.id, NOW);
    const cohort = seedCohort(db, { name: 'Spring 2027' });
    expect(resolveMatchCohort(db, '')).toMatchObject({ ok: true, cohort: { id: cohort.id } });
    expect(resolveMatchCohort(db, `#${cohort.id}`)).toMatchObject({ ok: true, cohort: { id: cohort.id } });
    expect(resolveMatchCohort(db, 'spring 2027')).toMatchObject({ ok: true, cohort: { id: cohort.id } });
    expect(resolveMatchCohort(db, String(done.id))).toMatchObject({ ok: false, reason: 'completed' });
    expect(resolveMatchCohort(db, 'Winter')).toEqual({ ok: false, reason: 'not_found', input: 'Winter' });
  });
});
