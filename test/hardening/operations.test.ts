import { spawn } from 'node:child_process';
import { closeSync, openSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { currentVersion } from '../../src/db/migrate';
import { openDatabase } from '../../src/db/open';
import { freshDatabase } from '../helpers/db';
import { seedCohort, seedPeople } from '../helpers/programme';
import { startFakeSlack } from '../support/fake-slack';
import { BOT_TOKEN, ROOT, runCli, SIGNING_SECRET, startRig } from './rig';

/**
 * Running it (PRODUCT.md §9): `reverse-mentor backup` while another process keeps writing, `/healthz` telling
 * the truth about the database, and start-up refusing a damaged database file with a clear message.
 */

/** A database with some bulk: enough pages that a backup copied in small steps takes many of them. */
function seededDatabase(votes: number) {
  const fresh = freshDatabase();
  const cohort = seedCohort(fresh.db);
  seedPeople(fresh.db, cohort.id, 20, 20);
  const vote = fresh.db.prepare("INSERT INTO topic_votes (topic_id, user_id, created_at) VALUES ('ai-at-work', ?, '2026-11-01T00:00:00Z')");
  fresh.db.transaction(() => {
    for (let i = 0; i < votes; i += 1) vote.run(`UVOTER${String(i).padStart(7, '0')}`);
  })();
  return fresh;
}

/** Another process writing as fast as it can, one small transaction at a time, until killed. */
function continuousWriter(path: string) {
  const script = `
    const Database = require('better-sqlite3');
    const db = new Database(${JSON.stringify(path)});
    db.pragma('busy_timeout = 5000');
    const insert = db.prepare("INSERT INTO topic_votes (topic_id, user_id, created_at) VALUES ('digital-tools', ?, '2026-11-02T00:00:00Z')");
    let i = 0;
    insert.run('UWRITER' + i++);
    process.stdout.write('writing\\n');
    for (;;) insert.run('UWRITER' + i++);`;
  const child = spawn(process.execPath, ['-e', script], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  const started = new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
  return { child, started };
}

const tablesOf = (db: Database.Database) =>
  (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").all() as Array<{ name: string }>).map((row) => row.name);

describe('reverse-mentor backup while another process writes continuously', () => {
  it('finishes, and the copy passes integrity_check and opens with every table, as one consistent moment', async () => {
    const { db, path, dir } = seededDatabase(400_000);
    const sourceTables = tablesOf(db);
    const version = currentVersion(db);
    db.close();
    const writer = continuousWriter(path);
    await writer.started;
    try {
      const destination = join(dir, 'backup-copy.db');
      const run = runCli(['backup', destination], { DATABASE_PATH: path });
      const killer = setTimeout(() => run.child.kill('SIGKILL'), 15_000);
      const result = await run.done;
      clearTimeout(killer);
      expect(result.signal).toBeNull();
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/^Backup written to .*backup-copy\.db \(\d+ pages, integrity ok\)\.\n$/);

      // The writer was still at it afterwards: the backup did not wait for a quiet moment.
      const during = new Database(path, { readonly: true });
      const writtenSoFar = (during.prepare("SELECT COUNT(*) AS n FROM topic_votes WHERE topic_id = 'digital-tools'").get() as { n: number }).n;
      during.close();
      expect(writtenSoFar).toBeGreaterThan(0);

      const copy = new Database(destination, { readonly: true, fileMustExist: true });
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(copy.pragma('foreign_key_check')).toEqual([]);
      expect(tablesOf(copy)).toEqual(sourceTables);
      expect(currentVersion(copy)).toBe(version);
      expect((copy.prepare("SELECT COUNT(*) AS n FROM topic_votes WHERE topic_id = 'ai-at-work'").get() as { n: number }).n).toBe(400_000);
      expect((copy.prepare('SELECT COUNT(*) AS n FROM participants').get() as { n: number }).n).toBe(40);
      copy.close();
      // And it opens as the app opens its database (pragmas, quick_check).
      openDatabase(destination).close();
    } finally {
      writer.child.kill('SIGKILL');
    }
  });
});

describe('GET /healthz', () => {
  it('200 while the database answers; 503 once the table it reads is damaged under the running app', async () => {
    const rig = await startRig();
    try {
      const ok = await fetch(`http://127.0.0.1:${rig.app.port}/healthz`);
      expect(ok.status).toBe(200);
      expect(await ok.json()).toEqual({ status: 'ok', database: 'ok' });

      // The page of the table the health check reads goes bad on disk (a bad disk, a bad copy) ...
      const other = new Database(rig.dbPath);
      other.pragma('wal_checkpoint(TRUNCATE)');
      const { rootpage } = other.prepare("SELECT rootpage FROM sqlite_schema WHERE name = 'schema_migrations'").get() as { rootpage: number };
      const pageSize = other.pragma('page_size', { simple: true }) as number;
      const fd = openSync(rig.dbPath, 'r+');
      writeSync(fd, Buffer.alloc(pageSize, 0x5a), 0, pageSize, (rootpage - 1) * pageSize);
      closeSync(fd);
      // ... and another process commits something, so the app's page cache no longer stands in for the file.
      other.prepare("INSERT INTO organizers (user_id, added_by, added_at) VALUES ('U0NEWORG1', 'U0ORG00001', '2026-11-01T00:00:00Z')").run();
      other.close();

      // A damaged page is an error at once (SQLITE_CORRUPT), never a wait: the answer is the 503, and a check that
      // hung would fail the test by its timeout rather than by a stopwatch a busy machine can miss.
      const down = await fetch(`http://127.0.0.1:${rig.app.port}/healthz`);
      expect(down.status).toBe(503);
      expect(await down.json()).toEqual({ status: 'unavailable', database: 'error' });
      expect(rig.logs.some((line) => line.includes('health check: database does not answer') && line.includes('SQLITE_CORRUPT'))).toBe(true);
    } finally {
      await rig.app.stop();
      await rig.fake.close();
      rig.db.close();
    }
  });

  it('503 once the database connection is gone, and the process still answers', async () => {
    const rig = await startRig();
    rig.db.close();
    const down = await fetch(`http://127.0.0.1:${rig.app.port}/healthz`);
    expect(down.status).toBe(503);
    expect((await fetch(`http://127.0.0.1:${rig.app.port}/healthz`)).status).toBe(503);
    await rig.app.stop();
    await rig.fake.close();
  });
});

describe('start-up and the database file', () => {
  it('the app runs on the pragmas it relies on: WAL, foreign keys, a busy timeout', async () => {
    const rig = await startRig({ busyTimeoutMs: 1234 });
    try {
      expect(rig.db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(rig.db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(rig.db.pragma('busy_timeout', { simple: true })).toBe(1234);
      // /healthz leaves the busy timeout as it found it.
      await fetch(`http://127.0.0.1:${rig.app.port}/healthz`);
      expect(rig.db.pragma('busy_timeout', { simple: true })).toBe(1234);
    } finally {
      await rig.close();
    }
  });

  it('a database whose pages were damaged after it was made: start refuses with a clear message, exits non-zero, never contacts Slack', async () => {
    const { db, path } = seededDatabase(20_000);
    const pageSize = db.pragma('page_size', { simple: true }) as number;
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    // Two pages in the middle of the file overwritten, as a bad disk or a bad copy would leave them.
    const pages = statSync(path).size / pageSize;
    const fd = openSync(path, 'r+');
    for (const page of [Math.floor(pages / 2), pages - 3]) writeSync(fd, Buffer.alloc(pageSize, 0x5a), 0, pageSize, (page - 1) * pageSize);
    closeSync(fd);

    const fake = await startFakeSlack({ botToken: BOT_TOKEN });
    try {
      const start = await runCli(['start'], {
        SLACK_BOT_TOKEN: BOT_TOKEN,
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_API_URL: fake.apiUrl,
        DATABASE_PATH: path,
        PORT: '0',
        LOG_LEVEL: 'silent',
      }).done;
      expect(start.code).toBe(1);
      expect(start.stderr).toContain(`Reverse Mentor could not start: the database file ${path} is damaged`);
      expect(start.stderr).toContain('restore the latest backup');
      expect(start.stderr.trim().split('\n')).toHaveLength(1);
      expect(fake.calls).toEqual([]);

      // The other commands refuse it too, rather than work on a damaged file.
      for (const args of [['migrate'], ['backup', `${path}.copy`]]) {
        const refused = await runCli(args, { DATABASE_PATH: path }).done;
        expect(refused.code).not.toBe(0);
        expect(refused.stderr).toContain('failed quick_check');
      }
    } finally {
      await fake.close();
    }
  });
});
