import { TOPIC_LIMITS } from '../../domain';
import { messagesFor, type Messages } from '../../i18n';
import { suggestTopic, type SuggestionErrors, type SuggestionField } from '../../services/topics';
import { TOPIC_FORM, CALLBACK } from '../../views/ids';
import { suggestionThanksView } from '../../views/topics';
import { failureMessage, localeOf, type AppContext } from '../context';
import type { ListenerRoutes } from '../router';
import { announceSuggestion } from '../commands/subcommands/suggest';
import { cleanText, stateValues, textValue } from './state';

/** Each refusal against its input, in the person's language, naming the limit when text is too long. */
export function suggestionErrors(messages: Messages, errors: SuggestionErrors): Record<string, string> {
  const text: Record<NonNullable<SuggestionErrors[SuggestionField]>, string> = {
    title_required: messages.topicErrorTitleRequired,
    title_too_long: messages.errorTooLong({ max: TOPIC_LIMITS.titleChars }),
    description_too_long: messages.errorTooLong({ max: TOPIC_LIMITS.descriptionChars }),
    duplicate: messages.topicErrorDuplicate,
    too_many_pending: messages.topicErrorTooManyPending({ max: TOPIC_LIMITS.pendingPerPerson }),
  };
  return Object.fromEntries(
    (Object.entries(errors) as Array<[SuggestionField, keyof typeof text]>).map(([field, error]) => [TOPIC_FORM[field], text[error]]),
  );
}

/**
 * The `topic_suggest` submission: inline errors, or the suggestion stored and the modal turned into a thank-you.
 * Storing is one short transaction, done before the ack so a refusal (duplicate, busy database) keeps the modal
 * and what was typed; the organizers are told after the ack.
 */
export function registerTopicSuggestView(routes: ListenerRoutes, ctx: AppContext): void {
  routes.view(CALLBACK.topicSuggest, async ({ ack, body, view }) => {
    const userId = body.user.id;
    const locale = await localeOf(ctx, userId);
    const messages = messagesFor(locale);
    const parsed = stateValues.safeParse(view.state?.values ?? {});
    if (!parsed.success) {
      await ack({ response_action: 'errors', errors: { [TOPIC_FORM.title]: messages.tryAgain } });
      return;
    }
    const input = {
      title: cleanText(textValue(parsed.data, TOPIC_FORM.title)),
      description: cleanText(textValue(parsed.data, TOPIC_FORM.description), true),
    };
    let result;
    try {
      result = suggestTopic(ctx.db, userId, locale, input, ctx.now());
    } catch (error) {
      await ack({ response_action: 'errors', errors: { [TOPIC_FORM.title]: failureMessage(ctx, messages, error, 'view:topic_suggest') } });
      return;
    }
    if (!result.ok) {
      await ack({ response_action: 'errors', errors: suggestionErrors(messages, result.errors) });
      return;
    }
    const { suggestion } = result;
    await ack({ response_action: 'update', view: suggestionThanksView(messages, suggestion) });
    ctx.logger.info({ topic: suggestion.id }, 'topic suggested');
    ctx.work.run(() => announceSuggestion(ctx, suggestion));
  });
}
