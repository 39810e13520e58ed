import { channelProblemOf, type ChannelProblem } from '../services/summary-channel';
import { slackErrorCode } from '../slack/errors';
import type { OutgoingMessage, PostedMessage } from '../slack/gateway';
import type { AppContext } from './context';

/**
 * A post into a channel that a view submission waits for (the cohort modal's channel check, App Home's "Post
 * summary"): Slack shows the person an error unless the submission is answered within 3 seconds, so the post gets
 * what is left of them. Its outcome: posted; refused because the app cannot post there (an inline error says what
 * to do); failed for another reason; or still pending when the time ran out (the caller answers, and reads the
 * outcome afterwards).
 */

/** How long after a submission arrives its answer may wait for a post: 3 seconds, less a margin for the trip back. */
export const SUBMISSION_POST_DEADLINE_MS = 2_400;

export type ChannelPostOutcome =
  | { status: 'posted'; posted: PostedMessage }
  | { status: 'refused'; problem: ChannelProblem }
  | { status: 'failed'; code: string };

export type TimedChannelPost = ChannelPostOutcome | { status: 'pending'; outcome: Promise<ChannelPostOutcome> };

export async function postWithin(ctx: AppContext, channel: string, message: OutgoingMessage, budgetMs: number): Promise<TimedChannelPost> {
  const outcome: Promise<ChannelPostOutcome> = ctx.slack.postMessage(channel, message).then(
    (posted): ChannelPostOutcome => ({ status: 'posted', posted }),
    (error: unknown): ChannelPostOutcome => {
      const code = slackErrorCode(error);
      const problem = channelProblemOf(code);
      return problem ? { status: 'refused', problem } : { status: 'failed', code };
    },
  );
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), Math.max(0, budgetMs));
  });
  try {
    const first = await Promise.race([outcome, late]);
    if (first !== 'late') return first;
    ctx.logger.warn({ slackError: 'timeout' }, 'a channel post is slow; the submission is answered meanwhile');
    return { status: 'pending', outcome };
  } finally {
    clearTimeout(timer);
  }
}
