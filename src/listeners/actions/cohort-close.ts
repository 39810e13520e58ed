import type { BlockAction } from '@slack/bolt';
import { z } from 'zod';
import { closeCohort } from '../../services/cohorts';
import { ACTION } from '../../views/ids';
import { escapeMrkdwn } from '../../views/mrkdwn';
import { cohortClosedText } from '../../views/organizer-messages';
import { textMessage } from '../../views/participant-messages';
import { parseCohortId } from '../commands/subcommands/cohort';
import { failureMessage, messagesOf, organizer, type AppContext } from '../context';
import type { ListenerRoutes } from '../router';
import { refreshHome } from '../events/app-home-opened';

/** The button's value is the cohort id; Slack sends more, and that is fine. */
const closeAction = z.looseObject({ actions: z.array(z.looseObject({ value: z.string() })).min(1) });

/** The two buttons under "Close cohort …?" (from `/reverse-mentor cohort close <id>`). */
export function registerCohortCloseActions(routes: ListenerRoutes, ctx: AppContext): void {
  routes.action<BlockAction>(ACTION.cohortCloseConfirm, async ({ ack, body, respond }) => {
    await ack();
    const userId = body.user.id;
    ctx.work.run(async () => {
      const messages = await messagesOf(ctx, userId);
      // Rights are checked again on the button: they may have been removed since the question was asked.
      if (!organizer(ctx, userId)) {
        ctx.logger.info({ actionId: ACTION.cohortCloseConfirm }, 'organizer button refused');
        await respond({ replace_original: true, ...textMessage(messages.notOrganizer) });
        return;
      }
      const parsed = closeAction.safeParse(body);
      const cohortId = parsed.success ? parseCohortId(parsed.data.actions[0]?.value) : undefined;
      if (cohortId === undefined) {
        await respond({ replace_original: true, ...textMessage(messages.cohortCloseUsage) });
        return;
      }
      let text: string;
      try {
        const result = closeCohort(ctx.db, cohortId, ctx.now());
        if (result.ok) {
          ctx.logger.info({ cohort: cohortId, wasEnrolling: result.wasEnrolling }, 'cohort closed');
          text = cohortClosedText(messages, result.cohort, result.wasEnrolling);
        } else if (result.reason === 'already_completed') {
          text = messages.cohortAlreadyCompleted({ name: escapeMrkdwn(result.cohort.name), id: cohortId });
        } else {
          text = messages.cohortNotFound({ id: cohortId });
        }
      } catch (error) {
        text = failureMessage(ctx, messages, error, 'action:cohort_close_confirm');
      }
      await respond({ replace_original: true, ...textMessage(text) });
      await refreshHome(ctx, userId);
    });
  });

  routes.action<BlockAction>(ACTION.cohortCloseCancel, async ({ ack, body, respond }) => {
    await ack();
    ctx.work.run(async () => {
      const messages = await messagesOf(ctx, body.user.id);
      await respond({ replace_original: true, ...textMessage(messages.cohortCloseKept) });
    });
  });
}
