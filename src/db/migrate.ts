import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from './open';

/** Where the numbered `.sql` files live: `migrations/` at the package root, for both src/ and dist/. */
export const MIGRATIONS_DIR = join(__dirname, '..', '..', 'migrations');

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export class MigrationError extends Error {
  readonly code = 'migration_failed';
  constructor(
    readonly migration: string,
    cause: Error,
  ) {
    super(`migration ${migration} failed and was rolled back: ${cause.message}`);
    this.name = 'MigrationError';
  }
}

const FILE_PATTERN = /^(\d{4})_([a-z0-9_]+)\.sql$/;

export function readMigrations(dir: string = MIGRATIONS_DIR): Migration[] {
  const migrations = readdirSync(dir)
    .map((file) => ({ file, match: FILE_PATTERN.exec(file) }))
    .filter((entry): entry is { file: string; match: RegExpExecArray } => entry.match !== null)
    .map(({ file, match }) => ({
      version: Number(match[1]),
      name: match[2] as string,
      sql: readFileSync(join(dir, file), 'utf8'),
    }))
    .sort((a, b) => a.version - b.version);
  migrations.forEach((migration, index) => {
    if (index > 0 && migrations[index - 1]?.version === migration.version) {
      throw new Error(`two migrations share version ${migration.version}`);
    }
  });
  return migrations;
}

export function currentVersion(db: Db): number {
  ensureBookkeeping(db);
  const row = db.prepare('SELECT MAX(version) AS version FROM schema_migrations').get() as { version: number | null };
  return row.version ?? 0;
}

function ensureBookkeeping(db: Db): void {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
  )`);
}

function appliedVersions(db: Db): Set<number> {
  return new Set((db.prepare('SELECT version FROM schema_migrations').all() as Array<{ version: number }>).map((row) => row.version));
}

/**
 * Applies every migration the database has not recorded yet, in version order — also one numbered below the
 * newest applied (work that landed in another order), so none is ever skipped. Each file and its bookkeeping
 * row commit together in one transaction, so a failing migration leaves both schema and version as they were.
 * Returns the migrations applied.
 */
export function migrate(db: Db, migrations: Migration[] = readMigrations(), now: () => Date = () => new Date()): Migration[] {
  ensureBookkeeping(db);
  const applied: Migration[] = [];
  const done = appliedVersions(db);
  for (const migration of migrations.filter((m) => !done.has(m.version))) {
    const apply = db.transaction(() => {
      db.exec(migration.sql);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
        migration.version,
        migration.name,
        now().toISOString(),
      );
    });
    try {
      apply.immediate();
    } catch (error) {
      throw new MigrationError(`${String(migration.version).padStart(4, '0')}_${migration.name}`, error as Error);
    }
    applied.push(migration);
  }
  return applied;
}
