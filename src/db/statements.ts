import type { Statement } from 'better-sqlite3';
import type { Db } from './open';

/**
 * Prepared statements kept per connection, for the statements a dispatch pass runs once per message.
 * Preparing is the slow part of a query, and better-sqlite3 frees a statement's native memory only when the
 * garbage collector happens to find its (small) JavaScript object: preparing afresh for each of thousands of
 * messages costs time and lets memory climb by hundreds of megabytes. Callers share a cached statement, so they
 * must never switch its mode (raw, pluck, expand) or leave it iterating.
 */

const caches = new WeakMap<Db, Map<string, Statement>>();
/** Statements with generated `IN (?, ?, …)` lists differ by length; the oldest are dropped past this. */
const MAX_PER_CONNECTION = 256;

export function prepared(db: Db, sql: string): Statement {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  let statement = cache.get(sql);
  if (!statement) {
    if (cache.size >= MAX_PER_CONNECTION) cache.delete(cache.keys().next().value as string);
    statement = db.prepare(sql);
    cache.set(sql, statement);
  }
  return statement;
}
