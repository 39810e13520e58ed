import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { Db } from './open';

export interface BackupResult {
  path: string;
  pages: number;
  integrity: string;
}

/**
 * An online backup with SQLite's backup API, then `PRAGMA integrity_check` on the copy. Throws when the copy is
 * not sound.
 *
 * The pages are copied in one step, inside one read transaction: under WAL the app's writers carry on meanwhile,
 * and the copy is the database as it was when the step began. Copied in small steps instead (the default), a
 * write by the app between two steps restarts the backup from the first page, so a busy app could keep a large
 * backup from ever finishing. The step blocks this process while it copies, which is why backups run in the CLI's
 * own process, not in the app's.
 */
export async function backupDatabase(db: Db, destination: string): Promise<BackupResult> {
  if (existsSync(destination)) throw new Error(`${destination} already exists; choose a new file name`);
  const { totalPages } = await db.backup(destination, { progress: () => 0x7fffffff });
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
