#!/usr/bin/env node
import { ConfigError, loadConfig, loadStorageConfig, readEnvironment } from './config';
import { backupDatabase } from './db/backup';
import { currentVersion, migrate } from './db/migrate';
import { openDatabase } from './db/open';
import { childLogger, createLogger } from './logger';
import { start } from './index';
import { runTick } from './scheduler/tick';
import { runSandbox, SandboxSettingsError } from './sandbox';
import { createLedgerGateway } from './slack/gateway';

const USAGE = `Usage: reverse-mentor <command>

  start                 run the Slack app and its scheduler
  migrate               apply database migrations and exit
  tick [--now ISO]      run one scheduler pass (at ISO-8601 instant, default now) and exit
  backup <file>         online backup of the database to <file>, then an integrity check
  sandbox [--port N]    try the whole programme in a browser at http://localhost:3000/, no Slack needed
`;

function fail(message: string, code = 1): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

function parseNow(args: string[]): Date {
  const index = args.indexOf('--now');
  if (index === -1) return new Date();
  const value = args[index + 1];
  const at = value ? new Date(value) : new Date(Number.NaN);
  if (!value || Number.isNaN(at.getTime()) || !/^\d{4}-\d{2}-\d{2}T/.test(value)) {
    fail(`--now needs an ISO-8601 instant such as 2026-12-07T09:00:00Z (got ${value ?? 'nothing'})`, 2);
  }
  return at;
}

async function main(argv: string[]): Promise<void> {
  const [command, ...args] = argv;
  const env = readEnvironment();
  try {
    switch (command) {
      case 'start':
        await start(env);
        return;
      case 'migrate': {
        const storage = loadStorageConfig(env);
        const db = openDatabase(storage.databasePath);
        const applied = migrate(db);
        process.stdout.write(
          applied.length > 0
            ? `Applied ${applied.map((m) => `${String(m.version).padStart(4, '0')}_${m.name}`).join(', ')}; schema version ${currentVersion(db)}.\n`
            : `Database is up to date (schema version ${currentVersion(db)}).\n`,
        );
        db.close();
        return;
      }
      case 'tick': {
        const now = parseNow(args);
        const config = loadConfig(env);
        const logger = createLogger({ level: config.logLevel });
        const db = openDatabase(config.databasePath);
        migrate(db);
        const slack = createLedgerGateway({ token: config.slack.botToken, apiUrl: config.slack.apiUrl, logger });
        const report = await runTick({ config, db, logger: childLogger(logger, 'scheduler'), slack }, now);
        db.close();
        logger.flush();
        process.stdout.write(`${JSON.stringify(report)}\n`);
        return;
      }
      case 'backup': {
        const destination = args[0];
        if (!destination) fail('backup needs a destination file: reverse-mentor backup ./backups/rm-2026-11-27.db', 2);
        const storage = loadStorageConfig(env);
        const db = openDatabase(storage.databasePath);
        const result = await backupDatabase(db, destination);
        db.close();
        process.stdout.write(`Backup written to ${result.path} (${result.pages} pages, integrity ${result.integrity}).\n`);
        return;
      }
      case 'sandbox':
        await runSandbox(env, args);
        return;
      case undefined:
      case 'help':
      case '--help':
        process.stdout.write(USAGE);
        return;
      default:
        fail(`Unknown command: ${command}\n\n${USAGE}`, 2);
    }
  } catch (error) {
    if (error instanceof ConfigError) fail(error.message, 2);
    if (error instanceof SandboxSettingsError) fail(`reverse-mentor sandbox: ${error.message}`, 2);
    fail(`reverse-mentor ${command}: ${(error as Error).message}`);
  }
}

void main(process.argv.slice(2));
