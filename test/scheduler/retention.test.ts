import type { Db } from '../../src/db/open';
import { findOwnReflection } from '../../src/db/repositories/reflections';
import { partsOfPair, upsertAgreementPart } from '../../src/db/repositories/agreements';
import { checkinCounts, findOwnCheckin, upsertCheckin } from '../../src/db/repositories/checkins';
import { finalCounts, findOwnFinalEvaluation, upsertFinalEvaluation } from '../../src/db/repositories/final-evaluations';
import { runTick, type TickDeps } from '../../src/scheduler/tick';
import { reflectionStats } from '../../src/services/reflection-insights';
import { freshDatabase } from '../helpers/db';
import { addCohort, addPair, PROMPTS_TOKEN, tickDeps } from '../helpers/prompts';
import { cycleDue, postPrompt, seedReflection } from '../helpers/reflections';
import { startFakeSlack, type FakeSlack } from '../support/fake-slack';

const DAY = 24 * 60 * 60 * 1000;

/** Retention (PRODUCT.md §7): the scheduler empties reflection texts older than REFLECTION_RETENTION_DAYS. */
describe('tick: reflection retention', () => {
  let fake: FakeSlack;
  let db: Db;
  let deps: TickDeps;

  beforeEach(async () => {
    fake = await startFakeSlack({ botToken: PROMPTS_TOKEN });
    const fresh = freshDatabase();
    db = fresh.db;
    deps = tickDeps(db, fake, fresh.path);
  });
  afterEach(async () => {
    db.close();
    await fake.close();
  });

  it('purges texts past the retention period on a tick, keeping ratings, answers and the rows', async () => {
    const cohort = addCohort(db, {}, 'completed');
    const pair = addPair(db, { cohort, mentor: { userId: 'U0MEN00001', role: 'mentor' }, mentee: { userId: 'U0MEE00001', role: 'mentee' } });
    const first = postPrompt(db, pair, 1);
    const second = postPrompt(db, pair, 2);
    seedReflection(db, pair, 1, { promptId: first, userId: 'U0MEE00001', learned: 'old words', nextStep: 'old step', rating: 2, sharing: 'named' }, cycleDue(1));
    seedReflection(db, pair, 1, { promptId: first, userId: 'U0MEN00001', met: 'no', rating: null, sharing: 'private' }, cycleDue(1));
    seedReflection(db, pair, 2, { promptId: second, userId: 'U0MEE00001', learned: 'newer words', rating: 5 }, cycleDue(2));
    const before = reflectionStats(db, cohort.id);
    expect(deps.config.reflectionRetentionDays).toBe(365);

    // A year less a day after the first: nothing is old enough.
    expect((await runTick(deps, new Date(cycleDue(1).getTime() + 364 * DAY))).reflectionTextsPurged).toBe(0);
    // Just past a year after the first reflection (and not yet after the second).
    const report = await runTick(deps, new Date(cycleDue(1).getTime() + 365 * DAY + 60_000));
    expect(report.reflectionTextsPurged).toBe(1);
    expect(report.failedSteps).toEqual([]);
    expect(findOwnReflection(db, first, 'U0MEE00001')).toMatchObject({ learned: null, nextStep: null, rating: 2, met: 'yes', sharing: 'named' });
    expect(findOwnReflection(db, second, 'U0MEE00001')).toMatchObject({ learned: 'newer words', rating: 5 });
    expect(reflectionStats(db, cohort.id)).toEqual(before);

    // A shorter setting purges sooner; the next tick finds nothing more to do.
    const shorter = { ...deps, config: { ...deps.config, reflectionRetentionDays: 30 } };
    expect((await runTick(shorter, new Date(cycleDue(2).getTime() + 31 * DAY))).reflectionTextsPurged).toBe(1);
    expect((await runTick(shorter, new Date(cycleDue(2).getTime() + 32 * DAY))).reflectionTextsPurged).toBe(0);
    expect(db.prepare('SELECT COUNT(*) AS n FROM reflections WHERE learned IS NOT NULL OR next_step IS NOT NULL').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT COUNT(*) AS n FROM reflections').get()).toEqual({ n: 3 });
  });

  it('purges the agreement\'s goals and hopes, check-in notes and final evaluations\' words the same way, keeping every answer', async () => {
    const cohort = addCohort(db, {}, 'completed');
    const pair = addPair(db, { cohort, mentor: { userId: 'U0MEN00001', role: 'mentor' }, mentee: { userId: 'U0MEE00001', role: 'mentee' } });
    const at = cycleDue(1);
    upsertAgreementPart(db, { pairId: pair.id, role: 'mentee', userId: 'U0MEE00001', goals: 'old goals', hopes: null, cadence: 'weekly', norms: ['confidential'] }, at);
    upsertAgreementPart(db, { pairId: pair.id, role: 'mentor', userId: 'U0MEN00001', goals: null, hopes: 'old hopes', cadence: 'monthly', norms: ['confidential'] }, at);
    upsertCheckin(db, { pairId: pair.id, cohortId: cohort.id, cycle: 2, userId: 'U0MEE00001', role: 'mentee', relationship: 2, progress: 'some', note: 'old note' }, at);
    const later = new Date(at.getTime() + 40 * DAY);
    upsertFinalEvaluation(
      db,
      { pairId: pair.id, cohortId: cohort.id, userId: 'U0MEE00001', role: 'mentee', goalsMet: 4, changed: 'newer words', sharing: 'named', recommend: 9, again: null },
      later,
    );
    const counts = () => ({ checkins: checkinCounts(db, cohort.id), finals: finalCounts(db, cohort.id) });
    const before = counts();

    const report = await runTick(deps, new Date(at.getTime() + 365 * DAY + 60_000));
    // The two agreement parts and the note; the final evaluation is newer.
    expect(report.reflectionTextsPurged).toBe(3);
    expect(partsOfPair(db, pair.id)).toEqual([
      expect.objectContaining({ role: 'mentor', hopes: null, cadence: 'monthly', textRemovedAt: expect.any(String) }),
      expect.objectContaining({ role: 'mentee', goals: null, cadence: 'weekly', textRemovedAt: expect.any(String) }),
    ]);
    expect(findOwnCheckin(db, pair.id, 'U0MEE00001')).toMatchObject({ note: null, relationship: 2, progress: 'some' });
    expect(findOwnFinalEvaluation(db, pair.id, 'U0MEE00001')).toMatchObject({ changed: 'newer words' });
    expect((await runTick(deps, new Date(later.getTime() + 366 * DAY))).reflectionTextsPurged).toBe(1);
    expect(findOwnFinalEvaluation(db, pair.id, 'U0MEE00001')).toMatchObject({ changed: null, goalsMet: 4, recommend: 9 });
    expect(counts()).toEqual(before);
    // The WAL still held them: the purge owes it a truncation, which the same pass settles.
    expect(db.prepare('SELECT COUNT(*) AS n FROM wal_erasure_owed').get()).toEqual({ n: 0 });
  });
});
