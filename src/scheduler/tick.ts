import type { Config } from '../config';
import type { Db } from '../db/open';
import type { Logger } from '../logger';
import { clockFrom, dispatchDue, type DispatchReport } from '../services/delivery';
import { endExpiredPauses } from '../services/enrollment';
import type { SlackGateway } from '../slack/gateway';
import { createDeliveryHandlers } from './deliveries';

export interface TickDeps {
  config: Config;
  db: Db;
  logger: Logger;
  /** A gateway whose client does not retry by itself: the delivery ledger does. */
  slack: SlackGateway;
}

export interface TickReport {
  at: string;
  /** Participants whose pause ran out and who now get prompts again. */
  resumed: number;
  deliveries: DispatchReport;
}

/**
 * One pass of everything due at `now` (PRODUCT.md §6). Each step reads its own due rows from the database, so a
 * pass missed while the app was down is caught up by the next one, and running it twice does nothing twice.
 */
export async function runTick(deps: TickDeps, now: Date): Promise<TickReport> {
  const resumed = endExpiredPauses(deps.db, now);
  const deliveries = await dispatchDue(deps.db, createDeliveryHandlers(deps), clockFrom(now), deps.logger);
  const report: TickReport = { at: now.toISOString(), resumed: resumed.length, deliveries };
  deps.logger.info(report, 'tick done');
  return report;
}
