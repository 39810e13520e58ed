import type { Db } from '../open';
import { prepared } from '../statements';

export function isOrganizerInTable(db: Db, userId: string): boolean {
  return prepared(db, 'SELECT 1 FROM organizers WHERE user_id = ?').get(userId) !== undefined;
}

export function listOrganizerIds(db: Db): string[] {
  return (prepared(db, 'SELECT user_id FROM organizers ORDER BY user_id').all() as Array<{ user_id: string }>).map(
    (row) => row.user_id,
  );
}

export function addOrganizer(db: Db, userId: string, addedBy: string, now: Date): boolean {
  return (
    prepared(db, 'INSERT OR IGNORE INTO organizers (user_id, added_by, added_at) VALUES (?, ?, ?)')
      .run(userId, addedBy, now.toISOString()).changes > 0
  );
}

export function removeOrganizer(db: Db, userId: string): boolean {
  return prepared(db, 'DELETE FROM organizers WHERE user_id = ?').run(userId).changes > 0;
}

export interface OrganizerRecord {
  userId: string;
  addedBy: string;
  addedAt: string;
}

export function listOrganizerRecords(db: Db): OrganizerRecord[] {
  return (
    prepared(db, 'SELECT user_id, added_by, added_at FROM organizers ORDER BY added_at, user_id').all() as Array<{
      user_id: string;
      added_by: string;
      added_at: string;
    }>
  ).map((row) => ({ userId: row.user_id, addedBy: row.added_by, addedAt: row.added_at }));
}

export function countOrganizersInTable(db: Db): number {
  return (prepared(db, 'SELECT COUNT(*) AS n FROM organizers').get() as { n: number }).n;
}
