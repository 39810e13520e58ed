import { Worker } from 'node:worker_threads';
import type { Logger } from './logger';

/**
 * The app's worker threads (the scheduler, the listeners) each run a module of the app's own with its own
 * database connection and Web API client, say `{ type: 'ready' }` once they run, end when sent
 * `{ type: 'stop' }`, and are started again when they die.
 */

export interface ThreadOptions<Data> {
  /** Its name in the logs: `scheduler thread started again`. */
  name: string;
  /** The module that runs the thread when loaded in a worker (its `__filename`). */
  entry: string;
  data: Data;
  logger: Logger;
  /** After the thread dies unexpectedly it is started again after this long (and again, if that fails). */
  restartAfterMs: number;
  /** Every message the thread sends but `ready`. */
  onMessage?: (message: { type: string }) => void;
  /** Told of every thread started, the first and any restarted one (for tests and diagnostics). */
  onThread?: (worker: Worker) => void;
  /** Told when a running thread ended without being asked to (what it was doing is lost). */
  onDied?: () => void;
}

export interface SupervisedThread {
  /** Sends to the running thread; while it is being started again, messages wait for it, in order. */
  post(message: unknown): void;
  /** Asks the thread to stop and resolves once it has ended (no restart after that). */
  stop(): Promise<void>;
}

/** Messages kept for a thread being started again; past this (it keeps failing) new ones are dropped. */
const MAX_WAITING = 10_000;

/** Starts the thread and resolves once it says it runs; rejects when the first start fails. */
export async function startSupervisedThread<Data>(options: ThreadOptions<Data>): Promise<SupervisedThread> {
  const log = options.logger;
  let stopping = false;
  let current: Worker | undefined;
  let restartTimer: NodeJS.Timeout | undefined;
  let relaunching: Promise<unknown> | undefined;
  const waiting: unknown[] = [];
  const exited = new WeakSet<Worker>();
  let dropped = 0;

  const launch = (): Promise<Worker> =>
    new Promise((resolve, reject) => {
      // The entry is compiled JavaScript as shipped. When the app runs from its sources (`npm run dev`, tests) it
      // is TypeScript, which the thread loads through tsx's CommonJS hook (tsx's own hooks cover the main thread only).
      const worker = options.entry.endsWith('.ts')
        ? new Worker(`require(${JSON.stringify(require.resolve('tsx/cjs'))}); require(${JSON.stringify(options.entry)});`, { eval: true, workerData: options.data })
        : new Worker(options.entry, { workerData: options.data });
      let ready = false;
      worker.on('message', (message: { type: string }) => {
        if (message.type !== 'ready') {
          options.onMessage?.(message);
          return;
        }
        ready = true;
        current = worker;
        for (const queued of waiting.splice(0)) worker.postMessage(queued);
        options.onThread?.(worker);
        resolve(worker);
      });
      worker.on('error', (error) => {
        log.error({ code: (error as Error & { code?: string }).code, message: error.message }, `${options.name} thread failed`);
        if (!ready) reject(error);
      });
      worker.on('exit', (code) => {
        exited.add(worker);
        if (current === worker) current = undefined;
        if (!ready) {
          reject(new Error(`the ${options.name} thread exited with ${code} before it started`));
          return;
        }
        if (stopping) {
          log.info({ exitCode: code }, `${options.name} thread stopped`);
          return;
        }
        log.error({ exitCode: code }, `${options.name} thread ended`);
        options.onDied?.();
        restartLater();
      });
    });

  const restartLater = (): void => {
    if (stopping) return;
    log.warn({ restartInMs: options.restartAfterMs }, `starting the ${options.name} thread again`);
    restartTimer = setTimeout(() => {
      restartTimer = undefined;
      relaunching = launch().catch((error: Error) => {
        log.error({ message: error.message }, `${options.name} thread could not be started again`);
        restartLater();
      });
    }, options.restartAfterMs);
    restartTimer.unref();
  };

  const first = await launch();
  return {
    post(message) {
      if (current) current.postMessage(message);
      else if (waiting.length < MAX_WAITING) waiting.push(message);
      else if (dropped++ % MAX_WAITING === 0) log.error({ dropped }, `the ${options.name} thread is not running; messages dropped`);
    },
    async stop() {
      stopping = true;
      if (restartTimer) clearTimeout(restartTimer);
      await relaunching;
      const worker = current ?? first;
      if (exited.has(worker)) return;
      const ended = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
      worker.postMessage({ type: 'stop' });
      await ended;
    },
  };
}
