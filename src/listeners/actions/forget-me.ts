import type { BlockAction } from '@slack/bolt';
import { forgetPerson, type ForgetOutcome } from '../../services/forget-me';
import { allOrganizerIds } from '../../services/organizers';
import { slackErrorCode } from '../../slack/errors';
import { forgetMeOrganizerNotice, forgetMePartnerNotice } from '../../views/forget-me';
import { agreementWithdrawnMessage } from '../../views/kickoff';
import { messagesFor } from '../../i18n';
import { ACTION } from '../../views/ids';
import { textMessage } from '../../views/participant-messages';
import { failureMessage, messagesOf, type AppContext } from '../context';
import type { ListenerRoutes } from '../router';
import { refreshHome } from '../events/app-home-opened';

/**
 * The two buttons under "Delete your personal data?" (from `/reverse-mentor forget-me`). The confirmation
 * replaces the question through the response_url (ephemeral): the DM with them is part of what they asked to
 * forget. Partners whose pairing ended are told kindly; organizers hear whose pairing ended, never who asked.
 */
export function registerForgetMeActions(routes: ListenerRoutes, ctx: AppContext): void {
  routes.action<BlockAction>(ACTION.forgetMeConfirm, async ({ ack, body, respond }) => {
    await ack();
    const userId = body.user.id;
    ctx.work.run(async () => {
      // Their language, read while their profile still exists.
      const messages = await messagesOf(ctx, userId);
      let outcome: ForgetOutcome;
      try {
        outcome = forgetPerson(ctx.db, userId, ctx.now());
      } catch (error) {
        await respond({ replace_original: true, ...textMessage(failureMessage(ctx, messages, error, 'action:forget_me_confirm')) });
        return;
      }
      // Counts only: a log line must not tie the person to their placeholder.
      ctx.logger.info(
        { endedPairs: outcome.endedPairs.length, deliveriesSkipped: outcome.deliveriesSkipped, walErased: outcome.walErased },
        'a person was forgotten',
      );
      await respond({ replace_original: true, ...textMessage(messages.forgetMeDone) });
      await withdrawAgreements(ctx, outcome);
      await tellAboutEndedPairs(ctx, userId, outcome);
      await refreshHome(ctx, userId);
    });
  });

  routes.action<BlockAction>(ACTION.forgetMeCancel, async ({ ack, body, respond }) => {
    await ack();
    ctx.work.run(async () => {
      const messages = await messagesOf(ctx, body.user.id);
      await respond({ replace_original: true, ...textMessage(messages.forgetMeKept) });
    });
  });
}

/** Their kickoff agreements quoted their goals or hopes in the group messages: each is replaced by a short note. */
async function withdrawAgreements(ctx: AppContext, outcome: ForgetOutcome): Promise<void> {
  for (const agreement of outcome.withdrawnAgreements) {
    // In the language of the one who stays there.
    const messages = agreement.partnerId ? await messagesOf(ctx, agreement.partnerId) : messagesFor(ctx.config.defaultLocale);
    await ctx.slack
      .updateMessage(agreement.channel, agreement.ts, agreementWithdrawnMessage(messages))
      .catch((error) => ctx.logger.warn({ slackError: slackErrorCode(error) }, 'could not withdraw an agreement message'));
  }
}

async function tellAboutEndedPairs(ctx: AppContext, forgottenId: string, outcome: ForgetOutcome): Promise<void> {
  const organizers = allOrganizerIds(ctx.db, ctx.config.organizerUserIds).filter((id) => id !== forgottenId);
  for (const ended of outcome.endedPairs) {
    const partnerMessages = await messagesOf(ctx, ended.partnerId);
    await ctx.slack
      .sendDirectMessage(ended.partnerId, forgetMePartnerNotice(partnerMessages, ended.cohortName, ended.role))
      .catch((error) => ctx.logger.warn({ slackError: slackErrorCode(error) }, 'could not tell a partner their pairing ended'));
    for (const organizerId of organizers) {
      if (organizerId === ended.partnerId) continue;
      const messages = await messagesOf(ctx, organizerId);
      await ctx.slack
        .sendDirectMessage(organizerId, forgetMeOrganizerNotice(messages, ended.partnerId, ended.cohortName))
        .catch((error) => ctx.logger.warn({ slackError: slackErrorCode(error) }, 'could not tell an organizer a pairing ended'));
    }
  }
}
