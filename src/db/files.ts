import { chmodSync, closeSync, existsSync, fchmodSync, mkdirSync, openSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/**
 * The files the app writes hold goals and reflections, so they are its owner's alone, whatever the umask the
 * process was started with (the usual 022 would leave them readable by every local user):
 * - folders the app creates: 0700;
 * - the database, its `-wal` and `-shm`, backups and the sandbox's state: 0600.
 *
 * SQLite creates `-wal` and `-shm` with the database file's own permissions (it sets them explicitly, so the
 * umask plays no part), which is why creating the database file 0600 before SQLite opens it is enough for all
 * three. Files an older version left readable are tightened when the app opens them.
 */

export const PRIVATE_FOLDER_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

const codeOf = (error: unknown) => (error as NodeJS.ErrnoException | undefined)?.code;

/**
 * Creates `folder` and whichever of its parents are missing, each 0700. A folder that already exists is left as
 * it is: it may be shared (a Docker volume, /tmp, a home folder) and is not the app's to change.
 */
export function makePrivateFolder(folder: string): void {
  const missing: string[] = [];
  for (let current = resolve(folder); !existsSync(current); current = dirname(current)) {
    missing.unshift(current);
    if (dirname(current) === current) break;
  }
  for (const path of missing) {
    try {
      mkdirSync(path, { mode: PRIVATE_FOLDER_MODE });
    } catch (error) {
      // Made meanwhile by someone else: theirs, not ours to change.
      if (codeOf(error) === 'EEXIST') continue;
      throw error;
    }
    // mkdir's mode passes through the umask, which may take more away than asked (never less): set it exactly.
    chmodSync(path, PRIVATE_FOLDER_MODE);
  }
}

/**
 * Creates `path` as an empty owner-only file. `exclusive`: fails with EEXIST when it is already there (a backup
 * never overwrites); otherwise an existing file is kept and made owner-only.
 */
export function makePrivateFile(path: string, options: { exclusive?: boolean } = {}): void {
  const fd = openSync(path, options.exclusive ? 'wx' : 'a', PRIVATE_FILE_MODE);
  try {
    fchmodSync(fd, PRIVATE_FILE_MODE);
  } catch (error) {
    // A file someone else owns (EPERM) stays as its owner set it.
    if (codeOf(error) !== 'EPERM') throw error;
  } finally {
    closeSync(fd);
  }
}

/** Makes an existing file owner-only; a missing one, or one someone else owns, is left alone. */
export function restrictToOwner(path: string): void {
  try {
    chmodSync(path, PRIVATE_FILE_MODE);
  } catch (error) {
    if (codeOf(error) !== 'ENOENT' && codeOf(error) !== 'EPERM') throw error;
  }
}
