import type { BlockAction } from '@slack/bolt';
import { z } from 'zod';
import type { Cohort } from '../../db/repositories/cohorts';
import type { Messages } from '../../i18n';
import { closeCohort, cohortById, cohortFormDefaults, enrollingCohort } from '../../services/cohorts';
import { computeMatchRun, resolveMatchCohort } from '../../services/match-runs';
import { reviewQueue } from '../../services/topics';
import { slackErrorCode } from '../../slack/errors';
import type { SlackMessage } from '../../views/blocks';
import { cohortCreateModal } from '../../views/cohort-modal';
import { ACTION } from '../../views/ids';
import { escapeMrkdwn } from '../../views/mrkdwn';
import { cohortClosedText, cohortEnrollingExistsText } from '../../views/organizer-messages';
import { textMessage } from '../../views/participant-messages';
import { summaryPostModal } from '../../views/summary-post-modal';
import { topicReviewMessage } from '../../views/topics';
import { matchOutcomeMessage, matchTargetText } from '../commands/subcommands/match';
import { sendExport } from '../commands/subcommands/summary';
import { failureMessage, messagesOf, organizer, type AppContext } from '../context';
import { refreshHome } from '../events/app-home-opened';
import type { ListenerRoutes } from '../router';

/** The clicked button's value (a cohort id, `new`, `review`, `all` or `recent`); Slack sends more, and that is fine. */
const homeAction = z.looseObject({ actions: z.array(z.looseObject({ value: z.string().max(20) })).min(1), trigger_id: z.string().optional() });

function buttonOf(body: unknown): { value: string | undefined; triggerId: string | undefined } {
  const parsed = homeAction.safeParse(body);
  return parsed.success ? { value: parsed.data.actions[0]?.value, triggerId: parsed.data.trigger_id } : { value: undefined, triggerId: undefined };
}

function cohortIdOf(value: string | undefined): number | undefined {
  return value !== undefined && /^\d{1,9}$/.test(value) ? Number(value) : undefined;
}

interface HomeClick {
  userId: string;
  messages: Messages;
  value: string | undefined;
  triggerId: string | undefined;
  /** A private message to the organizer: App Home has no ephemeral replies, so answers come by DM. */
  tell(message: SlackMessage): Promise<void>;
  /** The cohort the button names, or a DM saying it is gone (then undefined). */
  cohort(): Promise<Cohort | undefined>;
}

/**
 * The buttons of the organizer's App Home (views/organizer-home.ts): each does the next thing for its cohort and
 * answers in the organizer's DM with the app (a Home tab has no ephemeral replies), then refreshes the tab.
 * Organizer rights are checked again on every click, server side: anyone else is refused, hears nothing of the
 * programme, and gets their own Home tab back.
 */
export function registerOrganizerHomeActions(routes: ListenerRoutes, ctx: AppContext): void {
  const on = (actionId: string, handle: (click: HomeClick) => Promise<void>, refresh: (click: HomeClick) => Parameters<typeof refreshHome>[2] = () => ({})) =>
    routes.action<BlockAction>(actionId, async ({ ack, body }) => {
      await ack();
      const userId = body.user.id;
      ctx.work.run(async () => {
        const messages = await messagesOf(ctx, userId);
        const tell = async (message: SlackMessage) => {
          await ctx.slack.sendDirectMessage(userId, message).then(
            () => undefined,
            (error) => ctx.logger.warn({ actionId, slackError: slackErrorCode(error) }, 'could not answer an App Home button'),
          );
        };
        const { value, triggerId } = buttonOf(body);
        const click: HomeClick = {
          userId,
          messages,
          value,
          triggerId,
          tell,
          async cohort() {
            const id = cohortIdOf(value);
            const cohort = id === undefined ? undefined : cohortById(ctx.db, id);
            if (!cohort) await tell(textMessage(messages.cohortNotFound({ id: id ?? 0 })));
            return cohort;
          },
        };
        if (!organizer(ctx, userId)) {
          ctx.logger.info({ actionId }, 'organizer button refused');
          await tell(textMessage(messages.notOrganizer));
          await refreshHome(ctx, userId);
          return;
        }
        try {
          await handle(click);
        } catch (error) {
          await tell(textMessage(failureMessage(ctx, messages, error, `action:${actionId}`)));
        }
        await refreshHome(ctx, userId, refresh(click));
      });
    });

  on(ACTION.homeMatch, async ({ userId, messages, tell, value }) => {
    const target = resolveMatchCohort(ctx.db, value ?? '');
    if (!target.ok) {
      await tell(textMessage(matchTargetText(messages, target)));
      return;
    }
    await tell(await matchOutcomeMessage(ctx, userId, messages, await computeMatchRun(ctx.db, target.cohort, userId, ctx.now(), ctx.matchSolver)));
  });

  on(ACTION.homeSummary, async (click) => {
    const cohort = await click.cohort();
    if (!cohort || !click.triggerId) return;
    await ctx.slack.openModal(click.triggerId, summaryPostModal(click.messages, cohort));
  });

  on(ACTION.homeExport, async (click) => {
    const cohort = await click.cohort();
    if (!cohort) return;
    if (!(await sendExport(ctx, click.userId, click.messages, cohort))) {
      await click.tell(textMessage(click.messages.exportNothing({ cohort: escapeMrkdwn(cohort.name) })));
    }
  });

  on(ACTION.homeTopicsReview, async ({ messages, tell }) => {
    await tell(topicReviewMessage(messages, reviewQueue(ctx.db)));
  });

  on(ACTION.homeCohortNew, async ({ messages, tell, triggerId }) => {
    const enrolling = enrollingCohort(ctx.db);
    if (enrolling) {
      await tell(textMessage(cohortEnrollingExistsText(messages, enrolling)));
      return;
    }
    if (triggerId) await ctx.slack.openModal(triggerId, cohortCreateModal(messages, cohortFormDefaults(ctx.now(), ctx.config.defaultTimezone)));
  });

  on(ACTION.homeCohortClose, async (click) => {
    const cohort = await click.cohort();
    if (!cohort) return;
    const result = closeCohort(ctx.db, cohort.id, ctx.now());
    if (result.ok) {
      ctx.logger.info({ cohort: cohort.id, wasEnrolling: result.wasEnrolling }, 'cohort closed');
      await click.tell(textMessage(cohortClosedText(click.messages, result.cohort, result.wasEnrolling)));
    } else if (result.reason === 'already_completed') {
      await click.tell(textMessage(click.messages.cohortAlreadyCompleted({ name: escapeMrkdwn(result.cohort.name), id: cohort.id })));
    }
  });

  on(
    ACTION.homeCohortsShow,
    async () => undefined,
    ({ value }) => ({ showAll: value === 'all' }),
  );
}
