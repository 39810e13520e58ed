import type { Db } from '../open';

export function isOrganizerInTable(db: Db, userId: string): boolean {
  return db.prepare('SELECT 1 FROM organizers WHERE user_id = ?').get(userId) !== undefined;
}

export function listOrganizerIds(db: Db): string[] {
  return (db.prepare('SELECT user_id FROM organizers ORDER BY user_id').all() as Array<{ user_id: string }>).map(
    (row) => row.user_id,
  );
}

export function addOrganizer(db: Db, userId: string, addedBy: string, now: Date): boolean {
  return (
    db
      .prepare('INSERT OR IGNORE INTO organizers (user_id, added_by, added_at) VALUES (?, ?, ?)')
      .run(userId, addedBy, now.toISOString()).changes > 0
  );
}

export function removeOrganizer(db: Db, userId: string): boolean {
  return db.prepare('DELETE FROM organizers WHERE user_id = ?').run(userId).changes > 0;
}
