import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { Db } from './open';

export interface BackupResult {
  path: string;
  pages: number;
  integrity: string;
}

/**
 * An online backup (SQLite's backup API copies page by page while the app keeps writing), then
 * `PRAGMA integrity_check` on the copy. Throws when the copy is not sound.
 */
export async function backupDatabase(db: Db, destination: string): Promise<BackupResult> {
  if (existsSync(destination)) throw new Error(`${destination} already exists; choose a new file name`);
  const { totalPages } = await db.backup(destination);
  const copy = new Database(destination, { readonly: true, fileMustExist: true });
  try {
    const rows = copy.pragma('integrity_check') as Array<{ integrity_check: string }>;
    const integrity = rows.map((row) => row.integrity_check).join('; ');
    if (integrity !== 'ok') throw new Error(`backup at ${destination} failed integrity_check: ${integrity}`);
    return { path: destination, pages: totalPages, integrity };
  } finally {
    copy.close();
  }
}
