import { publishSummary } from '../../../scheduler/deliveries/summary';
import { buildCohortSummary, buildExportRows, buildPrivateSummary, resolveSummaryCohort } from '../../../services/summaries';
import { classifySlackError } from '../../../slack/errors';
import { exportCsv, exportFilename } from '../../../views/export-csv';
import { escapeMrkdwn } from '../../../views/mrkdwn';
import { textMessage } from '../../../views/participant-messages';
import { privateSummaryMessage, summaryTargetText } from '../../../views/summary';
import type { Messages } from '../../../i18n';
import type { Cohort } from '../../../db/repositories/cohorts';
import { localeOf, type AppContext } from '../../context';
import type { Subcommand } from '../subcommand';

/** Slack's answers that mean "not here" rather than "not now": the organizer is told what to do instead. */
const INVITE_CODES = new Set(['not_in_channel', 'channel_not_found']);

function cannotPostText(messages: Messages, code: string): string {
  if (INVITE_CODES.has(code)) return messages.summaryNotInChannel;
  if (code === 'is_archived') return messages.summaryChannelArchived;
  return messages.summaryCannotPost({ code: escapeMrkdwn(code) });
}

/**
 * `summary [cohort]` (organizers; PRODUCT.md §8): the cohort's summary and chart posted in the channel the command
 * was run in; then, to the organizer alone (ephemeral, through the command's response_url), the part that names
 * people: pairs at risk, who never reflected, prompts that did not arrive. When the app cannot post there, the
 * organizer is told how to invite it, and nothing else happens.
 */
export const summarySubcommand: Subcommand = {
  name: 'summary',
  organizerOnly: true,
  helpKey: 'helpSummary',
  async run({ ctx, userId, rest, channelId, messages, reply }) {
    const target = resolveSummaryCohort(ctx.db, rest);
    if (!target.ok) {
      await reply(textMessage(summaryTargetText(messages, target, 'summary')));
      return;
    }
    const { cohort } = target;
    const now = ctx.now();
    const summary = buildCohortSummary(ctx.db, cohort, await localeOf(ctx, userId), now);
    // Read before posting: once the summary is in the channel, nothing should fail and invite a second post.
    const mine = buildPrivateSummary(ctx.db, cohort, now);
    let published;
    try {
      published = await publishSummary(ctx.slack, ctx.logger, channelId, messages, summary);
    } catch (error) {
      const failure = (error as { code?: string }).code?.startsWith('slack_') ? classifySlackError(error) : undefined;
      if (failure?.kind !== 'permanent') throw error;
      ctx.logger.info({ cohort: cohort.id, slackError: failure.code }, 'summary not posted: the app cannot post in that conversation');
      await reply(textMessage(cannotPostText(messages, failure.code)));
      return;
    }
    ctx.logger.info({ cohort: cohort.id, cycle: summary.cycle, chart: published.chart }, 'summary posted');
    const name = escapeMrkdwn(cohort.name);
    const lead = published.chart === 'failed' ? messages.summaryPostedWithoutChart({ cohort: name }) : messages.summaryPosted({ cohort: name });
    await reply(privateSummaryMessage(messages, mine, lead));
  },
};

/**
 * `export [cohort]` (organizers; PRODUCT.md §8): a CSV with one row per pair per cycle, uploaded into the
 * organizer's DM with the app. files.completeUploadExternal takes a conversation id, not a user id, so the DM is
 * opened first.
 */
export const exportSubcommand: Subcommand = {
  name: 'export',
  organizerOnly: true,
  helpKey: 'helpExport',
  async run({ ctx, userId, rest, messages, reply }) {
    const target = resolveSummaryCohort(ctx.db, rest);
    if (!target.ok) {
      await reply(textMessage(summaryTargetText(messages, target, 'export')));
      return;
    }
    const { cohort } = target;
    const name = escapeMrkdwn(cohort.name);
    const sent = await sendExport(ctx, userId, messages, cohort);
    await reply(textMessage(sent ? messages.exportSent({ cohort: name }) : messages.exportNothing({ cohort: name })));
  },
};

/** Uploads the cohort's CSV into the organizer's DM with the app; false when it has no rows yet (nothing is sent). */
export async function sendExport(ctx: AppContext, userId: string, messages: Messages, cohort: Cohort): Promise<boolean> {
  const rows = buildExportRows(ctx.db, cohort);
  if (rows.length === 0) return false;
  const csv = await exportCsv(messages, rows);
  const dm = await ctx.slack.openConversation([userId]);
  await ctx.slack.uploadFile(dm, {
    bytes: csv,
    filename: exportFilename(cohort.name, ctx.now()),
    title: messages.exportTitle({ cohort: cohort.name }),
    initialComment: messages.exportComment({ cohort: escapeMrkdwn(cohort.name), rows: rows.length }),
  });
  ctx.logger.info({ cohort: cohort.id, rows: rows.length, bytes: csv.length }, 'export sent');
  return true;
}
