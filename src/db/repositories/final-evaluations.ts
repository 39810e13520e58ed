import type { Db } from '../open';
import { prepared } from '../statements';
import type { FollowupAnswer, NextCohortChoice, Role } from '../../domain';
import type { SharingLevel } from './reflections';

/**
 * The final evaluation and its 30-day follow-up (migrations/0014_outcomes.sql). `changed` is read by its author
 * (`findOwnFinalEvaluation`, the follow-up that quotes it back) and, when its author chose to share it, by the
 * final report (`sharedChanges`: anonymous rows come without any column that could name them). Figures for a
 * channel select no text.
 */

export interface FinalEvaluation {
  id: number;
  pairId: number;
  cohortId: number;
  userId: string;
  role: Role;
  goalsMet: number;
  changed: string | null;
  sharing: SharingLevel;
  recommend: number;
  again: NextCohortChoice | null;
  followup: FollowupAnswer | null;
  followupAt: string | null;
  textRemovedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

interface EvaluationRow {
  id: number;
  pair_id: number;
  cohort_id: number;
  user_id: string;
  role: Role;
  goals_met: number;
  changed: string | null;
  sharing: SharingLevel;
  recommend: number;
  again: NextCohortChoice | null;
  followup: FollowupAnswer | null;
  followup_at: string | null;
  text_removed_at: string | null;
  created_at: string;
  updated_at: string;
}

function toEvaluation(row: EvaluationRow): FinalEvaluation {
  return {
    id: row.id,
    pairId: row.pair_id,
    cohortId: row.cohort_id,
    userId: row.user_id,
    role: row.role,
    goalsMet: row.goals_met,
    changed: row.changed,
    sharing: row.sharing,
    recommend: row.recommend,
    again: row.again,
    followup: row.followup,
    followupAt: row.followup_at,
    textRemovedAt: row.text_removed_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The author's own final evaluation on the pair, text included: for their modal only. */
export function findOwnFinalEvaluation(db: Db, pairId: number, userId: string): FinalEvaluation | undefined {
  const row = prepared(db, 'SELECT * FROM final_evaluations WHERE pair_id = ? AND user_id = ?').get(pairId, userId) as EvaluationRow | undefined;
  return row && toEvaluation(row);
}

/** By id: for the follow-up's buttons and message, which only ever go to the author (checked by the caller). */
export function findFinalEvaluation(db: Db, id: number): FinalEvaluation | undefined {
  const row = prepared(db, 'SELECT * FROM final_evaluations WHERE id = ?').get(id) as EvaluationRow | undefined;
  return row && toEvaluation(row);
}

export type FinalEvaluationWrite = Pick<FinalEvaluation, 'pairId' | 'cohortId' | 'userId' | 'role' | 'goalsMet' | 'changed' | 'sharing' | 'recommend' | 'again'>;

export function upsertFinalEvaluation(db: Db, write: FinalEvaluationWrite, now: Date): { created: boolean; id: number } {
  const at = now.toISOString();
  const existed = prepared(db, 'SELECT 1 FROM final_evaluations WHERE pair_id = ? AND user_id = ?').get(write.pairId, write.userId) !== undefined;
  const row = prepared(
    db,
    `INSERT INTO final_evaluations (pair_id, cohort_id, user_id, role, goals_met, changed, sharing, recommend, again, created_at, updated_at)
     VALUES (@pairId, @cohortId, @userId, @role, @goalsMet, @changed, @sharing, @recommend, @again, @at, @at)
     ON CONFLICT (pair_id, user_id) DO UPDATE SET
       goals_met = excluded.goals_met, changed = excluded.changed, sharing = excluded.sharing, recommend = excluded.recommend,
       again = excluded.again, text_removed_at = NULL, updated_at = excluded.updated_at
     RETURNING id`,
  ).get({ ...write, at }) as { id: number };
  return { created: !existed, id: row.id };
}

/** The mentee's answer to the follow-up; the last press counts. */
export function recordFollowup(db: Db, id: number, answer: FollowupAnswer, now: Date): boolean {
  return prepared(db, 'UPDATE final_evaluations SET followup = ?, followup_at = ? WHERE id = ?').run(answer, now.toISOString(), id).changes > 0;
}

/** Final answers of a cohort, counted (no text). */
export interface FinalCounts {
  answers: number;
  goalsMet: Record<1 | 2 | 3 | 4 | 5, number>;
  /** How many gave each score 0–10. */
  recommend: number[];
  again: Record<NextCohortChoice, number>;
  /** Answers that left `again` empty. */
  againUnanswered: number;
}

export function finalCounts(db: Db, cohortId: number): FinalCounts {
  const rows = prepared(db, 'SELECT goals_met, recommend, again, COUNT(*) AS n FROM final_evaluations WHERE cohort_id = ? GROUP BY goals_met, recommend, again').all(
    cohortId,
  ) as Array<{ goals_met: number; recommend: number; again: NextCohortChoice | null; n: number }>;
  const counts: FinalCounts = {
    answers: 0,
    goalsMet: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 },
    recommend: Array.from({ length: 11 }, () => 0),
    again: { mentor: 0, mentee: 0, no: 0 },
    againUnanswered: 0,
  };
  for (const row of rows) {
    counts.answers += row.n;
    counts.goalsMet[row.goals_met as 1 | 2 | 3 | 4 | 5] += row.n;
    counts.recommend[row.recommend] = (counts.recommend[row.recommend] ?? 0) + row.n;
    if (row.again) counts.again[row.again] += row.n;
    else counts.againUnanswered += row.n;
  }
  return counts;
}

/** The follow-up's answers in the cohort, counted (no text). Only mentees asked could answer: the buttons are on their DM. */
export function followupCounts(db: Db, cohortId: number): Record<FollowupAnswer, number> {
  const counts: Record<FollowupAnswer, number> = { done: 0, partly: 0, not_yet: 0 };
  const rows = prepared(db, 'SELECT followup, COUNT(*) AS n FROM final_evaluations WHERE cohort_id = ? AND followup IS NOT NULL GROUP BY followup').all(
    cohortId,
  ) as Array<{ followup: FollowupAnswer; n: number }>;
  for (const row of rows) counts[row.followup] += row.n;
  return counts;
}

/** A `changed` answer its author chose to share. Anonymous ones come without an author, a pair or a role. */
export type SharedChangeRow =
  | { sharing: 'anonymous'; role: null; changed: string }
  | { sharing: 'named'; role: Role; userId: string; changed: string };

/** Up to `limit` shared `changed` answers of the cohort, newest first; never private ones. */
export function sharedChanges(db: Db, cohortId: number, limit: number): SharedChangeRow[] {
  const rows = prepared(
    db,
    `SELECT sharing, changed,
            CASE WHEN sharing = 'named' THEN user_id END AS user_id,
            CASE WHEN sharing = 'named' THEN role END AS role
       FROM final_evaluations
      WHERE cohort_id = ? AND sharing IN ('anonymous', 'named') AND changed IS NOT NULL
      ORDER BY updated_at DESC, id DESC LIMIT ?`,
  ).all(cohortId, limit) as Array<{ sharing: 'anonymous' | 'named'; changed: string; user_id: string | null; role: Role | null }>;
  return rows.map((row): SharedChangeRow =>
    row.sharing === 'named'
      ? { sharing: 'named', role: row.role as Role, userId: row.user_id as string, changed: row.changed }
      : { sharing: 'anonymous', role: null, changed: row.changed },
  );
}

/** The members of the cohort's pairs who answered the final evaluation. */
export function finalAuthors(db: Db, cohortId: number): string[] {
  return (prepared(db, 'SELECT DISTINCT user_id FROM final_evaluations WHERE cohort_id = ? ORDER BY user_id').all(cohortId) as Array<{ user_id: string }>).map(
    (row) => row.user_id,
  );
}

/** Mentees of the cohort who wrote what they will do differently: the 30-day follow-up goes to each. */
export function menteesWithChange(db: Db, cohortId: number): Array<{ id: number; pairId: number; userId: string }> {
  return (
    prepared(
      db,
      "SELECT id, pair_id, user_id FROM final_evaluations WHERE cohort_id = ? AND role = 'mentee' AND changed IS NOT NULL ORDER BY id",
    ).all(cohortId) as Array<{ id: number; pair_id: number; user_id: string }>
  ).map((row) => ({ id: row.id, pairId: row.pair_id, userId: row.user_id }));
}

/** Retention: empties `changed` written before `before`; returns how many lost their text. */
export function purgeFinalTextsBefore(db: Db, before: Date, now: Date): number {
  return db
    .prepare('UPDATE final_evaluations SET changed = NULL, text_removed_at = ? WHERE changed IS NOT NULL AND updated_at < ?')
    .run(now.toISOString(), before.toISOString()).changes;
}

/** Per pair and member: the final answers (the CSV export; numbers and choices only). */
export function finalAnswersOfCohort(
  db: Db,
  cohortId: number,
): Map<string, { goalsMet: number; recommend: number; again: NextCohortChoice | null; followup: FollowupAnswer | null }> {
  const rows = prepared(db, 'SELECT pair_id, user_id, goals_met, recommend, again, followup FROM final_evaluations WHERE cohort_id = ?').all(cohortId) as Array<{
    pair_id: number;
    user_id: string;
    goals_met: number;
    recommend: number;
    again: NextCohortChoice | null;
    followup: FollowupAnswer | null;
  }>;
  return new Map(
    rows.map((row) => [`${row.pair_id}:${row.user_id}`, { goalsMet: row.goals_met, recommend: row.recommend, again: row.again, followup: row.followup }]),
  );
}
