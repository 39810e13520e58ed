import cron from 'node-cron';
import type { Logger } from '../logger';
import { runTick, type TickDeps } from './tick';

/** When the scheduler wakes: at the start of every minute (node-cron syntax, with an optional seconds field). */
export const EVERY_MINUTE = '* * * * *';

export interface Scheduler {
  /** Stops the wake-ups and waits for a pass that is running. */
  stop(): Promise<void>;
}

/**
 * node-cron only wakes the scheduler once a minute; what is due lives in SQLite (PRODUCT.md §6), so a restart
 * loses nothing and `reverse-mentor tick` does the same work by hand.
 */
export function startScheduler(deps: TickDeps, options: { now?: () => Date; expression?: string } = {}): Scheduler {
  const now = options.now ?? (() => new Date());
  const logger: Logger = deps.logger;
  let running: Promise<unknown> = Promise.resolve();
  const task = cron.schedule(
    options.expression ?? EVERY_MINUTE,
    () => {
      running = runTick(deps, now()).catch((error: Error & { code?: string }) => {
        logger.error({ code: error.code, message: error.message }, 'tick failed');
      });
      return running;
    },
    { name: 'reverse-mentor-tick', noOverlap: true },
  );
  return {
    async stop() {
      await task.stop();
      await running;
      await task.destroy();
    },
  };
}
