import { findParticipant } from '../../db/repositories/participants';
import type { Delivery } from '../../db/repositories/deliveries';
import { messagesFor, resolveLocale, type Messages } from '../../i18n';
import type { DeliveryOutcome } from '../../services/delivery';
import { isWorkingMoment, nextWorkingMoment, zoneOrDefault } from '../../services/working-hours';
import { slackErrorCode } from '../../slack/errors';
import type { DeliveryDeps } from './deps';

/**
 * Whether a private message to an organizer may go now, and in which language: within their working hours
 * (09:00–17:00 on a weekday) in their Slack time zone (users.info), else their profile's, else DEFAULT_TIMEZONE.
 * Outside them the row waits for the next working hour without counting an attempt. Used by the digest and the
 * final report's private part.
 */
export async function organizerWorkingTime(
  deps: DeliveryDeps,
  delivery: Pick<Delivery, 'id'>,
  organizerId: string,
  now: Date,
): Promise<{ wait: DeliveryOutcome } | { messages: Messages }> {
  const profile = findParticipant(deps.db, organizerId);
  let zone = profile?.timezone ?? null;
  let locale = profile?.locale ?? null;
  try {
    const user = await deps.slack.userInfo(organizerId);
    zone = user.timezone ?? zone;
    locale ??= user.locale;
  } catch (error) {
    deps.logger.warn({ delivery: delivery.id, slackError: slackErrorCode(error) }, 'users.info failed; timed by the profile or the default zone');
  }
  const timezone = zoneOrDefault(zone, deps.config.defaultTimezone);
  if (!isWorkingMoment(now, timezone)) return { wait: { notBefore: nextWorkingMoment(now, timezone), reason: 'outside_working_hours' } };
  return { messages: messagesFor(resolveLocale(locale, deps.config.defaultLocale)) };
}
