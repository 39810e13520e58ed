/**
 * Preloaded into an app process by a crash test (`--require`): right after a statement whose SQL matches
 * RM_PAUSE_AFTER_SQL runs, the process says `paused` on stdout and blocks until the test writes a line to its
 * stdin. The test then knows exactly where the process stands — inside the transaction, before its commit — and
 * either kills it there or lets it go on. Nothing here touches the app's code.
 */
import { readSync, writeSync } from 'node:fs';
import Database from 'better-sqlite3';

const pattern = process.env.RM_PAUSE_AFTER_SQL ? new RegExp(process.env.RM_PAUSE_AFTER_SQL) : undefined;

if (pattern) {
  const probe = new Database(':memory:');
  // Every statement shares the addon's prototype; patching it covers statements the app prepares later.
  const statement = Object.getPrototypeOf(probe.prepare('SELECT 1')) as { run: (...args: unknown[]) => unknown };
  probe.close();
  const run = statement.run;
  statement.run = function (this: { source: string }, ...args: unknown[]) {
    const result = run.apply(this, args);
    if (pattern.test(this.source)) {
      writeSync(1, 'paused\n');
      // Synchronous on purpose: the event loop (and so the commit) stays still until the test answers.
      readSync(0, Buffer.alloc(1));
    }
    return result;
  };
}
