import { messagesFor } from '../../i18n';
import type { DeliveryHandler } from '../../services/delivery';
import { buildFinalReport, prepareFinalReport } from '../../services/final-report';
import { finalChartComment, finalReportMessage } from '../../views/final-report';
import { chartAltText, chartTitle } from '../../views/summary';
import type { DeliveryDeps } from './deps';
import { shareRatesChart } from './summary';

/**
 * `final_report` rows (key final:cohort:<id>): the closing summary in the cohort's summary channel, once, in
 * DEFAULT_LOCALE (a channel has no language of its own), with `rm_final` metadata, then its chart over every
 * session. Never too late: it is planned only in the week after the cohort completes. A channel the app cannot
 * post in fails the row with Slack's reason, which the organizers then see on the Home tab and in their digest.
 */
export function finalReportHandler(deps: DeliveryDeps): DeliveryHandler {
  return {
    rateLimitScope: 'message',
    async deliver(delivery, now) {
      const prepared = prepareFinalReport(deps.db, delivery);
      if ('skipped' in prepared) return prepared;
      const messages = messagesFor(deps.config.defaultLocale);
      const report = buildFinalReport(deps.db, prepared.cohort, deps.config.defaultLocale, now);
      const posted = await deps.slack.postMessage(prepared.cohort.summaryChannel, finalReportMessage(messages, report));
      await shareRatesChart(deps.slack, deps.logger, posted.channel, messages, {
        cohortId: report.cohortId,
        title: chartTitle(messages, report),
        perCycle: report.perCycle,
        altText: chartAltText(messages, report),
        comment: finalChartComment(messages, report),
        filename: `reverse-mentor-closing-summary-${report.cohortId}.png`,
      });
      return { posted };
    },
  };
}
