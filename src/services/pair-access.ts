import type { Db } from '../db/open';
import { findCohort, type Cohort } from '../db/repositories/cohorts';
import { findPair, type Pair } from '../db/repositories/pairs';
import type { Role } from '../domain';

/**
 * Who may use a button or a modal about a pair (the kickoff agreement, the check-in, the final evaluation). The
 * pair id arrives in a button's value or a modal's private_metadata, which anyone can forge, so membership is
 * always checked; and those messages outlive their pairing, so every use also checks that the cohort and the pair
 * still run — as the prompts' buttons do (services/prompts.ts): `cohort_ended` after `cohort close` or completion,
 * `pair_ended` after `unpair`, `leave` or forget-me.
 */

export type PairRefusal = 'not_found' | 'not_member' | 'cohort_ended' | 'pair_ended';

export interface PairMembership {
  pair: Pair;
  cohort: Cohort;
  role: Role;
  partnerId: string;
}

export type PairAccess = { ok: true; membership: PairMembership } | { ok: false; reason: PairRefusal };

/** Whether `userId` is a member of the pair, and the pair and its cohort still run. */
export function runningPairOf(db: Db, pairId: number, userId: string): PairAccess {
  const pair = findPair(db, pairId);
  const cohort = pair && findCohort(db, pair.cohortId);
  if (!pair || !cohort) return { ok: false, reason: 'not_found' };
  if (pair.mentorId !== userId && pair.menteeId !== userId) return { ok: false, reason: 'not_member' };
  if (cohort.status !== 'active') return { ok: false, reason: 'cohort_ended' };
  if (pair.status !== 'active') return { ok: false, reason: 'pair_ended' };
  const role: Role = pair.mentorId === userId ? 'mentor' : 'mentee';
  return { ok: true, membership: { pair, cohort, role, partnerId: role === 'mentor' ? pair.menteeId : pair.mentorId } };
}

/** A pair id as Slack sends it back (a button value, private_metadata): digits only, else undefined. */
export function parsePairId(value: string | undefined | null): number | undefined {
  return value && /^\d{1,12}$/.test(value) ? Number(value) : undefined;
}
