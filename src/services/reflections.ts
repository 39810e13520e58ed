import type { Db } from '../db/open';
import { inTransaction } from '../db/open';
import { findCohort, type Cohort } from '../db/repositories/cohorts';
import { findPair, type Pair } from '../db/repositories/pairs';
import { findParticipant } from '../db/repositories/participants';
import { findPrompt, latestPostedPromptIdFor, listPromptResponses, listPromptsOfPair, recordPromptResponse, type Prompt } from '../db/repositories/prompts';
import {
  findOwnReflection,
  purgeReflectionTextsBefore,
  upsertReflection,
  type MetAnswer,
  type Reflection,
  type SharingLevel,
} from '../db/repositories/reflections';
import { approvedTopicIds } from '../db/repositories/topics';
import { purgeAgreementTextsBefore } from '../db/repositories/agreements';
import { purgeCheckinNotesBefore } from '../db/repositories/checkins';
import { purgeFinalTextsBefore } from '../db/repositories/final-evaluations';
import type { Role } from '../domain';
import { owePersonalDataErasure } from './erasure';
import { cohortCompletesAt, cycleCount, pairDueAt } from './calendar';
import { sessionClosedAt } from './anonymity';

/**
 * Reflections as their author writes them (PRODUCT.md §7): one per person per cycle, editable until the cycle
 * closes (the pair's next prompt is due, or the programme has ended). Prompt ids arrive in button values and
 * private_metadata, which anyone can forge, so every read and write checks that the person is a member of the
 * prompt's pair. What organizers may see is in reflection-insights.ts.
 */

export type { MetAnswer, Reflection, SharingLevel } from '../db/repositories/reflections';

export const MET_ANSWERS: readonly MetAnswer[] = ['yes', 'no', 'rescheduled'];
export const SHARING_LEVELS: readonly SharingLevel[] = ['private', 'anonymous', 'named'];
export const RATINGS = [1, 2, 3, 4, 5] as const;

/** Limits named in the modal and in its errors (code points, as a person counts). */
export const REFLECTION_LIMITS = {
  learnedChars: 2000,
  nextStepChars: 500,
} as const;

/** A rating at or below this makes the pair at risk (PRODUCT.md §7). */
export const LOW_RATING_MAX = 2;

// ---------------------------------------------------------------------------------------------------------------
// Which prompt, and may this person reflect on it
// ---------------------------------------------------------------------------------------------------------------

/** Why a reflection cannot be opened or saved. */
export type ReflectionRefusal = 'no_prompt' | 'not_found' | 'not_member' | 'not_posted' | 'closed' | 'pair_ended';

export interface ReflectionContext {
  prompt: Prompt;
  pair: Pair;
  cohort: Cohort;
  /** The person's side of the pair: the modal's wording follows it. */
  role: Role;
  cycles: number;
  /** The last cycle: the reflection is the final one. */
  closing: boolean;
  /** Until when it can be written or changed. */
  closesAt: Date;
  /** What they saved before, to pre-fill the modal. */
  existing: Reflection | undefined;
  /** What "We met" or "Skip" on the prompt already says (their own press first, else their partner's). */
  recordedMet: MetAnswer | undefined;
}

/** A refusal says which cycle was closed, and whether it was the last one (the programme has ended). */
export type ReflectionContextResult =
  | { ok: true; context: ReflectionContext }
  | { ok: false; reason: ReflectionRefusal; cycle?: number; final?: boolean };

/** The cycle of `prompt` closes when the pair's next prompt is due, or for the last cycle when the cohort completes. */
export function cycleClosesAt(db: Db, prompt: Prompt, pair: Pair, cohort: Cohort): Date {
  if (prompt.cycle >= cycleCount(cohort)) return cohortCompletesAt(cohort);
  const next = listPromptsOfPair(db, pair.id).find((candidate) => candidate.cycle === prompt.cycle + 1);
  if (next) return new Date(next.dueAt);
  // Not planned (the pair ended): when it would have been due.
  const zones = [findParticipant(db, pair.mentorId)?.timezone, findParticipant(db, pair.menteeId)?.timezone];
  return pairDueAt(cohort, prompt.cycle + 1, zones);
}

/** Whether `userId` may reflect on `promptId` now; the checks every open and every save goes through. */
export function reflectionContext(db: Db, promptId: number, userId: string, now: Date): ReflectionContextResult {
  const prompt = findPrompt(db, promptId);
  const pair = prompt && findPair(db, prompt.pairId);
  const cohort = prompt && findCohort(db, prompt.cohortId);
  if (!prompt || !pair || !cohort) return { ok: false, reason: 'not_found' };
  if (pair.mentorId !== userId && pair.menteeId !== userId) return { ok: false, reason: 'not_member' };
  if (!prompt.postedAt) return { ok: false, reason: 'not_posted' };
  // A closed cohort reads as "the programme has ended" (below); a pair ended within a running cohort
  // (unpair, leave, forget-me) takes no more reflections on its prompts.
  if (cohort.status === 'active' && pair.status !== 'active') return { ok: false, reason: 'pair_ended' };
  // The pair's own session closes at its next prompt; the cohort's, for every pair, at the latest (anonymity.ts,
  // rule 3: a channel counts a session's ratings only once nobody can add or change one).
  const closesAt = new Date(Math.min(cycleClosesAt(db, prompt, pair, cohort).getTime(), sessionClosedAt(cohort, prompt.cycle).getTime()));
  const cycles = cycleCount(cohort);
  if (cohort.status === 'completed' || now.getTime() >= closesAt.getTime()) {
    return { ok: false, reason: 'closed', cycle: prompt.cycle, final: cohort.status === 'completed' || prompt.cycle >= cycles };
  }
  return {
    ok: true,
    context: {
      prompt,
      pair,
      cohort,
      role: pair.mentorId === userId ? 'mentor' : 'mentee',
      cycles,
      closing: prompt.cycle >= cycles,
      closesAt,
      existing: findOwnReflection(db, prompt.id, userId),
      recordedMet: recordedMeeting(db, prompt.id, userId),
    },
  };
}

/** "We met" → yes, "Skip this session" → no: the person's own press counts first, then their partner's. */
function recordedMeeting(db: Db, promptId: number, userId: string): MetAnswer | undefined {
  const responses = listPromptResponses(db, promptId).filter((response) => response.kind !== 'reflected');
  const chosen = responses.find((response) => response.userId === userId) ?? responses[responses.length - 1];
  return chosen === undefined ? undefined : chosen.kind === 'met' ? 'yes' : 'no';
}

/** `/reverse-mentor reflect`: the person's latest prompt. */
export function latestReflectionContext(db: Db, userId: string, now: Date): ReflectionContextResult {
  const promptId = latestPostedPromptIdFor(db, userId);
  if (promptId === null) return { ok: false, reason: 'no_prompt' };
  return reflectionContext(db, promptId, userId, now);
}

// ---------------------------------------------------------------------------------------------------------------
// Validating and saving
// ---------------------------------------------------------------------------------------------------------------

/** The modal's values as typed (text already cleaned: trimmed, no control characters). */
export interface ReflectionInput {
  met: string | undefined;
  rating: string | undefined;
  topicId: string | undefined;
  learned: string;
  nextStep: string;
  sharing: string | undefined;
}

export type ReflectionField = 'met' | 'rating' | 'topic' | 'learned' | 'nextStep' | 'sharing';

export type ReflectionFieldError = 'met_required' | 'rating_required' | 'invalid_choice' | 'topic_unknown' | 'too_long';

export type ReflectionErrors = Partial<Record<ReflectionField, ReflectionFieldError>>;

export interface ValidReflection {
  met: MetAnswer;
  /** Only when they met; otherwise there was no session to rate. */
  rating: number | null;
  topicId: string | null;
  learned: string | null;
  nextStep: string | null;
  sharing: SharingLevel;
}

function codePoints(text: string): number {
  return [...text].length;
}

function oneOf<T extends string>(choices: readonly T[], value: string | undefined): T | undefined {
  return choices.find((choice) => choice === value);
}

/**
 * Every problem at once, per field (PRODUCT.md §10): the meeting answer is required, a rating is required when
 * they met, texts are within their limits, choices are ones the modal offers. `topicAllowed` says whether a
 * topic id may be chosen. No topic means the prompt's; no sharing choice means private.
 */
export function checkReflection(
  input: ReflectionInput,
  topicAllowed: (topicId: string) => boolean,
): { ok: true; value: ValidReflection } | { ok: false; errors: ReflectionErrors } {
  const errors: ReflectionErrors = {};
  const met = oneOf(MET_ANSWERS, input.met);
  if (input.met === undefined) errors.met = 'met_required';
  else if (!met) errors.met = 'invalid_choice';

  let rating: number | null = null;
  if (met === 'yes') {
    const parsed = input.rating === undefined ? undefined : RATINGS.find((value) => String(value) === input.rating);
    if (input.rating === undefined) errors.rating = 'rating_required';
    else if (parsed === undefined) errors.rating = 'invalid_choice';
    else rating = parsed;
  }

  if (input.topicId !== undefined && !topicAllowed(input.topicId)) errors.topic = 'topic_unknown';
  if (codePoints(input.learned) > REFLECTION_LIMITS.learnedChars) errors.learned = 'too_long';
  if (codePoints(input.nextStep) > REFLECTION_LIMITS.nextStepChars) errors.nextStep = 'too_long';

  const sharing = input.sharing === undefined ? 'private' : oneOf(SHARING_LEVELS, input.sharing);
  if (!sharing) errors.sharing = 'invalid_choice';

  if (Object.keys(errors).length > 0 || !met || !sharing) return { ok: false, errors };
  return {
    ok: true,
    value: {
      met,
      rating,
      topicId: input.topicId ?? null,
      learned: input.learned === '' ? null : input.learned,
      nextStep: input.nextStep === '' ? null : input.nextStep,
      sharing,
    },
  };
}

/** Topics a reflection may name: the approved ones, and whatever the prompt itself was about. */
export function reflectionTopicAllowed(db: Db, prompt: Prompt): (topicId: string) => boolean {
  return (topicId) =>
    topicId === prompt.topicId || prompt.passedTopics.includes(topicId) || approvedTopicIds(db, [topicId]).has(topicId);
}

export type SaveReflectionResult =
  | { ok: true; created: boolean; reflection: Reflection; lowRating: boolean; context: ReflectionContext }
  | { ok: false; reason: ReflectionRefusal; cycle?: number; final?: boolean }
  | { ok: false; reason: 'invalid'; errors: ReflectionErrors };

/**
 * Checks everything again under the write lock (membership, the cycle still open, the input), then stores the
 * reflection, replacing the person's earlier one, and records that they reflected (so no reminder goes out).
 */
export function saveReflection(db: Db, promptId: number, userId: string, input: ReflectionInput, now: Date): SaveReflectionResult {
  return inTransaction(db, (): SaveReflectionResult => {
    const found = reflectionContext(db, promptId, userId, now);
    if (!found.ok) return found;
    const { context } = found;
    const checked = checkReflection(input, reflectionTopicAllowed(db, context.prompt));
    if (!checked.ok) return { ok: false, reason: 'invalid', errors: checked.errors };
    const value = checked.value;
    const { created } = upsertReflection(
      db,
      {
        promptId: context.prompt.id,
        pairId: context.pair.id,
        cohortId: context.cohort.id,
        cycle: context.prompt.cycle,
        userId,
        role: context.role,
        ...value,
        topicId: value.topicId ?? context.prompt.topicId,
      },
      now,
    );
    recordPromptResponse(db, { promptId: context.prompt.id, userId, kind: 'reflected' }, now);
    const reflection = findOwnReflection(db, context.prompt.id, userId) as Reflection;
    return { ok: true, created, reflection, lowRating: value.rating !== null && value.rating <= LOW_RATING_MAX, context };
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Retention
// ---------------------------------------------------------------------------------------------------------------

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Scheduler step (PRODUCT.md §7): reflection texts written more than `retentionDays` days before `now` are
 * emptied, and so are the kickoff agreement's goals and hopes, check-in notes and final evaluations' words; the
 * ratings, answers, sharing choices and rows stay for the counts. Returns how many records lost their text.
 */
export function purgeExpiredReflectionTexts(db: Db, now: Date, retentionDays: number): number {
  return inTransaction(db, () => {
    const before = new Date(now.getTime() - retentionDays * DAY_MS);
    // The same rule covers every text people write about their pairing (PRODUCT.md §12): the agreement's goals and
    // hopes, the check-in's note for the organizers, the final evaluation's words.
    const purged =
      purgeReflectionTextsBefore(db, before, now) +
      purgeAgreementTextsBefore(db, before, now) +
      purgeCheckinNotesBefore(db, before, now) +
      purgeFinalTextsBefore(db, before, now);
    // The WAL still holds the texts as they were: truncated by the scheduler (services/erasure.ts).
    if (purged > 0) owePersonalDataErasure(db, now);
    return purged;
  });
}
