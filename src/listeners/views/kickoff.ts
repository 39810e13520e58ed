import type { Messages } from '../../i18n';
import { messagesFor } from '../../i18n';
import { AGREEMENT_KIND, currentAgreement, latestPostedPromptOfPair, saveAgreementPart, type KickoffErrors, type KickoffField, type KickoffFieldError, type KickoffInput, type SaveAgreementResult } from '../../services/agreements';
import { OUTCOME_LIMITS } from '../../domain';
import { parsePairId } from '../../services/pair-access';
import { currentPromptView } from '../../services/prompts';
import { slackErrorCode } from '../../slack/errors';
import { CALLBACK, KICKOFF } from '../../views/ids';
import { agreementMessage, kickoffSavedMessage, outcomeNoticeModal } from '../../views/kickoff';
import { promptMessage, promptMetadata } from '../../views/prompt-messages';
import { failureMessage, messagesOf, type AppContext } from '../context';
import type { ListenerRoutes } from '../router';
import { refreshHome } from '../events/app-home-opened';
import { kickoffRefusalText } from '../outcome-refusals';
import { cleanText, selectedValue, selectedValues, stateValues, textValue, type StateValues } from './state';

const BLOCK_OF: Record<KickoffField, string> = { goals: KICKOFF.goals, hopes: KICKOFF.hopes, cadence: KICKOFF.cadence, norms: KICKOFF.norms };

/** The modal's values as the service takes them: texts cleaned (lines kept), choices as sent. */
export function readKickoffForm(values: StateValues): KickoffInput {
  return {
    goals: cleanText(textValue(values, KICKOFF.goals), true),
    hopes: cleanText(textValue(values, KICKOFF.hopes), true),
    cadence: selectedValue(values, KICKOFF.cadence),
    norms: selectedValues(values, KICKOFF.norms),
  };
}

function errorText(messages: Messages, field: KickoffField, error: KickoffFieldError): string {
  switch (error) {
    case 'goals_required':
      return messages.kickoffErrorGoalsRequired;
    case 'goals_too_many':
      return messages.kickoffErrorGoalsTooMany({ max: OUTCOME_LIMITS.goalsLinesMax });
    case 'too_long':
      return messages.errorTooLong({ max: field === 'goals' ? OUTCOME_LIMITS.goalsChars : OUTCOME_LIMITS.hopesChars });
    case 'confidential_required':
      return messages.kickoffErrorConfidential;
    case 'invalid_choice':
      return messages.errorInvalidChoice;
  }
}

export function kickoffErrors(messages: Messages, errors: KickoffErrors): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [field, error] of Object.entries(errors) as Array<[KickoffField, KickoffFieldError]>) out[BLOCK_OF[field]] = errorText(messages, field, error);
  return out;
}

/**
 * The `kickoff` submission (PRODUCT.md §12.1): inline errors for bad input; a notice in place of the modal when the
 * pair is not theirs or has ended (private_metadata can be forged); otherwise their part is saved and the modal
 * closes. Then: the agreement goes out once both parts are in (and the pair's latest prompt stops asking for it),
 * or, once posted, is updated in place; the person hears where it stands by DM; both Home tabs show it. Goals and
 * hopes are never logged.
 */
export function registerKickoffView(routes: ListenerRoutes, ctx: AppContext): void {
  routes.view(CALLBACK.kickoff, async ({ ack, body, view }) => {
    const userId = body.user.id;
    const messages = await messagesOf(ctx, userId);
    const parsed = stateValues.safeParse(view.state?.values ?? {});
    const pairId = parsePairId(view.private_metadata);
    if (!parsed.success || pairId === undefined) {
      ctx.logger.info({ reason: parsed.success ? 'bad_metadata' : 'bad_values' }, 'agreement part refused');
      await ack({ response_action: 'update', view: outcomeNoticeModal(messages, CALLBACK.kickoff, messages.kickoffTitle, messages.outcomeGone) });
      return;
    }
    let result: SaveAgreementResult;
    try {
      result = saveAgreementPart(ctx.db, pairId, userId, readKickoffForm(parsed.data), ctx.now());
    } catch (error) {
      await ack({ response_action: 'errors', errors: { [KICKOFF.cadence]: failureMessage(ctx, messages, error, 'view:kickoff') } });
      return;
    }
    if (!result.ok) {
      if (result.reason === 'invalid') {
        await ack({ response_action: 'errors', errors: kickoffErrors(messages, result.errors) });
        return;
      }
      ctx.logger.info({ pair: pairId, reason: result.reason }, 'agreement part refused');
      await ack({ response_action: 'update', view: outcomeNoticeModal(messages, CALLBACK.kickoff, messages.kickoffTitle, kickoffRefusalText(messages, result.reason)) });
      return;
    }
    await ack();
    const saved = result;
    ctx.logger.info({ pair: pairId, role: saved.membership.role, created: saved.created, complete: saved.complete }, 'agreement part saved');
    ctx.work.run(async () => {
      if (saved.justCompleted) {
        ctx.dispatchSoon([AGREEMENT_KIND]);
        await redrawLatestPrompt(ctx, pairId);
      } else if (saved.posted) {
        const agreement = currentAgreement(ctx.db, pairId, ctx.config.defaultLocale);
        if (agreement) {
          await ctx.slack
            .updateMessage(saved.posted.channel, saved.posted.ts, agreementMessage(messagesFor(agreement.locale), agreement))
            .catch((error) => ctx.logger.warn({ pair: pairId, slackError: slackErrorCode(error) }, 'could not update the agreement'));
        }
      }
      await ctx.slack
        .sendDirectMessage(userId, kickoffSavedMessage(messages, { created: saved.created, complete: saved.complete, partnerId: saved.membership.partnerId }))
        .catch((error) => ctx.logger.warn({ slackError: slackErrorCode(error) }, 'agreement confirmation DM failed'));
      await refreshHome(ctx, userId);
      await refreshHome(ctx, saved.membership.partnerId);
    });
  });
}

/** The pair's latest prompt no longer asks for the agreement once it is complete. */
async function redrawLatestPrompt(ctx: AppContext, pairId: number): Promise<void> {
  const promptId = latestPostedPromptOfPair(ctx.db, pairId);
  const view = promptId === undefined ? undefined : currentPromptView(ctx.db, promptId, ctx.config.defaultLocale);
  if (!view?.channelId || !view.messageTs) return;
  await ctx.slack
    .updateMessage(view.channelId, view.messageTs, { ...promptMessage(messagesFor(view.locale), view), metadata: promptMetadata(view) })
    .catch((error) => ctx.logger.warn({ pair: pairId, slackError: slackErrorCode(error) }, 'could not redraw the prompt'));
}
