import { shareRatesChart, summaryChart } from '../../scheduler/deliveries/summary';
import { buildCohortSummary, buildPrivateSummary } from '../../services/summaries';
import { cohortById } from '../../services/cohorts';
import { CALLBACK, SUMMARY_POST } from '../../views/ids';
import { escapeMrkdwn } from '../../views/mrkdwn';
import { textMessage } from '../../views/participant-messages';
import { channelCheckError } from '../../views/summary-channel';
import { privateSummaryMessage, summaryMessage } from '../../views/summary';
import type { Messages } from '../../i18n';
import type { CohortSummary, PrivateSummary } from '../../services/summaries';
import { postWithin, SUBMISSION_POST_DEADLINE_MS, type ChannelPostOutcome } from '../channel-post';
import { failureMessage, localeOf, messagesOf, organizer, type AppContext } from '../context';
import type { ListenerRoutes } from '../router';
import { selectedConversation, stateValues } from './state';

/**
 * The `summary_post` submission (App Home's "Post summary"): the cohort's summary is posted in the chosen channel
 * before the modal closes, so a channel the app is not in gets an inline error saying to invite it. Once posted,
 * the chart follows in the channel and the part that names people comes to the organizer by DM. A post slower
 * than the submission can wait for closes the modal, and the organizer hears the outcome by DM.
 */
export function registerSummaryPostView(routes: ListenerRoutes, ctx: AppContext): void {
  routes.view(CALLBACK.summaryPost, async ({ ack, body, view }) => {
    const startedAt = Date.now();
    const userId = body.user.id;
    const messages = await messagesOf(ctx, userId);
    const refuse = (text: string) => ack({ response_action: 'errors', errors: { [SUMMARY_POST.channel]: text } });
    if (!organizer(ctx, userId)) {
      ctx.logger.info({ callbackId: CALLBACK.summaryPost }, 'organizer view refused');
      await refuse(messages.notOrganizer);
      return;
    }
    const parsed = stateValues.safeParse(view.state?.values ?? {});
    const channel = parsed.success ? selectedConversation(parsed.data, SUMMARY_POST.channel) : undefined;
    if (!channel || !/^[CG][A-Z0-9]{2,}$/.test(channel)) {
      await refuse(messages.errorCohortChannelRequired);
      return;
    }
    const cohortId = /^\d{1,9}$/.test(view.private_metadata ?? '') ? Number(view.private_metadata) : 0;
    const cohort = cohortById(ctx.db, cohortId);
    if (!cohort) {
      await refuse(messages.cohortNotFound({ id: cohortId }));
      return;
    }
    const now = ctx.now();
    let summary: CohortSummary;
    let mine: PrivateSummary;
    try {
      summary = buildCohortSummary(ctx.db, cohort, await localeOf(ctx, userId), now);
      mine = buildPrivateSummary(ctx.db, cohort, now);
    } catch (error) {
      await refuse(failureMessage(ctx, messages, error, 'view:summary_post'));
      return;
    }
    const post = await postWithin(ctx, channel, summaryMessage(messages, summary), SUBMISSION_POST_DEADLINE_MS - (Date.now() - startedAt));
    if (post.status === 'refused') {
      ctx.logger.info({ cohort: cohort.id, slackError: post.problem }, 'summary not posted: the app cannot post in that channel');
      await refuse(channelCheckError(messages, post.problem, messages.orgHomeSummaryPost));
      return;
    }
    if (post.status === 'failed') {
      ctx.logger.error({ cohort: cohort.id, slackError: post.code }, 'Slack call failed');
      await refuse(messages.tryAgain);
      return;
    }
    await ack();
    ctx.work.run(async () => {
      const outcome = post.status === 'pending' ? await post.outcome : post;
      await afterPost(ctx, userId, messages, channel, summary, mine, outcome);
    });
  });
}

async function afterPost(
  ctx: AppContext,
  userId: string,
  messages: Messages,
  channel: string,
  summary: CohortSummary,
  mine: PrivateSummary,
  outcome: ChannelPostOutcome,
): Promise<void> {
  const where = `<#${channel}>`;
  const tell = (message: { text: string }) =>
    ctx.slack.sendDirectMessage(userId, message).then(
      () => undefined,
      () => ctx.logger.warn({ cohort: summary.cohortId }, 'could not tell the organizer about their summary'),
    );
  if (outcome.status !== 'posted') {
    await tell(textMessage(outcome.status === 'refused' ? channelCheckError(messages, outcome.problem, messages.orgHomeSummaryPost) : messages.orgHomeSummaryFailed({ channel: where })));
    return;
  }
  const chart = await shareRatesChart(ctx.slack, ctx.logger, outcome.posted.channel, messages, summaryChart(messages, summary));
  ctx.logger.info({ cohort: summary.cohortId, cycle: summary.cycle, chart }, 'summary posted');
  const cohort = escapeMrkdwn(summary.cohortName);
  const lead = chart === 'failed' ? messages.orgHomeSummaryPostedNoChart({ cohort, channel: where }) : messages.orgHomeSummaryPosted({ cohort, channel: where });
  await tell(privateSummaryMessage(messages, mine, lead));
}
