import type { Config } from '../../config';
import type { Db } from '../../db/open';
import type { Logger } from '../../logger';
import type { SlackGateway } from '../../slack/gateway';

/**
 * What a delivery handler needs to build and post its message. Its own module, below the handlers and the
 * index that lists them, so a handler never imports the index that imports it.
 */
export interface DeliveryDeps {
  config: Config;
  db: Db;
  logger: Logger;
  /** A gateway whose client does not retry by itself: the ledger retries (PRODUCT.md §6). */
  slack: SlackGateway;
}
