/**
 * Preloaded into an app process by a crash test (`--require`): right after a statement whose SQL matches
 * RM_PAUSE_AFTER_SQL runs, the process says `paused` on stdout and blocks until the test writes a line to its
 * stdin. The test then knows exactly where the process stands — inside the transaction, before its commit — and
 * either kills it there or lets it go on. Nothing here touches the app's code.
 */
import { readSync, writeSync } from 'node:fs';
import { afterStatements } from '../helpers/statement-hook';

const pattern = process.env.RM_PAUSE_AFTER_SQL ? new RegExp(process.env.RM_PAUSE_AFTER_SQL) : undefined;

if (pattern) {
  afterStatements('run', (sql) => {
    if (!pattern.test(sql)) return;
    writeSync(1, 'paused\n');
    // Synchronous on purpose: the event loop (and so the commit) stays still until the test answers.
    readSync(0, Buffer.alloc(1));
  });
}
