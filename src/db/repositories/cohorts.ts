import type { Db } from '../open';
import type { Cadence, CohortStatus, NudgeDay } from '../../domain';

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
  const row = db.prepare('SELECT * FROM cohorts WHERE id = ?').get(id) as CohortRow | undefined;
  return row && toCohort(row);
}

export function findEnrollingCohort(db: Db): Cohort | undefined {
  const row = db.prepare("SELECT * FROM cohorts WHERE status = 'enrolling'").get() as CohortRow | undefined;
  return row && toCohort(row);
}

export function listCohorts(db: Db, statuses?: readonly CohortStatus[]): Cohort[] {
  const rows = (
    statuses
      ? db
          .prepare(`SELECT * FROM cohorts WHERE status IN (${statuses.map(() => '?').join(',')}) ORDER BY id`)
          .all(...statuses)
      : db.prepare('SELECT * FROM cohorts ORDER BY id').all()
  ) as CohortRow[];
  return rows.map(toCohort);
}

export interface CohortWrite {
  name: string;
  startDate: string;
  weeks: number;
  cadence: Cadence;
  nudgeDay: NudgeDay;
  nudgeTime: string;
  timezone: string;
  summaryChannel: string;
  capacity: number;
  createdBy: string;
}

export function insertCohort(db: Db, cohort: CohortWrite, now: Date): Cohort {
  const result = db
    .prepare(
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
  const row = db
    .prepare(
      `SELECT c.* FROM cohorts c JOIN enrollments e ON e.cohort_id = c.id
        WHERE e.user_id = ? AND c.status != 'completed' ORDER BY c.id DESC LIMIT 1`,
    )
    .get(userId) as CohortRow | undefined;
  return row && toCohort(row);
}

export function enroll(db: Db, cohortId: number, userId: string, now: Date): boolean {
  const result = db
    .prepare('INSERT OR IGNORE INTO enrollments (cohort_id, user_id, enrolled_at) VALUES (?, ?, ?)')
    .run(cohortId, userId, now.toISOString());
  return result.changes > 0;
}

export function enrolledUserIds(db: Db, cohortId: number): string[] {
  return (
    db.prepare('SELECT user_id FROM enrollments WHERE cohort_id = ? ORDER BY user_id').all(cohortId) as Array<{
      user_id: string;
    }>
  ).map((row) => row.user_id);
}
