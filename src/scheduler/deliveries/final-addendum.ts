import { messagesFor } from '../../i18n';
import type { DeliveryHandler } from '../../services/delivery';
import { prepareFinalAddendum } from '../../services/final-report';
import { addendumMessage } from '../../views/final-report-outcomes';
import type { DeliveryDeps } from './deps';

/**
 * `final_addendum` rows (key addendum:cohort:<id>): thirty days after a cohort completed, once its follow-up has
 * closed, a short addendum to the final report in the summary channel with the follow-up's counts (PRODUCT.md §12.5),
 * in DEFAULT_LOCALE, with `rm_final_addendum` metadata. The counts are final by then, so they are posted once.
 */
export function finalAddendumHandler(deps: DeliveryDeps): DeliveryHandler {
  return {
    rateLimitScope: 'message',
    async deliver(delivery) {
      const prepared = prepareFinalAddendum(deps.db, delivery);
      if ('skipped' in prepared) return prepared;
      const posted = await deps.slack.postMessage(prepared.cohort.summaryChannel, addendumMessage(messagesFor(deps.config.defaultLocale), prepared.addendum));
      return { posted };
    },
  };
}
