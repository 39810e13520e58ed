import type { Messages } from '../../i18n';
import { OUTCOME_LIMITS } from '../../domain';
import { saveFinalEvaluation, type FinalErrors, type FinalField, type FinalFieldError, type FinalInput, type SaveFinalResult } from '../../services/final-evaluations';
import { parsePairId } from '../../services/pair-access';
import { slackErrorCode } from '../../slack/errors';
import { finalSavedMessage } from '../../views/final-evaluation';
import { CALLBACK, FINAL } from '../../views/ids';
import { outcomeNoticeModal } from '../../views/kickoff';
import { failureMessage, messagesOf, type AppContext } from '../context';
import type { ListenerRoutes } from '../router';
import { finalRefusalText } from '../outcome-refusals';
import { cleanText, selectedValue, stateValues, textValue, type StateValues } from './state';

const BLOCK_OF: Record<FinalField, string> = {
  goalsMet: FINAL.goalsMet,
  changed: FINAL.changed,
  sharing: FINAL.sharing,
  recommend: FINAL.recommend,
  again: FINAL.again,
};

export function readFinalForm(values: StateValues): FinalInput {
  return {
    goalsMet: selectedValue(values, FINAL.goalsMet),
    changed: cleanText(textValue(values, FINAL.changed), true),
    sharing: selectedValue(values, FINAL.sharing),
    recommend: selectedValue(values, FINAL.recommend),
    again: selectedValue(values, FINAL.again),
  };
}

function errorText(messages: Messages, field: FinalField, error: FinalFieldError): string {
  switch (error) {
    case 'required':
      return field === 'changed' ? messages.finalErrorChanged : messages.finalErrorRequired;
    case 'too_long':
      return messages.errorTooLong({ max: OUTCOME_LIMITS.changedChars });
    case 'invalid_choice':
      return messages.errorInvalidChoice;
  }
}

export function finalErrors(messages: Messages, errors: FinalErrors): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [field, error] of Object.entries(errors) as Array<[FinalField, FinalFieldError]>) out[BLOCK_OF[field]] = errorText(messages, field, error);
  return out;
}

/**
 * The `final` submission (PRODUCT.md §12.4): inline errors for bad input; a notice when the pair is not theirs, has
 * ended, or the programme has closed; otherwise it is saved (with what it says about the next cohort) and the modal
 * closes, and the person hears by DM who may read their words and whether they are on the waiting list. Their
 * words are never logged.
 */
export function registerFinalView(routes: ListenerRoutes, ctx: AppContext): void {
  routes.view(CALLBACK.final, async ({ ack, body, view }) => {
    const userId = body.user.id;
    const messages = await messagesOf(ctx, userId);
    const parsed = stateValues.safeParse(view.state?.values ?? {});
    const pairId = parsePairId(view.private_metadata);
    if (!parsed.success || pairId === undefined) {
      ctx.logger.info({ reason: parsed.success ? 'bad_metadata' : 'bad_values' }, 'final evaluation refused');
      await ack({ response_action: 'update', view: outcomeNoticeModal(messages, CALLBACK.final, messages.finalTitle, messages.outcomeGone) });
      return;
    }
    let result: SaveFinalResult;
    try {
      result = saveFinalEvaluation(ctx.db, pairId, userId, readFinalForm(parsed.data), ctx.now());
    } catch (error) {
      await ack({ response_action: 'errors', errors: { [FINAL.goalsMet]: failureMessage(ctx, messages, error, 'view:final') } });
      return;
    }
    if (!result.ok) {
      if (result.reason === 'invalid') {
        await ack({ response_action: 'errors', errors: finalErrors(messages, result.errors) });
        return;
      }
      ctx.logger.info({ pair: pairId, reason: result.reason }, 'final evaluation refused');
      await ack({ response_action: 'update', view: outcomeNoticeModal(messages, CALLBACK.final, messages.finalTitle, finalRefusalText(messages, result.reason)) });
      return;
    }
    await ack();
    const saved = result;
    ctx.logger.info({ pair: pairId, created: saved.created, sharing: saved.sharing, again: saved.again }, 'final evaluation saved');
    ctx.work.run(async () => {
      await ctx.slack
        .sendDirectMessage(
          userId,
          finalSavedMessage(messages, { created: saved.created, sharing: saved.sharing, again: saved.again, role: saved.context.role, closesAt: saved.context.closesAt }),
        )
        .catch((error) => ctx.logger.warn({ slackError: slackErrorCode(error) }, 'final evaluation confirmation DM failed'));
    });
  });
}
