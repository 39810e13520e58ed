import { messagesFor } from '../../i18n';
import type { DeliveryHandler } from '../../services/delivery';
import { prepareReminder, REMINDER_MAX_LATENESS_MS } from '../../services/prompts';
import { reminderMessage } from '../../views/prompt-messages';
import type { DeliveryDeps } from './deps';

/**
 * `reminder` rows (subject = the prompt, user = the member): one gentle DM 72 hours after a prompt, in the
 * member's own language, with a Reflect button. Skipped when the member answered meanwhile, is paused or gone,
 * or the pair or cohort has ended.
 */
export function reminderHandler(deps: DeliveryDeps): DeliveryHandler {
  return {
    maxLatenessMs: REMINDER_MAX_LATENESS_MS,
    rateLimitScope: 'message',
    async deliver(delivery, now) {
      const prepared = prepareReminder(deps.db, delivery.subjectId, delivery.userId, deps.config.defaultLocale, now);
      if ('skipped' in prepared) return prepared;
      const posted = await deps.slack.sendDirectMessage(delivery.userId as string, reminderMessage(messagesFor(prepared.locale), prepared.view));
      return { posted };
    },
  };
}
