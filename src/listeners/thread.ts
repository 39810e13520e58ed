import { isMainThread, parentPort, workerData, type Worker } from 'node:worker_threads';
import type { Receiver } from '@slack/bolt';
import { createListenerApp, type RemoteListeners } from '../app';
import type { Config } from '../config';
import { openDatabase } from '../db/open';
import { childLogger, createLogger, type Logger } from '../logger';
import { startSupervisedThread } from '../threads';
import { startMatchingThread } from '../services/matching/thread';
import { listenersInThisThread, type AckAnswer, type VerifiedRequest } from './host';

/**
 * The listeners run in a worker thread of the app's process, with their own database connection and Web API
 * client (`reverse-mentor start`). The thread that receives requests verifies them and acknowledges at once
 * every request Slack needs only an empty 200 for (commands, buttons, events), then hands it over; what the
 * listeners do next (SQLite reads and writes, Block Kit, replies, App Home) happens here, on another core, and
 * never makes the next person's ack wait. A view submission waits for its listener's answer, which comes back
 * from here. Like the request thread before, the thread is one of several SQLite connections (the scheduler
 * thread is another): writes are short transactions and every due row is claimed in the database. The matching
 * engine runs in a thread this one starts (src/services/matching/thread.ts), which ends with it.
 */

interface ListenerWorkerData {
  role: 'listeners';
  config: Config;
  busyTimeoutMs?: number;
}

type ToThread = { type: 'request'; id: number; request: VerifiedRequest; acknowledged: boolean } | { type: 'stop' };
type FromThread =
  | { type: 'ready' }
  | { type: 'answer'; id: number; answer: AckAnswer }
  | { type: 'failed'; id: number; error: { name: string; message: string; code?: string } };

/** A listener thread that died is started again this soon: requests arriving meanwhile wait for it. */
const RESTART_AFTER_MS = 200;

/** A failure of the listener thread, seen from the receiving thread. */
class ListenerThreadError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

export interface ListenerThreadOptions {
  restartAfterMs?: number;
  /** SQLite busy timeout of the thread's connection (default openDatabase's): tests hold a lock as long as they like. */
  busyTimeoutMs?: number;
  onThread?: (worker: Worker) => void;
}

/** Starts the listener thread and resolves once it runs (its Bolt app initialised and its database open). */
export async function startListenerThread(config: Config, logger: Logger, options: ListenerThreadOptions = {}): Promise<RemoteListeners> {
  const log = childLogger(logger, 'listeners');
  const waiting = new Map<number, { resolve: (answer: AckAnswer) => void; reject: (error: Error) => void }>();
  let nextId = 1;
  const thread = await startSupervisedThread({
    name: 'listener',
    entry: __filename,
    data: { role: 'listeners', config, ...(options.busyTimeoutMs === undefined ? {} : { busyTimeoutMs: options.busyTimeoutMs }) } satisfies ListenerWorkerData,
    logger: log,
    restartAfterMs: options.restartAfterMs ?? RESTART_AFTER_MS,
    ...(options.onThread ? { onThread: options.onThread } : {}),
    onMessage(message) {
      const reply = message as FromThread;
      if (reply.type !== 'answer' && reply.type !== 'failed') return;
      const pending = waiting.get(reply.id);
      waiting.delete(reply.id);
      if (reply.type === 'answer') pending?.resolve(reply.answer);
      else pending?.reject(Object.assign(new ListenerThreadError(reply.error.message, reply.error.code ?? 'listener_failed'), { name: reply.error.name }));
    },
    // The submissions it was answering get an error (Slack shows the person its own); the rest was acknowledged.
    onDied() {
      for (const pending of waiting.values()) pending.reject(new ListenerThreadError('the listener thread ended', 'listener_thread_ended'));
      waiting.clear();
    },
  });
  return {
    handle(request, acknowledged) {
      const id = nextId++;
      const message: ToThread = { type: 'request', id, request, acknowledged };
      if (acknowledged) {
        thread.post(message);
        return Promise.resolve(undefined);
      }
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        thread.post(message);
      });
    },
    stop: () => thread.stop(),
  };
}

/** Never listens: the requests come from the receiving thread. */
const handedOver: Receiver = {
  init: () => undefined,
  start: () => Promise.resolve(),
  stop: () => Promise.resolve(),
};

/** The thread's side: the app's listeners, fed the requests the receiving thread verified. */
async function runListenerThread(data: ListenerWorkerData): Promise<void> {
  const port = parentPort;
  if (!port) return;
  const { config } = data;
  const logger = createLogger({ level: config.logLevel });
  // Checkpoints are the scheduler thread's (see OpenOptions.autoCheckpoint).
  const db = openDatabase(config.databasePath, { autoCheckpoint: false, ...(data.busyTimeoutMs === undefined ? {} : { busyTimeoutMs: data.busyTimeoutMs }) });
  // The matching engine runs in a thread of this thread's own, so a large cohort's match holds up no listener.
  const matching = await startMatchingThread(logger);
  const { app, ctx, side } = createListenerApp({ config, db, logger, matchSolver: matching.solve }, () => handedOver);
  await app.init();
  const host = listenersInThisThread(app, side, childLogger(logger, 'listeners'));
  port.on('message', (message: ToThread) => {
    if (message.type === 'stop') {
      // The receiving thread has stopped taking requests: finish what was acknowledged, then end.
      void ctx.work
        .settled()
        .then(() => matching.stop())
        .then(() => {
          db.close();
          logger.flush();
          port.close();
        });
      return;
    }
    const { id, request, acknowledged } = message;
    host.handle(request, acknowledged).then(
      (answer) => {
        if (!acknowledged) port.postMessage({ type: 'answer', id, answer } satisfies FromThread);
      },
      (error: Error & { code?: string }) => {
        if (acknowledged) return; // The work tracker has logged it.
        port.postMessage({ type: 'failed', id, error: { name: error.name, message: error.message, ...(error.code ? { code: error.code } : {}) } } satisfies FromThread);
      },
    );
  });
  port.postMessage({ type: 'ready' } satisfies FromThread);
}

if (!isMainThread && (workerData as Partial<ListenerWorkerData> | null)?.role === 'listeners') {
  void runListenerThread(workerData as ListenerWorkerData);
}
