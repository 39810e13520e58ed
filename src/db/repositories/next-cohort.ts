import type { Db } from '../open';
import { prepared } from '../statements';
import type { NextCohortChoice, Role } from '../../domain';

/**
 * What people said about the next cohort in their final evaluation (migrations/0014_outcomes.sql): the waiting
 * list (`mentor`, `mentee`) and those who said `no`.
 */

export function setNextCohortChoice(db: Db, userId: string, choice: NextCohortChoice | null, fromCohortId: number, now: Date): void {
  if (choice === null) {
    prepared(db, 'DELETE FROM next_cohort_choices WHERE user_id = ?').run(userId);
    return;
  }
  prepared(
    db,
    `INSERT INTO next_cohort_choices (user_id, choice, from_cohort_id, created_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (user_id) DO UPDATE SET choice = excluded.choice, from_cohort_id = excluded.from_cohort_id, created_at = excluded.created_at`,
  ).run(userId, choice, fromCohortId, now.toISOString());
}

export function nextCohortChoiceOf(db: Db, userId: string): NextCohortChoice | undefined {
  const row = prepared(db, 'SELECT choice FROM next_cohort_choices WHERE user_id = ?').get(userId) as { choice: NextCohortChoice } | undefined;
  return row?.choice;
}

/** Moves a place on the waiting list to another role. */
export function changeWaitingRole(db: Db, userId: string, role: Role): void {
  prepared(db, "UPDATE next_cohort_choices SET choice = ? WHERE user_id = ? AND choice IN ('mentor', 'mentee')").run(role, userId);
}

export function clearNextCohortChoice(db: Db, userId: string): boolean {
  return prepared(db, 'DELETE FROM next_cohort_choices WHERE user_id = ?').run(userId).changes > 0;
}

/** The waiting list: people who asked to come back, with the role they asked for, who have not left the programme. */
export function waitingList(db: Db): Array<{ userId: string; role: Role }> {
  return (
    prepared(
      db,
      `SELECT w.user_id, w.choice FROM next_cohort_choices w JOIN participants p ON p.user_id = w.user_id
        WHERE w.choice IN ('mentor', 'mentee') AND p.status IN ('active', 'paused') ORDER BY w.created_at, w.user_id`,
    ).all() as Array<{ user_id: string; choice: Role }>
  ).map((row) => ({ userId: row.user_id, role: row.choice }));
}

/** Puts the person in the role they asked for; run with their enrollment. */
export function setParticipantRole(db: Db, userId: string, role: Role, now: Date): void {
  prepared(db, 'UPDATE participants SET role = ?, updated_at = ? WHERE user_id = ?').run(role, now.toISOString(), userId);
}
