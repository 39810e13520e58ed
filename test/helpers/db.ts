import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate } from '../../src/db/migrate';
import { openDatabase, type Db } from '../../src/db/open';

/** A fresh SQLite file with the real migrations applied, in its own temp folder. */
export function freshDatabase(options: { busyTimeoutMs?: number } = {}): { db: Db; path: string; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'rm-db-'));
  const path = join(dir, 'test.db');
  const db = openDatabase(path, options);
  migrate(db);
  return { db, path, dir };
}
