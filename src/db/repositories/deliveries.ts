import type { Db } from '../open';
import { prepared } from '../statements';

export type DeliveryStatus = 'pending' | 'claimed' | 'sent' | 'failed' | 'unknown' | 'missed' | 'skipped';

export interface Delivery {
  id: number;
  kind: string;
  dedupeKey: string;
  cohortId: number | null;
  subjectId: number | null;
  userId: string | null;
  dueAt: string;
  status: DeliveryStatus;
  attempts: number;
  nextAttemptAt: string;
  claimedBy: string | null;
  leaseUntil: string | null;
  channelId: string | null;
  messageTs: string | null;
  error: string | null;
  sentAt: string | null;
}

interface DeliveryRow {
  id: number;
  kind: string;
  dedupe_key: string;
  cohort_id: number | null;
  subject_id: number | null;
  user_id: string | null;
  due_at: string;
  status: DeliveryStatus;
  attempts: number;
  next_attempt_at: string;
  claimed_by: string | null;
  lease_until: string | null;
  channel_id: string | null;
  message_ts: string | null;
  error: string | null;
  sent_at: string | null;
}

function toDelivery(row: DeliveryRow): Delivery {
  return {
    id: row.id,
    kind: row.kind,
    dedupeKey: row.dedupe_key,
    cohortId: row.cohort_id,
    subjectId: row.subject_id,
    userId: row.user_id,
    dueAt: row.due_at,
    status: row.status,
    attempts: row.attempts,
    nextAttemptAt: row.next_attempt_at,
    claimedBy: row.claimed_by,
    leaseUntil: row.lease_until,
    channelId: row.channel_id,
    messageTs: row.message_ts,
    error: row.error,
    sentAt: row.sent_at,
  };
}

export interface NewDelivery {
  kind: string;
  dedupeKey: string;
  cohortId?: number | null;
  subjectId?: number | null;
  userId?: string | null;
  dueAt: Date;
}

/** Adds a delivery unless one with the same key exists. Returns true when it was added. */
export function scheduleDelivery(db: Db, delivery: NewDelivery, now: Date): boolean {
  const due = delivery.dueAt.toISOString();
  const at = now.toISOString();
  return (
    prepared(
      db,
      `INSERT INTO deliveries (kind, dedupe_key, cohort_id, subject_id, user_id, due_at, next_attempt_at, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (dedupe_key) DO NOTHING`,
    ).run(delivery.kind, delivery.dedupeKey, delivery.cohortId ?? null, delivery.subjectId ?? null, delivery.userId ?? null, due, due, at, at)
      .changes > 0
  );
}

export function findDelivery(db: Db, id: number): Delivery | undefined {
  const row = prepared(db, 'SELECT * FROM deliveries WHERE id = ?').get(id) as DeliveryRow | undefined;
  return row && toDelivery(row);
}

export function findDeliveryByKey(db: Db, dedupeKey: string): Delivery | undefined {
  const row = prepared(db, 'SELECT * FROM deliveries WHERE dedupe_key = ?').get(dedupeKey) as DeliveryRow | undefined;
  return row && toDelivery(row);
}

export function listDeliveries(db: Db, filter: { cohortId?: number; kind?: string } = {}): Delivery[] {
  const rows = db
    .prepare(
      `SELECT * FROM deliveries WHERE (@cohortId IS NULL OR cohort_id = @cohortId) AND (@kind IS NULL OR kind = @kind) ORDER BY id`,
    )
    .all({ cohortId: filter.cohortId ?? null, kind: filter.kind ?? null }) as DeliveryRow[];
  return rows.map(toDelivery);
}

/** Every dedupe key of one kind: what a planning step checks before adding rows it may already have added. */
export function plannedKeys(db: Db, kind: string): string[] {
  return (prepared(db, 'SELECT dedupe_key FROM deliveries WHERE kind = ?').all(kind) as Array<{ dedupe_key: string }>).map((row) => row.dedupe_key);
}

/** Counts by status, e.g. for an organizer's progress message. */
export function countDeliveries(db: Db, cohortId: number, kinds: readonly string[]): Record<DeliveryStatus, number> {
  const counts: Record<DeliveryStatus, number> = { pending: 0, claimed: 0, sent: 0, failed: 0, unknown: 0, missed: 0, skipped: 0 };
  const rows = db
    .prepare(
      `SELECT status, COUNT(*) AS n FROM deliveries WHERE cohort_id = ? AND kind IN (${kinds.map(() => '?').join(',')}) GROUP BY status`,
    )
    .all(cohortId, ...kinds) as Array<{ status: DeliveryStatus; n: number }>;
  for (const row of rows) counts[row.status] = row.n;
  return counts;
}

/** Rows still claimed after their lease: their process died mid-post. They become `unknown`, never reposted. */
export function expireStaleClaims(db: Db, now: Date): number {
  const at = now.toISOString();
  return prepared(
    db,
    `UPDATE deliveries SET status = 'unknown', error = 'lease_expired', claimed_by = NULL, lease_until = NULL, updated_at = ?
      WHERE status = 'claimed' AND lease_until <= ?`,
  ).run(at, at).changes;
}

/**
 * Claims the next due row for `claimant`, or undefined when none is due. Runs in an IMMEDIATE transaction, so
 * two processes never claim the same row.
 */
export function claimNextDue(db: Db, claimant: string, now: Date, leaseMs: number, kinds?: readonly string[]): Delivery | undefined {
  const at = now.toISOString();
  const claim = db.transaction(() => {
    const row = prepared(
      db,
      `SELECT id FROM deliveries WHERE status = 'pending' AND next_attempt_at <= ?
        ${kinds ? `AND kind IN (${kinds.map(() => '?').join(',')})` : ''}
        ORDER BY next_attempt_at, id LIMIT 1`,
    ).get(at, ...(kinds ?? [])) as { id: number } | undefined;
    if (!row) return undefined;
    prepared(
      db,
      `UPDATE deliveries SET status = 'claimed', claimed_by = ?, lease_until = ?, attempts = attempts + 1, updated_at = ?
        WHERE id = ? AND status = 'pending'`,
    ).run(claimant, new Date(now.getTime() + leaseMs).toISOString(), at, row.id);
    return findDelivery(db, row.id);
  });
  return claim.immediate();
}

/** Only the claimant may settle its claim; a row taken over as `unknown` stays so. Returns false then. */
export function markSent(db: Db, id: number, claimant: string, posted: { channel: string; ts: string }, now: Date): boolean {
  const at = now.toISOString();
  return (
    prepared(
      db,
      `UPDATE deliveries SET status = 'sent', channel_id = ?, message_ts = ?, sent_at = ?, error = NULL, claimed_by = NULL,
         lease_until = NULL, updated_at = ? WHERE id = ? AND status = 'claimed' AND claimed_by = ?`,
    ).run(posted.channel, posted.ts, at, at, id, claimant).changes > 0
  );
}

export function markRetry(db: Db, id: number, claimant: string, nextAttemptAt: Date, error: string, now: Date, countAttempt: boolean): boolean {
  return (
    prepared(
      db,
      `UPDATE deliveries SET status = 'pending', next_attempt_at = ?, error = ?, claimed_by = NULL, lease_until = NULL,
         attempts = attempts - ?, updated_at = ? WHERE id = ? AND status = 'claimed' AND claimed_by = ?`,
    ).run(nextAttemptAt.toISOString(), error, countAttempt ? 0 : 1, now.toISOString(), id, claimant).changes > 0
  );
}

/**
 * Ends a claimed row without a post: failed (permanent error), missed (too late), skipped (not needed) or unknown
 * (the post may have arrived: no answer came in time).
 */
export function markClosed(
  db: Db,
  id: number,
  claimant: string,
  status: 'failed' | 'missed' | 'skipped' | 'unknown',
  reason: string,
  now: Date,
): boolean {
  return (
    prepared(
      db,
      `UPDATE deliveries SET status = ?, error = ?, claimed_by = NULL, lease_until = NULL, updated_at = ?
        WHERE id = ? AND status = 'claimed' AND claimed_by = ?`,
    ).run(status, reason, now.toISOString(), id, claimant).changes > 0
  );
}

/** Ends pending rows that are no longer wanted (e.g. a cohort closed); returns how many. */
export function skipPending(db: Db, where: { cohortId: number; kinds?: readonly string[] }, reason: string, now: Date): number {
  const kinds = where.kinds ?? [];
  return db
    .prepare(
      `UPDATE deliveries SET status = 'skipped', error = ?, updated_at = ?
        WHERE status = 'pending' AND cohort_id = ? ${kinds.length ? `AND kind IN (${kinds.map(() => '?').join(',')})` : ''}`,
    )
    .run(reason, now.toISOString(), where.cohortId, ...kinds).changes;
}

/** The earliest moment a pending row becomes due, for deciding whether a pass should wait for it. */
export function nextPendingAt(db: Db, kinds?: readonly string[]): Date | undefined {
  const row = prepared(
    db,
    `SELECT MIN(next_attempt_at) AS at FROM deliveries WHERE status = 'pending'
      ${kinds ? `AND kind IN (${kinds.map(() => '?').join(',')})` : ''}`,
  ).get(...(kinds ?? [])) as { at: string | null };
  return row.at ? new Date(row.at) : undefined;
}

/**
 * Ends the pending rows about one pair (an intro, its prompts…) when the pair is ended. Keys about a pair follow
 * the convention `<kind>:pair:<id>` or `<kind>:pair:<id>:…` (e.g. `intro:pair:12`, `nudge:pair:12:cycle:3`).
 */
export function skipPendingForPair(db: Db, pairId: number, reason: string, now: Date): number {
  return db
    .prepare(
      `UPDATE deliveries SET status = 'skipped', error = ?, updated_at = ?
        WHERE status = 'pending' AND (dedupe_key GLOB ? OR dedupe_key GLOB ?)`,
    )
    .run(reason, now.toISOString(), `*:pair:${pairId}`, `*:pair:${pairId}:*`).changes;
}

/** Ends the pending rows with these dedupe keys (e.g. an `unmatched` DM for someone who has since been paired). */
export function skipPendingByKeys(db: Db, dedupeKeys: readonly string[], reason: string, now: Date): number {
  if (dedupeKeys.length === 0) return 0;
  return db
    .prepare(
      `UPDATE deliveries SET status = 'skipped', error = ?, updated_at = ?
        WHERE status = 'pending' AND dedupe_key IN (${dedupeKeys.map(() => '?').join(',')})`,
    )
    .run(reason, now.toISOString(), ...dedupeKeys).changes;
}

/** The newest of the cohort's rows of these kinds that went out or failed for good, if any. */
export function latestSettledDelivery(db: Db, cohortId: number, kinds: readonly string[]): Delivery | undefined {
  const row = prepared(
    db,
    `SELECT * FROM deliveries WHERE cohort_id = ? AND kind IN (${kinds.map(() => '?').join(',')}) AND status IN ('sent', 'failed')
      ORDER BY id DESC LIMIT 1`,
  ).get(cohortId, ...kinds) as DeliveryRow | undefined;
  return row && toDelivery(row);
}

/** How many of the cohort's messages (of any kind) failed for good, and how many may not have arrived. */
export function countUndelivered(db: Db, cohortId: number): { failed: number; unknown: number } {
  const row = prepared(
    db,
    "SELECT SUM(status = 'failed') AS failed, SUM(status = 'unknown') AS unknown FROM deliveries WHERE cohort_id = ? AND status IN ('failed', 'unknown')",
  ).get(cohortId) as { failed: number | null; unknown: number | null };
  return { failed: row.failed ?? 0, unknown: row.unknown ?? 0 };
}

/** Whether a row of this kind for the cohort (and recipient, when given) is still waiting to go out. */
export function hasWaitingDelivery(db: Db, kind: string, cohortId: number, userId?: string): boolean {
  return (
    prepared(
      db,
      "SELECT 1 FROM deliveries WHERE kind = ? AND cohort_id = ? AND (? IS NULL OR user_id = ?) AND status IN ('pending', 'claimed') LIMIT 1",
    ).get(kind, cohortId, userId ?? null, userId ?? null) !== undefined
  );
}
