import type { Db } from '../db/open';
import { inTransaction } from '../db/open';
import { findCohort } from '../db/repositories/cohorts';
import { insertAtRiskFlags } from '../db/repositories/digests';
import { findPair, listPairs } from '../db/repositories/pairs';
import {
  hasOpenRematchSince,
  latestPostedCycle,
  listActivePairIds,
  lowestRating,
  meetingsBefore,
} from '../db/repositories/reflections';
import { hasFirstMeeting, introducedAt } from '../db/repositories/meetings';
import { MEETING_LIMITS } from './meetings';
import { LOW_RATING_MAX } from './reflections';

/**
 * Pairs at risk (PRODUCT.md §7). Organizers hear of them privately, in their digest (./digest.ts), from the flags
 * recorded here; the Home tab and the private part of a summary read who is at risk now.
 *
 * A pair's current cycle is its latest posted prompt (0 before the first). At cycle k it is at risk when
 * - `not_met`: neither member recorded meeting ("We met", or a reflection saying they met) for its two latest
 *   prompts before k. Those cycles have ended; the current one has only begun, so it does not count yet;
 * - `low_rating`: a member rated the session of cycle k 1–2;
 * - `rematch`: a member asked for a new partner during cycle k (a request organizers have not resolved);
 * - `no_first_meeting`: ten days after the introduction, nothing is booked and nobody recorded meeting (§12.2).
 * Each reason belongs to a cycle, so a pair that stays at risk is flagged again next cycle, not every minute.
 */

/** "Has not met in its last two cycles." */
const NOT_MET_CYCLES = 2;

export type AtRiskReason = 'not_met' | 'low_rating' | 'rematch' | 'no_first_meeting';

/** Why the pair is at risk at its current cycle (empty when it is not). */
export function atRiskReasons(db: Db, pairId: number, current: { cycle: number; startedAt: string | null }, now: Date): AtRiskReason[] {
  const reasons: AtRiskReason[] = [];
  const meetings = meetingsBefore(db, pairId, current.cycle, NOT_MET_CYCLES);
  if (meetings.length === NOT_MET_CYCLES && meetings.every((meeting) => !meeting.met)) reasons.push('not_met');
  const lowest = current.cycle > 0 ? lowestRating(db, pairId, current.cycle) : null;
  if (lowest !== null && lowest <= LOW_RATING_MAX) reasons.push('low_rating');
  if (hasOpenRematchSince(db, pairId, current.startedAt)) reasons.push('rematch');
  const introduced = introducedAt(db, pairId);
  if (introduced && now.getTime() - introduced.getTime() >= MEETING_LIMITS.noFirstMeetingAfterMs && !hasFirstMeeting(db, pairId)) {
    reasons.push('no_first_meeting');
  }
  return reasons;
}

/** A pair at risk now, with its current cycle. */
export interface AtRiskPair {
  pairId: number;
  cohortId: number;
  cycle: number;
  mentorId: string;
  menteeId: string;
  reasons: AtRiskReason[];
}

/** The active pairs of active cohorts (or just `pairIds`) that are at risk now. */
export function findAtRiskPairs(db: Db, now: Date, pairIds?: readonly number[]): AtRiskPair[] {
  const found: AtRiskPair[] = [];
  // Thousands of pairs share a handful of cohorts: each cohort's status is read once per call.
  const cohortStatus = new Map<number, string | undefined>();
  const statusOf = (cohortId: number) => {
    if (!cohortStatus.has(cohortId)) cohortStatus.set(cohortId, findCohort(db, cohortId)?.status);
    return cohortStatus.get(cohortId);
  };
  for (const pairId of pairIds ?? listActivePairIds(db)) {
    const pair = findPair(db, pairId);
    if (!pair || pair.status !== 'active' || statusOf(pair.cohortId) !== 'active') continue;
    const current = latestPostedCycle(db, pair.id);
    const reasons = atRiskReasons(db, pair.id, current, now);
    if (reasons.length > 0) {
      found.push({ pairId: pair.id, cohortId: pair.cohortId, cycle: current.cycle, mentorId: pair.mentorId, menteeId: pair.menteeId, reasons });
    }
  }
  return found;
}

/** The at-risk pairs of one cohort: for an organizer's private summary. */
export function atRiskPairsOfCohort(db: Db, cohortId: number, now: Date): AtRiskPair[] {
  // Only this cohort's pairs are checked: a summary of one cohort need not look at every other one.
  return findAtRiskPairs(db, now, listPairs(db, cohortId, 'active').map((pair) => pair.id));
}

/**
 * Records, once per pair, session and reason, every pair at risk now (migrations/0012_organizer_digest.sql). The
 * organizer's digest reads these flags: run on every tick, it notes a low rating or a rematch request the moment
 * the scheduler sees it, even when the next digest is days away. Returns how many flags were new.
 */
export function recordAtRiskFlags(db: Db, now: Date, pairIds?: readonly number[]): number {
  const atRisk = findAtRiskPairs(db, now, pairIds);
  if (atRisk.length === 0) return 0;
  const flags = atRisk.flatMap((pair) => pair.reasons.map((reason) => ({ pairId: pair.pairId, cohortId: pair.cohortId, cycle: pair.cycle, reason })));
  return inTransaction(db, () => insertAtRiskFlags(db, flags, now));
}
