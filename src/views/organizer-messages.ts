import type { KnownBlock } from '@slack/types';
import type { Cohort } from '../db/repositories/cohorts';
import type { Messages } from '../i18n';
import type { CohortOverview } from '../services/cohorts';
import type { OrganizerEntry } from '../services/organizers';
import { actions, button, context, header, section, type SlackMessage } from './blocks';
import { cadenceLabel, timeZoneLabel, weekdayLabel } from './cohort-modal';
import { cohortStatusLabel } from './organizer-home';
import { ACTION } from './ids';
import { escapeMrkdwn, mention, slackDate } from './mrkdwn';

/** Replies and DMs for organizers: cohorts and the organizer list. Pure: data in, blocks out. */

function channelMention(channelId: string): string {
  return `<#${channelId}>`;
}

function startDate(overview: CohortOverview): string {
  return slackDate(overview.startsAt, '{date_long}');
}

/** The DM after `cohort new`: what was created, how many were enrolled, and what to do next. */
export function cohortCreatedMessage(messages: Messages, overview: CohortOverview): SlackMessage {
  const { cohort } = overview;
  const lead = messages.cohortCreated({ name: escapeMrkdwn(cohort.name), enrolled: overview.enrolled });
  const details = messages.cohortDetails({
    start: startDate(overview),
    weeks: cohort.weeks,
    cadence: cadenceLabel(messages, cohort.cadence),
    day: weekdayLabel(messages, cohort.nudgeDay),
    time: cohort.nudgeTime,
    timezone: timeZoneLabel(cohort.timezone),
    channel: channelMention(cohort.summaryChannel),
    capacity: cohort.capacity,
  });
  return { text: lead, blocks: [section(lead), section(details), context(messages.cohortCreatedNext({ channel: channelMention(cohort.summaryChannel) }))] };
}

/** Room for the header and the "showing the newest" note within a message's 50 blocks. */
const LISTED_COHORTS_MAX = 40;

/** `cohort list`: newest first, each with its id, status, start, length, enrolment and summary channel. */
export function cohortListMessage(messages: Messages, cohorts: readonly CohortOverview[]): SlackMessage {
  if (cohorts.length === 0) return { text: messages.homeNoCohorts, blocks: [section(messages.homeNoCohorts)] };
  const newestFirst = [...cohorts].reverse().slice(0, LISTED_COHORTS_MAX);
  const blocks: KnownBlock[] = [header(messages.cohortListHeader)];
  for (const overview of newestFirst) {
    const { cohort } = overview;
    blocks.push(
      section(
        messages.cohortListLine({
          id: cohort.id,
          name: escapeMrkdwn(cohort.name),
          status: cohortStatusLabel(messages, cohort.status),
          start: startDate(overview),
          weeks: cohort.weeks,
          cadence: cadenceLabel(messages, cohort.cadence),
          enrolled: overview.enrolled,
          channel: channelMention(cohort.summaryChannel),
        }),
      ),
    );
  }
  if (cohorts.length > newestFirst.length) blocks.push(context(messages.cohortListMore({ shown: newestFirst.length, total: cohorts.length })));
  return { text: messages.cohortListHeader, blocks };
}

/** `cohort close <id>` asks first; the buttons carry the cohort id. */
export function cohortCloseQuestion(messages: Messages, overview: CohortOverview): SlackMessage {
  const { cohort } = overview;
  const name = escapeMrkdwn(cohort.name);
  const question =
    cohort.status === 'enrolling'
      ? messages.cohortCloseQuestionEnrolling({ name, id: cohort.id, enrolled: overview.enrolled })
      : messages.cohortCloseQuestionActive({ name, id: cohort.id });
  return {
    text: question,
    blocks: [
      section(question),
      actions('cohort_close', [
        button(messages.cohortCloseConfirm, ACTION.cohortCloseConfirm, String(cohort.id), 'danger'),
        button(messages.cohortCloseKeep, ACTION.cohortCloseCancel, String(cohort.id)),
      ]),
    ],
  };
}

export function cohortClosedText(messages: Messages, overview: CohortOverview, wasEnrolling: boolean): string {
  const name = escapeMrkdwn(overview.cohort.name);
  return wasEnrolling ? messages.cohortClosedEnrolling({ name, enrolled: overview.enrolled }) : messages.cohortClosedActive({ name });
}

export function cohortEnrollingExistsText(messages: Messages, cohort: Cohort): string {
  return messages.cohortEnrollingExists({ name: escapeMrkdwn(cohort.name), id: cohort.id });
}

/** `organizers list`: those from the settings, then those added in Slack with who added them and when. */
export function organizerListMessage(messages: Messages, organizers: readonly OrganizerEntry[]): SlackMessage {
  const lines = organizers.map((entry) =>
    entry.source === 'configured'
      ? messages.organizerFromSettings({ user: mention(entry.userId) })
      : messages.organizerAddedBy({
          user: mention(entry.userId),
          by: mention(entry.addedBy),
          date: slackDate(new Date(entry.addedAt), '{date_short}'),
        }),
  );
  // A section holds 3000 characters (a line is under 100), so a long list is split rather than cut.
  const chunks: string[][] = [];
  for (let i = 0; i < lines.length; i += 25) chunks.push(lines.slice(i, i + 25));
  return {
    text: messages.organizersListHeader,
    blocks: [header(messages.organizersListHeader), ...chunks.slice(0, 45).map((chunk) => section(chunk.join('\n')))],
  };
}
