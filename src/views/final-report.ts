import type { KnownBlock } from '@slack/types';
import type { Messages } from '../i18n';
import type { FinalReport } from '../services/final-report';
import type { OutgoingMessage } from '../slack/gateway';
import { context, divider, header, section, type SlackMessage } from './blocks';
import { METADATA_EVENT } from './ids';
import { escapeMrkdwn, SLACK_LIMITS } from './mrkdwn';
import { sessionRates } from './session-rates';
import { highlightText, rateText, ratingLines, topicsText } from './summary';

/**
 * The closing summary (services/final-report.ts), posted once in the cohort's summary channel. It is made of
 * parts, each a pure function of the report; PRODUCT.md §12.5 adds its own parts (agreements, the check-in, the
 * final evaluation, the Net Promoter Score) to this list. Counts and shared text only.
 */

type Part = (messages: Messages, report: FinalReport) => KnownBlock[];

const intro: Part = (messages, report) => {
  const cohort = escapeMrkdwn(report.cohortName);
  return [
    section(
      report.sessionsHeld >= report.cycles
        ? messages.finalIntro({ cohort, sessions: report.sessionsHeld })
        : messages.finalIntroClosedEarly({ cohort, sessions: report.sessionsHeld, cycles: report.cycles }),
    ),
  ];
};

const people: Part = (messages, { people: p }) => [
  section(messages.finalPeople({ mentors: p.mentors, mentees: p.mentees, pairs: p.pairs, unmatched: p.unmatched, left: p.left })),
];

const meetingsAndReflections: Part = (messages, report) => {
  if (report.sessionsHeld === 0) return [];
  const rates = sessionRates(messages, report.perCycle.map((row) => row.meetingRate));
  return [
    section(
      [
        messages.finalMeetings({ met: report.meetings.pairsMet, prompted: report.meetings.pairsPrompted, rate: rateText(messages, report.meetings.rate) }),
        messages.finalMeetingsBooked(report.booked),
        messages.finalReflections({
          written: report.reflections.written,
          possible: report.reflections.membersPrompted,
          rate: rateText(messages, report.reflections.rate),
        }),
        messages.finalMeetingRates(rates),
      ].join('\n'),
    ),
  ];
};

const ratingsAndTopics: Part = (messages, report) =>
  report.sessionsHeld === 0
    ? []
    : [
        section(ratingLines(messages, report.ratings, { lead: messages.finalRatings, tooFew: messages.finalRatingsTooFew })),
        section(topicsText(messages, report.topTopics)),
      ];

const finalReflections: Part = (messages, report) => {
  if (report.sessionsHeld === 0) return [];
  if (report.finalHighlights.length === 0) return [divider(), section(messages.finalHighlightsNone)];
  return [divider(), section(messages.finalHighlightsHeader), ...report.finalHighlights.map((highlight) => section(highlightText(messages, highlight)))];
};

/** The closing summary's parts, in order. */
export const FINAL_REPORT_PARTS: readonly Part[] = [intro, people, meetingsAndReflections, ratingsAndTopics, finalReflections];

export function finalReportMetadata(report: Pick<FinalReport, 'cohortId'>): NonNullable<OutgoingMessage['metadata']> {
  return { event_type: METADATA_EVENT.final, event_payload: { cohort_id: report.cohortId } };
}

export function finalReportMessage(messages: Messages, report: FinalReport): SlackMessage & Required<Pick<OutgoingMessage, 'metadata'>> {
  const blocks: KnownBlock[] = [header(messages.finalHeader({ cohort: report.cohortName }))];
  for (const part of FINAL_REPORT_PARTS) blocks.push(...part(messages, report));
  blocks.push(context(messages.summaryPrivacyNote));
  return {
    text: messages.finalFallback({ cohort: escapeMrkdwn(report.cohortName) }),
    blocks: blocks.slice(0, SLACK_LIMITS.blocksPerMessage),
    metadata: finalReportMetadata(report),
  };
}

export function finalChartComment(messages: Messages, report: Pick<FinalReport, 'cohortName'>): string {
  return messages.finalChartComment({ cohort: escapeMrkdwn(report.cohortName) });
}
