import type { BlockAction, RespondFn } from '@slack/bolt';
import { z } from 'zod';
import type { TopicSuggestion } from '../../db/repositories/topic-suggestions';
import { messagesFor, type Messages } from '../../i18n';
import { pendingSuggestion, rejectSuggestion, reviewQueue, setVote, topicPage, topicPageWith, type VoteIntent } from '../../services/topics';
import { slackErrorCode } from '../../slack/errors';
import { ACTION } from '../../views/ids';
import { textMessage } from '../../views/participant-messages';
import { notPendingText, suggesterDecisionMessage, topicApproveModal, topicListMessage, topicRejectedNote, topicReviewMessage } from '../../views/topics';
import { parseTopicPage } from '../commands/subcommands/topics';
import { failureMessage, localeOf, messagesOf, organizer, type AppContext } from '../context';
import type { ListenerRoutes } from '../router';

/** The clicked button's value (a topic id or a page number); Slack sends more, and that is fine. */
const buttonAction = z.looseObject({ actions: z.array(z.looseObject({ value: z.string().min(1).max(150) })).min(1) });

function buttonValue(body: unknown): string | undefined {
  const parsed = buttonAction.safeParse(body);
  return parsed.success ? parsed.data.actions[0]?.value : undefined;
}

/** The person who suggested a topic hears the decision kindly, in their language (nobody to tell once forgotten). */
export async function tellSuggester(ctx: AppContext, suggestion: TopicSuggestion): Promise<void> {
  if (!suggestion.suggestedBy) return;
  try {
    const messages = await messagesOf(ctx, suggestion.suggestedBy);
    await ctx.slack.sendDirectMessage(suggestion.suggestedBy, suggesterDecisionMessage(messages, suggestion));
  } catch (error) {
    ctx.logger.warn({ topic: suggestion.id, slackError: slackErrorCode(error) }, 'could not tell the suggester about the decision');
  }
}

/** Organizer rights, checked on every button: refused clicks change nothing and show no data. */
async function refusedUnlessOrganizer(ctx: AppContext, userId: string, actionId: string, messages: Messages, respond: RespondFn): Promise<boolean> {
  if (organizer(ctx, userId)) return false;
  ctx.logger.info({ actionId }, 'organizer button refused');
  await respond({ replace_original: true, ...textMessage(messages.notOrganizer) });
  return true;
}

/**
 * The buttons of `topics` (vote, next page) and `topics review` (approve, reject). All of them sit on ephemeral
 * messages, so answers replace the message through the action's response_url.
 */
export function registerTopicActions(routes: ListenerRoutes, ctx: AppContext): void {
  // Each vote button says what it does (ids.ts): pressed again, or replayed, it leaves the vote as it is.
  const voteButton = (actionId: string, intent: VoteIntent) =>
    routes.action<BlockAction>(actionId, async ({ ack, body, respond }) => {
      await ack();
      const userId = body.user.id;
      ctx.work.run(async () => {
        const locale = await localeOf(ctx, userId);
        const messages = messagesFor(locale);
        const topicId = buttonValue(body) ?? '';
        try {
          const result = setVote(ctx.db, topicId, userId, intent, ctx.now());
          if (result === 'not_open') {
            await respond({ response_type: 'ephemeral', replace_original: false, ...textMessage(messages.topicVoteNotOpen) });
            return;
          }
          ctx.logger.info({ topic: topicId, intent, vote: result }, 'topic vote');
          // Redrawn from the database either way, so a stale list shows the vote as it now stands.
          await respond({ replace_original: true, ...topicListMessage(messages, topicPageWith(ctx.db, locale, userId, topicId)) });
        } catch (error) {
          await respond({ response_type: 'ephemeral', replace_original: false, ...textMessage(failureMessage(ctx, messages, error, `action:${actionId}`)) });
        }
      });
    });
  voteButton(ACTION.topicVote, 'vote');
  voteButton(ACTION.topicVoteWithdraw, 'withdraw');

  routes.action<BlockAction>(ACTION.topicPage, async ({ ack, body, respond }) => {
    await ack();
    const userId = body.user.id;
    ctx.work.run(async () => {
      const locale = await localeOf(ctx, userId);
      const page = parseTopicPage(buttonValue(body)) ?? 1;
      await respond({ replace_original: true, ...topicListMessage(messagesFor(locale), topicPage(ctx.db, locale, userId, page)) });
    });
  });

  // Approving opens a modal for the wording and the questions (listeners/views/topic-approve.ts does the rest).
  routes.action<BlockAction>(ACTION.topicApprove, async ({ ack, body, respond }) => {
    await ack();
    const userId = body.user.id;
    ctx.work.run(async () => {
      const messages = await messagesOf(ctx, userId);
      if (await refusedUnlessOrganizer(ctx, userId, ACTION.topicApprove, messages, respond)) return;
      const found = pendingSuggestion(ctx.db, buttonValue(body) ?? '');
      if (!found.ok) {
        await respond({ replace_original: true, ...topicReviewMessage(messages, reviewQueue(ctx.db), notPendingText(messages, found)) });
        return;
      }
      try {
        await ctx.slack.openModal(body.trigger_id, topicApproveModal(messages, found.suggestion));
      } catch (error) {
        await respond({ response_type: 'ephemeral', replace_original: false, ...textMessage(failureMessage(ctx, messages, error, 'action:topic_approve')) });
      }
    });
  });

  routes.action<BlockAction>(ACTION.topicReject, async ({ ack, body, respond }) => {
    await ack();
    const userId = body.user.id;
    ctx.work.run(async () => {
      const messages = await messagesOf(ctx, userId);
      if (await refusedUnlessOrganizer(ctx, userId, ACTION.topicReject, messages, respond)) return;
      let result;
      try {
        result = rejectSuggestion(ctx.db, buttonValue(body) ?? '', userId, ctx.now());
      } catch (error) {
        await respond({ response_type: 'ephemeral', replace_original: false, ...textMessage(failureMessage(ctx, messages, error, 'action:topic_reject')) });
        return;
      }
      const note = result.ok ? topicRejectedNote(messages, result.suggestion) : notPendingText(messages, result);
      if (result.ok) ctx.logger.info({ topic: result.suggestion.id }, 'topic suggestion rejected');
      await respond({ replace_original: true, ...topicReviewMessage(messages, reviewQueue(ctx.db), note) });
      if (result.ok) await tellSuggester(ctx, result.suggestion);
    });
  });
}
