import { inTransaction, type Db } from '../db/open';
import { scheduleDelivery } from '../db/repositories/deliveries';
import { membersToInvite } from '../db/repositories/outcome-invitations';

/**
 * One direct message per member of a pair (the check-in, the final evaluation, the 30-day follow-up): its ledger key
 * is `<prefix><pair id>:user:<user id>`, which makes it once per member and pair.
 */
export function memberKey(prefix: string, pairId: number, userId: string): string {
  return `${prefix}${pairId}:user:${userId}`;
}

export function parseMemberKey(prefix: string, key: string): { pairId: number; userId: string } | undefined {
  if (!key.startsWith(prefix)) return undefined;
  const match = /^(\d+):user:(.+)$/.exec(key.slice(prefix.length));
  return match ? { pairId: Number(match[1]), userId: match[2] as string } : undefined;
}

/**
 * Puts an invitation of `kind` in the ledger for each member of the cohort's running pairs whose prompt of `cycle`
 * has gone out and who has none yet, due now (so it follows the prompt), in one transaction. Returns how many.
 */
export function scheduleMemberInvitations(db: Db, kind: string, prefix: string, cohortId: number, cycle: number, now: Date): number {
  const members = membersToInvite(db, cohortId, cycle, prefix);
  if (members.length === 0) return 0;
  return inTransaction(db, () =>
    members.filter((member) =>
      scheduleDelivery(
        db,
        { kind, dedupeKey: memberKey(prefix, member.pairId, member.userId), cohortId, subjectId: member.pairId, userId: member.userId, dueAt: now },
        now,
      ),
    ).length,
  );
}
