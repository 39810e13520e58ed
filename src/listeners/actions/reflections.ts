import type { BlockAction, RespondFn } from '@slack/bolt';
import { z } from 'zod';
import { slackErrorCode } from '../../slack/errors';
import { ACTION } from '../../views/ids';
import { textMessage } from '../../views/participant-messages';
import { openReflectionModal } from '../commands/subcommands/reflect';
import { failureMessage, messagesOf, type AppContext } from '../context';
import type { ListenerRoutes } from '../router';

/** The clicked button's value: a prompt id. Slack sends much more, and that is fine. */
const reflectButton = z.looseObject({ actions: z.array(z.looseObject({ value: z.string().regex(/^\d{1,12}$/) })).min(1) });

function promptIdOf(body: unknown): number | undefined {
  const parsed = reflectButton.safeParse(body);
  return parsed.success ? Number(parsed.data.actions[0]?.value) : undefined;
}

/**
 * The Reflect buttons: `nudge_reflect` on a weekly prompt and on the 72-hour reminder, `home_reflect` in App Home
 * (value = the prompt id). Both open the reflection modal; whoever may not reflect on that prompt (another pair's,
 * or its week is over) is told why, privately.
 */
export function registerReflectionActions(routes: ListenerRoutes, ctx: AppContext): void {
  routes.action<BlockAction>(ACTION.nudgeReflect, async ({ ack, body, respond }) => {
    await ack();
    ctx.work.run(() => open(ctx, body.user.id, promptIdOf(body), body.trigger_id, (text) => tellEphemeral(respond, text), ACTION.nudgeReflect));
  });

  routes.action<BlockAction>(ACTION.homeReflect, async ({ ack, body }) => {
    await ack();
    const userId = body.user.id;
    // App Home has no ephemeral replies: the person hears why in their DM with the app.
    const tell = async (text: string) => {
      await ctx.slack
        .sendDirectMessage(userId, textMessage(text))
        .catch((error) => ctx.logger.warn({ slackError: slackErrorCode(error) }, 'could not tell why the reflection did not open'));
    };
    ctx.work.run(() => open(ctx, userId, promptIdOf(body), body.trigger_id, tell, ACTION.homeReflect));
  });
}

async function open(
  ctx: AppContext,
  userId: string,
  promptId: number | undefined,
  triggerId: string,
  tell: (text: string) => Promise<void>,
  actionId: string,
): Promise<void> {
  try {
    if (promptId === undefined) {
      await tell((await messagesOf(ctx, userId)).promptGone);
      return;
    }
    const refusal = await openReflectionModal(ctx, userId, promptId, triggerId);
    if (refusal) await tell(refusal);
  } catch (error) {
    const messages = await messagesOf(ctx, userId);
    await tell(failureMessage(ctx, messages, error, `action:${actionId}`)).catch(() => undefined);
  }
}

async function tellEphemeral(respond: RespondFn, text: string): Promise<void> {
  await respond({ response_type: 'ephemeral', replace_original: false, ...textMessage(text) });
}
