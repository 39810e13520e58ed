import { TOPIC_LIMITS } from '../../domain';
import type { Messages } from '../../i18n';
import { approveSuggestion, type ApprovalErrors, type ApprovalField } from '../../services/topics';
import { CALLBACK, TOPIC_FORM } from '../../views/ids';
import { notPendingView, topicApprovedView } from '../../views/topics';
import { tellSuggester } from '../actions/topics';
import { failureMessage, messagesOf, organizer, type AppContext } from '../context';
import type { ListenerRoutes } from '../router';
import { cleanText, stateValues, textValue } from './state';

/** Each refusal against its input, in the organizer's language, naming the limit when text is too long. */
export function approvalErrors(messages: Messages, errors: ApprovalErrors): Record<string, string> {
  const text: Record<NonNullable<ApprovalErrors[ApprovalField]>, string> = {
    title_required: messages.topicErrorTitleRequired,
    title_too_long: messages.errorTooLong({ max: TOPIC_LIMITS.titleChars }),
    description_too_long: messages.errorTooLong({ max: TOPIC_LIMITS.descriptionChars }),
    duplicate: messages.topicErrorDuplicate,
    question_required: messages.topicErrorQuestionRequired({ min: TOPIC_LIMITS.questionsMin }),
    question_too_long: messages.errorTooLong({ max: TOPIC_LIMITS.questionChars }),
  };
  return Object.fromEntries(
    (Object.entries(errors) as Array<[ApprovalField, keyof typeof text]>).map(([field, error]) => [TOPIC_FORM[field], text[error]]),
  );
}

/**
 * The `topic_approve` submission: organizer rights checked again (the modal could be crafted, or the rights
 * removed while it was open), inline errors, else the topic approved, the modal turned into a confirmation
 * and the suggester told. A suggestion someone already decided on changes nothing, and the modal says so.
 */
export function registerTopicApproveView(routes: ListenerRoutes, ctx: AppContext): void {
  routes.view(CALLBACK.topicApprove, async ({ ack, body, view }) => {
    const userId = body.user.id;
    const messages = await messagesOf(ctx, userId);
    if (!organizer(ctx, userId)) {
      ctx.logger.info({ callbackId: CALLBACK.topicApprove }, 'organizer view refused');
      await ack({ response_action: 'errors', errors: { [TOPIC_FORM.title]: messages.notOrganizer } });
      return;
    }
    const parsed = stateValues.safeParse(view.state?.values ?? {});
    if (!parsed.success) {
      await ack({ response_action: 'errors', errors: { [TOPIC_FORM.title]: messages.tryAgain } });
      return;
    }
    const text = (id: string, multiline = false) => cleanText(textValue(parsed.data, id), multiline);
    const input = {
      title: text(TOPIC_FORM.title),
      description: text(TOPIC_FORM.description, true),
      questions: [text(TOPIC_FORM.question1), text(TOPIC_FORM.question2), text(TOPIC_FORM.question3)],
    };
    let result;
    try {
      result = approveSuggestion(ctx.db, view.private_metadata, input, userId, ctx.now());
    } catch (error) {
      await ack({ response_action: 'errors', errors: { [TOPIC_FORM.title]: failureMessage(ctx, messages, error, 'view:topic_approve') } });
      return;
    }
    if (!result.ok) {
      await ack(
        result.reason === 'invalid'
          ? { response_action: 'errors', errors: approvalErrors(messages, result.errors) }
          : { response_action: 'update', view: notPendingView(messages, result) },
      );
      return;
    }
    const { suggestion } = result;
    await ack({ response_action: 'update', view: topicApprovedView(messages, suggestion) });
    ctx.logger.info({ topic: suggestion.id }, 'topic suggestion approved');
    ctx.work.run(() => tellSuggester(ctx, suggestion));
  });
}
