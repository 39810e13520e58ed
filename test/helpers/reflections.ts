import type { Db } from '../../src/db/open';
import type { Pair } from '../../src/db/repositories/pairs';
import { insertPrompt, recordPromptPosted, setPromptTopic } from '../../src/db/repositories/prompts';
import { upsertReflection, type ReflectionWrite } from '../../src/db/repositories/reflections';

/**
 * Reflection fixtures written straight through the repositories, for tests that are not about the Slack flow
 * (the e2e tests post prompts with runTick and reflect through the modal).
 */

/** Cycle k of the default test cohort (helpers/prompts addCohort: Mondays 09:00 Stockholm from 16 March 2026). */
export function cycleDue(cycle: number): Date {
  const dueAt = new Date(Date.UTC(2026, 2, 16 + 7 * (cycle - 1), 8));
  // Summer time starts on 29 March 2026: 09:00 in Stockholm is 07:00 UTC from then on.
  return cycle >= 3 ? new Date(dueAt.getTime() - 60 * 60 * 1000) : dueAt;
}

/** A prompt for the pair's cycle, posted at its due time (or `postedAt`), about `topicId`. Returns its id. */
export function postPrompt(db: Db, pair: Pair, cycle: number, options: { postedAt?: Date; topicId?: string } = {}): number {
  const dueAt = cycleDue(cycle);
  const postedAt = options.postedAt ?? dueAt;
  const promptId = insertPrompt(db, { pairId: pair.id, cohortId: pair.cohortId, cycle, dueAt }, dueAt);
  if (promptId === undefined) throw new Error(`pair ${pair.id} already has cycle ${cycle}`);
  setPromptTopic(db, promptId, { topicId: options.topicId ?? 'ai-at-work', locale: 'en', questions: ['Q1?', 'Q2?'], passedTopics: [] }, dueAt);
  recordPromptPosted(db, promptId, { channel: pair.channelId ?? 'G0000000', ts: `${Math.floor(postedAt.getTime() / 1000)}.000${cycle}00` }, postedAt);
  return promptId;
}

export type ReflectionSeed = Pick<ReflectionWrite, 'promptId' | 'userId'> & Partial<ReflectionWrite>;

/** A reflection written as the person on the pair's prompt (no checks: for aggregate and privacy tests). */
export function seedReflection(db: Db, pair: Pair, cycle: number, seed: ReflectionSeed, now: Date): void {
  upsertReflection(
    db,
    {
      pairId: pair.id,
      cohortId: pair.cohortId,
      cycle,
      role: seed.userId === pair.mentorId ? 'mentor' : 'mentee',
      met: 'yes',
      rating: 4,
      topicId: 'ai-at-work',
      learned: null,
      nextStep: null,
      sharing: 'private',
      ...seed,
    },
    now,
  );
}
