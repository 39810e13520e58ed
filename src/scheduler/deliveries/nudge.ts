import { findPair, setPairChannel } from '../../db/repositories/pairs';
import { recordPromptPosted } from '../../db/repositories/prompts';
import { messagesFor } from '../../i18n';
import type { DeliveryHandler } from '../../services/delivery';
import { preparePrompt, PROMPT_MAX_LATENESS_MS, topicCatalogue } from '../../services/prompts';
import { promptMessage, promptMetadata } from '../../views/prompt-messages';
import type { DeliveryDeps } from './deps';

/**
 * `nudge` rows (subject = the prompt): the weekly prompt in the pair's group DM, in the pair's language, with
 * `rm_nudge` metadata. Whether it is still wanted (pair ended, a member paused or gone, cohort closed) is decided
 * here, at delivery time. 48 hours late or more it is `missed` (the dispatcher checks `maxLatenessMs`).
 */
export function nudgeHandler(deps: DeliveryDeps): DeliveryHandler {
  // Read once per pass (the handlers are made per pass): the catalogue, votes and topic texts.
  const topics = topicCatalogue(deps.db);
  return {
    maxLatenessMs: PROMPT_MAX_LATENESS_MS,
    rateLimitScope: 'message',
    async deliver(delivery, now) {
      const prepared = preparePrompt(deps.db, delivery.subjectId, deps.config.defaultLocale, now, topics);
      if ('skipped' in prepared) return prepared;
      const { view, pair } = prepared;
      let channel = pair.channelId;
      if (!channel) {
        // The introduction has not opened the group DM yet: open it (the same one) and keep it for both.
        const opened = await deps.slack.openConversation([pair.mentorId, pair.menteeId]);
        setPairChannel(deps.db, pair.id, opened);
        channel = findPair(deps.db, pair.id)?.channelId ?? opened;
      }
      const posted = await deps.slack.postMessage(channel, { ...promptMessage(messagesFor(view.locale), view), metadata: promptMetadata(view) });
      try {
        recordPromptPosted(deps.db, view.promptId, posted, now);
      } catch (error) {
        // Never throw after a post: the ledger records the ts, and prompts read it from there.
        deps.logger.error({ prompt: view.promptId, code: (error as { code?: string }).code }, 'prompt posted; could not record it on the prompt');
      }
      return { posted };
    },
  };
}
