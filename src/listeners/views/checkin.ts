import type { Messages } from '../../i18n';
import { OUTCOME_LIMITS } from '../../domain';
import { recordAtRiskFlags } from '../../services/at-risk';
import { saveCheckin, type CheckinErrors, type CheckinField, type CheckinFieldError, type CheckinInput, type SaveCheckinResult } from '../../services/checkins';
import { parsePairId } from '../../services/pair-access';
import { slackErrorCode } from '../../slack/errors';
import { checkinSavedMessage } from '../../views/checkin';
import { CALLBACK, CHECKIN } from '../../views/ids';
import { outcomeNoticeModal } from '../../views/kickoff';
import { failureMessage, messagesOf, type AppContext } from '../context';
import type { ListenerRoutes } from '../router';
import { checkinRefusalText } from '../outcome-refusals';
import { cleanText, selectedValue, stateValues, textValue, type StateValues } from './state';

const BLOCK_OF: Record<CheckinField, string> = { relationship: CHECKIN.relationship, progress: CHECKIN.progress, note: CHECKIN.organizers };

export function readCheckinForm(values: StateValues): CheckinInput {
  return {
    relationship: selectedValue(values, CHECKIN.relationship),
    progress: selectedValue(values, CHECKIN.progress),
    note: cleanText(textValue(values, CHECKIN.organizers), true),
  };
}

function errorText(messages: Messages, error: CheckinFieldError): string {
  switch (error) {
    case 'required':
      return messages.outcomeChoose;
    case 'too_long':
      return messages.errorTooLong({ max: OUTCOME_LIMITS.noteChars });
    case 'invalid_choice':
      return messages.errorInvalidChoice;
  }
}

export function checkinErrors(messages: Messages, errors: CheckinErrors): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [field, error] of Object.entries(errors) as Array<[CheckinField, CheckinFieldError]>) out[BLOCK_OF[field]] = errorText(messages, error);
  return out;
}

/**
 * The `checkin` submission (PRODUCT.md §12.3): inline errors for bad input; a notice when the pair is not theirs,
 * has ended, or the check-in has closed; otherwise it is saved and the modal closes. A score of 1–2 puts the pair at
 * risk at once (the organizers' Home tab, their next digest). The note is never logged.
 */
export function registerCheckinView(routes: ListenerRoutes, ctx: AppContext): void {
  routes.view(CALLBACK.checkin, async ({ ack, body, view }) => {
    const userId = body.user.id;
    const messages = await messagesOf(ctx, userId);
    const parsed = stateValues.safeParse(view.state?.values ?? {});
    const pairId = parsePairId(view.private_metadata);
    if (!parsed.success || pairId === undefined) {
      ctx.logger.info({ reason: parsed.success ? 'bad_metadata' : 'bad_values' }, 'check-in refused');
      await ack({ response_action: 'update', view: outcomeNoticeModal(messages, CALLBACK.checkin, messages.checkinTitle, messages.outcomeGone) });
      return;
    }
    let result: SaveCheckinResult;
    try {
      result = saveCheckin(ctx.db, pairId, userId, readCheckinForm(parsed.data), ctx.now());
    } catch (error) {
      await ack({ response_action: 'errors', errors: { [CHECKIN.relationship]: failureMessage(ctx, messages, error, 'view:checkin') } });
      return;
    }
    if (!result.ok) {
      if (result.reason === 'invalid') {
        await ack({ response_action: 'errors', errors: checkinErrors(messages, result.errors) });
        return;
      }
      ctx.logger.info({ pair: pairId, reason: result.reason }, 'check-in refused');
      await ack({ response_action: 'update', view: outcomeNoticeModal(messages, CALLBACK.checkin, messages.checkinTitle, checkinRefusalText(messages, result.reason)) });
      return;
    }
    await ack();
    const saved = result;
    ctx.logger.info({ pair: pairId, created: saved.created, lowRelationship: saved.lowRelationship, note: saved.checkin.hasNote }, 'check-in saved');
    ctx.work.run(async () => {
      if (saved.lowRelationship) {
        try {
          recordAtRiskFlags(ctx.db, ctx.now(), [pairId]);
        } catch (error) {
          // The next tick records it.
          ctx.logger.error({ pair: pairId, code: (error as { code?: string }).code }, 'could not record a pair at risk');
        }
      }
      await ctx.slack
        .sendDirectMessage(userId, checkinSavedMessage(messages, { created: saved.created, hasNote: saved.checkin.hasNote, closesAt: saved.context.closesAt }))
        .catch((error) => ctx.logger.warn({ slackError: slackErrorCode(error) }, 'check-in confirmation DM failed'));
    });
  });
}
