import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { makePrivateFile, makePrivateFolder, restrictToOwner } from './files';

export type Db = Database.Database;

export interface OpenOptions {
  /**
   * How long a writer waits for another connection's lock before SQLITE_BUSY. better-sqlite3 waits
   * synchronously, so this also bounds how long one request can hold up the others (default 2 s).
   */
  busyTimeoutMs?: number;
  readonly?: boolean;
  /**
   * Whether this connection folds the WAL back into the database file itself once the WAL reaches 1,000 pages
   * (SQLite's default). A checkpoint writes those pages and syncs the file to disk, and better-sqlite3 does it
   * synchronously inside whichever commit crosses the mark: a few milliseconds on a local disk, far more on a
   * network volume. `start` turns it off for the connection that serves requests and checkpoints from the
   * scheduler's thread instead (see checkpoint). Default true.
   */
  autoCheckpoint?: boolean;
}

export class DatabaseError extends Error {
  constructor(
    readonly code: 'db_corrupt' | 'db_pragma' | 'db_open',
    message: string,
  ) {
    super(message);
    this.name = 'DatabaseError';
  }
}

/**
 * Opens the SQLite database with the pragmas the app relies on: WAL (readers never block the writer),
 * foreign keys enforced, and a busy timeout so short lock waits succeed instead of failing.
 */
export function openDatabase(path: string, options: OpenOptions = {}): Db {
  let db: Db;
  try {
    if (path !== ':memory:' && !options.readonly) {
      // Owner-only whatever the umask (files.ts); SQLite gives -wal and -shm the database file's permissions.
      makePrivateFolder(dirname(path));
      makePrivateFile(path);
      for (const suffix of ['-wal', '-shm']) restrictToOwner(`${path}${suffix}`);
    }
    db = new Database(path, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  } catch (error) {
    throw new DatabaseError('db_open', `cannot open database at ${path}: ${(error as Error).message}`);
  }
  try {
    db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 2000}`);
    if (!options.readonly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      if (options.autoCheckpoint === false) db.pragma('wal_autocheckpoint = 0');
    }
    db.pragma('foreign_keys = ON');
    // What a delete or an update frees is overwritten with zeros, not left in free space for anyone reading the
    // file (forget-me, the retention purge). On every connection: the one that deletes is the one that must.
    db.pragma('secure_delete = ON');
    checkPragmas(db, path, options.readonly ?? false);
  } catch (error) {
    db.close();
    if (error instanceof DatabaseError) throw error;
    const message = (error as Error).message;
    const code = /malformed|not a database|corrupt/i.test(message) ? 'db_corrupt' : 'db_pragma';
    throw new DatabaseError(code, `database at ${path} cannot be used: ${message}`);
  }
  return db;
}

function checkPragmas(db: Db, path: string, readonly: boolean): void {
  if (db.pragma('foreign_keys', { simple: true }) !== 1) {
    throw new DatabaseError('db_pragma', 'foreign_keys could not be enabled');
  }
  if (db.pragma('secure_delete', { simple: true }) !== 1) {
    throw new DatabaseError('db_pragma', 'secure_delete could not be enabled');
  }
  if (!readonly && path !== ':memory:' && db.pragma('journal_mode', { simple: true }) !== 'wal') {
    throw new DatabaseError('db_pragma', 'journal_mode could not be set to WAL');
  }
  const check = db.pragma('quick_check', { simple: true });
  if (check !== 'ok') throw new DatabaseError('db_corrupt', `database at ${path} failed quick_check: ${String(check)}`);
}

/**
 * Whether the database answers a real read (of the migrations table, from the file, not a constant) within
 * `waitMs`: what `/healthz` reports. The read waits for a lock at most `waitMs` — better-sqlite3 waits
 * synchronously, and a health check must never hold up the requests being served. Throws what SQLite throws.
 */
export function databaseAnswers(db: Db, waitMs = 200): boolean {
  const busyTimeout = db.pragma('busy_timeout', { simple: true }) as number;
  db.pragma(`busy_timeout = ${Math.min(waitMs, busyTimeout)}`);
  try {
    const row = db.prepare('SELECT COUNT(*) AS n FROM schema_migrations').get() as { n: number };
    return row.n > 0;
  } finally {
    db.pragma(`busy_timeout = ${busyTimeout}`);
  }
}

/**
 * Copies what the WAL holds back into the database file without waiting for anyone (PASSIVE: readers and the
 * writer carry on meanwhile; what they still need stays for the next time). Returns the WAL's size and how much
 * of it is now in the database file, in pages.
 */
export function checkpoint(db: Db): { walPages: number; checkpointedPages: number } {
  const [result] = db.pragma('wal_checkpoint(PASSIVE)') as Array<{ busy: number; log: number; checkpointed: number }>;
  return { walPages: result?.log ?? 0, checkpointedPages: result?.checkpointed ?? 0 };
}

/**
 * Copies everything the WAL holds into the database file and truncates the WAL to nothing, so no page as it was
 * before a delete is left in it (what forget-me needs after secure_delete has cleaned the file). It needs every
 * other connection to be done with the WAL: it waits for them at most `waitMs` (for the writer's lock and for
 * readers of older snapshots; a checkpoint already running elsewhere makes it give up at once) and then does what
 * it can without waiting, like a passive checkpoint. Returns whether the WAL is now empty. Never call it inside a
 * transaction, or while this thread holds another connection's read open: it would wait on itself until `waitMs`.
 */
export function truncateWal(db: Db, waitMs: number): boolean {
  const busyTimeout = db.pragma('busy_timeout', { simple: true }) as number;
  db.pragma(`busy_timeout = ${Math.max(0, Math.floor(waitMs))}`);
  try {
    const [result] = db.pragma('wal_checkpoint(TRUNCATE)') as Array<{ busy: number; log: number; checkpointed: number }>;
    // A database not in WAL mode (in memory) reports a log of -1: it has no WAL to hold anything.
    return result !== undefined && result.busy === 0 && result.log <= 0;
  } finally {
    db.pragma(`busy_timeout = ${busyTimeout}`);
  }
}

/** Runs `fn` in an IMMEDIATE transaction: the write lock is taken up front, so two writers never deadlock. */
export function inTransaction<T>(db: Db, fn: () => T): T {
  return db.transaction(fn).immediate();
}
