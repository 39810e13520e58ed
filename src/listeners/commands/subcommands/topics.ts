import { reviewQueue, topicPage } from '../../../services/topics';
import { textMessage } from '../../../views/participant-messages';
import { topicListMessage, topicReviewMessage } from '../../../views/topics';
import { localeOf } from '../../context';
import type { Subcommand } from '../subcommand';

/** `2` as in `topics 2`; undefined for anything else. */
export function parseTopicPage(argument: string | undefined): number | undefined {
  const match = /^(\d{1,4})$/.exec(argument?.trim() ?? '');
  return match && Number(match[1]) >= 1 ? Number(match[1]) : undefined;
}

/**
 * `topics [page]` (anyone): approved topics with a vote button each. `topics review` (organizers): pending
 * suggestions with Approve / Reject. The command is open to everyone, so `review` checks organizer rights here.
 */
export const topicsSubcommand: Subcommand = {
  name: 'topics',
  organizerOnly: false,
  helpKey: 'helpTopics',
  organizerHelpKey: 'helpTopicsReview',
  async run({ ctx, userId, args, messages, isOrganizer, reply }) {
    const argument = args[0]?.toLowerCase();
    if (argument === 'review' && args.length === 1) {
      if (!isOrganizer) {
        ctx.logger.info({ subcommand: 'topics review' }, 'organizer command refused');
        await reply(textMessage(messages.notOrganizer));
        return;
      }
      await reply(topicReviewMessage(messages, reviewQueue(ctx.db)));
      return;
    }
    const page = argument === undefined ? 1 : parseTopicPage(argument);
    if (page === undefined || args.length > 1) {
      await reply(textMessage(messages.topicsUsage));
      return;
    }
    await reply(topicListMessage(messages, topicPage(ctx.db, await localeOf(ctx, userId), userId, page)));
  },
};
