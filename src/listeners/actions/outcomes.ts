import type { BlockAction, RespondFn } from '@slack/bolt';
import { z } from 'zod';
import { messagesFor, type Messages } from '../../i18n';
import { kickoffContext } from '../../services/agreements';
import { checkinContext } from '../../services/checkins';
import { answerFollowup, finalContext, type FollowupRefusal } from '../../services/final-evaluations';
import { parsePairId } from '../../services/pair-access';
import { slackErrorCode } from '../../slack/errors';
import { checkinModal } from '../../views/checkin';
import { finalModal, FOLLOWUP_OF_ACTION, followupMessage } from '../../views/final-evaluation';
import { ACTION } from '../../views/ids';
import { kickoffModal } from '../../views/kickoff';
import { textMessage } from '../../views/participant-messages';
import { failureMessage, localeOf, messagesOf, type AppContext } from '../context';
import type { ListenerRoutes } from '../router';
import { checkinRefusalText, finalRefusalText, kickoffRefusalText } from '../outcome-refusals';

/** The clicked button's value (a pair id, or an evaluation id). Slack sends much more, and that is fine. */
const idButton = z.looseObject({ actions: z.array(z.looseObject({ value: z.string() })).min(1) });

function idOf(body: unknown): number | undefined {
  const parsed = idButton.safeParse(body);
  return parsed.success ? parsePairId(parsed.data.actions[0]?.value) : undefined;
}

/** How a person hears why nothing opened: privately in the conversation, or (from App Home) in their DM. */
type Tell = (text: string) => Promise<void>;

function tellEphemeral(respond: RespondFn): Tell {
  return async (text) => {
    await respond({ response_type: 'ephemeral', replace_original: false, ...textMessage(text) });
  };
}

function tellByDm(ctx: AppContext, userId: string): Tell {
  return async (text) => {
    await ctx.slack
      .sendDirectMessage(userId, textMessage(text))
      .catch((error) => ctx.logger.warn({ slackError: slackErrorCode(error) }, 'could not tell why the modal did not open'));
  };
}

/**
 * The buttons of PRODUCT.md §12: `kickoff_open` (introduction, prompts, the agreement, App Home), `checkin_open` and
 * `final_open` (their direct messages) open the member's own modal, pre-filled; the id in the value can be forged
 * and the message may have outlived its pairing, so the services check membership and that the pair still runs
 * (whoever may not is told why, privately). `followup_done`, `followup_partly` and `followup_not_yet` record the
 * mentee's answer and redraw the follow-up in place. Trigger ids live three seconds: the modals open right after
 * the ack, after quick database reads only.
 */
export function registerOutcomeActions(routes: ListenerRoutes, ctx: AppContext): void {
  const opener = (actionId: string, open: (userId: string, pairId: number, triggerId: string) => Promise<string | undefined>) => {
    routes.action<BlockAction>(actionId, async ({ ack, body, respond }) => {
      await ack();
      const userId = body.user.id;
      const tell = body.view?.type === 'home' ? tellByDm(ctx, userId) : tellEphemeral(respond);
      ctx.work.run(async () => {
        try {
          const pairId = idOf(body);
          if (pairId === undefined) {
            await tell((await messagesOf(ctx, userId)).outcomeGone);
            return;
          }
          const refusal = await open(userId, pairId, body.trigger_id);
          if (refusal) {
            ctx.logger.info({ actionId, pair: pairId }, 'modal not opened');
            await tell(refusal);
          }
        } catch (error) {
          await tell(failureMessage(ctx, await messagesOf(ctx, userId), error, `action:${actionId}`)).catch(() => undefined);
        }
      });
    });
  };

  opener(ACTION.kickoffOpen, async (userId, pairId, triggerId) => {
    const found = kickoffContext(ctx.db, pairId, userId);
    const messages = await messagesOf(ctx, userId);
    if (!found.ok) return kickoffRefusalText(messages, found.reason);
    await ctx.slack.openModal(triggerId, kickoffModal(messages, found.context));
    return undefined;
  });

  opener(ACTION.checkinOpen, async (userId, pairId, triggerId) => {
    const found = checkinContext(ctx.db, pairId, userId, ctx.now());
    const messages = await messagesOf(ctx, userId);
    if (!found.ok) return checkinRefusalText(messages, found.reason);
    await ctx.slack.openModal(triggerId, checkinModal(messages, found.context));
    return undefined;
  });

  opener(ACTION.finalOpen, async (userId, pairId, triggerId) => {
    const found = finalContext(ctx.db, pairId, userId, ctx.now());
    const messages = await messagesOf(ctx, userId);
    if (!found.ok) return finalRefusalText(messages, found.reason);
    await ctx.slack.openModal(triggerId, finalModal(messages, { ...found.context, summaryChannel: found.context.cohort.summaryChannel }));
    return undefined;
  });

  for (const actionId of [ACTION.followupDone, ACTION.followupPartly, ACTION.followupNotYet]) {
    routes.action<BlockAction>(actionId, async ({ ack, body, respond }) => {
      await ack();
      const userId = body.user.id;
      ctx.work.run(async () => {
        const tell = tellEphemeral(respond);
        try {
          const evaluationId = idOf(body);
          const answer = FOLLOWUP_OF_ACTION[actionId] as string;
          const result = evaluationId === undefined ? ({ ok: false, reason: 'not_found' } as const) : answerFollowup(ctx.db, evaluationId, userId, answer, ctx.now());
          if (!result.ok) {
            ctx.logger.info({ actionId, reason: result.reason }, 'follow-up answer refused');
            await tell(followupRefusalText(await messagesOf(ctx, userId), result.reason));
            return;
          }
          // The answer, never the words, in the log.
          ctx.logger.info({ actionId, evaluation: evaluationId, answer }, 'follow-up answered');
          if (result.message) {
            await ctx.slack.updateMessage(result.message.channel, result.message.ts, followupMessage(messagesFor(await localeOf(ctx, userId)), result.view));
          }
        } catch (error) {
          await tell(failureMessage(ctx, await messagesOf(ctx, userId), error, `action:${actionId}`)).catch(() => undefined);
        }
      });
    });
  }
}

function followupRefusalText(messages: Messages, reason: FollowupRefusal): string {
  switch (reason) {
    case 'not_yours':
      return messages.followupNotYours;
    case 'closed':
      return messages.followupClosed;
    case 'not_found':
      return messages.outcomeGone;
  }
}
