import type { Db } from '../db/open';
import { inTransaction } from '../db/open';
import { enrolledUserIds, findCohort, findEnrollingCohort, listCohorts, type Cohort } from '../db/repositories/cohorts';
import { scheduleDelivery } from '../db/repositories/deliveries';
import {
  confirmedRun,
  findMatchRun,
  insertMatchRun,
  latestReadyRun,
  markCohortMatched,
  markRunConfirmed,
  markRunFailed,
  markRunReady,
  setRunProgressMessage,
  type MatchRun,
} from '../db/repositories/match-runs';
import { insertPair, pairsOutsideCohort } from '../db/repositories/pairs';
import { listEnrolledParticipants, type Participant } from '../db/repositories/participants';
import type { MatchCandidate, MatchInput, MatchResult } from './matching';
import { matchInThisThread, type MatchSolver } from './matching/thread';
import { cohortStartsAt } from './cohorts';

/**
 * Match runs (PRODUCT.md §3 `match`, §5): compute a preview for a cohort, let the organizer confirm the newest
 * one, and on confirm create the pairs and schedule their introductions through the delivery ledger.
 */

/** Ledger kinds and keys of the messages a confirmed match sends. */
export const INTRO_KIND = 'intro';
export const UNMATCHED_KIND = 'unmatched';
export const introKey = (pairId: number): string => `intro:pair:${pairId}`;
export const unmatchedKey = (cohortId: number, userId: string): string => `unmatched:cohort:${cohortId}:user:${userId}`;

/** What a run stores: the engine's result and who it was computed for (to notice changes before confirming). */
export interface StoredMatchResult extends MatchResult {
  candidateIds: string[];
}

export function toMatchCandidate(participant: Participant): MatchCandidate {
  return {
    userId: participant.userId,
    role: participant.role,
    department: participant.department,
    seniority: participant.seniority,
    topics: participant.topics,
    managerId: participant.managerId,
    timezone: participant.timezone,
    meeting: participant.meetingPref,
  };
}

/**
 * Everyone enrolled in the cohort who has not left. Paused people are matched too: a pause only holds back
 * prompts, and it ends by itself.
 */
export function matchCandidates(db: Db, cohortId: number): MatchCandidate[] {
  return listEnrolledParticipants(db, cohortId)
    .filter((participant) => participant.status !== 'left')
    .map(toMatchCandidate);
}

export function matchInputFor(db: Db, cohort: Cohort): MatchInput {
  const candidates = matchCandidates(db, cohort.id);
  return {
    mentors: candidates.filter((candidate) => candidate.role === 'mentor'),
    mentees: candidates.filter((candidate) => candidate.role === 'mentee'),
    capacity: cohort.capacity,
    previousPairs: pairsOutsideCohort(db, cohort.id),
    cohortTimezone: cohort.timezone,
    // Working hours are compared at the cohort's start, so the time zones' summer or winter time is the right one.
    referenceDate: cohortStartsAt(cohort),
  };
}

export type MatchTarget =
  | { ok: true; cohort: Cohort }
  | { ok: false; reason: 'no_enrolling' }
  | { ok: false; reason: 'not_found'; input: string }
  | { ok: false; reason: 'already_matched' | 'completed'; cohort: Cohort };

/** `match [cohort]`: the cohort that is enrolling, or the one named by id (`3`, `#3`) or by name. */
export function resolveMatchCohort(db: Db, argument: string): MatchTarget {
  const input = argument.trim();
  let cohort: Cohort | undefined;
  if (input === '') {
    cohort = findEnrollingCohort(db);
    if (!cohort) return { ok: false, reason: 'no_enrolling' };
  } else {
    const id = /^#?(\d{1,9})$/.exec(input)?.[1];
    const wanted = input.toLowerCase();
    cohort = id ? findCohort(db, Number(id)) : listCohorts(db).reverse().find((candidate) => candidate.name.trim().toLowerCase() === wanted);
    if (!cohort) return { ok: false, reason: 'not_found', input };
  }
  if (cohort.status === 'active') return { ok: false, reason: 'already_matched', cohort };
  if (cohort.status === 'completed') return { ok: false, reason: 'completed', cohort };
  return { ok: true, cohort };
}

export interface MatchPreview {
  run: MatchRun;
  cohort: Cohort;
  result: StoredMatchResult;
}

export type MatchRunOutcome = { ok: true; preview: MatchPreview } | { ok: false; reason: 'nobody_to_match'; cohort: Cohort };

/**
 * Computes a new run for the cohort and makes it the one to confirm (earlier previews are superseded). The run
 * row exists while computing, so a crash leaves a trace (`computing`) rather than nothing. `solve` runs the
 * engine: the app's listeners hand it to the matching thread (./matching/thread.ts), so the thread that serves
 * them is free meanwhile; the people matched are the ones read here, and confirming checks they still are.
 */
export async function computeMatchRun(
  db: Db,
  cohort: Cohort,
  requestedBy: string,
  now: Date,
  solve: MatchSolver = matchInThisThread,
): Promise<MatchRunOutcome> {
  const input = matchInputFor(db, cohort);
  if (input.mentors.length === 0 || input.mentees.length === 0) return { ok: false, reason: 'nobody_to_match', cohort };
  const run = inTransaction(db, () => insertMatchRun(db, cohort.id, requestedBy, now));
  let result: StoredMatchResult;
  try {
    result = { ...(await solve(input)), candidateIds: [...input.mentors, ...input.mentees].map((c) => c.userId).sort() };
  } catch (error) {
    inTransaction(db, () => markRunFailed(db, run.id));
    throw error;
  }
  inTransaction(db, () => markRunReady(db, run.id, JSON.stringify(result), result.totalScore));
  return { ok: true, preview: { run: findMatchRun(db, run.id) as MatchRun, cohort, result } };
}

export function parseMatchResult(run: MatchRun): StoredMatchResult | undefined {
  if (!run.resultJson) return undefined;
  return JSON.parse(run.resultJson) as StoredMatchResult;
}

export type RerunOutcome =
  | MatchRunOutcome
  | { ok: false; reason: 'not_found' }
  | { ok: false; reason: 'already_matched' | 'completed'; cohort: Cohort };

/** `match_rerun`: a fresh run for the same cohort; the old preview is superseded. */
export async function rerunMatch(db: Db, runId: number, requestedBy: string, now: Date, solve: MatchSolver = matchInThisThread): Promise<RerunOutcome> {
  const previous = findMatchRun(db, runId);
  const cohort = previous && findCohort(db, previous.cohortId);
  if (!previous || !cohort) return { ok: false, reason: 'not_found' };
  if (cohort.status === 'active') return { ok: false, reason: 'already_matched', cohort };
  if (cohort.status === 'completed') return { ok: false, reason: 'completed', cohort };
  return computeMatchRun(db, cohort, requestedBy, now, solve);
}

export type ConfirmOutcome =
  | { ok: true; run: MatchRun; cohort: Cohort; pairs: number; unmatched: number }
  | { ok: false; reason: 'not_found' }
  | { ok: false; reason: 'already_confirmed' | 'superseded' | 'completed' | 'stale' | 'no_pairs'; cohort: Cohort };

/**
 * `match_confirm`, in one transaction: only the cohort's newest ready run, only once per cohort, only when the
 * people it was computed for are still the ones to match. Creates the pairs, marks the run confirmed and the
 * cohort active, and schedules one introduction per pair and one DM per unmatched person (due now).
 */
export function confirmMatch(db: Db, runId: number, organizerId: string, now: Date): ConfirmOutcome {
  return inTransaction(db, (): ConfirmOutcome => {
    const run = findMatchRun(db, runId);
    const cohort = run && findCohort(db, run.cohortId);
    if (!run || !cohort) return { ok: false, reason: 'not_found' };
    if (run.status === 'confirmed' || confirmedRun(db, cohort.id) || cohort.status === 'active') {
      return { ok: false, reason: 'already_confirmed', cohort };
    }
    if (cohort.status === 'completed') return { ok: false, reason: 'completed', cohort };
    if (run.status !== 'ready' || latestReadyRun(db, cohort.id)?.id !== run.id) return { ok: false, reason: 'superseded', cohort };
    const result = parseMatchResult(run);
    if (!result) return { ok: false, reason: 'superseded', cohort };
    if (result.pairs.length === 0) return { ok: false, reason: 'no_pairs', cohort };
    const current = matchCandidates(db, cohort.id)
      .map((candidate) => candidate.userId)
      .sort();
    if (current.join(',') !== result.candidateIds.join(',')) return { ok: false, reason: 'stale', cohort };

    for (const proposed of result.pairs) {
      const pair = insertPair(
        db,
        { cohortId: cohort.id, mentorId: proposed.mentorId, menteeId: proposed.menteeId, score: proposed.score, reasons: proposed.reasons, source: 'matched', createdBy: organizerId },
        now,
      );
      scheduleDelivery(db, { kind: INTRO_KIND, dedupeKey: introKey(pair.id), cohortId: cohort.id, subjectId: pair.id, dueAt: now }, now);
    }
    const unmatched = [...result.unmatchedMentors, ...result.unmatchedMentees];
    for (const userId of unmatched) {
      scheduleDelivery(db, { kind: UNMATCHED_KIND, dedupeKey: unmatchedKey(cohort.id, userId), cohortId: cohort.id, userId, dueAt: now }, now);
    }
    markRunConfirmed(db, run.id, organizerId, now);
    markCohortMatched(db, cohort.id);
    return { ok: true, run: findMatchRun(db, run.id) as MatchRun, cohort: findCohort(db, cohort.id) as Cohort, pairs: result.pairs.length, unmatched: unmatched.length };
  });
}

/** Where the organizer follows the introductions of a confirmed run, and in which language. */
export function recordProgressMessage(db: Db, runId: number, message: { channel: string; ts: string; locale: string }): void {
  inTransaction(db, () => setRunProgressMessage(db, runId, message));
}
