import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { makePrivateFile, makePrivateFolder } from './files';
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
  // The copy holds everything the database does: its folder (when the backup makes it) and the file are the
  // owner's alone (files.ts). The file is made here, empty, so SQLite writes into it instead of creating it.
  makePrivateFolder(dirname(destination));
  try {
    makePrivateFile(destination, { exclusive: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new Error(`${destination} already exists; choose a new file name`);
    throw error;
  }
  let totalPages: number;
  try {
    ({ totalPages } = await db.backup(destination, { progress: () => 0x7fffffff }));
  } catch (error) {
    // Nothing half-copied is left behind (better-sqlite3 does the same for a file it created itself).
    for (const suffix of ['', '-journal']) rmSync(`${destination}${suffix}`, { force: true });
    throw error;
  }
  const copy = new Database(destination, { fileMustExist: true });
  try {
    // The copy's header says WAL, like the live database's, so opening it made `-wal` and `-shm` files beside it.
    // A backup is one file: in rollback-journal mode those go, and the app switches it back to WAL when restored.
    copy.pragma('journal_mode = DELETE');
    const rows = copy.pragma('integrity_check') as Array<{ integrity_check: string }>;
    const integrity = rows.map((row) => row.integrity_check).join('; ');
    if (integrity !== 'ok') throw new Error(`backup at ${destination} failed integrity_check: ${integrity}`);
    return { path: destination, pages: totalPages, integrity };
  } finally {
    copy.close();
  }
}
