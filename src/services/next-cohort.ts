import type { Locale } from '../config';
import type { Db } from '../db/open';
import { enrolledUserIds, findCohort } from '../db/repositories/cohorts';
import { scheduleDelivery, type Delivery } from '../db/repositories/deliveries';
import { changeWaitingRole, clearNextCohortChoice, nextCohortChoiceOf, setParticipantRole, waitingList } from '../db/repositories/next-cohort';
import { findParticipant } from '../db/repositories/participants';
import type { Role } from '../domain';
import { resolveLocale } from '../i18n';

/**
 * Coming back for the next cohort (PRODUCT.md §12.4). The final evaluation's `again` says it: `mentor` or `mentee`
 * puts the person on the waiting list, and when an organizer creates the next cohort they are enrolled in it in
 * that role — with everyone else waiting for a cohort (PRODUCT.md §2) — and told so in a direct message (ledger
 * kind `next_cohort`). `no` keeps them out of that intake. `leave` and forget-me take them off; joining again (the
 * join modal is their newest word) turns a `no` into taking part and moves a place on the list to the role chosen
 * there.
 */

export const NEXT_COHORT_KIND = 'next_cohort';

export function nextCohortKey(cohortId: number, userId: string): string {
  return `next_cohort:cohort:${cohortId}:user:${userId}`;
}

export function parseNextCohortKey(key: string): { cohortId: number; userId: string } | undefined {
  const match = /^next_cohort:cohort:(\d+):user:(.+)$/.exec(key);
  return match ? { cohortId: Number(match[1]), userId: match[2] as string } : undefined;
}

/**
 * Run in the transaction that created the cohort, after everyone waiting was enrolled: each person on the waiting
 * list who was enrolled now takes the role they asked for, leaves the list, and is told (due now). Someone still
 * paired in another running cohort was not enrolled and stays on the list. Returns who was enrolled from it.
 */
export function enrollFromWaitingList(db: Db, cohortId: number, now: Date): Array<{ userId: string; role: Role }> {
  const enrolled = new Set(enrolledUserIds(db, cohortId));
  const taken = waitingList(db).filter((entry) => enrolled.has(entry.userId));
  for (const entry of taken) {
    setParticipantRole(db, entry.userId, entry.role, now);
    clearNextCohortChoice(db, entry.userId);
    scheduleDelivery(db, { kind: NEXT_COHORT_KIND, dedupeKey: nextCohortKey(cohortId, entry.userId), cohortId, userId: entry.userId, dueAt: now }, now);
  }
  return taken;
}

/** Joining again (the join modal): a `no` no longer holds, and a place on the list follows the role chosen now. */
export function joinedAgain(db: Db, userId: string, role: Role): void {
  const choice = nextCohortChoiceOf(db, userId);
  if (choice === 'no') clearNextCohortChoice(db, userId);
  else if (choice !== undefined && choice !== role) changeWaitingRole(db, userId, role);
}

/** `leave` takes the person off the waiting list (and forgets a `no`: they are out either way). */
export function leftProgramme(db: Db, userId: string): void {
  clearNextCohortChoice(db, userId);
}

export interface NextCohortNotice {
  cohortName: string;
  role: Role;
}

export type PreparedNextCohortNotice = { skipped: string } | { notice: NextCohortNotice; userId: string; locale: Locale };

/** Decided at delivery time: still enrolled, still in the programme. */
export function prepareNextCohortNotice(db: Db, delivery: Pick<Delivery, 'dedupeKey' | 'userId'>, fallback: Locale): PreparedNextCohortNotice {
  const key = parseNextCohortKey(delivery.dedupeKey);
  if (!key || !delivery.userId || key.userId !== delivery.userId) return { skipped: 'not_found' };
  const cohort = findCohort(db, key.cohortId);
  const participant = findParticipant(db, key.userId);
  if (!cohort || !participant) return { skipped: 'not_found' };
  if (participant.status === 'left') return { skipped: 'member_left' };
  if (cohort.status === 'completed' || !enrolledUserIds(db, cohort.id).includes(key.userId)) return { skipped: 'not_enrolled' };
  return { userId: key.userId, locale: resolveLocale(participant.locale, fallback), notice: { cohortName: cohort.name, role: participant.role } };
}
