import type { Db } from '../open';
import { prepared } from '../statements';
import type { MatchReason } from '../../domain';

export type PairSource = 'matched' | 'manual';
export type PairStatus = 'active' | 'ended';

/** A mentor with a mentee in a cohort (migrations/0004_pairs.sql). */
export interface Pair {
  id: number;
  cohortId: number;
  mentorId: string;
  menteeId: string;
  score: number;
  /** The matching engine's reason codes, turned into words by the views. */
  reasons: MatchReason[];
  source: PairSource;
  status: PairStatus;
  /** The pair's group DM, once it has been opened. */
  channelId: string | null;
  createdBy: string;
  createdAt: string;
  endedAt: string | null;
}

interface PairRow {
  id: number;
  cohort_id: number;
  mentor_id: string;
  mentee_id: string;
  score: number;
  reasons: string;
  source: PairSource;
  status: PairStatus;
  channel_id: string | null;
  created_by: string;
  created_at: string;
  ended_at: string | null;
}

function parseReasons(json: string): MatchReason[] {
  try {
    const parsed: unknown = JSON.parse(json);
    return Array.isArray(parsed) ? (parsed as MatchReason[]) : [];
  } catch {
    return [];
  }
}

function toPair(row: PairRow): Pair {
  return {
    id: row.id,
    cohortId: row.cohort_id,
    mentorId: row.mentor_id,
    menteeId: row.mentee_id,
    score: row.score,
    reasons: parseReasons(row.reasons),
    source: row.source,
    status: row.status,
    channelId: row.channel_id,
    createdBy: row.created_by,
    createdAt: row.created_at,
    endedAt: row.ended_at,
  };
}

export interface NewPair {
  cohortId: number;
  mentorId: string;
  menteeId: string;
  score: number;
  reasons: readonly MatchReason[];
  source: PairSource;
  createdBy: string;
}

export function insertPair(db: Db, pair: NewPair, now: Date): Pair {
  const result = prepared(
      db,
      `INSERT INTO pairs (cohort_id, mentor_id, mentee_id, score, reasons, source, status, created_by, created_at)
       VALUES (?, ?, ?, ?, ?, ?, 'active', ?, ?)`,
    )
    .run(pair.cohortId, pair.mentorId, pair.menteeId, pair.score, JSON.stringify(pair.reasons), pair.source, pair.createdBy, now.toISOString());
  return findPair(db, Number(result.lastInsertRowid)) as Pair;
}

export function findPair(db: Db, id: number): Pair | undefined {
  const row = prepared(db, 'SELECT * FROM pairs WHERE id = ?').get(id) as PairRow | undefined;
  return row && toPair(row);
}

export function listPairs(db: Db, cohortId: number, status?: PairStatus): Pair[] {
  const rows = prepared(db, 'SELECT * FROM pairs WHERE cohort_id = @cohortId AND (@status IS NULL OR status = @status) ORDER BY id')
    .all({ cohortId, status: status ?? null }) as PairRow[];
  return rows.map(toPair);
}

/** The person's active pairs (as mentor or mentee), in one cohort or in any cohort that is not completed. */
export function listActivePairsOf(db: Db, userId: string, cohortId?: number): Pair[] {
  const rows = prepared(
      db,
      `SELECT p.* FROM pairs p JOIN cohorts c ON c.id = p.cohort_id
        WHERE p.status = 'active' AND c.status != 'completed' AND (p.mentor_id = @userId OR p.mentee_id = @userId)
          AND (@cohortId IS NULL OR p.cohort_id = @cohortId)
        ORDER BY p.id`,
    )
    .all({ userId, cohortId: cohortId ?? null }) as PairRow[];
  return rows.map(toPair);
}

/** The pair of these two people in the cohort, whatever its status (they can be paired only once per cohort). */
export function findPairBetween(db: Db, cohortId: number, mentorId: string, menteeId: string): Pair | undefined {
  const row = prepared(db, 'SELECT * FROM pairs WHERE cohort_id = ? AND mentor_id = ? AND mentee_id = ?')
    .get(cohortId, mentorId, menteeId) as PairRow | undefined;
  return row && toPair(row);
}

export function countActiveMentees(db: Db, cohortId: number, mentorId: string): number {
  return (
    prepared(db, "SELECT COUNT(*) AS n FROM pairs WHERE cohort_id = ? AND mentor_id = ? AND status = 'active'").get(cohortId, mentorId) as {
      n: number;
    }
  ).n;
}

/** Every pair of every other cohort, ended or not: the matching engine never repeats one. */
export function pairsOutsideCohort(db: Db, cohortId: number): Array<{ mentorId: string; menteeId: string }> {
  return (
    prepared(db, 'SELECT DISTINCT mentor_id, mentee_id FROM pairs WHERE cohort_id != ?').all(cohortId) as Array<{
      mentor_id: string;
      mentee_id: string;
    }>
  ).map((row) => ({ mentorId: row.mentor_id, menteeId: row.mentee_id }));
}

/** Stores the pair's group DM the first time it is opened; an id already stored is kept. */
export function setPairChannel(db: Db, pairId: number, channelId: string): boolean {
  return prepared(db, 'UPDATE pairs SET channel_id = ? WHERE id = ? AND channel_id IS NULL').run(channelId, pairId).changes > 0;
}

export function endPair(db: Db, pairId: number, now: Date): boolean {
  return (
    prepared(db, "UPDATE pairs SET status = 'ended', ended_at = ? WHERE id = ? AND status = 'active'").run(now.toISOString(), pairId).changes > 0
  );
}

export interface NewRematchRequest {
  pairId: number;
  userId: string;
  /** Personal text: organizers only, never logged. */
  reason: string | null;
}

/** The open request this person already made for this pair with this very reason, if any (a resubmission). */
export function findSameOpenRematchRequest(db: Db, request: NewRematchRequest): number | undefined {
  const row = prepared(db, "SELECT id FROM rematch_requests WHERE pair_id = ? AND user_id = ? AND status = 'open' AND reason IS ? ORDER BY id LIMIT 1")
    .get(request.pairId, request.userId, request.reason) as { id: number } | undefined;
  return row?.id;
}

export function insertRematchRequest(db: Db, request: NewRematchRequest, now: Date): number {
  const result = prepared(db, "INSERT INTO rematch_requests (pair_id, user_id, reason, status, created_at) VALUES (?, ?, ?, 'open', ?)")
    .run(request.pairId, request.userId, request.reason, now.toISOString());
  return Number(result.lastInsertRowid);
}
