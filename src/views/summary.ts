import type { KnownBlock } from '@slack/types';
import type { Messages } from '../i18n';
import type { AtRiskReason } from '../services/at-risk';
import type { CohortSummary, CycleRates, PrivateSummary, SummaryHighlight, SummaryTarget } from '../services/summaries';
import type { OutgoingMessage } from '../slack/gateway';
import { context, divider, header, section, type SlackMessage } from './blocks';
import { METADATA_EVENT } from './ids';
import { escapeMrkdwn, slackDate, SLACK_LIMITS, truncate } from './mrkdwn';
import { personLabel } from './reflections';

/**
 * The organizer summary (PRODUCT.md §8): the message posted in a channel, the part only the organizer who asked
 * sees, and the chart's words. Pure builders: data in, blocks out. Every user text (cohort and topic names,
 * shared reflections, display names) is escaped with escapeMrkdwn.
 */

/** A shared text is quoted up to this length: five of them, with names, stay well inside a section's 3000. */
export const HIGHLIGHT_CHARS = 280;
/** People listed by name in the organizer's private part before "and N more". */
export const PRIVATE_LIST_MAX = 40;

/** `75%` / `75 %`: a whole-number percent as the reader writes it. */
export function percentText(messages: Messages, value: number): string {
  return messages.summaryPercent({ value: String(Math.round(value)) });
}

/** A rate (0–1) as a percent, or a dash when nothing stands behind it. */
export function rateText(messages: Messages, rate: number | null): string {
  return rate === null ? '–' : percentText(messages, rate * 100);
}

/** One decimal, with the reader's decimal separator (4.3 / 4,3). */
export function decimalText(messages: Messages, value: number): string {
  return value.toFixed(1).replace('.', messages.summaryDecimalSeparator);
}

/** Metadata on every summary (PRODUCT.md §4): which cohort and which cycle the message is. */
export function summaryMetadata(summary: Pick<CohortSummary, 'cohortId' | 'cycle'>): NonNullable<OutgoingMessage['metadata']> {
  return { event_type: METADATA_EVENT.summary, event_payload: { cohort_id: summary.cohortId, cycle: summary.cycle } };
}

/** The notification text: the figures that matter most, so the message reads without its blocks. */
export function summaryFallback(messages: Messages, summary: CohortSummary): string {
  const cohort = escapeMrkdwn(summary.cohortName);
  if (summary.cycle === 0) return messages.summaryFallbackBeforeFirst({ cohort });
  const week = summary.thisCycle;
  return messages.summaryFallback({
    cohort,
    cycle: summary.cycle,
    cycles: summary.cycles,
    met: week.pairsMet,
    prompted: week.pairsPrompted,
    meetingRate: rateText(messages, week.meetingRate),
    reflections: week.reflections,
    responseRate: rateText(messages, week.responseRate),
  });
}

function quote(text: string): string {
  return `>${escapeMrkdwn(truncate(text.trim(), HIGHLIGHT_CHARS)).replace(/\r?\n/g, '\n>')}`;
}

export function highlightText(messages: Messages, highlight: SummaryHighlight): string {
  const parts: string[] = [];
  if (highlight.learned) parts.push(quote(highlight.learned));
  if (highlight.nextStep) parts.push(`${quote(`${messages.summaryHighlightNextStep} ${highlight.nextStep}`)}`);
  const who =
    highlight.sharing === 'anonymous'
      ? messages.summaryHighlightAnonymous
      : highlight.displayName
        ? escapeMrkdwn(truncate(highlight.displayName, 80))
        : personLabel(messages, highlight.userId);
  parts.push(`— _${who}_`);
  return parts.join('\n');
}

/** The ratings' average and distribution (only behind enough ratings), led by `lead` or `tooFew`. */
export function ratingLines(
  messages: Messages,
  ratings: CohortSummary['ratings'],
  words: { lead: (p: { average: string; count: number }) => string; tooFew: (p: { count: number }) => string },
): string {
  if (ratings.average === null || ratings.distribution === null) return words.tooFew({ count: ratings.count });
  const distribution = ([5, 4, 3, 2, 1] as const).map((rating) => `${'★'.repeat(rating)}${'☆'.repeat(5 - rating)}  ${ratings.distribution?.[rating] ?? 0}`);
  return [words.lead({ average: decimalText(messages, ratings.average), count: ratings.count }), ...distribution].join('\n');
}

function ratingsText(messages: Messages, summary: CohortSummary): string {
  return ratingLines(messages, summary.ratings, { lead: messages.summaryRatings, tooFew: messages.summaryRatingsTooFew });
}

/** The most discussed topics (titles escaped), or that no meeting is recorded yet. */
export function topicsText(messages: Messages, topics: CohortSummary['topTopics']): string {
  if (topics.length === 0) return messages.summaryTopicsNone;
  return messages.summaryTopics({
    topics: topics.map((topic) => messages.summaryTopicCount({ title: escapeMrkdwn(topic.title), count: topic.meetings })).join(', '),
  });
}

function meetingsText(messages: Messages, summary: CohortSummary): string {
  const week = summary.thisCycle;
  const lines = [
    week.pairsPrompted === 0
      ? messages.summaryNoPromptsThisCycle({ cycle: summary.cycle })
      : messages.summaryMeetings({ cycle: summary.cycle, met: week.pairsMet, prompted: week.pairsPrompted, rate: rateText(messages, week.meetingRate) }),
  ];
  if (summary.cumulative.pairsPrompted > 0) {
    lines.push(
      messages.summaryMeetingsSoFar({
        met: summary.cumulative.pairsMet,
        prompted: summary.cumulative.pairsPrompted,
        rate: rateText(messages, summary.cumulative.meetingRate),
      }),
    );
  }
  if (summary.cycle > 0) lines.push(messages.summaryMeetingsBooked({ cycle: summary.cycle, ...summary.bookedThisCycle }));
  if (week.pairsPrompted > 0) {
    lines.push(messages.summaryReflections({ cycle: summary.cycle, count: week.reflections, members: 2 * week.pairsPrompted, rate: rateText(messages, week.responseRate) }));
  }
  return lines.join('\n');
}

/**
 * The summary posted in a channel: cohort and week, people, meetings and reflections, ratings (only behind
 * enough of them), the most discussed topics and up to five shared reflections. Counts only, besides texts
 * their authors chose to share.
 */
export function summaryMessage(messages: Messages, summary: CohortSummary): SlackMessage & Required<Pick<OutgoingMessage, 'metadata'>> {
  const cohort = escapeMrkdwn(summary.cohortName);
  const blocks: KnownBlock[] = [
    header(
      summary.cycle === 0
        ? messages.summaryHeaderBeforeFirst({ cohort: summary.cohortName })
        : messages.summaryHeader({ cohort: summary.cohortName, cycle: summary.cycle, cycles: summary.cycles }),
    ),
  ];
  if (summary.cycle === 0) blocks.push(section(messages.summaryStartsOn({ cohort, date: slackDate(summary.firstCycleAt, '{date_long}') })));
  const people = summary.people;
  blocks.push(
    section(
      messages.summaryPeople({
        mentors: people.mentors,
        mentees: people.mentees,
        pairs: people.pairs,
        unmatched: people.unmatched,
        paused: people.paused,
        left: people.left,
      }),
    ),
  );
  if (summary.cycle > 0) {
    blocks.push(section(meetingsText(messages, summary)));
    blocks.push(section(ratingsText(messages, summary)));
    blocks.push(section(topicsText(messages, summary.topTopics)));
    blocks.push(divider());
    if (summary.highlights.length === 0) {
      blocks.push(section(messages.summaryHighlightsNone({ cycle: summary.cycle })));
    } else {
      blocks.push(section(messages.summaryHighlightsHeader({ cycle: summary.cycle })));
      for (const highlight of summary.highlights) blocks.push(section(highlightText(messages, highlight)));
    }
  }
  blocks.push(context(messages.summaryPrivacyNote));
  return { text: summaryFallback(messages, summary), blocks: blocks.slice(0, SLACK_LIMITS.blocksPerMessage), metadata: summaryMetadata(summary) };
}

// ---------------------------------------------------------------------------------------------------------------
// The chart's words
// ---------------------------------------------------------------------------------------------------------------

export function chartTitle(messages: Messages, summary: Pick<CohortSummary, 'cohortName'>): string {
  return messages.summaryChartTitle({ cohort: summary.cohortName });
}

/** The chart's alt text: the same figures in words (Slack allows 1000 characters). */
export function chartAltText(messages: Messages, summary: Pick<CohortSummary, 'cohortName' | 'perCycle'>): string {
  const weeks = summary.perCycle.map((row: CycleRates) =>
    messages.summaryChartAltWeek({ cycle: row.cycle, met: rateText(messages, row.meetingRate), reflected: rateText(messages, row.responseRate) }),
  );
  return truncate([chartTitle(messages, summary), ...weeks].join('. '), 1000);
}

/** The text that comes with the uploaded chart. */
export function chartComment(messages: Messages, summary: Pick<CohortSummary, 'cohortName' | 'cycle' | 'cycles'>): string {
  return messages.summaryChartComment({ cohort: escapeMrkdwn(summary.cohortName), cycle: summary.cycle, cycles: summary.cycles });
}

// ---------------------------------------------------------------------------------------------------------------
// For the organizer alone
// ---------------------------------------------------------------------------------------------------------------

function reasonText(messages: Messages, reason: AtRiskReason): string {
  return { not_met: messages.atRiskReasonNotMet, low_rating: messages.atRiskReasonLowRating, rematch: messages.atRiskReasonRematch, no_first_meeting: messages.atRiskReasonNoFirstMeeting }[reason];
}

function listWithMore(messages: Messages, items: string[], separator: string): string {
  const shown = items.slice(0, PRIVATE_LIST_MAX).join(separator);
  return items.length > PRIVATE_LIST_MAX ? `${shown}${separator}${messages.summaryAndMore({ count: items.length - PRIVATE_LIST_MAX })}` : shown;
}

/**
 * What only the organizer who asked sees (ephemeral): pairs at risk by name, people who never reflected, prompts
 * that failed or whose fate is unknown. `lead` says what happened to the public part.
 */
export function privateSummaryMessage(messages: Messages, summary: PrivateSummary, lead: string): SlackMessage {
  const cohort = escapeMrkdwn(summary.cohortName);
  const blocks: KnownBlock[] = [section(lead), context(messages.summaryPrivateNote)];
  if (summary.atRisk.length > 0) {
    const lines = summary.atRisk.map(
      (pair) =>
        `• ${messages.summaryPrivatePair({ mentor: personLabel(messages, pair.mentorId), mentee: personLabel(messages, pair.menteeId) })} ` +
        pair.reasons.map((reason) => reasonText(messages, reason)).join(' '),
    );
    blocks.push(section(`${messages.summaryPrivateAtRisk({ count: summary.atRisk.length })}\n${listWithMore(messages, lines, '\n')}`));
  }
  if (summary.neverReflected.length > 0) {
    const people = summary.neverReflected.map((userId) => personLabel(messages, userId));
    blocks.push(section(`${messages.summaryPrivateNeverReflected({ count: people.length })}\n${listWithMore(messages, people, ', ')}`));
  }
  if (summary.undelivered.length > 0) {
    const lines = summary.undelivered.map((prompt) => {
      const pair = messages.summaryPrivatePair({ mentor: personLabel(messages, prompt.mentorId), mentee: personLabel(messages, prompt.menteeId) });
      return prompt.status === 'failed'
        ? messages.summaryPrivatePromptFailed({ cycle: prompt.cycle, pair, code: escapeMrkdwn(prompt.error ?? 'unknown_error') })
        : messages.summaryPrivatePromptUnknown({ cycle: prompt.cycle, pair });
    });
    blocks.push(section(`${messages.summaryPrivateUndelivered({ count: lines.length })}\n${listWithMore(messages, lines.map((line) => `• ${line}`), '\n')}`));
  }
  if (blocks.length === 2) blocks.push(section(messages.summaryPrivateAllWell({ cohort })));
  return { text: lead, blocks };
}

/** Why `summary` / `export` found no cohort to report on, in the organizer's words. */
export function summaryTargetText(messages: Messages, target: Exclude<SummaryTarget, { ok: true }>, command: 'summary' | 'export'): string {
  switch (target.reason) {
    case 'no_active':
      return messages.summaryNoActiveCohort({ command });
    case 'several_active':
      return messages.summarySeveralActive({
        command,
        cohorts: target.cohorts.map((cohort) => `*${escapeMrkdwn(cohort.name)}* (#${cohort.id})`).join(', '),
        example: target.cohorts[0]?.id ?? 1,
      });
    case 'not_found':
      return messages.summaryCohortNotFound({ input: escapeMrkdwn(target.input.replace(/`/g, '').slice(0, 80)) });
  }
}

