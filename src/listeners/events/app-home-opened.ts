import type { App } from '@slack/bolt';
import { countEnrolled, listCohorts } from '../../db/repositories/cohorts';
import { participantStatus } from '../../services/enrollment';
import { homeView } from '../../views/home';
import { bookablePairs, cohortMeetingCounts } from '../../services/meetings';
import { messagesOf, organizer, type AppContext } from '../context';
import { slackErrorCode } from '../../slack/errors';

/** Publishes the person's App Home: their status and, for organizers, the cohorts. */
export async function refreshHome(ctx: AppContext, userId: string): Promise<void> {
  const messages = await messagesOf(ctx, userId);
  const cohorts = organizer(ctx, userId)
    ? listCohorts(ctx.db).map((cohort) => ({ cohort, enrolled: countEnrolled(ctx.db, cohort.id), meetings: cohortMeetingCounts(ctx.db, cohort.id) }))
    : undefined;
  const view = homeView(messages, {
    status: participantStatus(ctx.db, userId, ctx.now()),
    meetings: bookablePairs(ctx.db, userId, ctx.now()),
    ...(cohorts ? { cohorts } : {}),
  });
  try {
    await ctx.slack.publishHome(userId, view);
  } catch (error) {
    // The home tab is refreshed again the next time it is opened; a failure here must not fail the caller.
    ctx.logger.warn({ slackError: slackErrorCode(error) }, 'views.publish failed');
  }
}

export function registerAppHomeOpened(app: App, ctx: AppContext): void {
  app.event('app_home_opened', async ({ event }) => {
    if (event.tab !== 'home' || typeof event.user !== 'string') return;
    ctx.work.run(() => refreshHome(ctx, event.user));
  });
}
