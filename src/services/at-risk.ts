import type { Db } from '../db/open';
import { inTransaction } from '../db/open';
import { findCohort } from '../db/repositories/cohorts';
import { scheduleDelivery, type Delivery } from '../db/repositories/deliveries';
import { findPair, listPairs } from '../db/repositories/pairs';
import {
  hasOpenRematchSince,
  latestPostedCycle,
  listActivePairIds,
  lowestRating,
  meetingsBefore,
} from '../db/repositories/reflections';
import { hasFirstMeeting, introducedAt } from '../db/repositories/meetings';
import { cycleCount } from './calendar';
import { MEETING_LIMITS } from './meetings';
import { isOrganizer } from './organizers';
import { LOW_RATING_MAX } from './reflections';

/**
 * Pairs at risk (PRODUCT.md §7) and the private DM that tells each organizer, once per pair and cycle, through
 * the delivery ledger (kind `at_risk`, key at_risk:pair:<id>:cycle:<k>:organizer:<user>).
 *
 * A pair's current cycle is its latest posted prompt (0 before the first). At cycle k it is at risk when
 * - `not_met`: neither member recorded meeting ("We met", or a reflection saying they met) for its two latest
 *   prompts before k. Those cycles have ended; the current one has only begun, so it does not count yet;
 * - `low_rating`: a member rated the session of cycle k 1–2;
 * - `rematch`: a member asked for a new partner during cycle k (a request organizers have not resolved);
 * - `no_first_meeting`: ten days after the introduction, nothing is booked and nobody recorded meeting (§12.2).
 * Each reason belongs to a cycle, so a pair that stays at risk is mentioned again next cycle, not every minute.
 */

export const AT_RISK_KIND = 'at_risk';
/** Two days late, the news is stale: the next cycle brings a fresh check. */
export const AT_RISK_MAX_LATENESS_MS = 48 * 60 * 60 * 1000;
/** "Has not met in its last two cycles." */
const NOT_MET_CYCLES = 2;

export type AtRiskReason = 'not_met' | 'low_rating' | 'rematch' | 'no_first_meeting';

export function atRiskKey(pairId: number, cycle: number, organizerId: string): string {
  return `at_risk:pair:${pairId}:cycle:${cycle}:organizer:${organizerId}`;
}

export function parseAtRiskKey(key: string): { pairId: number; cycle: number } | undefined {
  const match = /^at_risk:pair:(\d+):cycle:(\d+):/.exec(key);
  return match ? { pairId: Number(match[1]), cycle: Number(match[2]) } : undefined;
}

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
 * Puts a DM for each organizer about each pair at risk in the ledger, due now; a key already there (the same
 * pair, cycle and organizer) adds nothing, so running this on every tick tells each organizer once. An organizer
 * who is a member of the pair is not told about it. Returns how many DMs were added.
 */
export function planAtRiskNotices(db: Db, organizerIds: readonly string[], now: Date, pairIds?: readonly number[]): number {
  if (organizerIds.length === 0) return 0;
  const atRisk = findAtRiskPairs(db, now, pairIds);
  if (atRisk.length === 0) return 0;
  return inTransaction(db, () => {
    let added = 0;
    for (const pair of atRisk) {
      for (const organizerId of organizerIds) {
        if (organizerId === pair.mentorId || organizerId === pair.menteeId) continue;
        const delivery = { kind: AT_RISK_KIND, dedupeKey: atRiskKey(pair.pairId, pair.cycle, organizerId), cohortId: pair.cohortId, subjectId: pair.pairId, userId: organizerId, dueAt: now };
        if (scheduleDelivery(db, delivery, now)) added += 1;
      }
    }
    return added;
  });
}

/** What the organizer's DM says: the pair by name, where it stands, and why (no reflection text). */
export interface AtRiskNotice {
  pairId: number;
  cohortName: string;
  cycle: number;
  cycles: number;
  mentorId: string;
  menteeId: string;
  reasons: AtRiskReason[];
}

export type PreparedAtRiskNotice = { skipped: string } | { notice: AtRiskNotice; organizerId: string };

/** Decided at delivery time: still an organizer, the pair still running and still at risk in the same cycle. */
export function prepareAtRiskNotice(
  db: Db,
  delivery: Pick<Delivery, 'dedupeKey' | 'userId'>,
  configuredOrganizers: readonly string[],
  now: Date,
): PreparedAtRiskNotice {
  const key = parseAtRiskKey(delivery.dedupeKey);
  const pair = key && findPair(db, key.pairId);
  const cohort = pair && findCohort(db, pair.cohortId);
  if (!key || !pair || !cohort) return { skipped: 'pair_missing' };
  const organizerId = delivery.userId;
  if (!organizerId || !isOrganizer(db, configuredOrganizers, organizerId)) return { skipped: 'not_organizer' };
  if (pair.status !== 'active') return { skipped: 'pair_ended' };
  if (cohort.status !== 'active') return { skipped: 'cohort_not_active' };
  const current = latestPostedCycle(db, pair.id);
  if (current.cycle !== key.cycle) return { skipped: 'cycle_passed' };
  const reasons = atRiskReasons(db, pair.id, current, now);
  if (reasons.length === 0) return { skipped: 'no_longer_at_risk' };
  return {
    organizerId,
    notice: { pairId: pair.id, cohortName: cohort.name, cycle: key.cycle, cycles: cycleCount(cohort), mentorId: pair.mentorId, menteeId: pair.menteeId, reasons },
  };
}
