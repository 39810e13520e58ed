import { findParticipant } from '../../db/repositories/participants';
import { messagesFor, resolveLocale } from '../../i18n';
import { AT_RISK_MAX_LATENESS_MS, prepareAtRiskNotice } from '../../services/at-risk';
import type { DeliveryHandler } from '../../services/delivery';
import { slackErrorCode } from '../../slack/errors';
import { atRiskMessage } from '../../views/reflections';
import type { DeliveryDeps } from './index';

/**
 * `at_risk` rows (subject = the pair, user = the organizer): a private DM naming the pair and why it may need a
 * hand, in the organizer's language, never in a channel. Whether it is still true (the pair running, still at
 * risk in the same cycle, the person still an organizer) is decided here, at delivery time.
 */
export function atRiskHandler(deps: DeliveryDeps): DeliveryHandler {
  return {
    maxLatenessMs: AT_RISK_MAX_LATENESS_MS,
    rateLimitScope: 'message',
    async deliver(delivery, now) {
      const prepared = prepareAtRiskNotice(deps.db, delivery, deps.config.organizerUserIds, now);
      if ('skipped' in prepared) return prepared;
      let locale = findParticipant(deps.db, prepared.organizerId)?.locale ?? null;
      if (!locale) {
        try {
          locale = (await deps.slack.userInfo(prepared.organizerId)).locale;
        } catch (error) {
          deps.logger.warn({ delivery: delivery.id, slackError: slackErrorCode(error) }, 'users.info failed; at-risk DM in the default language');
        }
      }
      const messages = messagesFor(resolveLocale(locale, deps.config.defaultLocale));
      const posted = await deps.slack.sendDirectMessage(prepared.organizerId, atRiskMessage(messages, prepared.notice));
      return { posted };
    },
  };
}
