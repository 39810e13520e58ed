import type { BlockAction } from '@slack/bolt';
import { isAppError } from '../../errors';
import { leaveProgramme, type LeaveResult } from '../../services/enrollment';
import { PARTNER_NOTICE_KIND } from '../../services/partner-notices';
import { escapeMrkdwn } from '../../views/mrkdwn';
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
      let result: LeaveResult;
      try {
        result = leaveProgramme(ctx.db, userId, ctx.now());
      } catch (error) {
        const text = isAppError(error) ? appErrorMessage(messages, error) : failureMessage(ctx, messages, error, 'action:leave_confirm');
        await respond({ replace_original: true, ...textMessage(text) });
        return;
      }
      await respond({ replace_original: true, ...textMessage(messages.leaveDone) });
      // Partners are told through the ledger (exactly once), right away.
      if (result.endedPairs.length > 0) ctx.dispatchSoon([PARTNER_NOTICE_KIND]);
      await tellOrganizers(ctx, userId, result);
      await refreshHome(ctx, userId);
      for (const ended of result.endedPairs) await refreshHome(ctx, ended.partnerId);
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

/**
 * Organizers hear that someone left, never why, and whose pairing ended with it (that person may need a new match);
 * each in their own language.
 */
async function tellOrganizers(ctx: AppContext, userId: string, result: LeaveResult): Promise<void> {
  const ended = result.endedPairs[0];
  const cohortName = ended?.cohortName ?? '';
  for (const organizerId of allOrganizerIds(ctx.db, ctx.config.organizerUserIds)) {
    if (organizerId === userId) continue;
    const messages = await messagesOf(ctx, organizerId);
    const text = ended
      ? messages.organizerParticipantLeftPaired({
          user: mention(userId),
          partners: result.endedPairs.map((pair) => mention(pair.partnerId)).join(', '),
          cohort: escapeMrkdwn(cohortName),
        })
      : messages.organizerParticipantLeft({ user: mention(userId) });
    await ctx.slack
      .sendDirectMessage(organizerId, textMessage(text))
      .catch((error) => ctx.logger.warn({ slackError: slackErrorCode(error) }, 'could not tell an organizer about a departure'));
  }
}
