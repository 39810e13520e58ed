import type { KnownBlock } from '@slack/types';
import type { Cohort } from '../db/repositories/cohorts';
import type { Participant } from '../db/repositories/participants';
import type { Topic } from '../db/repositories/topics';
import type { ParticipantStatusView } from '../services/enrollment';
import type { Messages } from '../i18n';
import { actions, button, context, header, section, type SlackMessage } from './blocks';
import { ACTION } from './ids';
import { roleLabel } from './join-modal';
import { escapeMrkdwn, mention, slackDate } from './mrkdwn';

/** Replies and DMs for participants: help, join confirmation, status, pause, leave. Pure: data in, blocks out. */

export interface HelpLines {
  participant: string[];
  /** Empty for people who are not organizers. */
  organizer: string[];
}

export function helpMessage(messages: Messages, lines: HelpLines, prefix?: string): SlackMessage {
  const blocks: KnownBlock[] = [];
  if (prefix) blocks.push(section(prefix));
  blocks.push(section(messages.helpIntro), section([messages.helpParticipantHeader, ...lines.participant].join('\n')));
  if (lines.organizer.length > 0) blocks.push(section([messages.helpOrganizerHeader, ...lines.organizer].join('\n')));
  return { text: prefix ?? messages.helpIntro, blocks };
}

export function textMessage(text: string): SlackMessage {
  return { text, blocks: [section(text)] };
}

function topicTitles(topics: readonly Topic[], ids: readonly string[]): string {
  const byId = new Map(topics.map((topic) => [topic.id, topic.title]));
  return ids.map((id) => escapeMrkdwn(byId.get(id) ?? id)).join(', ');
}

/** The DM after joining (welcome per role) or after editing (a short confirmation), with the profile echoed. */
export function joinConfirmation(
  messages: Messages,
  participant: Participant,
  topics: readonly Topic[],
  created: boolean,
  cohort: Cohort | undefined,
): SlackMessage {
  const lead = created ? (participant.role === 'mentor' ? messages.welcomeMentor : messages.welcomeMentee) : messages.profileUpdated;
  const summary = messages.profileSummary({
    role: roleLabel(messages, participant.role),
    department: escapeMrkdwn(participant.department),
    topics: topicTitles(topics, participant.topics),
  });
  const next = cohort ? messages.enrolledIn({ cohort: escapeMrkdwn(cohort.name) }) : messages.waitingForCohort;
  return { text: lead, blocks: [section(lead), section(summary), context(next)] };
}

/** Lines shared by `/reverse-mentor status` and App Home. */
export function statusLines(messages: Messages, view: ParticipantStatusView): string[] {
  const { participant, cohort, effectiveStatus } = view;
  const lines = [messages.statusRole({ role: roleLabel(messages, participant.role) })];
  lines.push(cohort ? messages.statusCohort({ cohort: escapeMrkdwn(cohort.name) }) : messages.statusNoCohort);
  lines.push(
    view.partnerIds.length > 0 ? messages.statusPartner({ partners: view.partnerIds.map(mention).join(', ') }) : messages.statusNoPartner,
  );
  if (view.nextPromptAt) lines.push(messages.statusNextPrompt({ date: slackDate(view.nextPromptAt) }));
  lines.push(messages.statusReflections({ count: view.reflectionCount }));
  if (effectiveStatus === 'paused' && participant.pausedUntil) {
    lines.push(messages.statusPaused({ until: slackDate(new Date(participant.pausedUntil), '{date_long}') }));
  } else if (effectiveStatus === 'left') {
    lines.push(messages.statusLeft);
  } else {
    lines.push(messages.statusActive);
  }
  return lines;
}

export function statusMessage(messages: Messages, view: ParticipantStatusView | undefined): SlackMessage {
  if (!view) return textMessage(messages.statusNotJoined);
  return { text: messages.statusHeader, blocks: [header(messages.statusHeader), section(statusLines(messages, view).join('\n'))] };
}

export function pausedMessage(messages: Messages, until: Date): SlackMessage {
  return textMessage(messages.pauseDone({ until: slackDate(until, '{date_long}') }));
}

export function leaveQuestion(messages: Messages): SlackMessage {
  return {
    text: messages.leaveQuestion,
    blocks: [
      section(messages.leaveQuestion),
      actions('leave', [
        button(messages.leaveConfirm, ACTION.leaveConfirm, 'leave', 'danger'),
        button(messages.leaveKeep, ACTION.leaveCancel, 'stay'),
      ]),
    ],
  };
}
