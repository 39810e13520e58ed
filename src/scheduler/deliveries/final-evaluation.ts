import { messagesFor } from '../../i18n';
import type { DeliveryHandler } from '../../services/delivery';
import { FINAL_INVITATION_MAX_LATENESS_MS, FOLLOWUP_MAX_LATENESS_MS, prepareFinalInvitation, prepareFollowup } from '../../services/final-evaluations';
import { finalInvitationMessage, followupMessage } from '../../views/final-evaluation';
import type { DeliveryDeps } from './deps';

/**
 * `final_evaluation` rows (key final_eval:pair:<id>:user:<user>): the final evaluation's direct message to one
 * member, with `final_open` (PRODUCT.md §12.4). Skipped when the pair or cohort has ended, the member has gone, or
 * has answered already.
 */
export function finalEvaluationHandler(deps: DeliveryDeps): DeliveryHandler {
  return {
    maxLatenessMs: FINAL_INVITATION_MAX_LATENESS_MS,
    rateLimitScope: 'message',
    async deliver(delivery, now) {
      const prepared = prepareFinalInvitation(deps.db, delivery, deps.config.defaultLocale, now);
      if ('skipped' in prepared) return prepared;
      const posted = await deps.slack.sendDirectMessage(prepared.userId, finalInvitationMessage(messagesFor(prepared.locale), prepared.invitation));
      return { posted };
    },
  };
}

/**
 * `commitment_followup` rows (key commitment:pair:<id>:user:<mentee>): thirty days after the cohort completed, the
 * mentee's own words about what they would do differently, to them alone, with `followup_done`, `followup_partly`
 * and `followup_not_yet` (PRODUCT.md §12.4). Skipped when they have left or their words are gone (forgotten, or past
 * the retention period).
 */
export function commitmentFollowupHandler(deps: DeliveryDeps): DeliveryHandler {
  return {
    maxLatenessMs: FOLLOWUP_MAX_LATENESS_MS,
    rateLimitScope: 'message',
    async deliver(delivery, now) {
      const prepared = prepareFollowup(deps.db, delivery, deps.config.defaultLocale, now);
      if ('skipped' in prepared) return prepared;
      const posted = await deps.slack.sendDirectMessage(prepared.userId, followupMessage(messagesFor(prepared.locale), prepared.view));
      return { posted };
    },
  };
}
