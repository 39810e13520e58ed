import { findParticipant } from '../../db/repositories/participants';
import { messagesFor, resolveLocale } from '../../i18n';
import type { DeliveryHandler } from '../../services/delivery';
import { buildFinalPrivate, FINAL_PRIVATE_MAX_LATENESS_MS, finalPrivateGate } from '../../services/final-private';
import { isWorkingMoment, nextWorkingMoment, zoneOrDefault } from '../../services/working-hours';
import { slackErrorCode } from '../../slack/errors';
import { finalPrivateMessage } from '../../views/final-report-outcomes';
import type { DeliveryDeps } from './deps';

/**
 * `final_private` rows (key final_private:cohort:<id>:organizer:<user>): the final report's private part to one
 * organizer (PRODUCT.md §12.5), in their language, within their working hours as their digest is (their Slack time
 * zone, else their profile's, else DEFAULT_TIMEZONE; outside 09:00–17:00 on a weekday the row waits). What it says
 * is read now, just before it is posted.
 */
export function finalPrivateHandler(deps: DeliveryDeps): DeliveryHandler {
  return {
    maxLatenessMs: FINAL_PRIVATE_MAX_LATENESS_MS,
    rateLimitScope: 'message',
    async deliver(delivery, now) {
      const gate = finalPrivateGate(deps.db, delivery, deps.config.organizerUserIds);
      if ('skipped' in gate) return gate;
      const profile = findParticipant(deps.db, gate.organizerId);
      let zone = profile?.timezone ?? null;
      let locale = profile?.locale ?? null;
      try {
        const user = await deps.slack.userInfo(gate.organizerId);
        zone = user.timezone ?? zone;
        locale ??= user.locale;
      } catch (error) {
        deps.logger.warn({ delivery: delivery.id, slackError: slackErrorCode(error) }, 'users.info failed; timed by the profile or the default zone');
      }
      const timezone = zoneOrDefault(zone, deps.config.defaultTimezone);
      if (!isWorkingMoment(now, timezone)) return { notBefore: nextWorkingMoment(now, timezone), reason: 'outside_working_hours' };
      const messages = messagesFor(resolveLocale(locale, deps.config.defaultLocale));
      const posted = await deps.slack.sendDirectMessage(gate.organizerId, finalPrivateMessage(messages, buildFinalPrivate(deps.db, gate.cohort, gate.organizerId)));
      return { posted };
    },
  };
}
