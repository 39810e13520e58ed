/**
 * The data folder and every file the app writes are its owner's alone, under the umask most systems start
 * processes with (022, which leaves new files readable by every local user).
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { backupDatabase } from '../../src/db/backup';
import { migrate } from '../../src/db/migrate';
import { openDatabase, type Db } from '../../src/db/open';
import { addVote } from '../../src/db/repositories/topic-votes';
import { runCli } from '../hardening/rig';

const modeOf = (path: string) => statSync(path).mode & 0o777;
const octal = (mode: number) => `0${mode.toString(8)}`;

/** Every file and folder under `root` with its mode, as `path: 0600`. */
function modesUnder(root: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const entry of readdirSync(root, { recursive: true }) as string[]) found[entry] = octal(modeOf(join(root, entry)));
  return found;
}

let root: string;
let umaskBefore: number;
const opened: Db[] = [];

beforeEach(() => {
  umaskBefore = process.umask(0o022);
  root = mkdtempSync(join(tmpdir(), 'rm-files-'));
});
afterEach(() => {
  for (const db of opened.splice(0)) if (db.open) db.close();
  process.umask(umaskBefore);
  rmSync(root, { recursive: true, force: true });
});

function open(path: string): Db {
  const db = openDatabase(path);
  opened.push(db);
  return db;
}

describe('under umask 022', () => {
  it('a new data folder is 0700 and the database, its WAL and its shared-memory file are 0600', () => {
    const path = join(root, 'data', 'nested', 'reverse-mentor.db');
    const db = open(path);
    migrate(db);
    addVote(db, 'ai-at-work', 'U0ADA00001', new Date());
    expect(readdirSync(join(root, 'data', 'nested')).sort()).toEqual(['reverse-mentor.db', 'reverse-mentor.db-shm', 'reverse-mentor.db-wal']);
    expect(modesUnder(join(root, 'data'))).toEqual({
      nested: '0700',
      'nested/reverse-mentor.db': '0600',
      'nested/reverse-mentor.db-shm': '0600',
      'nested/reverse-mentor.db-wal': '0600',
    });
    expect(octal(modeOf(join(root, 'data')))).toBe('0700');
    // A plain file made by this process at the same moment shows what the umask alone would have given.
    writeFileSync(join(root, 'plain.txt'), 'x');
    expect(octal(modeOf(join(root, 'plain.txt')))).toBe('0644');
  });

  it('an existing folder is left as it is; files an older version left readable are made 0600 when opened', () => {
    const folder = join(root, 'shared');
    mkdirSync(folder, { mode: 0o755 });
    const path = join(folder, 'old.db');
    // As an older version left it: created by SQLite under umask 022, WAL and shared memory included.
    const old = new Database(path);
    old.pragma('journal_mode = WAL');
    old.exec('CREATE TABLE t (x TEXT); INSERT INTO t VALUES (1);');
    expect(modesUnder(folder)).toEqual({ 'old.db': '0644', 'old.db-shm': '0644', 'old.db-wal': '0644' });

    const db = open(path);
    expect(modesUnder(folder)).toEqual({ 'old.db': '0600', 'old.db-shm': '0600', 'old.db-wal': '0600' });
    expect(octal(modeOf(folder))).toBe('0755');
    old.close();
    db.close();
  });

  it('a backup, its folder and anything SQLite writes beside it are owner-only', async () => {
    const db = open(join(root, 'data', 'live.db'));
    migrate(db);
    const destination = join(root, 'backups', 'daily', 'rm-2026-11-27.db');
    const result = await backupDatabase(db, destination);
    expect(result.integrity).toBe('ok');
    expect(modesUnder(join(root, 'backups'))).toEqual({ daily: '0700', 'daily/rm-2026-11-27.db': '0600' });
    expect(octal(modeOf(join(root, 'backups')))).toBe('0700');
    // A backup never overwrites.
    await expect(backupDatabase(db, destination)).rejects.toThrow(/already exists/);
    expect(octal(modeOf(destination))).toBe('0600');
  });

  it('`reverse-mentor backup` from the command line writes a 0600 file (the CLI inherits the umask)', async () => {
    const path = join(root, 'data', 'live.db');
    migrate(open(path));
    const destination = join(root, 'cli-backup.db');
    const run = runCli(['backup', destination], { DATABASE_PATH: path });
    const result = await run.done;
    expect(result.code).toBe(0);
    expect(octal(modeOf(destination))).toBe('0600');
  });
});
