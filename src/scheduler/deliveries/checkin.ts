import { messagesFor } from '../../i18n';
import { CHECKIN_MAX_LATENESS_MS, prepareCheckinInvitation } from '../../services/checkins';
import type { DeliveryHandler } from '../../services/delivery';
import { checkinInvitationMessage } from '../../views/checkin';
import type { DeliveryDeps } from './deps';

/**
 * `checkin` rows (key checkin:pair:<id>:user:<user>): the midpoint check-in's direct message to one member, in their
 * language, with `checkin_open` (PRODUCT.md §12.3). Skipped when the pair or cohort has ended, the member has gone,
 * or has answered already; more than four days late it is `missed`.
 */
export function checkinHandler(deps: DeliveryDeps): DeliveryHandler {
  return {
    maxLatenessMs: CHECKIN_MAX_LATENESS_MS,
    rateLimitScope: 'message',
    async deliver(delivery, now) {
      const prepared = prepareCheckinInvitation(deps.db, delivery, deps.config.defaultLocale, now);
      if ('skipped' in prepared) return prepared;
      const posted = await deps.slack.sendDirectMessage(prepared.userId, checkinInvitationMessage(messagesFor(prepared.locale), prepared.invitation));
      return { posted };
    },
  };
}
