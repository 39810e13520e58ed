import type { Messages } from '../../i18n';
import { recordAtRiskFlags } from '../../services/at-risk';
import {
  REFLECTION_LIMITS,
  saveReflection,
  type ReflectionErrors,
  type ReflectionField,
  type ReflectionFieldError,
  type ReflectionInput,
} from '../../services/reflections';
import { slackErrorCode } from '../../slack/errors';
import { CALLBACK, REFLECTION } from '../../views/ids';
import { reflectionNoticeModal, reflectionSavedMessage } from '../../views/reflections';
import { reflectionRefusalText } from '../commands/subcommands/reflect';
import { failureMessage, messagesOf, type AppContext } from '../context';
import type { ListenerRoutes } from '../router';
import { refreshHome } from '../events/app-home-opened';
import { cleanText, selectedValue, stateValues, textValue, type StateValues } from './state';

const BLOCK_OF: Record<ReflectionField, string> = {
  met: REFLECTION.met,
  rating: REFLECTION.rating,
  topic: REFLECTION.topic,
  learned: REFLECTION.learned,
  nextStep: REFLECTION.nextStep,
  sharing: REFLECTION.sharing,
};

/** The modal's values as the service takes them: texts cleaned (trimmed, no control characters), choices as sent. */
export function readReflectionForm(values: StateValues): ReflectionInput {
  return {
    met: selectedValue(values, REFLECTION.met),
    rating: selectedValue(values, REFLECTION.rating),
    topicId: selectedValue(values, REFLECTION.topic),
    learned: cleanText(textValue(values, REFLECTION.learned), true),
    nextStep: cleanText(textValue(values, REFLECTION.nextStep), true),
    sharing: selectedValue(values, REFLECTION.sharing),
  };
}

function errorText(messages: Messages, field: ReflectionField, error: ReflectionFieldError): string {
  switch (error) {
    case 'met_required':
      return messages.reflectionErrorMet;
    case 'rating_required':
      return messages.reflectionErrorRating;
    case 'topic_unknown':
      return messages.reflectionErrorTopic;
    case 'too_long':
      return messages.errorTooLong({ max: field === 'learned' ? REFLECTION_LIMITS.learnedChars : REFLECTION_LIMITS.nextStepChars });
    case 'invalid_choice':
      return messages.errorInvalidChoice;
  }
}

/** Inline errors against their blocks (PRODUCT.md §10). */
export function reflectionErrors(messages: Messages, errors: ReflectionErrors): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [field, error] of Object.entries(errors) as Array<[ReflectionField, ReflectionFieldError]>) {
    out[BLOCK_OF[field]] = errorText(messages, field, error);
  }
  return out;
}

/**
 * The `reflection` submission. Everything is checked before the ack, so the answer can carry it: inline errors
 * for bad input; a notice in place of the modal when the prompt is not theirs or its week is over (the id in
 * private_metadata can be forged); otherwise the reflection replaces any earlier one and the modal closes. The
 * thanks come by DM; a low rating puts the pair at risk at once, for the organizers' Home tab and their next digest.
 * Reflection text is never logged.
 */
export function registerReflectionView(routes: ListenerRoutes, ctx: AppContext): void {
  routes.view(CALLBACK.reflection, async ({ ack, body, view }) => {
    const userId = body.user.id;
    const messages = await messagesOf(ctx, userId);
    const parsed = stateValues.safeParse(view.state?.values ?? {});
    if (!parsed.success) {
      await ack({ response_action: 'errors', errors: { [REFLECTION.met]: messages.tryAgain } });
      return;
    }
    const promptId = /^\d{1,12}$/.test(view.private_metadata ?? '') ? Number(view.private_metadata) : undefined;
    if (promptId === undefined) {
      ctx.logger.info({ reason: 'bad_metadata' }, 'reflection refused');
      await ack({ response_action: 'update', view: reflectionNoticeModal(messages, messages.promptGone) });
      return;
    }
    let result: ReturnType<typeof saveReflection>;
    try {
      result = saveReflection(ctx.db, promptId, userId, readReflectionForm(parsed.data), ctx.now());
    } catch (error) {
      await ack({ response_action: 'errors', errors: { [REFLECTION.met]: failureMessage(ctx, messages, error, 'view:reflection') } });
      return;
    }
    if (!result.ok) {
      if (result.reason === 'invalid') {
        await ack({ response_action: 'errors', errors: reflectionErrors(messages, result.errors) });
        return;
      }
      ctx.logger.info({ prompt: promptId, reason: result.reason }, 'reflection refused');
      await ack({ response_action: 'update', view: reflectionNoticeModal(messages, reflectionRefusalText(messages, result)) });
      return;
    }
    await ack();
    const { reflection, created, lowRating, context } = result;
    ctx.logger.info(
      { prompt: promptId, reflection: reflection.id, created, met: reflection.met, sharing: reflection.sharing, lowRating },
      'reflection saved',
    );
    ctx.work.run(async () => {
      if (lowRating) {
        try {
          // Seen at once on the organizers' Home tab; their next digest tells them, at their working hours.
          recordAtRiskFlags(ctx.db, ctx.now(), [context.pair.id]);
        } catch (error) {
          // The next tick records it.
          ctx.logger.error({ pair: context.pair.id, code: (error as { code?: string }).code }, 'could not record a pair at risk');
        }
      }
      const saved = reflectionSavedMessage(messages, { created, cycle: reflection.cycle, sharing: reflection.sharing, closesAt: context.closesAt });
      await ctx.slack
        .sendDirectMessage(userId, saved)
        .catch((error) => ctx.logger.warn({ slackError: slackErrorCode(error) }, 'reflection confirmation DM failed'));
      await refreshHome(ctx, userId);
    });
  });
}
