import { messagesFor } from '../../i18n';
import type { DeliveryHandler } from '../../services/delivery';
import { PARTNER_NOTICE_MAX_LATENESS_MS, preparePartnerNotice } from '../../services/partner-notices';
import { partnerNoticeMessage } from '../../views/participant-messages';
import type { DeliveryDeps } from './deps';

/**
 * `partner_notice` rows (subject = the pair, user = the partner told): a kind DM, in the partner's language, saying
 * that the other person left, is taking a break until a date, or is back; never why. Whether it is still true is
 * decided here, at delivery time (a break already over is not announced).
 */
export function partnerNoticeHandler(deps: DeliveryDeps): DeliveryHandler {
  return {
    maxLatenessMs: PARTNER_NOTICE_MAX_LATENESS_MS,
    // A DM to one person each: a 429 holds up that message only.
    rateLimitScope: 'message',
    async deliver(delivery, now) {
      const prepared = preparePartnerNotice(deps.db, delivery, deps.config.defaultLocale, now);
      if ('skipped' in prepared) return prepared;
      const posted = await deps.slack.sendDirectMessage(prepared.recipientId, partnerNoticeMessage(messagesFor(prepared.locale), prepared.notice));
      return { posted };
    },
  };
}
