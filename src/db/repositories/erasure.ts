import type { Db } from '../open';

/**
 * Whether the WAL still owes a truncation after a delete of personal data (migrations/0011_erasure.sql). Set in
 * the deleting transaction; cleared once the WAL has been truncated.
 */

export function markWalErasureOwed(db: Db, now: Date): void {
  db.prepare('INSERT OR IGNORE INTO wal_erasure_owed (id, since) VALUES (1, ?)').run(now.toISOString());
}

export function walErasureOwed(db: Db): boolean {
  return db.prepare('SELECT 1 FROM wal_erasure_owed WHERE id = 1').get() !== undefined;
}

export function clearWalErasureOwed(db: Db): void {
  db.prepare('DELETE FROM wal_erasure_owed WHERE id = 1').run();
}
