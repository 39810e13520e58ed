import type { Cohort } from '../db/repositories/cohorts';
import { cohortCompletesAt, cycleCount, cycleDate, zonedInstant } from './calendar';

/**
 * Anonymity of the figures a channel sees (issue 18 item 5; PRODUCT.md §7, §8, §12.3, §12.5). A summary channel is
 * read by people who know who took part and roughly when each answered, so a figure must not let anyone work out
 * one person's answer: not by itself, and not by setting two published figures side by side (an average from 3
 * ratings on Monday, from 4 on Tuesday: the fourth rating is 4 × Tuesday's − 3 × Monday's). The rule, for every
 * figure built from people's answers — session ratings, the check-in, the final evaluation, the follow-up:
 *
 * 1. Enough answers. An average or a distribution (counts per choice) is published only when at least
 *    MIN_ANSWERS = 3 answers stand behind it, the Net Promoter Score only from MIN_NPS_ANSWERS = 5. Below that the
 *    channel reads how many answers there are, nothing of what they said.
 * 2. Rounded. Averages to one decimal, the Net Promoter Score to a whole number.
 * 3. Closed answers only. A figure counts only answers that can no longer be given or changed: a session's ratings
 *    once the session has closed for every pair (sessionClosedAt: a pair's reflections close when its next prompt
 *    is due, at the latest a day after the cohort's own clock reaches the next session, and saving is refused
 *    from sessionClosedAt on in any case), the check-in once its session has closed the same way, the final
 *    evaluation once the cohort has completed, the follow-up once its window has closed. So a figure comes out the
 *    same whenever and wherever it is posted — a scheduled summary, `/reverse-mentor summary` in any channel at any
 *    moment, the final report — and no two posts can straddle one person's answer.
 * 4. Steps of at least three. A figure that grows over the programme (ratings, session by session) moves only in
 *    steps: it counts the closed sessions up to its latest checkpoint, and a checkpoint is reached each time the
 *    sessions closed since the previous one bring at least MIN_ANSWERS new answers (steppedSessions). The check-in,
 *    the final evaluation and the follow-up are each asked once and published from one closed set.
 *
 * So any two published figures of one kind are either identical or built from sets of answers that differ by at
 * least three answers: subtracting one from the other gives an aggregate of three or more answers, never one
 * person's (test/e2e/anonymity.test.ts plays the attack on a four-pair cohort's channel posts). Counts of taking
 * part — prompts sent, pairs that pressed "We met", reflections written — are not answers: a pair's meeting is told
 * in its own group message, and that a reflection exists is what organizers may know (§7); they are shown as they
 * are.
 */

export const MIN_ANSWERS = 3;
export const MIN_NPS_ANSWERS = 5;

const HOUR_MS = 60 * 60 * 1000;
/**
 * A pair's session k closes when its prompt of session k + 1 is due: the nudge time in the later of its members'
 * zones, at most 26 hours after the cohort's own zone gets there (zones run from UTC−12 to UTC+14). Two days covers
 * it with room to spare.
 */
export const SESSION_CLOSE_MARGIN_MS = 48 * HOUR_MS;

/** From when nobody can write or change an answer on session `cycle` any more (reflections, the check-in). */
export function sessionClosedAt(cohort: Cohort, cycle: number): Date {
  if (cycle >= cycleCount(cohort)) return cohortCompletesAt(cohort);
  // When session k + 1 begins in the cohort's own zone (as summaries.cycleStartsAt), plus the margin.
  const nextBegins = zonedInstant(cycleDate(cohort, cycle + 1), cohort.nudgeTime, cohort.timezone);
  return new Date(nextBegins.getTime() + SESSION_CLOSE_MARGIN_MS);
}

/** How many sessions, from the first, have closed at `now` (all of them once the cohort has completed). */
export function closedSessions(cohort: Cohort, now: Date): number {
  const cycles = cycleCount(cohort);
  if (cohort.status === 'completed') return cycles;
  let closed = 0;
  for (let cycle = 1; cycle <= cycles; cycle += 1) {
    if (now.getTime() < sessionClosedAt(cohort, cycle).getTime()) break;
    closed = cycle;
  }
  return closed;
}

/**
 * Rule 4: of `perSession` (answers in each closed session, in order), how many sessions from the first a published
 * figure may count — the latest checkpoint, where every checkpoint adds at least `min` answers to the one before.
 * 0 when not even the first checkpoint is reached.
 */
export function steppedSessions(perSession: readonly number[], min = MIN_ANSWERS): number {
  let checkpoint = 0;
  let sinceCheckpoint = 0;
  perSession.forEach((answers, index) => {
    sinceCheckpoint += answers;
    if (sinceCheckpoint >= min) {
      checkpoint = index + 1;
      sinceCheckpoint = 0;
    }
  });
  return checkpoint;
}

/** Rules 1 and 2: an average of `answers` values summing to `sum`, to one decimal, or null below MIN_ANSWERS. */
export function publishedAverage(sum: number, answers: number): number | null {
  return answers >= MIN_ANSWERS ? Math.round((sum / answers) * 10) / 10 : null;
}

/** Rule 1: the counts per choice, or null below MIN_ANSWERS answers. */
export function publishedDistribution<K extends string | number>(counts: Record<K, number>): Record<K, number> | null {
  const answers = (Object.values(counts) as number[]).reduce((total, n) => total + n, 0);
  return answers >= MIN_ANSWERS ? { ...counts } : null;
}

export interface NetPromoterScore {
  answers: number;
  promoters: number;
  passives: number;
  detractors: number;
  /** % promoters (9–10) minus % detractors (0–6), a whole number from −100 to 100; null below MIN_NPS_ANSWERS. */
  score: number | null;
}

/** The Net Promoter Score of answers 0–10 (`counts[s]` = how many gave s). Rules 1 and 2. */
export function netPromoterScore(counts: readonly number[]): NetPromoterScore {
  let promoters = 0;
  let passives = 0;
  let detractors = 0;
  counts.forEach((n, score) => {
    if (score >= 9) promoters += n;
    else if (score >= 7) passives += n;
    else detractors += n;
  });
  const answers = promoters + passives + detractors;
  const score = answers >= MIN_NPS_ANSWERS ? Math.round(((promoters - detractors) / answers) * 100) : null;
  // -0 reads oddly: an even split is 0.
  return { answers, promoters, passives, detractors, score: score === 0 ? 0 : score };
}
