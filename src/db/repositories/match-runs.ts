import type { Db } from '../open';

export type MatchRunStatus = 'computing' | 'ready' | 'confirmed' | 'superseded' | 'failed';

/** One `match` run (migrations/0004_pairs.sql, 0005_matching.sql). `resultJson` is parsed by the service. */
export interface MatchRun {
  id: number;
  cohortId: number;
  requestedBy: string;
  status: MatchRunStatus;
  resultJson: string | null;
  totalScore: number | null;
  createdAt: string;
  confirmedBy: string | null;
  confirmedAt: string | null;
  progressChannel: string | null;
  progressTs: string | null;
  progressLocale: string | null;
  progressState: string | null;
  progressDoneAt: string | null;
}

interface MatchRunRow {
  id: number;
  cohort_id: number;
  requested_by: string;
  status: MatchRunStatus;
  result: string | null;
  total_score: number | null;
  created_at: string;
  confirmed_by: string | null;
  confirmed_at: string | null;
  progress_channel: string | null;
  progress_ts: string | null;
  progress_locale: string | null;
  progress_state: string | null;
  progress_done_at: string | null;
}

function toMatchRun(row: MatchRunRow): MatchRun {
  return {
    id: row.id,
    cohortId: row.cohort_id,
    requestedBy: row.requested_by,
    status: row.status,
    resultJson: row.result,
    totalScore: row.total_score,
    createdAt: row.created_at,
    confirmedBy: row.confirmed_by,
    confirmedAt: row.confirmed_at,
    progressChannel: row.progress_channel,
    progressTs: row.progress_ts,
    progressLocale: row.progress_locale,
    progressState: row.progress_state,
    progressDoneAt: row.progress_done_at,
  };
}

export function insertMatchRun(db: Db, cohortId: number, requestedBy: string, now: Date): MatchRun {
  const result = db
    .prepare("INSERT INTO match_runs (cohort_id, requested_by, status, created_at) VALUES (?, ?, 'computing', ?)")
    .run(cohortId, requestedBy, now.toISOString());
  return findMatchRun(db, Number(result.lastInsertRowid)) as MatchRun;
}

export function findMatchRun(db: Db, id: number): MatchRun | undefined {
  const row = db.prepare('SELECT * FROM match_runs WHERE id = ?').get(id) as MatchRunRow | undefined;
  return row && toMatchRun(row);
}

/**
 * Stores a computed result and makes it the cohort's one `ready` run: earlier ready runs become `superseded`, so
 * only the newest preview can be confirmed. Run inside a transaction.
 */
export function markRunReady(db: Db, id: number, resultJson: string, totalScore: number): boolean {
  const run = findMatchRun(db, id);
  if (!run || run.status !== 'computing') return false;
  db.prepare("UPDATE match_runs SET status = 'superseded' WHERE cohort_id = ? AND status = 'ready' AND id != ?").run(run.cohortId, id);
  db.prepare("UPDATE match_runs SET status = 'ready', result = ?, total_score = ? WHERE id = ?").run(resultJson, totalScore, id);
  return true;
}

export function markRunFailed(db: Db, id: number): boolean {
  return db.prepare("UPDATE match_runs SET status = 'failed' WHERE id = ? AND status = 'computing'").run(id).changes > 0;
}

/** The newest run of the cohort that is `ready`, if any. */
export function latestReadyRun(db: Db, cohortId: number): MatchRun | undefined {
  const row = db
    .prepare("SELECT * FROM match_runs WHERE cohort_id = ? AND status = 'ready' ORDER BY id DESC LIMIT 1")
    .get(cohortId) as MatchRunRow | undefined;
  return row && toMatchRun(row);
}

export function confirmedRun(db: Db, cohortId: number): MatchRun | undefined {
  const row = db.prepare("SELECT * FROM match_runs WHERE cohort_id = ? AND status = 'confirmed'").get(cohortId) as MatchRunRow | undefined;
  return row && toMatchRun(row);
}

export function markRunConfirmed(db: Db, id: number, confirmedBy: string, now: Date): boolean {
  return (
    db
      .prepare("UPDATE match_runs SET status = 'confirmed', confirmed_by = ?, confirmed_at = ? WHERE id = ? AND status = 'ready'")
      .run(confirmedBy, now.toISOString(), id).changes > 0
  );
}

/**
 * A confirmed match makes its cohort `active` (PRODUCT.md §2). Kept with the match runs rather than in
 * cohorts.ts because only confirming a run may do it, in the same transaction.
 */
export function markCohortMatched(db: Db, cohortId: number): boolean {
  return db.prepare("UPDATE cohorts SET status = 'active' WHERE id = ? AND status = 'enrolling'").run(cohortId).changes > 0;
}

export function setRunProgressMessage(db: Db, id: number, message: { channel: string; ts: string; locale: string }): void {
  db.prepare('UPDATE match_runs SET progress_channel = ?, progress_ts = ?, progress_locale = ? WHERE id = ?').run(
    message.channel,
    message.ts,
    message.locale,
    id,
  );
}

/** Confirmed runs whose progress message does not show the final count yet. */
export function runsAwaitingProgress(db: Db, cohortId?: number): MatchRun[] {
  const rows = db
    .prepare(
      `SELECT * FROM match_runs WHERE status = 'confirmed' AND progress_ts IS NOT NULL AND progress_done_at IS NULL
          AND (@cohortId IS NULL OR cohort_id = @cohortId) ORDER BY id`,
    )
    .all({ cohortId: cohortId ?? null }) as MatchRunRow[];
  return rows.map(toMatchRun);
}

export function saveRunProgress(db: Db, id: number, state: string, doneAt: Date | null): void {
  db.prepare('UPDATE match_runs SET progress_state = ?, progress_done_at = ? WHERE id = ?').run(state, doneAt?.toISOString() ?? null, id);
}
