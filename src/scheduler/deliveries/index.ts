import type { Config } from '../../config';
import type { Db } from '../../db/open';
import type { Logger } from '../../logger';
import type { DeliveryHandlers } from '../../services/delivery';
import type { SlackGateway } from '../../slack/gateway';

/** What a delivery handler needs to build and post its message. */
export interface DeliveryDeps {
  config: Config;
  db: Db;
  logger: Logger;
  /** A gateway whose client does not retry by itself: the ledger retries (PRODUCT.md §6). */
  slack: SlackGateway;
}

/**
 * Every kind of message that goes through the delivery ledger, by the `kind` stored on its row. Each feature
 * adds its handler here (introductions, prompts, reminders, summaries).
 */
export function createDeliveryHandlers(_deps: DeliveryDeps): DeliveryHandlers {
  return {};
}
