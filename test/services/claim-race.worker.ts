/**
 * One delivery pass in its own thread, on its own connection, for delivery.test.ts's claim race. The first time
 * this thread's claim has read a due row it waits at a barrier shared with the other thread, so that, if the read
 * and the claim were not one locked step, both threads would hold the same row before either claims it.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase } from '../../src/db/open';
import { dispatchDue, type DeliveryHandler } from '../../src/services/delivery';
import { createLogger } from '../../src/logger';
import { afterStatements } from '../helpers/statement-hook';

const { path, barrier, now, barrierWaitMs } = workerData as { path: string; barrier: SharedArrayBuffer; now: string; barrierWaitMs: number };
// cells[0]: threads ready to start; cells[1]: threads that have read a due row.
const cells = new Int32Array(barrier);

function arrive(cell: number, waitMs: number): boolean {
  Atomics.add(cells, cell, 1);
  Atomics.notify(cells, cell);
  const until = Date.now() + waitMs;
  for (let seen = Atomics.load(cells, cell); seen < 2 && Date.now() < until; seen = Atomics.load(cells, cell)) {
    Atomics.wait(cells, cell, seen, until - Date.now());
  }
  return Atomics.load(cells, cell) >= 2;
}

let met: boolean | undefined;
afterStatements('get', (sql, row) => {
  // The claim's read of the next due row (deliveries.ts claimNextDue), only the first time.
  if (row !== undefined && met === undefined && /^SELECT id FROM deliveries WHERE status = 'pending'/.test(sql)) {
    met = arrive(1, barrierWaitMs);
  }
});

async function main(): Promise<void> {
  // A long busy timeout: while the other thread holds its claim at the barrier, this one must wait, not fail.
  const db = openDatabase(path, { busyTimeoutMs: 30_000 });
  const posts: string[] = [];
  const handler: DeliveryHandler = {
    async deliver(delivery) {
      posts.push(delivery.dedupeKey);
      return { posted: { channel: 'C1', ts: '1.1' } };
    },
  };
  arrive(0, Infinity);
  const clock = () => new Date(now);
  const report = await dispatchDue(db, { test: handler }, clock, createLogger({ level: 'silent' }), { concurrency: 1 });
  db.close();
  parentPort!.postMessage({ posts, met, sent: report.sent });
}

void main();
