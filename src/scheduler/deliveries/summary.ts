import type { Messages } from '../../i18n';
import { messagesFor } from '../../i18n';
import type { Logger } from '../../logger';
import type { DeliveryHandler } from '../../services/delivery';
import { buildCohortSummary, prepareScheduledSummary, SUMMARY_MAX_LATENESS_MS, type CohortSummary } from '../../services/summaries';
import { slackErrorCode } from '../../slack/errors';
import type { PostedMessage, SlackGateway } from '../../slack/gateway';
import { chartAltText, chartComment, chartTitle, summaryMessage } from '../../views/summary';
import { renderRatesChart } from '../../views/summary-chart';
import type { DeliveryDeps } from './deps';

export interface PublishedSummary {
  posted: PostedMessage;
  /** `none`: no session is over yet, so there is nothing to draw. */
  chart: 'uploaded' | 'failed' | 'none';
}

/** The rates chart to share under a posted message. */
export interface ChartShare {
  cohortId: number;
  title: string;
  perCycle: CohortSummary['perCycle'];
  altText: string;
  comment: string;
  filename: string;
}

/**
 * Draws the rates chart and uploads it into `channel`. Never throws: a chart that cannot be drawn or uploaded is
 * logged and left out (the figures are all in the message's text), so the ledger never posts a message a second
 * time because of its chart.
 */
export async function shareRatesChart(
  slack: SlackGateway,
  logger: Logger,
  channel: string,
  messages: Messages,
  chart: ChartShare,
): Promise<PublishedSummary['chart']> {
  // Nothing to draw before the first session is over: a chart of one session in progress would be an empty frame.
  if (chart.perCycle.every((row) => row.inProgress)) return 'none';
  try {
    const png = await renderRatesChart(messages, { title: chart.title, perCycle: chart.perCycle });
    await slack.uploadFile(channel, { bytes: png, filename: chart.filename, title: chart.title, altText: chart.altText, initialComment: chart.comment });
    return 'uploaded';
  } catch (error) {
    const code = (error as { code?: string }).code?.startsWith('slack_') ? slackErrorCode(error) : 'chart_render_failed';
    logger.warn({ cohort: chart.cohortId, code }, 'message posted without its chart');
    return 'failed';
  }
}

/** Posts the summary in `channel` (with `rm_summary` metadata), then uploads its chart there (see shareRatesChart). */
export async function publishSummary(
  slack: SlackGateway,
  logger: Logger,
  channel: string,
  messages: Messages,
  summary: CohortSummary,
): Promise<PublishedSummary> {
  const posted = await slack.postMessage(channel, summaryMessage(messages, summary));
  const chart = await shareRatesChart(slack, logger, posted.channel, messages, summaryChart(messages, summary));
  return { posted, chart };
}

/** A summary's chart: meetings and reflections per session so far. */
export function summaryChart(messages: Messages, summary: CohortSummary): ChartShare {
  return {
    cohortId: summary.cohortId,
    title: chartTitle(messages, summary),
    perCycle: summary.perCycle,
    altText: chartAltText(messages, summary),
    comment: chartComment(messages, summary),
    filename: `reverse-mentor-summary-${summary.cohortId}-session-${summary.cycle}.png`,
  };
}

/**
 * `summary` rows (key summary:cohort:<id>:cycle:<k>): the cohort's summary of cycle k in its summary channel, the
 * day before the next cycle, in DEFAULT_LOCALE (a channel has no language of its own). Counts and shared text only:
 * the part that names people (pairs at risk, who never reflected, prompts that did not arrive) has no reader here,
 * so it is left out; organizers already get a private DM about each pair at risk, and `/reverse-mentor summary`
 * shows them the rest. 48 hours late or more, the row is `missed`.
 */
export function summaryHandler(deps: DeliveryDeps): DeliveryHandler {
  return {
    maxLatenessMs: SUMMARY_MAX_LATENESS_MS,
    rateLimitScope: 'message',
    async deliver(delivery, now) {
      const prepared = prepareScheduledSummary(deps.db, delivery);
      if ('skipped' in prepared) return prepared;
      const locale = deps.config.defaultLocale;
      const summary = buildCohortSummary(deps.db, prepared.cohort, locale, now, prepared.cycle);
      const { posted } = await publishSummary(deps.slack, deps.logger, prepared.cohort.summaryChannel, messagesFor(locale), summary);
      return { posted };
    },
  };
}
