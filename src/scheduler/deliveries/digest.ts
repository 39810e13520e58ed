import { findParticipant } from '../../db/repositories/participants';
import { messagesFor, resolveLocale } from '../../i18n';
import { DIGEST_MAX_LATENESS_MS, digestGate, prepareDigest } from '../../services/digest';
import type { DeliveryHandler } from '../../services/delivery';
import { isWorkingMoment, nextWorkingMoment, zoneOrDefault } from '../../services/working-hours';
import { slackErrorCode } from '../../slack/errors';
import { digestMessage } from '../../views/digest';
import type { DeliveryDeps } from './deps';

/**
 * `digest` rows (subject = the cohort, user = the organizer): the organizer's private digest, in their language,
 * within their working hours. Their time zone is Slack's (users.info), else their profile's, else
 * DEFAULT_TIMEZONE; outside 09:00–17:00 on a weekday there, the row waits for the next working hour without
 * counting an attempt. What it says is read now, just before it is posted.
 */
export function digestHandler(deps: DeliveryDeps): DeliveryHandler {
  return {
    maxLatenessMs: DIGEST_MAX_LATENESS_MS,
    rateLimitScope: 'message',
    async deliver(delivery, now) {
      const gate = digestGate(deps.db, delivery, deps.config.organizerUserIds);
      if ('skipped' in gate) return gate;
      const profile = findParticipant(deps.db, gate.organizerId);
      let zone = profile?.timezone ?? null;
      let locale = profile?.locale ?? null;
      try {
        const user = await deps.slack.userInfo(gate.organizerId);
        zone = user.timezone ?? zone;
        locale ??= user.locale;
      } catch (error) {
        deps.logger.warn({ delivery: delivery.id, slackError: slackErrorCode(error) }, 'users.info failed; digest timed by the profile or the default zone');
      }
      const timezone = zoneOrDefault(zone, deps.config.defaultTimezone);
      if (!isWorkingMoment(now, timezone)) return { notBefore: nextWorkingMoment(now, timezone), reason: 'outside_working_hours' };
      const prepared = prepareDigest(deps.db, delivery.id, gate);
      if ('skipped' in prepared) return prepared;
      const messages = messagesFor(resolveLocale(locale, deps.config.defaultLocale));
      const posted = await deps.slack.sendDirectMessage(gate.organizerId, digestMessage(messages, prepared.digest));
      return { posted };
    },
  };
}
