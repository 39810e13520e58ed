import type { BlockAction, RespondFn } from '@slack/bolt';
import { z } from 'zod';
import { messagesFor, type Messages } from '../../i18n';
import { currentPromptView, recordMeeting, swapPromptTopic, type PromptChange, type PromptRefusal } from '../../services/prompts';
import { ACTION } from '../../views/ids';
import { textMessage } from '../../views/participant-messages';
import { promptMessage, promptMetadata } from '../../views/prompt-messages';
import { failureMessage, messagesOf, type AppContext } from '../context';
import type { ListenerRoutes } from '../router';

/** The clicked button's value: a prompt id. Slack sends much more, and that is fine. */
const promptButton = z.looseObject({ actions: z.array(z.looseObject({ value: z.string().regex(/^\d{1,12}$/) })).min(1) });

function promptIdOf(body: unknown): number | undefined {
  const parsed = promptButton.safeParse(body);
  return parsed.success ? Number(parsed.data.actions[0]?.value) : undefined;
}

function refusalText(messages: Messages, reason: PromptRefusal): string {
  switch (reason) {
    case 'not_member':
      return messages.promptNotYours;
    case 'no_other_topic':
      return messages.promptNoOtherTopic;
    case 'cohort_ended':
      return messages.promptCohortEnded;
    case 'pair_ended':
      return messages.promptPairEnded;
    case 'not_found':
    case 'not_posted':
      return messages.promptGone;
  }
}

/**
 * The buttons on a weekly prompt: `nudge_met` and `nudge_skip` record what the clicker did, `nudge_new_topic`
 * swaps the topic; each redraws the same message in place (chat.update), with the buttons kept for the partner.
 * Only a member of the prompt's pair changes anything: the id in a button value can be forged.
 * (`nudge_reflect` opens the reflection modal and belongs to the reflection flow.)
 */
export function registerPromptActions(routes: ListenerRoutes, ctx: AppContext): void {
  const handle = (actionId: string, change: (promptId: number, userId: string) => PromptChange) => {
    routes.action<BlockAction>(actionId, async ({ ack, body, respond }) => {
      await ack();
      const userId = body.user.id;
      ctx.work.run(async () => {
        const promptId = promptIdOf(body);
        try {
          const result: PromptChange = promptId === undefined ? { ok: false, reason: 'not_found' } : change(promptId, userId);
          if (!result.ok) {
            ctx.logger.info({ actionId, prompt: promptId, reason: result.reason }, 'prompt button changed nothing');
            await tell(respond, refusalText(await messagesOf(ctx, userId), result.reason));
            return;
          }
          ctx.logger.info({ actionId, prompt: promptId }, 'prompt button');
          await redrawPrompt(ctx, result.promptId);
        } catch (error) {
          const text = failureMessage(ctx, await messagesOf(ctx, userId), error, `action:${actionId}`);
          await tell(respond, text).catch(() => undefined);
        }
      });
    });
  };

  handle(ACTION.nudgeMet, (promptId, userId) => recordMeeting(ctx.db, promptId, userId, 'met', ctx.now()));
  handle(ACTION.nudgeSkip, (promptId, userId) => recordMeeting(ctx.db, promptId, userId, 'skipped', ctx.now()));
  handle(ACTION.nudgeNewTopic, (promptId, userId) => swapPromptTopic(ctx.db, promptId, userId, ctx.config.defaultLocale, ctx.now()));
}

/** Only the clicker sees why nothing changed. */
async function tell(respond: RespondFn, text: string): Promise<void> {
  await respond({ response_type: 'ephemeral', replace_original: false, ...textMessage(text) });
}

/** Rebuilds the prompt from the database (so two quick clicks both show) and updates the posted message. */
async function redrawPrompt(ctx: AppContext, promptId: number): Promise<void> {
  const view = currentPromptView(ctx.db, promptId, ctx.config.defaultLocale);
  if (!view?.channelId || !view.messageTs) return;
  await ctx.slack.updateMessage(view.channelId, view.messageTs, { ...promptMessage(messagesFor(view.locale), view), metadata: promptMetadata(view) });
}
