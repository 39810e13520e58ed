import type { Db } from '../../src/db/open';
import { findOwnReflection } from '../../src/db/repositories/reflections';
import { runTick, type TickDeps } from '../../src/scheduler/tick';
import { reflectionStats } from '../../src/services/reflection-insights';
import { freshDatabase } from '../helpers/db';
import { addCohort, addPair, tickDeps } from '../helpers/prompts';
import { cycleDue, postPrompt, seedReflection } from '../helpers/reflections';
import { startFakeSlack, type FakeSlack } from '../support/fake-slack';

const DAY = 24 * 60 * 60 * 1000;

/** Retention (PRODUCT.md §7): the scheduler empties reflection texts older than REFLECTION_RETENTION_DAYS. */
describe('tick: reflection retention', () => {
  let fake: FakeSlack;
  let db: Db;
  let deps: TickDeps;

  beforeEach(async () => {
    fake = await startFakeSlack();
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
});
