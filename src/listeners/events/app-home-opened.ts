import type { App } from '@slack/bolt';
import { participantStatus } from '../../services/enrollment';
import { buildProgrammeOverview } from '../../services/programme-overview';
import { bookablePairs } from '../../services/meetings';
import { homeView } from '../../views/home';
import { messagesOf, organizer, type AppContext } from '../context';
import { slackErrorCode } from '../../slack/errors';

export interface RefreshOptions {
  /** Organizers: list every other cohort rather than the newest few ("Show all"). */
  showAll?: boolean;
}

/**
 * Publishes the person's App Home: their status and, for organizers, the programme at a glance. Organizer rights
 * are checked each time it is published, so someone who is not an organizer (or no longer one) is never sent a
 * view with organizer data.
 *
 * When it is refreshed: every time the person opens the tab (Slack sends app_home_opened each time), and after
 * whatever they do from it or that changes what they see at once (a button on the tab, a cohort created, closed
 * or matched, a reflection saved). The scheduler's work (a prompt posted, a pair found at risk) is not pushed to
 * every organizer's tab as it happens: it is there the next time they look, which is the only time it is read.
 */
export async function refreshHome(ctx: AppContext, userId: string, options: RefreshOptions = {}): Promise<void> {
  const messages = await messagesOf(ctx, userId);
  const now = ctx.now();
  const view = homeView(messages, {
    status: participantStatus(ctx.db, userId, now),
    meetings: bookablePairs(ctx.db, userId, now),
    ...(organizer(ctx, userId) ? { organizer: { overview: buildProgrammeOverview(ctx.db, userId, now), showAll: options.showAll ?? false, now } } : {}),
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
