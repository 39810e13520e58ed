import type { BlockAction } from '@slack/bolt';
import { z } from 'zod';
import type { Messages } from '../../i18n';
import { recordAtRiskFlags } from '../../services/at-risk';
import {
  MET_ANSWERS,
  RATINGS,
  REFLECTION_LIMITS,
  SHARING_LEVELS,
  reflectionContext,
  saveReflection,
  type ReflectionErrors,
  type ReflectionField,
  type ReflectionFieldError,
  type ReflectionInput,
} from '../../services/reflections';
import { slackErrorCode } from '../../slack/errors';
import { ACTION, CALLBACK, REFLECTION } from '../../views/ids';
import { reflectionModal, reflectionNoticeModal, reflectionSavedMessage, type ReflectionModalData } from '../../views/reflections';
import { reflectionModalData, reflectionRefusalText } from '../commands/subcommands/reflect';
import { failureMessage, localeOf, messagesOf, type AppContext } from '../context';
import { messagesFor } from '../../i18n';
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
        // They chose "Yes, we met" but the modal was never redrawn with its rating (the redraw failed or came late): an
        // error cannot point at a field they cannot see. With nothing else wrong, the modal is shown again with the
        // rating, required, and everything they entered kept; otherwise the other errors come first.
        const blocks = Array.isArray(view.blocks) ? (view.blocks as Array<{ block_id?: string }>) : undefined;
        const ratingHidden = blocks !== undefined && !blocks.some((block) => block.block_id === REFLECTION.rating);
        let errors = result.errors;
        if (errors.rating === 'rating_required' && ratingHidden) {
          const { rating: _hidden, ...others } = errors;
          const redrawn = Object.keys(others).length === 0 ? await redrawnModal(ctx, userId, promptId, parsed.data) : undefined;
          if (redrawn) {
            await ack({ response_action: 'update', view: redrawn });
            return;
          }
          errors = others;
        }
        await ack({ response_action: 'errors', errors: reflectionErrors(messages, errors) });
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
      const saved = reflectionSavedMessage(messages, {
        created,
        cycle: reflection.cycle,
        sharing: reflection.sharing,
        closesAt: context.closesAt,
        summaryChannel: context.cohort.summaryChannel,
      });
      await ctx.slack
        .sendDirectMessage(userId, saved)
        .catch((error) => ctx.logger.warn({ slackError: slackErrorCode(error) }, 'reflection confirmation DM failed'));
      await refreshHome(ctx, userId);
    });
  });
}

/** What is in the form now, as the modal pre-fills it: only values the modal offers. */
export function formAsExisting(values: StateValues): NonNullable<ReflectionModalData['existing']> {
  const form = readReflectionForm(values);
  const met = MET_ANSWERS.find((answer) => answer === form.met);
  const rating = RATINGS.find((value) => String(value) === form.rating);
  const sharing = SHARING_LEVELS.find((level) => level === form.sharing);
  return {
    ...(met ? { met } : {}),
    ...(rating !== undefined ? { rating } : {}),
    ...(form.topicId !== undefined ? { topicId: form.topicId } : {}),
    learned: form.learned === '' ? null : form.learned,
    nextStep: form.nextStep === '' ? null : form.nextStep,
    ...(sharing ? { sharing } : {}),
  };
}

/** The reflection modal drawn again from what is in the form, or undefined when the prompt is no longer theirs to reflect on. */
async function redrawnModal(ctx: AppContext, userId: string, promptId: number, values: StateValues) {
  const found = reflectionContext(ctx.db, promptId, userId, ctx.now());
  if (!found.ok) return undefined;
  const locale = await localeOf(ctx, userId);
  return reflectionModal(messagesFor(locale), reflectionModalData(ctx, found.context, locale, formAsExisting(values)));
}

/** The open modal as Slack describes it in a block action: its id and hash, what is in it, and whose prompt. */
const openModal = z.looseObject({
  view: z.looseObject({
    id: z.string().min(1),
    hash: z.string().optional(),
    private_metadata: z.string().optional(),
    state: z.looseObject({ values: stateValues }).optional(),
  }),
});

/**
 * Choosing whether they met (`met`, dispatch_action) redraws the modal in place (views.update, with the hash, so a
 * later change is never overwritten): with "Yes, we met" the rating appears, required; with any other answer it is
 * not asked for. What they typed meanwhile is kept.
 */
export function registerReflectionMetAction(routes: ListenerRoutes, ctx: AppContext): void {
  routes.action<BlockAction>(ACTION.reflectionMet, async ({ ack, body }) => {
    await ack();
    const userId = body.user.id;
    ctx.work.run(async () => {
      const parsed = openModal.safeParse(body);
      const promptId = parsed.success && /^\d{1,12}$/.test(parsed.data.view.private_metadata ?? '') ? Number(parsed.data.view.private_metadata) : undefined;
      if (!parsed.success || promptId === undefined) {
        ctx.logger.info({ reason: 'bad_view' }, 'reflection modal not redrawn');
        return;
      }
      const { view } = parsed.data;
      try {
        const redrawn = await redrawnModal(ctx, userId, promptId, view.state?.values ?? {});
        if (!redrawn) return;
        await ctx.slack.updateModal(view.id, redrawn, view.hash);
      } catch (error) {
        // The submission shows the rating itself if the redraw did not happen (see the view listener above).
        ctx.logger.warn({ slackError: slackErrorCode(error) }, 'reflection modal not redrawn');
      }
    });
  });
}
