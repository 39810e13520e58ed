import { startServer, type RunningServer } from './app';
import { ConfigError, loadConfig, readEnvironment, type Config } from './config';
import { migrate } from './db/migrate';
import { DatabaseError, openDatabase, type Db } from './db/open';
import { childLogger, createLogger, type Logger } from './logger';
import type { Scheduler } from './scheduler/cron';
import { startListenerThread } from './listeners/thread';
import { startSchedulerThread } from './scheduler/thread';
import { settleWalErasure } from './services/erasure';

/**
 * Start-up only: config → database → migrations → app → scheduler, and a graceful shutdown on SIGTERM/SIGINT
 * (stop taking requests, stop the scheduler, finish acknowledged work, close the database).
 */
export async function start(env: NodeJS.ProcessEnv = readEnvironment()): Promise<void> {
  let config: Config;
  try {
    config = loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  const logger = createLogger({ level: config.logLevel });
  const log = childLogger(logger, 'start');
  let db: Db | undefined;
  let running: RunningServer | undefined;
  let scheduler: Promise<Scheduler | undefined> = Promise.resolve(undefined);
  try {
    // Checkpoints are the scheduler thread's: never inside a request's commit (see OpenOptions.autoCheckpoint).
    db = openDatabase(config.databasePath, { autoCheckpoint: false });
    const applied = migrate(db);
    log.info({ applied: applied.map((m) => m.version) }, 'database ready');
    // A WAL truncation owed by a forget-me the last run could not finish (services/erasure.ts).
    if (settleWalErasure(db, 2_000) === 'waiting') log.warn('WAL truncation after a deletion of personal data waits for another process; the scheduler tries again');
    // This thread receives and acknowledges; the listeners run in a thread of their own (src/listeners/thread.ts).
    running = await startServer({ config, db, logger }, () => startListenerThread(config, logger));
    // Requests are taken from here on, so a stop signal is honoured from here on too, also while the
    // scheduler's thread is still starting (it loads its own copy of the code).
    const starting = startSchedulerThread(config, logger);
    scheduler = starting.catch(() => undefined);
    installShutdown(logger, async () => {
      await running?.stop();
      await (await scheduler)?.stop();
      db?.close();
    });
    await starting;
  } catch (error) {
    const coded = error as Error & { code?: string; data?: { error?: string } };
    log.fatal({ code: coded.code, slackError: coded.data?.error, message: coded.message }, 'start-up failed');
    process.stderr.write(`Reverse Mentor could not start: ${describeStartFailure(coded, config.databasePath)}\n`);
    await running?.stop().catch(() => undefined);
    db?.close();
    logger.flush();
    process.exit(1);
  }
}

function describeStartFailure(error: Error & { code?: string; data?: { error?: string } }, databasePath: string): string {
  if (error instanceof DatabaseError && error.code === 'db_corrupt') {
    // The checker's own report (pages and trees) is in the fatal log line; the operator needs what to do.
    return (
      `the database file ${databasePath} is damaged (SQLite's integrity check failed), so the app will not use it. ` +
      'Stop anything else using it, keep the damaged file for inspection, and restore the latest backup ' +
      '(made with `reverse-mentor backup`) to that path.'
    );
  }
  if (error instanceof DatabaseError) return `the database ${databasePath} cannot be used: ${error.message}`;
  if (error.data?.error === 'invalid_auth' || error.data?.error === 'not_authed') {
    return 'Slack refused SLACK_BOT_TOKEN (invalid_auth). Copy the Bot User OAuth Token again from your app\'s OAuth & Permissions page.';
  }
  if (error.code === 'EADDRINUSE') return `the port is already in use (${error.message}). Set PORT to a free port.`;
  return error.message;
}

function installShutdown(logger: Logger, shutdown: () => Promise<void>): void {
  const log = childLogger(logger, 'shutdown');
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    const forced = setTimeout(() => {
      log.error('shutdown took over 25 seconds; exiting');
      process.exit(1);
    }, 25_000);
    forced.unref();
    shutdown()
      .then(() => {
        log.info('stopped cleanly');
        logger.flush();
        process.exit(0);
      })
      .catch((error: Error) => {
        log.error({ message: error.message }, 'shutdown failed');
        process.exit(1);
      });
  };
  process.once('SIGTERM', onSignal);
  process.once('SIGINT', onSignal);
}
