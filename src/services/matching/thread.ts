import { isMainThread, parentPort, workerData, type Worker } from 'node:worker_threads';
import { childLogger, type Logger } from '../../logger';
import { startSupervisedThread } from '../../threads';
import { matchCohort } from './assignment';
import { MatchingError, type MatchingErrorCode, type MatchInput, type MatchResult } from './types';

/**
 * The matching engine in a worker thread of its own. Matching 5,000 people keeps a core busy for over a second
 * (`npm run bench -- matching`); run on the thread that serves the listeners, every click and command that
 * arrived meanwhile waited that long for its listener. Here the engine runs beside them: the listener thread
 * reads the people, hands them over, and goes on answering others until the result comes back.
 *
 * The thread runs the same pure `matchCohort` on a structured copy of the same input (dates and all), so the
 * result is the one matching in place gives: the engine's own determinism (same input in any order, same
 * pairs) carries over. Runs are taken one at a time, in order; a run in flight when the thread dies fails with
 * a coded error (the organizer is asked to try again) and the thread is started again.
 */

/** Runs the matching engine on a cohort's input: in this thread or in the matching thread. */
export type MatchSolver = (input: MatchInput) => Promise<MatchResult>;

/**
 * The engine in the calling thread (tests and the sandbox, whose listeners share one thread). It is CPU-bound:
 * the I/O already waiting (acknowledgements among it) is handled first.
 */
export const matchInThisThread: MatchSolver = async (input) => {
  await new Promise((resolve) => setImmediate(resolve));
  return matchCohort(input);
};

interface MatchingWorkerData {
  role: 'matching';
}

type ToThread = { type: 'match'; id: number; input: MatchInput } | { type: 'stop' };
type FromThread =
  | { type: 'ready' }
  | { type: 'matched'; id: number; result: MatchResult }
  | { type: 'failed'; id: number; error: { name: string; message: string; code?: string } };

/** A matching thread that died is started again this soon; runs asked for meanwhile wait for it. */
const RESTART_AFTER_MS = 1_000;

/** A run that did not come back: the thread ended while it was matching. */
export class MatchingThreadError extends Error {
  readonly code = 'matching_thread_ended';
  constructor() {
    super('the matching thread ended during a run');
    this.name = 'MatchingThreadError';
  }
}

export interface MatchingThread {
  solve: MatchSolver;
  /** Ends the thread once the runs asked for so far are done. */
  stop(): Promise<void>;
}

export interface MatchingThreadOptions {
  restartAfterMs?: number;
  /** Told of every thread started (tests). */
  onThread?: (worker: Worker) => void;
}

/** Starts the matching thread (supervised like the others, src/threads.ts) and resolves once it runs. */
export async function startMatchingThread(logger: Logger, options: MatchingThreadOptions = {}): Promise<MatchingThread> {
  const waiting = new Map<number, { resolve: (result: MatchResult) => void; reject: (error: Error) => void }>();
  let nextId = 1;
  const thread = await startSupervisedThread({
    name: 'matching',
    entry: __filename,
    data: { role: 'matching' } satisfies MatchingWorkerData,
    logger: childLogger(logger, 'matching'),
    restartAfterMs: options.restartAfterMs ?? RESTART_AFTER_MS,
    ...(options.onThread ? { onThread: options.onThread } : {}),
    onMessage(message) {
      const reply = message as FromThread;
      if (reply.type !== 'matched' && reply.type !== 'failed') return;
      const pending = waiting.get(reply.id);
      waiting.delete(reply.id);
      if (reply.type === 'matched') pending?.resolve(reply.result);
      else pending?.reject(rebuiltError(reply.error));
    },
    onDied() {
      for (const pending of waiting.values()) pending.reject(new MatchingThreadError());
      waiting.clear();
    },
  });
  return {
    solve(input) {
      const id = nextId++;
      return new Promise<MatchResult>((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        thread.post({ type: 'match', id, input } satisfies ToThread);
      });
    },
    stop: () => thread.stop(),
  };
}

/** The engine's own errors keep their class and code across the thread; anything else keeps its name and message. */
function rebuiltError(error: { name: string; message: string; code?: string }): Error {
  if (error.name === 'MatchingError' && error.code) return new MatchingError(error.code as MatchingErrorCode, error.message);
  return Object.assign(new Error(error.message), { name: error.name, ...(error.code ? { code: error.code } : {}) });
}

/** The thread's side: one run at a time, answered in the order asked. */
function runMatchingThread(): void {
  const port = parentPort;
  if (!port) return;
  port.on('message', (message: ToThread) => {
    if (message.type === 'stop') {
      // Runs are synchronous: every one asked before the stop has been answered by now.
      port.close();
      return;
    }
    try {
      port.postMessage({ type: 'matched', id: message.id, result: matchCohort(message.input) } satisfies FromThread);
    } catch (error) {
      const failure = error as Error & { code?: string };
      port.postMessage({
        type: 'failed',
        id: message.id,
        error: { name: failure.name, message: failure.message, ...(typeof failure.code === 'string' ? { code: failure.code } : {}) },
      } satisfies FromThread);
    }
  });
  port.postMessage({ type: 'ready' } satisfies FromThread);
}

if (!isMainThread && (workerData as Partial<MatchingWorkerData> | null)?.role === 'matching') {
  runMatchingThread();
}
