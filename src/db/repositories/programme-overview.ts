import type { Db } from '../open';
import { prepared } from '../statements';

/**
 * The organizer's programme at a glance (App Home, `status`): what services/programme-overview.ts needs beyond
 * the summaries' queries. No text column is read except a cohort's name; a rematch reason is not.
 */

/** People in the cohort's running pairs (a mentor with two mentees counts once). */
export function pairedPeopleCount(db: Db, cohortId: number): number {
  return (
    prepared(
      db,
      `SELECT COUNT(*) AS n FROM (
         SELECT mentor_id AS user_id FROM pairs WHERE cohort_id = @cohortId AND status = 'active'
         UNION SELECT mentee_id FROM pairs WHERE cohort_id = @cohortId AND status = 'active')`,
    ).get({ cohortId }) as { n: number }
  ).n;
}

export interface OpenRematchRow {
  id: number;
  pairId: number;
  userId: string;
  partnerId: string;
  createdAt: string;
}

/** Open rematch requests on the cohort's running pairs, oldest first (no reason: that is for the digest). */
export function openRematchRequests(db: Db, cohortId: number): OpenRematchRow[] {
  return (
    prepared(
      db,
      `SELECT r.id, r.pair_id, r.user_id, CASE WHEN r.user_id = p.mentor_id THEN p.mentee_id ELSE p.mentor_id END AS partner_id, r.created_at
         FROM rematch_requests r JOIN pairs p ON p.id = r.pair_id
        WHERE p.cohort_id = ? AND p.status = 'active' AND r.status = 'open'
        ORDER BY r.id`,
    ).all(cohortId) as Array<{ id: number; pair_id: number; user_id: string; partner_id: string; created_at: string }>
  ).map((row) => ({ id: row.id, pairId: row.pair_id, userId: row.user_id, partnerId: row.partner_id, createdAt: row.created_at }));
}
