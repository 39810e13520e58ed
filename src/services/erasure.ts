import type { Db } from '../db/open';
import { truncateWal } from '../db/open';
import { clearWalErasureOwed, markWalErasureOwed, walErasureOwed } from '../db/repositories/erasure';

/**
 * Deleting personal data so that nothing of it stays on disk (PRODUCT.md §7, forget-me; the retention purge).
 * secure_delete (db/open.ts) overwrites what a delete frees, in the database file and in every page written
 * after. But under WAL the pages as they were before the delete stay in the `-wal` file until it is truncated,
 * and a checkpoint only ever reuses the file from its start, so old pages further on survive even that. So a
 * delete of personal data marks a truncation owed, in its own transaction, and whoever can truncate the WAL
 * settles it: the deleting request at once when no other connection is in the way, otherwise the scheduler's next
 * checkpoint (every ten seconds in `start`), the next scheduler pass, or the next start.
 */

/** What a delete of personal data calls inside its transaction. */
export function owePersonalDataErasure(db: Db, now: Date): void {
  markWalErasureOwed(db, now);
}

export type ErasureOutcome = 'none_owed' | 'erased' | 'waiting';

/**
 * Truncates the WAL if a truncation is owed, waiting at most `waitMs` for the other connections (never longer:
 * a request, or the scheduler, must not hang on someone else's long read). `waiting` means it is still owed and
 * will be tried again. Outside any transaction.
 */
export function settleWalErasure(db: Db, waitMs: number): ErasureOutcome {
  if (!walErasureOwed(db)) return 'none_owed';
  if (!truncateWal(db, waitMs)) return 'waiting';
  // Clearing the mark writes one page of its own table to the WAL: nothing personal, but truncate that too when
  // nobody is in the way, so the WAL is left empty.
  clearWalErasureOwed(db);
  truncateWal(db, 0);
  return 'erased';
}
