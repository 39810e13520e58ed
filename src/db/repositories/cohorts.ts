import type { Db } from '../open';
import type { Cadence, CohortStatus, NudgeDay } from '../../domain';
import { prepared } from '../statements';

export interface Cohort {
  id: number;
  name: string;
  startDate: string;
  weeks: number;
  cadence: Cadence;
  nudgeDay: NudgeDay;
  nudgeTime: string;
  timezone: string;
  summaryChannel: string;
  capacity: number;
  status: CohortStatus;
  createdBy: string;
  createdAt: string;
  completedAt: string | null;
}

interface CohortRow {
  id: number;
  name: string;
  start_date: string;
  weeks: number;
  cadence: Cadence;
  nudge_day: NudgeDay;
  nudge_time: string;
  timezone: string;
  summary_channel: string;
  capacity: number;
  status: CohortStatus;
  created_by: string;
  created_at: string;
  completed_at: string | null;
}

function toCohort(row: CohortRow): Cohort {
  return {
    id: row.id,
    name: row.name,
    startDate: row.start_date,
    weeks: row.weeks,
    cadence: row.cadence,
    nudgeDay: row.nudge_day,
    nudgeTime: row.nudge_time,
    timezone: row.timezone,
    summaryChannel: row.summary_channel,
    capacity: row.capacity,
    status: row.status,
    createdBy: row.created_by,
    createdAt: row.created_at,
    completedAt: row.completed_at,
  };
}

export function findCohort(db: Db, id: number): Cohort | undefined {
  const row = prepared(db, 'SELECT * FROM cohorts WHERE id = ?').get(id) as CohortRow | undefined;
  return row && toCohort(row);
}

export function findEnrollingCohort(db: Db): Cohort | undefined {
  const row = prepared(db, "SELECT * FROM cohorts WHERE status = 'enrolling'").get() as CohortRow | undefined;
  return row && toCohort(row);
}

export function listCohorts(db: Db, statuses?: readonly CohortStatus[]): Cohort[] {
  const rows = (
    statuses
      ? prepared(db, `SELECT * FROM cohorts WHERE status IN (${statuses.map(() => '?').join(',')}) ORDER BY id`)
          .all(...statuses)
      : prepared(db, 'SELECT * FROM cohorts ORDER BY id').all()
  ) as CohortRow[];
  return rows.map(toCohort);
}

/** What creating a cohort stores; the id, status and timestamps are the database's. */
export type CohortWrite = Omit<Cohort, 'id' | 'status' | 'createdAt' | 'completedAt'>;

export function insertCohort(db: Db, cohort: CohortWrite, now: Date): Cohort {
  const result = prepared(
      db,
      `INSERT INTO cohorts (name, start_date, weeks, cadence, nudge_day, nudge_time, timezone, summary_channel,
         capacity, status, created_by, created_at)
       VALUES (@name, @startDate, @weeks, @cadence, @nudgeDay, @nudgeTime, @timezone, @summaryChannel,
         @capacity, 'enrolling', @createdBy, @at)`,
    )
    .run({ ...cohort, at: now.toISOString() });
  return findCohort(db, Number(result.lastInsertRowid)) as Cohort;
}

/** The cohort a participant belongs to now: the newest one that is not completed. */
export function currentCohortOf(db: Db, userId: string): Cohort | undefined {
  const row = prepared(
      db,
      `SELECT c.* FROM cohorts c JOIN enrollments e ON e.cohort_id = c.id
        WHERE e.user_id = ? AND c.status != 'completed' ORDER BY c.id DESC LIMIT 1`,
    )
    .get(userId) as CohortRow | undefined;
  return row && toCohort(row);
}

/** The latest completed cohort the person was enrolled in (what App Home shows once a programme is over). */
export function lastCompletedCohortOf(db: Db, userId: string): Cohort | undefined {
  const row = prepared(
      db,
      `SELECT c.* FROM cohorts c JOIN enrollments e ON e.cohort_id = c.id
        WHERE e.user_id = ? AND c.status = 'completed' ORDER BY c.id DESC LIMIT 1`,
    )
    .get(userId) as CohortRow | undefined;
  return row && toCohort(row);
}

export function enroll(db: Db, cohortId: number, userId: string, now: Date): boolean {
  const result = prepared(db, 'INSERT OR IGNORE INTO enrollments (cohort_id, user_id, enrolled_at) VALUES (?, ?, ?)')
    .run(cohortId, userId, now.toISOString());
  return result.changes > 0;
}

export function enrolledUserIds(db: Db, cohortId: number): string[] {
  return (
    prepared(db, 'SELECT user_id FROM enrollments WHERE cohort_id = ? ORDER BY user_id').all(cohortId) as Array<{
      user_id: string;
    }>
  ).map((row) => row.user_id);
}

/**
 * Enrolls everyone who is waiting (PRODUCT.md §2) — or only `userId` when given: active or paused participants
 * who are neither enrolled in another cohort that takes people nor paired in a running one (nor, for everyone,
 * said in their final evaluation that they would not take part again, PRODUCT.md §12.4). Returns how many
 * were enrolled. Run inside the transaction that created the cohort (or saved the profile).
 */
export function enrollWaitingParticipants(db: Db, cohortId: number, now: Date, userId?: string): number {
  return prepared(
      db,
      `INSERT OR IGNORE INTO enrollments (cohort_id, user_id, enrolled_at)
       SELECT @cohortId, p.user_id, @at FROM participants p
        WHERE p.status IN ('active', 'paused') AND (@userId IS NULL OR p.user_id = @userId)
          -- not already waiting in another cohort that takes people…
          AND NOT EXISTS (
            SELECT 1 FROM enrollments e JOIN cohorts c ON c.id = e.cohort_id
             WHERE e.user_id = p.user_id AND c.status = 'enrolling' AND c.id != @cohortId)
          -- …and not paired in a running one: the unmatched of a running cohort are first in line here.
          AND NOT EXISTS (
            SELECT 1 FROM pairs pr JOIN cohorts c ON c.id = pr.cohort_id
             WHERE pr.status = 'active' AND c.status = 'active' AND (pr.mentor_id = p.user_id OR pr.mentee_id = p.user_id))
          -- …and, when a new cohort takes everyone waiting, not someone whose final evaluation said they would not take
          -- part again (joining again clears that answer: services/enrollment.ts).
          AND (@userId IS NOT NULL OR NOT EXISTS (SELECT 1 FROM next_cohort_choices n WHERE n.user_id = p.user_id AND n.choice = 'no'))`,
    )
    .run({ cohortId, at: now.toISOString(), userId: userId ?? null }).changes;
}

/** People enrolled, counting those who have since asked to be forgotten (migrations/0008_reflections.sql). */
export function countEnrolled(db: Db, cohortId: number): number {
  return (
    prepared(db, 'SELECT (SELECT COUNT(*) FROM enrollments WHERE cohort_id = @id) + (SELECT COUNT(*) FROM former_enrollments WHERE cohort_id = @id) AS n')
      .get({ id: cohortId }) as { n: number }
  ).n;
}

/** Every cohort, oldest first, with how many people are enrolled in it (one query, for lists). */
export function listCohortsWithEnrollmentCounts(db: Db): Array<{ cohort: Cohort; enrolled: number }> {
  const rows = prepared(
      db,
      `SELECT c.*, (SELECT COUNT(*) FROM enrollments e WHERE e.cohort_id = c.id)
                  + (SELECT COUNT(*) FROM former_enrollments f WHERE f.cohort_id = c.id) AS enrolled
         FROM cohorts c ORDER BY c.id`,
    )
    .all() as Array<CohortRow & { enrolled: number }>;
  return rows.map((row) => ({ cohort: toCohort(row), enrolled: row.enrolled }));
}

/** Marks a running cohort completed; false when it does not exist or is completed already. */
export function completeCohort(db: Db, cohortId: number, now: Date): boolean {
  return (
    prepared(db, "UPDATE cohorts SET status = 'completed', completed_at = ? WHERE id = ? AND status != 'completed'")
      .run(now.toISOString(), cohortId).changes > 0
  );
}
