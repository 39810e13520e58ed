import { isMainThread, parentPort, workerData, type Worker } from 'node:worker_threads';
import type { Config } from '../config';
import { checkpoint, openDatabase } from '../db/open';
import { childLogger, createLogger, type Logger } from '../logger';
import { settleWalErasure } from '../services/erasure';
import { createLedgerGateway } from '../slack/gateway';
import { startSupervisedThread } from '../threads';
import { EVERY_MINUTE, startScheduler, type Scheduler } from './cron';

/**
 * The scheduler runs in a worker thread of the app's process, with its own database connection and Web API
 * client. A pass plans prompts, reminders, at-risk notices and summaries for every pair synchronously
 * (better-sqlite3): on the thread that acknowledges Slack, each minute's pass held every request arriving
 * meanwhile (~50 ms for 200 pairs, growing with the programme). In a thread of its own it runs on another core,
 * and the request thread only meets it when both write at once (SQLite's lock, held for a short transaction).
 * The work is the same as `reverse-mentor tick`'s and as safe to run alongside anything else: every due row is
 * claimed in the database (PRODUCT.md §6). The thread also checkpoints the WAL every ten seconds, which the
 * request thread's connection leaves to it.
 */

interface SchedulerWorkerData {
  role: 'scheduler';
  config: Config;
  expression: string;
  checkpointEveryMs: number;
}

type ToWorker = { type: 'stop' };
type FromWorker = { type: 'ready' };

/** After the thread dies unexpectedly, it is started again after this long (nothing due is lost meanwhile). */
const RESTART_AFTER_MS = 5_000;
/**
 * How often the thread copies the WAL back into the database file. At the busiest a workplace programme gets,
 * ten seconds of writes is a few hundred pages: the WAL stays small and each checkpoint short.
 */
const CHECKPOINT_EVERY_MS = 10_000;
/**
 * How long a truncation owed after a forget-me waits for the other connections' reads. It holds the writer's lock
 * while it waits, so requests that write wait too: it stays short, and is tried again at the next checkpoint.
 */
const ERASURE_WAIT_MS = 50;

export interface SchedulerThreadOptions {
  restartAfterMs?: number;
  /** When passes run (default every minute; tests wake it every second). */
  expression?: string;
  /** Told of every thread started, the first and any restarted one (for tests and diagnostics). */
  onThread?: (worker: Worker) => void;
  /** How often the WAL is checkpointed (default CHECKPOINT_EVERY_MS). */
  checkpointEveryMs?: number;
}

/**
 * Starts the scheduler thread and resolves once it runs. `stop()` lets a running pass finish (like the
 * in-process scheduler) and waits for the thread to end. A thread that dies is logged and started again.
 */
export async function startSchedulerThread(config: Config, logger: Logger, options: SchedulerThreadOptions = {}): Promise<Scheduler> {
  const data: SchedulerWorkerData = {
    role: 'scheduler',
    config,
    expression: options.expression ?? EVERY_MINUTE,
    checkpointEveryMs: options.checkpointEveryMs ?? CHECKPOINT_EVERY_MS,
  };
  const thread = await startSupervisedThread({
    name: 'scheduler',
    entry: __filename,
    data,
    logger: childLogger(logger, 'scheduler'),
    restartAfterMs: options.restartAfterMs ?? RESTART_AFTER_MS,
    ...(options.onThread ? { onThread: options.onThread } : {}),
  });
  return { stop: () => thread.stop() };
}

/** The thread's side: the same scheduler `start` used to run in-process. */
function runSchedulerThread(data: SchedulerWorkerData): void {
  const port = parentPort;
  if (!port) return;
  const { config } = data;
  const logger = createLogger({ level: config.logLevel });
  const db = openDatabase(config.databasePath);
  const slack = createLedgerGateway({ token: config.slack.botToken, apiUrl: config.slack.apiUrl, logger });
  const log = childLogger(logger, 'scheduler');
  const scheduler = startScheduler({ config, db, logger: log, slack }, { expression: data.expression });
  // The request thread's connection leaves checkpoints to this one (see OpenOptions.autoCheckpoint). When a
  // forget-me could not truncate the WAL itself (another connection was in the way), this one does it.
  const checkpoints = setInterval(() => {
    try {
      const erasure = settleWalErasure(db, ERASURE_WAIT_MS);
      if (erasure === 'none_owed') {
        log.debug(checkpoint(db), 'checkpoint');
      } else if (erasure === 'erased') {
        log.info('WAL truncated after a deletion of personal data');
      } else {
        log.warn('WAL truncation after a deletion of personal data still waits for another connection; trying again later');
      }
    } catch (error) {
      log.warn({ code: (error as { code?: string }).code }, 'checkpoint failed; trying again later');
    }
  }, data.checkpointEveryMs);
  port.on('message', (message: ToWorker) => {
    if (message.type !== 'stop') return;
    clearInterval(checkpoints);
    void scheduler.stop().then(() => {
      db.close();
      logger.flush();
      port.close();
    });
  });
  port.postMessage({ type: 'ready' } satisfies FromWorker);
}

if (!isMainThread && (workerData as Partial<SchedulerWorkerData> | null)?.role === 'scheduler') {
  runSchedulerThread(workerData as SchedulerWorkerData);
}
