import type { Db } from '../open';
import { prepared } from '../statements';

/**
 * The organizer's digest (migrations/0012_organizer_digest.sql): at-risk flags, what each digest told its
 * organizer, and the news a digest reads (rematch requests, summaries that could not be posted). An item counts
 * as told once its digest's ledger row is `sent`, or `unknown` (it may have arrived).
 */

const TOLD = "('sent', 'unknown')";

export interface AtRiskFlagWrite {
  pairId: number;
  cohortId: number;
  cycle: number;
  reason: string;
}

/** Records each flag once (pair, session, reason); returns how many were new. */
export function insertAtRiskFlags(db: Db, flags: readonly AtRiskFlagWrite[], now: Date): number {
  const insert = prepared(
    db,
    'INSERT INTO at_risk_flags (pair_id, cohort_id, cycle, reason, seen_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (pair_id, cycle, reason) DO NOTHING',
  );
  const at = now.toISOString();
  return flags.reduce((added, flag) => added + insert.run(flag.pairId, flag.cohortId, flag.cycle, flag.reason, at).changes, 0);
}

export interface AtRiskFlag {
  id: number;
  pairId: number;
  cycle: number;
  reason: string;
  mentorId: string;
  menteeId: string;
}

/**
 * Flags of the cohort's active pairs that no digest has told `organizerId` about, oldest first; pairs the
 * organizer is a member of are left out (nobody is told about their own pair).
 */
export function untoldAtRiskFlags(db: Db, cohortId: number, organizerId: string): AtRiskFlag[] {
  return (
    prepared(
      db,
      `SELECT f.id, f.pair_id, f.cycle, f.reason, p.mentor_id, p.mentee_id
         FROM at_risk_flags f JOIN pairs p ON p.id = f.pair_id
        WHERE f.cohort_id = @cohortId AND p.status = 'active' AND p.mentor_id != @organizerId AND p.mentee_id != @organizerId
          AND NOT EXISTS (
            SELECT 1 FROM digest_items i JOIN deliveries d ON d.id = i.delivery_id
             WHERE i.section = 'at_risk' AND i.subject_id = f.id AND d.user_id = @organizerId AND d.status IN ${TOLD})
        ORDER BY f.id`,
    ).all({ cohortId, organizerId }) as Array<{ id: number; pair_id: number; cycle: number; reason: string; mentor_id: string; mentee_id: string }>
  ).map((row) => ({ id: row.id, pairId: row.pair_id, cycle: row.cycle, reason: row.reason, mentorId: row.mentor_id, menteeId: row.mentee_id }));
}

/** For each of the cohort's pairs a digest has told `organizerId` about: the latest session it was told at risk in. */
export function lastToldAtRiskCycles(db: Db, cohortId: number, organizerId: string): Map<number, number> {
  const rows = prepared(
    db,
    `SELECT f.pair_id, MAX(f.cycle) AS cycle
       FROM at_risk_flags f JOIN digest_items i ON i.section = 'at_risk' AND i.subject_id = f.id
       JOIN deliveries d ON d.id = i.delivery_id
      WHERE f.cohort_id = @cohortId AND d.user_id = @organizerId AND d.status IN ${TOLD}
      GROUP BY f.pair_id`,
  ).all({ cohortId, organizerId }) as Array<{ pair_id: number; cycle: number }>;
  return new Map(rows.map((row) => [row.pair_id, row.cycle]));
}

export interface RematchNewsRow {
  id: number;
  pairId: number;
  userId: string;
  partnerId: string;
  /** Personal text: for organizers only, never logged. */
  reason: string | null;
  createdAt: string;
}

/** Open rematch requests on the cohort's active pairs that no digest has told `organizerId` about (not their own). */
export function untoldRematchRequests(db: Db, cohortId: number, organizerId: string): RematchNewsRow[] {
  return (
    prepared(
      db,
      `SELECT r.id, r.pair_id, r.user_id, CASE WHEN r.user_id = p.mentor_id THEN p.mentee_id ELSE p.mentor_id END AS partner_id,
              r.reason, r.created_at
         FROM rematch_requests r JOIN pairs p ON p.id = r.pair_id
        WHERE p.cohort_id = @cohortId AND p.status = 'active' AND r.status = 'open'
          AND p.mentor_id != @organizerId AND p.mentee_id != @organizerId
          AND NOT EXISTS (
            SELECT 1 FROM digest_items i JOIN deliveries d ON d.id = i.delivery_id
             WHERE i.section = 'rematch' AND i.subject_id = r.id AND d.user_id = @organizerId AND d.status IN ${TOLD})
        ORDER BY r.id`,
    ).all({ cohortId, organizerId }) as Array<{ id: number; pair_id: number; user_id: string; partner_id: string; reason: string | null; created_at: string }>
  ).map((row) => ({ id: row.id, pairId: row.pair_id, userId: row.user_id, partnerId: row.partner_id, reason: row.reason, createdAt: row.created_at }));
}

/** Whether a digest has told `organizerId` about this item. */
export function wasTold(db: Db, organizerId: string, section: string, subjectId: number): boolean {
  return (
    prepared(
      db,
      `SELECT 1 FROM digest_items i JOIN deliveries d ON d.id = i.delivery_id
        WHERE i.section = ? AND i.subject_id = ? AND d.user_id = ? AND d.status IN ${TOLD} LIMIT 1`,
    ).get(section, subjectId, organizerId) !== undefined
  );
}

/** What a digest tells, written before it is posted (replacing what an earlier attempt of the same row wrote). */
export function replaceDigestItems(db: Db, deliveryId: number, items: ReadonlyArray<{ section: string; subjectId: number }>): void {
  prepared(db, 'DELETE FROM digest_items WHERE delivery_id = ?').run(deliveryId);
  const insert = prepared(db, 'INSERT OR IGNORE INTO digest_items (delivery_id, section, subject_id) VALUES (?, ?, ?)');
  for (const item of items) insert.run(deliveryId, item.section, item.subjectId);
}

/** Whether some of the cohort's prompts for a session are still waiting to go out (due later, or being retried). */
export function hasPromptsWaiting(db: Db, cohortId: number, cycle: number): boolean {
  return (
    prepared(
      db,
      `SELECT 1 FROM prompts pr JOIN deliveries d ON d.id = pr.delivery_id
        WHERE pr.cohort_id = ? AND pr.cycle = ? AND d.status IN ('pending', 'claimed') LIMIT 1`,
    ).get(cohortId, cycle) !== undefined
  );
}

/**
 * The latest session whose prompts have started going out in the cohort (0 before the first). A pair whose
 * members live east of the cohort's zone gets its prompt before the cohort's own clock reaches the session.
 */
export function latestPostedCohortCycle(db: Db, cohortId: number): number {
  const row = prepared(
    db,
    `SELECT MAX(pr.cycle) AS cycle FROM prompts pr
      WHERE pr.cohort_id = ?
        AND (pr.posted_at IS NOT NULL OR EXISTS (SELECT 1 FROM deliveries d WHERE d.id = pr.delivery_id AND d.sent_at IS NOT NULL))`,
  ).get(cohortId) as { cycle: number | null };
  return row.cycle ?? 0;
}
