import type { Db } from '../db/open';
import { inTransaction } from '../db/open';
import { findCohort, listCohorts, type Cohort } from '../db/repositories/cohorts';
import { findDeliveryByKey, hasWaitingDelivery, scheduleDelivery, type Delivery } from '../db/repositories/deliveries';
import { hasPromptsWaiting, latestPostedCohortCycle, replaceDigestItems } from '../db/repositories/digests';
import { findParticipant } from '../db/repositories/participants';
import { cycleCount } from './calendar';
import { DIGEST_SOURCES, type CollectedSection, type DigestItem, type DigestSection } from './digest-sections';
import { isOrganizer } from './organizers';
import { currentCycle } from './summaries';
import { nextWorkingMoment, zoneOrDefault } from './working-hours';

/**
 * The organizer's digest (PRODUCT.md §7 as changed by issue 16): one private direct message per organizer, cohort
 * and session, instead of one per pair. It lists the pairs newly at risk with their reasons, those still at risk
 * (told before, not re-alarmed), new rematch requests and a summary channel the app cannot post in — whatever
 * this organizer has not been told yet (./digest-sections.ts). It goes through the delivery ledger (kind `digest`,
 * key digest:cohort:<id>:cycle:<k>:organizer:<user>), so it goes out exactly once, and only within the
 * organizer's working hours (./working-hours.ts): its handler checks their Slack time zone and lets it wait.
 *
 * A digest is planned when there is news worth a message; what it says is read when it goes out, so news that
 * arrives while it waits rides along. News after it went out waits for the next session's digest.
 */

export const DIGEST_KIND = 'digest';
/** A digest waits for working hours (a weekend at most); a week late, the next session's is due. */
export const DIGEST_MAX_LATENESS_MS = 7 * 24 * 60 * 60 * 1000;

export function digestKey(cohortId: number, cycle: number, organizerId: string): string {
  return `digest:cohort:${cohortId}:cycle:${cycle}:organizer:${organizerId}`;
}

export function parseDigestKey(key: string): { cohortId: number; cycle: number } | undefined {
  const match = /^digest:cohort:(\d+):cycle:(\d+):organizer:/.exec(key);
  return match ? { cohortId: Number(match[1]), cycle: Number(match[2]) } : undefined;
}

/** What a digest shows: the cohort, its session, and its sections in order. */
export interface Digest {
  cohortId: number;
  cohortName: string;
  cycle: number;
  cycles: number;
  sections: DigestSection[];
}

/** Everything this organizer has not been told about the cohort yet, section by section. */
export function collectDigest(db: Db, organizerId: string, cohort: Cohort): CollectedSection[] {
  return DIGEST_SOURCES.flatMap((source) => source.collect({ db, organizerId, cohort }) ?? []);
}

/** The organizer's time zone as far as the database knows it (their profile), else the default. */
function knownZone(db: Db, userId: string, defaultZone: string): string {
  return zoneOrDefault(findParticipant(db, userId)?.timezone, defaultZone);
}

/**
 * Puts a digest in the ledger for each organizer and running cohort with news worth a message, at most one per
 * session, and not while an earlier one is still waiting (that one will carry the news). Planned once the
 * session has begun for every pair (each pair's prompt is due at the nudge time in the later of its members'
 * zones, so a session starts over most of a day; once every prompt is out, every pair's not-met check is in), due
 * at the organizer's next working hour as far as their profile tells; the handler checks their Slack time zone
 * before posting.
 * Returns how many were added.
 */
export function planDigests(db: Db, organizerIds: readonly string[], defaultZone: string, now: Date): number {
  if (organizerIds.length === 0) return 0;
  let added = 0;
  for (const cohort of listCohorts(db, ['active'])) {
    let cycle: number;
    try {
      // The session is the one whose prompts have begun to go out: for pairs east of the cohort's zone that is
      // before the cohort's own clock gets there.
      cycle = Math.max(currentCycle(cohort, now), latestPostedCohortCycle(db, cohort.id));
    } catch {
      continue; // A cohort whose schedule cannot be computed is reported by the prompt planner.
    }
    // Until every pair's prompt of the session is out, its not-met checks are not all in: the digest waits.
    if (cycle > 0 && hasPromptsWaiting(db, cohort.id, cycle)) continue;
    for (const organizerId of organizerIds) {
      const key = digestKey(cohort.id, cycle, organizerId);
      if (findDeliveryByKey(db, key) || hasWaitingDelivery(db, DIGEST_KIND, cohort.id, organizerId)) continue;
      if (!collectDigest(db, organizerId, cohort).some((section) => section.alarm)) continue;
      const dueAt = nextWorkingMoment(now, knownZone(db, organizerId, defaultZone));
      if (scheduleDelivery(db, { kind: DIGEST_KIND, dedupeKey: key, cohortId: cohort.id, subjectId: cohort.id, userId: organizerId, dueAt }, now)) {
        added += 1;
      }
    }
  }
  return added;
}

export type DigestGate = { skipped: string } | { organizerId: string; cohort: Cohort; cycle: number };

/** Decided at delivery time, before anything else: still an organizer, the cohort still running. */
export function digestGate(db: Db, delivery: Pick<Delivery, 'dedupeKey' | 'userId'>, configuredOrganizers: readonly string[]): DigestGate {
  const key = parseDigestKey(delivery.dedupeKey);
  const cohort = key && findCohort(db, key.cohortId);
  if (!key || !cohort) return { skipped: 'cohort_missing' };
  const organizerId = delivery.userId;
  if (!organizerId || !isOrganizer(db, configuredOrganizers, organizerId)) return { skipped: 'not_organizer' };
  if (cohort.status !== 'active') return { skipped: 'cohort_not_active' };
  return { organizerId, cohort, cycle: key.cycle };
}

export type PreparedDigest = { skipped: string } | { digest: Digest };

/**
 * Reads what the digest says now and records, with its ledger row, what it tells: once the row is sent (or its
 * fate unknown) the next digest does not tell it again; if the post fails, nothing counts as told. Skipped when
 * nothing worth a message is left (the news was resolved meanwhile).
 */
export function prepareDigest(db: Db, deliveryId: number, gate: Exclude<DigestGate, { skipped: string }>): PreparedDigest {
  return inTransaction(db, (): PreparedDigest => {
    const collected = collectDigest(db, gate.organizerId, gate.cohort);
    if (!collected.some((section) => section.alarm)) return { skipped: 'nothing_new' };
    const items: DigestItem[] = collected.flatMap((section) => section.items);
    replaceDigestItems(db, deliveryId, items);
    return {
      digest: {
        cohortId: gate.cohort.id,
        cohortName: gate.cohort.name,
        cycle: gate.cycle,
        cycles: cycleCount(gate.cohort),
        sections: collected.map((section) => section.content),
      },
    };
  });
}
