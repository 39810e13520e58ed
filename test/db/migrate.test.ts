import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { currentVersion, migrate, MigrationError, readMigrations } from '../../src/db/migrate';
import { openDatabase, DatabaseError } from '../../src/db/open';
import { backupDatabase } from '../../src/db/backup';
import { freshDatabase } from '../helpers/db';

function tempDir() {
  return mkdtempSync(join(tmpdir(), 'rm-mig-'));
}

function tables(db: Database.Database): string[] {
  return (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as Array<{ name: string }>).map((r) => r.name);
}

describe('openDatabase', () => {
  it('turns on WAL, foreign keys and a busy timeout', () => {
    const { db } = freshDatabase();
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(2000);
  });

  it('refuses a file that is not a database', () => {
    const path = join(tempDir(), 'garbage.db');
    writeFileSync(path, 'this is not sqlite at all, just some text that fills the header '.repeat(100));
    expect(() => openDatabase(path)).toThrow(DatabaseError);
  });
});

describe('migrate', () => {
  it('applies the real migrations once, in order, and records the version', () => {
    const { db } = freshDatabase();
    const all = readMigrations();
    expect(all.map((m) => m.version)).toEqual([...all.map((m) => m.version)].sort((a, b) => a - b));
    expect(currentVersion(db)).toBe(all[all.length - 1]?.version);
    expect(migrate(db)).toEqual([]);
    expect(tables(db)).toEqual(expect.arrayContaining(['participants', 'topics', 'topic_texts', 'cohorts', 'enrollments', 'organizers']));
  });

  it('seeds the topic catalogue in both languages with at least three questions each', () => {
    const { db } = freshDatabase();
    const rows = db.prepare('SELECT topic_id, locale, questions FROM topic_texts').all() as Array<{ topic_id: string; locale: string; questions: string }>;
    const ids = new Set(rows.map((r) => r.topic_id));
    expect(ids.size).toBeGreaterThanOrEqual(10);
    for (const id of ids) {
      for (const locale of ['en', 'sv']) {
        const row = rows.find((r) => r.topic_id === id && r.locale === locale);
        expect(row).toBeDefined();
        expect((JSON.parse(row!.questions) as string[]).length).toBeGreaterThanOrEqual(3);
      }
    }
    expect([...ids]).toEqual(expect.arrayContaining(['digital-tools', 'ai-at-work', 'hybrid-work', 'diversity-inclusion', 'sustainability']));
  });

  it('rolls a failing migration back whole: schema and version unchanged', () => {
    const path = join(tempDir(), 'atomic.db');
    const db = openDatabase(path);
    const good = { version: 1, name: 'first', sql: 'CREATE TABLE a (id INTEGER PRIMARY KEY);' };
    const bad = {
      version: 2,
      name: 'broken',
      sql: "CREATE TABLE b (id INTEGER PRIMARY KEY); INSERT INTO a (id) VALUES (1); INSERT INTO nowhere VALUES (1);",
    };
    migrate(db, [good]);
    expect(() => migrate(db, [good, bad])).toThrow(MigrationError);
    expect(currentVersion(db)).toBe(1);
    expect(tables(db)).not.toContain('b');
    expect(db.prepare('SELECT COUNT(*) AS n FROM a').get()).toEqual({ n: 0 });
    // Fixed, it applies on the next run.
    migrate(db, [good, { ...bad, sql: 'CREATE TABLE b (id INTEGER PRIMARY KEY);' }]);
    expect(currentVersion(db)).toBe(2);
  });

  it('applies a migration that landed after a newer one, instead of skipping it', () => {
    const db = openDatabase(join(tempDir(), 'late.db'));
    const first = { version: 1, name: 'first', sql: 'CREATE TABLE a (id INTEGER PRIMARY KEY);' };
    const third = { version: 3, name: 'third', sql: 'CREATE TABLE c (id INTEGER PRIMARY KEY);' };
    const second = { version: 2, name: 'second', sql: 'CREATE TABLE b (id INTEGER PRIMARY KEY);' };
    migrate(db, [first, third]);
    expect(migrate(db, [first, second, third]).map((m) => m.name)).toEqual(['second']);
    expect(tables(db)).toEqual(expect.arrayContaining(['a', 'b', 'c']));
    expect(migrate(db, [first, second, third])).toEqual([]);
  });

  it('reads only numbered .sql files and refuses two with one version', () => {
    const dir = tempDir();
    writeFileSync(join(dir, '0002_second.sql'), 'SELECT 2;');
    writeFileSync(join(dir, '0001_first.sql'), 'SELECT 1;');
    writeFileSync(join(dir, 'README.md'), '# not a migration');
    expect(readMigrations(dir).map((m) => m.name)).toEqual(['first', 'second']);
    writeFileSync(join(dir, '0002_again.sql'), 'SELECT 3;');
    expect(() => readMigrations(dir)).toThrow(/share version 2/);
  });
});

describe('backupDatabase', () => {
  it('writes a copy that passes integrity_check and holds the data', async () => {
    const { db, dir } = freshDatabase();
    db.prepare("INSERT INTO organizers (user_id, added_by, added_at) VALUES ('U1', 'U0', '2026-01-01T00:00:00Z')").run();
    const target = join(dir, 'backup.db');
    const result = await backupDatabase(db, target);
    expect(result.integrity).toBe('ok');
    const copy = new Database(target, { readonly: true });
    expect(copy.prepare('SELECT user_id FROM organizers').all()).toEqual([{ user_id: 'U1' }]);
    copy.close();
    await expect(backupDatabase(db, target)).rejects.toThrow(/already exists/);
  });
});
