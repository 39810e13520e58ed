import { findCohort } from '../../db/repositories/cohorts';
import { listActivePairsOf } from '../../db/repositories/pairs';
import { findParticipant } from '../../db/repositories/participants';
import { messagesFor, resolveLocale } from '../../i18n';
import type { DeliveryHandler } from '../../services/delivery';
import { unmatchedMessage } from '../../views/introductions';
import type { IntroductionProgress } from './introduction-progress';
import type { DeliveryDeps } from './deps';

/**
 * `unmatched` rows (user = the person): a kind DM saying they are first in line for the next cohort. Skipped
 * when they have been paired by hand since, or have left.
 */
export function unmatchedHandler(deps: DeliveryDeps, progress: IntroductionProgress): DeliveryHandler {
  return {
    // A DM to one person each: a 429 holds up that message, not the introductions.
    rateLimitScope: 'message',
    async deliver(delivery) {
      const participant = delivery.userId ? findParticipant(deps.db, delivery.userId) : undefined;
      if (!participant || participant.status === 'left') return { skipped: 'participant_left' };
      const cohort = delivery.cohortId !== null ? findCohort(deps.db, delivery.cohortId) : undefined;
      if (!cohort) return { skipped: 'cohort_not_found' };
      if (listActivePairsOf(deps.db, participant.userId, cohort.id).length > 0) return { skipped: 'paired' };
      const messages = messagesFor(resolveLocale(participant.locale, deps.config.defaultLocale));
      const posted = await deps.slack.sendDirectMessage(participant.userId, unmatchedMessage(messages, cohort.name));
      return { posted };
    },
    afterSettle: progress.afterSettle,
    afterPass: progress.afterPass,
  };
}
