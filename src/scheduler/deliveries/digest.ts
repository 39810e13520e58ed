import { DIGEST_MAX_LATENESS_MS, digestGate, prepareDigest } from '../../services/digest';
import type { DeliveryHandler } from '../../services/delivery';
import { digestMessage } from '../../views/digest';
import type { DeliveryDeps } from './deps';
import { organizerWorkingTime } from './organizer-time';

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
      const time = await organizerWorkingTime(deps, delivery, gate.organizerId, now);
      if ('wait' in time) return time.wait;
      const prepared = prepareDigest(deps.db, delivery.id, gate);
      if ('skipped' in prepared) return prepared;
      const posted = await deps.slack.sendDirectMessage(gate.organizerId, digestMessage(time.messages, prepared.digest));
      return { posted };
    },
  };
}
