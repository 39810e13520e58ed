import type { BlockAction } from '@slack/bolt';
import { isAppError } from '../../errors';
import { pauseParticipant, resumeParticipant } from '../../services/enrollment';
import { ACTION } from '../../views/ids';
import { failureMessage, messagesOf, type AppContext } from '../context';
import type { ListenerRoutes } from '../router';
import { refreshHome } from '../events/app-home-opened';
import { openJoinModal } from '../commands/subcommands/join';
import { appErrorMessage } from '../errors';

/** App Home buttons: join or edit, pause a week, resume (PRODUCT.md §3, §4). */
export function registerHomeActions(routes: ListenerRoutes, ctx: AppContext): void {
  routes.action<BlockAction>(ACTION.homeJoin, async ({ ack, body }) => {
    await ack();
    ctx.work.run(async () => {
      try {
        await openJoinModal(ctx, body.user.id, body.trigger_id);
      } catch (error) {
        await tellFailure(ctx, body.user.id, error, 'action:home_join');
      }
    });
  });

  routes.action<BlockAction>(ACTION.homePause, async ({ ack, body }) => {
    await ack();
    ctx.work.run(() => changeStatus(ctx, body.user.id, 'action:home_pause', () => pauseParticipant(ctx.db, body.user.id, 1, ctx.now())));
  });

  routes.action<BlockAction>(ACTION.homeResume, async ({ ack, body }) => {
    await ack();
    ctx.work.run(() => changeStatus(ctx, body.user.id, 'action:home_resume', () => resumeParticipant(ctx.db, body.user.id, ctx.now())));
  });
}

async function changeStatus(ctx: AppContext, userId: string, where: string, change: () => unknown): Promise<void> {
  try {
    change();
  } catch (error) {
    // A stale home tab (already paused or resumed elsewhere) only needs a refresh.
    if (!isAppError(error, 'not_paused')) await tellFailure(ctx, userId, error, where);
  }
  await refreshHome(ctx, userId);
}

/** App Home has no ephemeral replies: a failure is told in the person's DM with the app. */
async function tellFailure(ctx: AppContext, userId: string, error: unknown, where: string): Promise<void> {
  const messages = await messagesOf(ctx, userId);
  const text = isAppError(error) ? appErrorMessage(messages, error) : failureMessage(ctx, messages, error, where);
  await ctx.slack.sendDirectMessage(userId, { text }).catch(() => undefined);
}
