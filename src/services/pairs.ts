import type { Locale } from '../config';
import type { Db } from '../db/open';
import { inTransaction } from '../db/open';
import { currentCohortOf, type Cohort } from '../db/repositories/cohorts';
import { scheduleDelivery, skipPendingByKeys, skipPendingForPair } from '../db/repositories/deliveries';
import {
  countActiveMentees,
  endPair,
  findPairBetween,
  insertPair,
  findSameOpenRematchRequest, insertRematchRequest,
  listActivePairsOf,
  pairsOutsideCohort,
  type Pair,
} from '../db/repositories/pairs';
import { findParticipant, type Participant } from '../db/repositories/participants';
import { CATALOGS, resolveLocale } from '../i18n';
import { forbiddenReason, scorePair, type ForbiddenReason } from './matching';
import { INTRO_KIND, introKey, toMatchCandidate, unmatchedKey } from './match-runs';

/** Pairs after matching: their language, partners, manual changes by organizers and rematch requests. */

/**
 * The language a pair's shared messages (introduction, weekly prompts) are written in: the one both speak when
 * they share it, otherwise the mentor's; a side whose Slack locale is unknown follows the other.
 */
export function pairLocale(mentorLocale: string | null | undefined, menteeLocale: string | null | undefined, fallback: Locale): Locale {
  // A locale we do not speak (de-DE) counts as unknown here, so the other member's language can be used.
  const spoken = (locale: string | null | undefined): Locale | undefined => {
    const language = locale?.slice(0, 2).toLowerCase();
    return language !== undefined && language in CATALOGS ? resolveLocale(language, fallback) : undefined;
  };
  return spoken(mentorLocale) ?? spoken(menteeLocale) ?? fallback;
}

/** The person's current partners: a mentor's mentees, a mentee's mentor. */
export function activePartnerIds(db: Db, userId: string, cohortId: number): string[] {
  return listActivePairsOf(db, userId, cohortId).map((pair) => (pair.mentorId === userId ? pair.menteeId : pair.mentorId));
}

export function partnerOf(pair: Pair, userId: string): string {
  return pair.mentorId === userId ? pair.menteeId : pair.mentorId;
}

export type ManualPairRefusal =
  | { reason: 'not_participant'; userId: string }
  | { reason: 'wrong_role'; userId: string; expected: 'mentor' | 'mentee' }
  | { reason: 'not_in_active_cohort'; userId: string }
  | { reason: 'different_cohorts' }
  | { reason: 'already_paired' }
  | { reason: 'mentee_taken'; mentorId: string }
  | { reason: 'capacity'; count: number; capacity: number }
  | { reason: ForbiddenReason };

export type ManualPairOutcome = { ok: true; pair: Pair; cohort: Cohort } | ({ ok: false } & ManualPairRefusal);

function activeParticipant(db: Db, userId: string): Participant | undefined {
  const participant = findParticipant(db, userId);
  return participant && participant.status !== 'left' ? participant : undefined;
}

/**
 * `pair @mentor @mentee` in one transaction: both in the same active cohort with the right roles, and the same
 * rules as matching (never with a manager, never a previous pair, the mentor never the more senior), the
 * mentor's capacity and one mentor per mentee. On success the pair is stored and its introduction scheduled.
 */
export function pairManually(db: Db, organizerId: string, mentorId: string, menteeId: string, now: Date): ManualPairOutcome {
  return inTransaction(db, (): ManualPairOutcome => {
    if (mentorId === menteeId) return { ok: false, reason: 'same_person' };
    const mentor = activeParticipant(db, mentorId);
    if (!mentor) return { ok: false, reason: 'not_participant', userId: mentorId };
    const mentee = activeParticipant(db, menteeId);
    if (!mentee) return { ok: false, reason: 'not_participant', userId: menteeId };
    if (mentor.role !== 'mentor') return { ok: false, reason: 'wrong_role', userId: mentorId, expected: 'mentor' };
    if (mentee.role !== 'mentee') return { ok: false, reason: 'wrong_role', userId: menteeId, expected: 'mentee' };

    const cohort = currentCohortOf(db, mentorId);
    if (!cohort || cohort.status !== 'active') return { ok: false, reason: 'not_in_active_cohort', userId: mentorId };
    const menteeCohort = currentCohortOf(db, menteeId);
    if (!menteeCohort || menteeCohort.status !== 'active') return { ok: false, reason: 'not_in_active_cohort', userId: menteeId };
    if (menteeCohort.id !== cohort.id) return { ok: false, reason: 'different_cohorts' };

    const existing = findPairBetween(db, cohort.id, mentorId, menteeId);
    if (existing?.status === 'active') return { ok: false, reason: 'already_paired' };
    const menteePair = listActivePairsOf(db, menteeId, cohort.id).find((pair) => pair.menteeId === menteeId);
    if (menteePair) return { ok: false, reason: 'mentee_taken', mentorId: menteePair.mentorId };

    // A pair ended earlier in this cohort counts as a previous pair too (and may exist only once per cohort).
    const previousPairs = [...pairsOutsideCohort(db, cohort.id), ...(existing ? [{ mentorId, menteeId }] : [])];
    const mentorCandidate = toMatchCandidate(mentor);
    const menteeCandidate = toMatchCandidate(mentee);
    const broken = forbiddenReason(mentorCandidate, menteeCandidate, previousPairs);
    if (broken) return { ok: false, reason: broken };
    const count = countActiveMentees(db, cohort.id, mentorId);
    if (count >= cohort.capacity) return { ok: false, reason: 'capacity', count, capacity: cohort.capacity };

    const scored = scorePair(mentorCandidate, menteeCandidate, { previousPairs, cohortTimezone: cohort.timezone, referenceDate: now });
    const pair = insertPair(
      db,
      { cohortId: cohort.id, mentorId, menteeId, score: scored?.score ?? 0, reasons: scored?.reasons ?? [], source: 'manual', createdBy: organizerId },
      now,
    );
    scheduleDelivery(db, { kind: INTRO_KIND, dedupeKey: introKey(pair.id), cohortId: cohort.id, subjectId: pair.id, dueAt: now }, now);
    // Someone who was told "first in line" and not yet sent it does not need that message any more.
    skipPendingByKeys(db, [unmatchedKey(cohort.id, mentorId), unmatchedKey(cohort.id, menteeId)], 'paired', now);
    return { ok: true, pair, cohort };
  });
}

export type UnpairOutcome =
  | { ok: true; cohort: Cohort; ended: Pair[] }
  | { ok: false; reason: 'no_active_pair' };

/**
 * `unpair @user`: ends the person's active pairs in their active cohort. Messages still waiting for those pairs
 * (the introduction, prompts) are skipped in the same transaction, so none of them goes out afterwards.
 */
export function unpairParticipant(db: Db, userId: string, now: Date): UnpairOutcome {
  return inTransaction(db, (): UnpairOutcome => {
    const cohort = currentCohortOf(db, userId);
    const pairs = cohort && cohort.status === 'active' ? listActivePairsOf(db, userId, cohort.id) : [];
    if (!cohort || pairs.length === 0) return { ok: false, reason: 'no_active_pair' };
    for (const pair of pairs) {
      endPair(db, pair.id, now);
      skipPendingForPair(db, pair.id, 'pair_ended', now);
    }
    return { ok: true, cohort, ended: pairs };
  });
}

/** The longest rematch reason a person may give (PRODUCT.md §3, §10). */
export const REMATCH_REASON_MAX_CHARS = 500;

export type RematchTarget =
  | { ok: true; cohort: Cohort; pairs: Pair[] }
  | { ok: false; reason: 'not_participant' | 'no_pair' };

/** Who may ask for a rematch: a participant with at least one active pair in a running cohort. */
export function rematchTarget(db: Db, userId: string): RematchTarget {
  if (!activeParticipant(db, userId)) return { ok: false, reason: 'not_participant' };
  const cohort = currentCohortOf(db, userId);
  const pairs = cohort ? listActivePairsOf(db, userId, cohort.id) : [];
  if (!cohort || pairs.length === 0) return { ok: false, reason: 'no_pair' };
  return { ok: true, cohort, pairs };
}

export type RematchOutcome =
  /** `repeated`: the same request was already open (a double submission); nothing new was stored. */
  | { ok: true; requestId: number; pair: Pair; cohort: Cohort; repeated: boolean }
  | { ok: false; reason: 'not_participant' | 'no_pair' };

/**
 * Stores a private rematch request for one of the person's active pairs. The reason is personal text. The same
 * request again while the first is open (a double click, a retried submission) stores nothing new.
 */
export function requestRematch(db: Db, userId: string, pairId: number, reason: string | null, now: Date): RematchOutcome {
  return inTransaction(db, (): RematchOutcome => {
    const target = rematchTarget(db, userId);
    if (!target.ok) return target;
    const pair = target.pairs.find((candidate) => candidate.id === pairId);
    if (!pair) return { ok: false, reason: 'no_pair' };
    const request = { pairId: pair.id, userId, reason };
    const existing = findSameOpenRematchRequest(db, request);
    if (existing !== undefined) return { ok: true, requestId: existing, pair, cohort: target.cohort, repeated: true };
    return { ok: true, requestId: insertRematchRequest(db, request, now), pair, cohort: target.cohort, repeated: false };
  });
}
