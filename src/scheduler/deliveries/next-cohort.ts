import { messagesFor } from '../../i18n';
import type { DeliveryHandler } from '../../services/delivery';
import { prepareNextCohortNotice } from '../../services/next-cohort';
import { nextCohortMessage } from '../../views/final-evaluation';
import type { DeliveryDeps } from './deps';

/**
 * `next_cohort` rows (key next_cohort:cohort:<id>:user:<user>): to someone enrolled in a new cohort from the waiting
 * list, in the role they asked for in their final evaluation (PRODUCT.md §12.4). Skipped when they have left or are
 * no longer enrolled.
 */
export function nextCohortHandler(deps: DeliveryDeps): DeliveryHandler {
  return {
    rateLimitScope: 'message',
    async deliver(delivery) {
      const prepared = prepareNextCohortNotice(deps.db, delivery, deps.config.defaultLocale);
      if ('skipped' in prepared) return prepared;
      const posted = await deps.slack.sendDirectMessage(prepared.userId, nextCohortMessage(messagesFor(prepared.locale), prepared.notice));
      return { posted };
    },
  };
}
