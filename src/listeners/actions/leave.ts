import type { BlockAction } from '@slack/bolt';
import { isAppError } from '../../errors';
import { leaveProgramme } from '../../services/enrollment';
import { allOrganizerIds } from '../../services/organizers';
import { ACTION } from '../../views/ids';
import { mention } from '../../views/mrkdwn';
import { textMessage } from '../../views/participant-messages';
import { slackErrorCode } from '../../slack/errors';
import { failureMessage, messagesOf, type AppContext } from '../context';
import type { ListenerRoutes } from '../router';
import { appErrorMessage } from '../errors';
import { refreshHome } from '../events/app-home-opened';

/** The two buttons under "Leave Reverse Mentor?" (from `/reverse-mentor leave`). */
export function registerLeaveActions(routes: ListenerRoutes, ctx: AppContext): void {
  routes.action<BlockAction>(ACTION.leaveConfirm, async ({ ack, body, respond }) => {
    await ack();
    const userId = body.user.id;
    ctx.work.run(async () => {
      const messages = await messagesOf(ctx, userId);
      try {
        leaveProgramme(ctx.db, userId, ctx.now());
      } catch (error) {
        const text = isAppError(error) ? appErrorMessage(messages, error) : failureMessage(ctx, messages, error, 'action:leave_confirm');
        await respond({ replace_original: true, ...textMessage(text) });
        return;
      }
      await respond({ replace_original: true, ...textMessage(messages.leaveDone) });
      await tellOrganizers(ctx, userId);
      await refreshHome(ctx, userId);
    });
  });

  routes.action<BlockAction>(ACTION.leaveCancel, async ({ ack, body, respond }) => {
    await ack();
    ctx.work.run(async () => {
      const messages = await messagesOf(ctx, body.user.id);
      await respond({ replace_original: true, ...textMessage(messages.leaveKept) });
    });
  });
}

/** Organizers hear that someone left, never why; each in their own language. */
async function tellOrganizers(ctx: AppContext, userId: string): Promise<void> {
  for (const organizerId of allOrganizerIds(ctx.db, ctx.config.organizerUserIds)) {
    if (organizerId === userId) continue;
    const messages = await messagesOf(ctx, organizerId);
    await ctx.slack
      .sendDirectMessage(organizerId, textMessage(messages.organizerParticipantLeft({ user: mention(userId) })))
      .catch((error) => ctx.logger.warn({ slackError: slackErrorCode(error) }, 'could not tell an organizer about a departure'));
  }
}
