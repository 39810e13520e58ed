import type { Db } from '../open';
import { prepared } from '../statements';

/**
 * The final report's private part (PRODUCT.md §12.5), for organizers only: who never met and who never answered.
 * No text column is read here (the check-in notes come from checkins.checkinNotes).
 */

/** The cohort's pairs that had at least one prompt and never recorded a meeting ("We met", or a reflection saying so). */
export function pairsThatNeverMet(db: Db, cohortId: number): Array<{ pairId: number; mentorId: string; menteeId: string }> {
  return (
    prepared(
      db,
      `SELECT p.id, p.mentor_id, p.mentee_id FROM pairs p
        WHERE p.cohort_id = @cohortId
          AND EXISTS (SELECT 1 FROM prompts pr WHERE pr.pair_id = p.id
                        AND (pr.posted_at IS NOT NULL OR EXISTS (SELECT 1 FROM deliveries d WHERE d.id = pr.delivery_id AND d.sent_at IS NOT NULL)))
          AND NOT EXISTS (SELECT 1 FROM prompts pr JOIN prompt_responses x ON x.prompt_id = pr.id WHERE pr.pair_id = p.id AND x.kind = 'met')
          AND NOT EXISTS (SELECT 1 FROM reflections r WHERE r.pair_id = p.id AND r.met = 'yes')
        ORDER BY p.id`,
    ).all({ cohortId }) as Array<{ id: number; mentor_id: string; mentee_id: string }>
  ).map((row) => ({ pairId: row.id, mentorId: row.mentor_id, menteeId: row.mentee_id }));
}

/**
 * People invited (a ledger row of `kind` that went out, or may have) who never answered: no row of theirs for that
 * pair in `answers` (`checkins` or `final_evaluations`). A forgotten person appears under their placeholder.
 */
export function invitedWithoutAnswer(db: Db, cohortId: number, kind: 'checkin' | 'final_evaluation'): string[] {
  const table = kind === 'checkin' ? 'checkins' : 'final_evaluations';
  return (
    prepared(
      db,
      `SELECT DISTINCT d.user_id FROM deliveries d
        WHERE d.cohort_id = @cohortId AND d.kind = @kind AND d.status IN ('sent', 'unknown') AND d.user_id IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM ${table} a WHERE a.pair_id = d.subject_id AND a.user_id = d.user_id)
        ORDER BY d.user_id`,
    ).all({ cohortId, kind }) as Array<{ user_id: string }>
  ).map((row) => row.user_id);
}
