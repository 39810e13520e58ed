import type { Db } from '../db/open';
import { inTransaction } from '../db/open';
import { findCohort, listCohorts, type Cohort } from '../db/repositories/cohorts';
import { checkinNotes } from '../db/repositories/checkins';
import { findDeliveryByKey, scheduleDelivery, type Delivery } from '../db/repositories/deliveries';
import { invitedWithoutAnswer, pairsThatNeverMet } from '../db/repositories/final-private';
import { findParticipant } from '../db/repositories/participants';
import type { DigestCheckinNote } from './digest-sections';
import { FINAL_REPORT_WINDOW_MS, finalReportKey } from './final-report';
import { isOrganizer } from './organizers';
import { nextWorkingMoment, zoneOrDefault } from './working-hours';

/**
 * The final report's private part (PRODUCT.md §12.5): what names people, so never goes in a channel — the pairs
 * that never recorded a meeting, the people who never answered the check-in or the final evaluation, and every
 * note the check-in had for the organizers. One direct message per organizer (ledger kind `final_private`, key
 * final_private:cohort:<id>:organizer:<user>), planned with the final report and sent at the organizer's working
 * hours as their digest is. Nothing about the organizer's own pair is in theirs. Goals never are.
 */

export const FINAL_PRIVATE_KIND = 'final_private';
/** Like the digest: it waits for working hours (a weekend at most); a week late it is history. */
export const FINAL_PRIVATE_MAX_LATENESS_MS = 7 * 24 * 60 * 60 * 1000;

export function finalPrivateKey(cohortId: number, organizerId: string): string {
  return `final_private:cohort:${cohortId}:organizer:${organizerId}`;
}

export function parseFinalPrivateKey(key: string): number | undefined {
  const match = /^final_private:cohort:(\d+):organizer:/.exec(key);
  return match ? Number(match[1]) : undefined;
}

/**
 * For each organizer, the private part of every cohort whose final report is in the ledger, due at their next
 * working hour as far as their profile tells (the handler checks their Slack time zone). Returns how many were added.
 */
export function planFinalPrivateParts(db: Db, organizerIds: readonly string[], defaultZone: string, now: Date): number {
  if (organizerIds.length === 0) return 0;
  let added = 0;
  inTransaction(db, () => {
    for (const cohort of listCohorts(db, ['completed'])) {
      if (!cohort.completedAt || now.getTime() - Date.parse(cohort.completedAt) > FINAL_REPORT_WINDOW_MS) continue;
      if (!findDeliveryByKey(db, finalReportKey(cohort.id))) continue;
      for (const organizerId of organizerIds) {
        const dueAt = nextWorkingMoment(now, zoneOrDefault(findParticipant(db, organizerId)?.timezone, defaultZone));
        const row = { kind: FINAL_PRIVATE_KIND, dedupeKey: finalPrivateKey(cohort.id, organizerId), cohortId: cohort.id, subjectId: cohort.id, userId: organizerId, dueAt };
        if (scheduleDelivery(db, row, now)) added += 1;
      }
    }
  });
  return added;
}

export interface FinalPrivate {
  cohortId: number;
  cohortName: string;
  summaryChannel: string;
  neverMet: Array<{ mentorId: string; menteeId: string }>;
  noCheckin: string[];
  noFinal: string[];
  notes: DigestCheckinNote[];
}

function notYours(organizerId: string, pair: { mentorId: string; menteeId: string }): boolean {
  return pair.mentorId !== organizerId && pair.menteeId !== organizerId;
}

/** What `organizerId` reads: names, and the check-in notes (not about their own pair). */
export function buildFinalPrivate(db: Db, cohort: Cohort, organizerId: string): FinalPrivate {
  return {
    cohortId: cohort.id,
    cohortName: cohort.name,
    summaryChannel: cohort.summaryChannel,
    neverMet: pairsThatNeverMet(db, cohort.id).filter((pair) => notYours(organizerId, pair)),
    noCheckin: invitedWithoutAnswer(db, cohort.id, 'checkin').filter((userId) => userId !== organizerId),
    noFinal: invitedWithoutAnswer(db, cohort.id, 'final_evaluation').filter((userId) => userId !== organizerId),
    notes: checkinNotes(db, cohort.id, organizerId).map((row) => ({
      checkinId: row.id,
      userId: row.userId,
      role: row.role,
      partnerId: row.role === 'mentor' ? row.menteeId : row.mentorId,
      relationship: row.relationship,
      note: row.note,
    })),
  };
}

export type FinalPrivateGate = { skipped: string } | { organizerId: string; cohort: Cohort };

/** Decided at delivery time: still an organizer, the cohort still there. */
export function finalPrivateGate(db: Db, delivery: Pick<Delivery, 'dedupeKey' | 'userId'>, configuredOrganizers: readonly string[]): FinalPrivateGate {
  const cohortId = parseFinalPrivateKey(delivery.dedupeKey);
  const cohort = cohortId === undefined ? undefined : findCohort(db, cohortId);
  if (!cohort) return { skipped: 'cohort_missing' };
  const organizerId = delivery.userId;
  if (!organizerId || !isOrganizer(db, configuredOrganizers, organizerId)) return { skipped: 'not_organizer' };
  return { organizerId, cohort };
}
