import { messagesFor } from '../../i18n';
import type { DeliveryHandler } from '../../services/delivery';
import { preparePreparation } from '../../services/preparation';
import { preparationMessage } from '../../views/preparation';
import type { DeliveryDeps } from './deps';

/** `mentor_prep` and `mentee_prep` rows (user = the recipient): one part of the preparation, with "Got it". */
export function preparationHandler(deps: DeliveryDeps): DeliveryHandler {
  return {
    rateLimitScope: 'message',
    async deliver(delivery) {
      const prepared = preparePreparation(deps.db, delivery.dedupeKey, deps.config.defaultLocale);
      if ('skipped' in prepared) return prepared;
      const message = preparationMessage(messagesFor(prepared.locale), { cohortId: prepared.cohortId, part: prepared.part, read: false });
      const posted = await deps.slack.sendDirectMessage(prepared.userId, message);
      return { posted };
    },
  };
}
