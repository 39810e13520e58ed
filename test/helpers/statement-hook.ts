import Database from 'better-sqlite3';

/**
 * Calls `after` right after every better-sqlite3 statement's `run` or `get` in this thread, with the statement's SQL
 * and its result, before the result reaches the app. Every statement shares the addon's prototype, so patching it
 * covers statements the app prepares later. For tests that stop or hold the app at a known statement.
 */
export function afterStatements(method: 'run' | 'get', after: (sql: string, result: unknown) => void): void {
  const probe = new Database(':memory:');
  const statement = Object.getPrototypeOf(probe.prepare('SELECT 1')) as Record<'run' | 'get', (...args: unknown[]) => unknown>;
  probe.close();
  const original = statement[method];
  statement[method] = function (this: { source: string }, ...args: unknown[]) {
    const result = original.apply(this, args);
    after(this.source, result);
    return result;
  };
}
