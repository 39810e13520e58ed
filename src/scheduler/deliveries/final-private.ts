import type { DeliveryHandler } from '../../services/delivery';
import { buildFinalPrivate, FINAL_PRIVATE_MAX_LATENESS_MS, finalPrivateGate } from '../../services/final-private';
import { finalPrivateMessage } from '../../views/final-report-outcomes';
import type { DeliveryDeps } from './deps';
import { organizerWorkingTime } from './organizer-time';

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
      const time = await organizerWorkingTime(deps, delivery, gate.organizerId, now);
      if ('wait' in time) return time.wait;
      const posted = await deps.slack.sendDirectMessage(gate.organizerId, finalPrivateMessage(time.messages, buildFinalPrivate(deps.db, gate.cohort, gate.organizerId)));
      return { posted };
    },
  };
}
