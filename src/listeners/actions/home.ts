import type { BlockAction } from '@slack/bolt';
import { isAppError } from '../../errors';
import { pauseParticipant, resumeParticipant } from '../../services/enrollment';
import { PARTNER_NOTICE_KIND } from '../../services/partner-notices';
import { pausedMessage, resumedMessage } from '../../views/participant-messages';
import type { SlackMessage } from '../../views/blocks';
import { slackErrorCode } from '../../slack/errors';
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

  // App Home has no ephemeral replies: what the pause means (and who is told) comes as a DM, as `pause` would reply.
  routes.action<BlockAction>(ACTION.homePause, async ({ ack, body }) => {
    await ack();
    const userId = body.user.id;
    ctx.work.run(() =>
      changeStatus(ctx, userId, 'action:home_pause', async () => {
        const { until, partnerIds, role } = pauseParticipant(ctx.db, userId, 1, ctx.now());
        await tellInDm(ctx, userId, pausedMessage(await messagesOf(ctx, userId), until, partnerIds, role));
        return partnerIds;
      }),
    );
  });

  routes.action<BlockAction>(ACTION.homeResume, async ({ ack, body }) => {
    await ack();
    const userId = body.user.id;
    ctx.work.run(() =>
      changeStatus(ctx, userId, 'action:home_resume', async () => {
        const { partnerIds } = resumeParticipant(ctx.db, userId, ctx.now());
        await tellInDm(ctx, userId, resumedMessage(await messagesOf(ctx, userId), partnerIds));
        return partnerIds;
      }),
    );
  });
}

/** Pause or resume from App Home; partners told (through the ledger) are sent their notice at once. */
async function changeStatus(ctx: AppContext, userId: string, where: string, change: () => Promise<string[]>): Promise<void> {
  try {
    const told = await change();
    if (told.length > 0) ctx.dispatchSoon([PARTNER_NOTICE_KIND]);
  } catch (error) {
    // A stale home tab (already paused or resumed elsewhere) only needs a refresh.
    if (!isAppError(error, 'not_paused')) await tellFailure(ctx, userId, error, where);
  }
  await refreshHome(ctx, userId);
}

async function tellInDm(ctx: AppContext, userId: string, message: SlackMessage): Promise<void> {
  await ctx.slack
    .sendDirectMessage(userId, message)
    .catch((error) => ctx.logger.warn({ slackError: slackErrorCode(error) }, 'could not confirm a pause or resume in a DM'));
}

/** App Home has no ephemeral replies: a failure is told in the person's DM with the app. */
async function tellFailure(ctx: AppContext, userId: string, error: unknown, where: string): Promise<void> {
  const messages = await messagesOf(ctx, userId);
  const text = isAppError(error) ? appErrorMessage(messages, error) : failureMessage(ctx, messages, error, where);
  await ctx.slack.sendDirectMessage(userId, { text }).catch(() => undefined);
}
