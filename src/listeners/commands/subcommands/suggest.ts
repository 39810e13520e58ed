import type { TopicSuggestion } from '../../../db/repositories/topic-suggestions';
import { TOPIC_LIMITS } from '../../../domain';
import type { Messages } from '../../../i18n';
import { allOrganizerIds } from '../../../services/organizers';
import { suggestTopic, type SuggestionError } from '../../../services/topics';
import { slackErrorCode } from '../../../slack/errors';
import { textMessage } from '../../../views/participant-messages';
import { newSuggestionNotice, suggestionThanksText, topicSuggestModal } from '../../../views/topics';
import { localeOf, messagesOf, type AppContext } from '../../context';
import { cleanText } from '../../views/state';
import type { Subcommand } from '../subcommand';

/** One Slack reference (`<@U1|ada>`, `<#C1|general>`, `<!channel>`, `<https://x|label>`) as the person saw it. */
function readableReference(inner: string): string {
  const bar = inner.indexOf('|');
  const target = bar < 0 ? inner : inner.slice(0, bar);
  const label = bar < 0 ? '' : inner.slice(bar + 1);
  if (target.startsWith('@') || target.startsWith('#')) return label ? (/^[@#]/.test(label) ? label : `${target[0]}${label}`) : target;
  if (target.startsWith('!')) return label || `@${target.slice(1).split('^')[0]}`;
  return label || target;
}

/**
 * Slash command text arrives escaped (the manifest sets `should_escape`): a typed `<`, `>` or `&` as an entity,
 * and @mentions, #channels and links as `<…>` references. A topic title is plain text, so it is stored as the
 * person saw it while typing; output escapes it again wherever Slack reads mrkdwn.
 */
export function plainCommandText(text: string): string {
  return text
    .replace(/<([^<>]*)>/g, (_match, inner: string) => readableReference(inner))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** A refused suggestion, for a reply to the command (the modal names its errors per field instead). */
function refusalText(messages: Messages, error: SuggestionError | undefined): string {
  switch (error) {
    case 'title_too_long':
      return messages.topicSuggestTooLong({ max: TOPIC_LIMITS.titleChars });
    case 'duplicate':
      return messages.topicErrorDuplicate;
    case 'too_many_pending':
      return messages.topicErrorTooManyPending({ max: TOPIC_LIMITS.pendingPerPerson });
    default:
      return messages.topicErrorTitleRequired;
  }
}

/** Each organizer hears of a new suggestion privately, in their own language; a failed DM fails nothing else. */
export async function announceSuggestion(ctx: AppContext, suggestion: TopicSuggestion): Promise<void> {
  for (const organizerId of allOrganizerIds(ctx.db, ctx.config.organizerUserIds)) {
    if (organizerId === suggestion.suggestedBy) continue;
    try {
      await ctx.slack.sendDirectMessage(organizerId, newSuggestionNotice(await messagesOf(ctx, organizerId), suggestion));
    } catch (error) {
      ctx.logger.warn({ topic: suggestion.id, slackError: slackErrorCode(error) }, 'could not tell an organizer about a topic suggestion');
    }
  }
}

/**
 * `suggest [text]` (anyone): with text, the text is the topic's title and is recorded at once; without, the
 * `topic_suggest` modal opens (the trigger id lives 3 seconds, so nothing slow comes first).
 */
export const suggestSubcommand: Subcommand = {
  name: 'suggest',
  organizerOnly: false,
  helpKey: 'helpSuggest',
  async run({ ctx, userId, rest, triggerId, messages, reply }) {
    const title = cleanText(plainCommandText(rest));
    if (title === '') {
      await ctx.slack.openModal(triggerId, topicSuggestModal(messages));
      return;
    }
    const result = suggestTopic(ctx.db, userId, await localeOf(ctx, userId), { title, description: '' }, ctx.now());
    if (!result.ok) {
      await reply(textMessage(refusalText(messages, result.errors.title)));
      return;
    }
    ctx.logger.info({ topic: result.suggestion.id }, 'topic suggested');
    await reply(textMessage(suggestionThanksText(messages, result.suggestion)));
    await announceSuggestion(ctx, result.suggestion);
  },
};
