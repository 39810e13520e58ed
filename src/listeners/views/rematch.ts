import { REMATCH_REASON_MAX_CHARS } from '../../services/pairs';
import { slackErrorCode } from '../../slack/errors';
import { CALLBACK, REMATCH } from '../../views/ids';
import { textMessage } from '../../views/participant-messages';
import { completeRematch } from '../commands/subcommands/rematch';
import { failureMessage, messagesOf, type AppContext } from '../context';
import type { ListenerRoutes } from '../router';
import { cleanText, selectedValue, stateValues, textLength, textValue } from './state';

/**
 * The `rematch_request` submission: an over-long reason gets an inline error naming the limit; otherwise the
 * modal closes and the request is recorded. The person is thanked by DM (a modal has no ephemeral reply).
 */
export function registerRematchView(routes: ListenerRoutes, ctx: AppContext): void {
  routes.view(CALLBACK.rematchRequest, async ({ ack, body, view }) => {
    const userId = body.user.id;
    const messages = await messagesOf(ctx, userId);
    const parsed = stateValues.safeParse(view.state?.values ?? {});
    if (!parsed.success) {
      await ack({ response_action: 'errors', errors: { [REMATCH.reason]: messages.tryAgain } });
      return;
    }
    const reason = cleanText(textValue(parsed.data, REMATCH.reason), true);
    if (textLength(reason) > REMATCH_REASON_MAX_CHARS) {
      await ack({ response_action: 'errors', errors: { [REMATCH.reason]: messages.errorTooLong({ max: REMATCH_REASON_MAX_CHARS }) } });
      return;
    }
    const chosen = selectedValue(parsed.data, REMATCH.partner) ?? view.private_metadata;
    const pairId = /^\d{1,12}$/.test(chosen ?? '') ? Number(chosen) : undefined;
    if (pairId === undefined) {
      // The partner choice is shown only to someone with several partners; otherwise the metadata names the pair.
      const block = view.private_metadata === '' ? REMATCH.partner : REMATCH.reason;
      await ack({ response_action: 'errors', errors: { [block]: messages.errorInvalidChoice } });
      return;
    }
    await ack();
    const tell = async (text: string): Promise<void> => {
      await ctx.slack
        .sendDirectMessage(userId, textMessage(text))
        .then(() => undefined)
        .catch((error) => ctx.logger.warn({ slackError: slackErrorCode(error) }, 'could not confirm a rematch request'));
    };
    ctx.work.run(async () => {
      try {
        await completeRematch(ctx, userId, pairId, reason === '' ? null : reason, tell);
      } catch (error) {
        await tell(failureMessage(ctx, messages, error, 'view:rematch_request'));
      }
    });
  });
}
