import type { Worker } from 'node:worker_threads';
import { createLogger } from '../../src/logger';
import { matchCohort, MatchingError } from '../../src/services/matching';
import { startMatchingThread, type MatchingThread } from '../../src/services/matching/thread';
import { randomCohort } from '../helpers/cohorts';

/**
 * The matching engine in its thread (src/services/matching/thread.ts): the same pairs as in place, the engine's
 * errors as they are, and a run lost with a dying thread failing rather than hanging, the thread then started again.
 */

describe('the matching thread', () => {
  let thread: MatchingThread | undefined;
  let workers: Worker[];
  const lines: Array<{ level: number; msg: string }> = [];

  beforeEach(async () => {
    workers = [];
    lines.length = 0;
    const logger = createLogger({ level: 'info', destination: { write: (line: string) => void lines.push(JSON.parse(line)) } });
    thread = await startMatchingThread(logger, { restartAfterMs: 50, onThread: (worker) => workers.push(worker) });
  });

  afterEach(async () => {
    await thread?.stop();
  });

  it('gives the pairs matching in place gives, for cohorts on both of the solver’s paths, in any input order', async () => {
    for (const [people, capacity] of [[60, 2], [1_000, 1]] as const) {
      const input = randomCohort(people, capacity, 7 + people);
      const expected = matchCohort(input);
      expect(await thread!.solve(input)).toEqual(expected);
      const reordered = { ...input, mentors: [...input.mentors].reverse(), mentees: [...input.mentees].reverse() };
      expect(await thread!.solve(reordered)).toEqual(expected);
    }
  }, 60_000);

  it('answers runs asked for at once, each with its own result', async () => {
    const inputs = [randomCohort(40, 1, 1), randomCohort(50, 2, 2), randomCohort(30, 3, 3)];
    const results = await Promise.all(inputs.map((input) => thread!.solve(input)));
    expect(results).toEqual(inputs.map((input) => matchCohort(input)));
  });

  it("throws the engine's own error, with its code, for input the engine refuses", async () => {
    const input = { ...randomCohort(10, 1, 4), capacity: 7 };
    const failure = await thread!.solve(input).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(MatchingError);
    expect(failure).toMatchObject({ code: 'invalid_capacity' });
    // The thread carries on.
    expect(await thread!.solve(randomCohort(10, 1, 5))).toEqual(matchCohort(randomCohort(10, 1, 5)));
  });

  it('fails a run the thread dies during (never leaves it waiting), and the thread started again takes the next', async () => {
    const input = randomCohort(5_000, 1, 20250303);
    const lost = thread!.solve(input).catch((error: unknown) => error);
    await new Promise((resolve) => setTimeout(resolve, 100));
    await workers[0]?.terminate();
    expect(await lost).toMatchObject({ code: 'matching_thread_ended' });
    expect(lines.map((line) => line.msg)).toContain('matching thread ended');
    const small = randomCohort(20, 1, 6);
    expect(await thread!.solve(small)).toEqual(matchCohort(small));
    expect(workers).toHaveLength(2);
  }, 60_000);
});
