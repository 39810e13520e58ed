import type { Db } from '../open';
import { prepared } from '../statements';

/**
 * Who is due an invitation to the check-in or the final evaluation (PRODUCT.md §12.3, §12.4): the members of the
 * cohort's running pairs whose prompt of that session has gone out, and who have no ledger row for it yet. The
 * ledger's key (`<prefix><pair id>:user:<user id>`) is what makes an invitation once per member and pair.
 */
export function membersToInvite(db: Db, cohortId: number, cycle: number, keyPrefix: string): Array<{ pairId: number; userId: string }> {
  return (
    prepared(
      db,
      `WITH prompted AS (
         SELECT pr.pair_id, p.mentor_id, p.mentee_id FROM prompts pr JOIN pairs p ON p.id = pr.pair_id
          WHERE pr.cohort_id = @cohortId AND pr.cycle = @cycle AND p.status = 'active'
            AND (pr.posted_at IS NOT NULL OR EXISTS (SELECT 1 FROM deliveries d WHERE d.id = pr.delivery_id AND d.sent_at IS NOT NULL))),
       members AS (
         SELECT pair_id, mentor_id AS user_id FROM prompted UNION ALL SELECT pair_id, mentee_id FROM prompted)
       SELECT m.pair_id, m.user_id FROM members m
        WHERE NOT EXISTS (SELECT 1 FROM deliveries d WHERE d.dedupe_key = @prefix || m.pair_id || ':user:' || m.user_id)
        ORDER BY m.pair_id, m.user_id`,
    ).all({ cohortId, cycle, prefix: keyPrefix }) as Array<{ pair_id: number; user_id: string }>
  ).map((row) => ({ pairId: row.pair_id, userId: row.user_id }));
}

/** How many invitations of a kind went out in the cohort (sent, or in doubt: it may have arrived). */
export function invitationsSent(db: Db, cohortId: number, kind: string): number {
  return (
    prepared(db, "SELECT COUNT(*) AS n FROM deliveries WHERE cohort_id = ? AND kind = ? AND status IN ('sent', 'unknown')").get(cohortId, kind) as {
      n: number;
    }
  ).n;
}
