import type { KnownBlock } from '@slack/types';
import type { Cohort } from '../db/repositories/cohorts';
import type { Participant } from '../db/repositories/participants';
import type { Topic } from '../db/repositories/topics';
import type { Role } from '../domain';
import type { ProgrammeOutline, ParticipantStatusView } from '../services/enrollment';
import { howItWorksText } from './how-it-works';
import type { PartnerNotice } from '../services/partner-notices';
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

/** The partners' side: a mentor's partners are mentees, a mentee's partner is a mentor. */
export function otherRole(role: Role): Role {
  return role === 'mentor' ? 'mentee' : 'mentor';
}

/** The DM after joining (welcome per role, and how it works) or after editing (a short confirmation), with the profile echoed. */
export function joinConfirmation(
  messages: Messages,
  participant: Participant,
  topics: readonly Topic[],
  created: boolean,
  cohort: Cohort | undefined,
  outline: ProgrammeOutline,
): SlackMessage {
  const lead = created ? (participant.role === 'mentor' ? messages.welcomeMentor : messages.welcomeMentee) : messages.profileUpdated;
  const summary = messages.profileSummary({
    role: roleLabel(messages, participant.role),
    department: escapeMrkdwn(participant.department),
    topics: topicTitles(topics, participant.topics),
  });
  const where = cohort ? messages.enrolledIn({ cohort: escapeMrkdwn(cohort.name) }) : messages.waitingForCohort;
  const blocks: KnownBlock[] = [section(lead), section(summary)];
  if (created) blocks.push(section(howItWorksText(messages, outline)));
  blocks.push(context(where));
  return { text: lead, blocks };
}

/** Lines shared by `/reverse-mentor status` and App Home. */
export function statusLines(messages: Messages, view: ParticipantStatusView): string[] {
  const { participant, cohort, effectiveStatus } = view;
  const lines = [messages.statusRole({ role: roleLabel(messages, participant.role) })];
  if (!cohort && view.completed) {
    // The programme is over for them: what they did, and what comes next.
    const { completed } = view;
    lines.push(messages.statusCohortCompleted({ cohort: escapeMrkdwn(completed.cohort.name) }));
    if (completed.partnerIds.length > 0) lines.push(messages.statusPartnersWere({ partners: completed.partnerIds.map(mention).join(', ') }));
    lines.push(messages.statusReflectionsCompleted({ count: completed.reflectionCount }));
    if (effectiveStatus === 'left') lines.push(messages.statusLeft);
    else lines.push(messages.statusNextAfterCompleted);
    return lines;
  }
  lines.push(cohort ? messages.statusCohort({ cohort: escapeMrkdwn(cohort.name) }) : messages.statusNoCohort);
  lines.push(
    view.partnerIds.length > 0
      ? messages.statusPartners({ role: otherRole(participant.role), count: view.partnerIds.length, partners: view.partnerIds.map(mention).join(', ') })
      : messages.statusNotMatched,
  );
  if (view.nextPromptAt) lines.push(messages.statusNextPrompt({ date: slackDate(view.nextPromptAt, messages.dateTimeFormat) }));
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

/** After pausing: until when, and, when they have partners, that the partners' prompts pause too and they are told. */
export function pausedMessage(messages: Messages, until: Date, partnerIds: readonly string[], role: Role): SlackMessage {
  const date = slackDate(until, '{date_long}');
  if (partnerIds.length === 0) return textMessage(messages.pauseDone({ until: date }));
  return textMessage(
    messages.pauseDoneWithPartners({ until: date, role: otherRole(role), count: partnerIds.length, partners: partnerIds.map(mention).join(', ') }),
  );
}

export function resumedMessage(messages: Messages, partnerIds: readonly string[]): SlackMessage {
  return textMessage(partnerIds.length === 0 ? messages.resumeDone : messages.resumeDoneWithPartners({ partners: partnerIds.map(mention).join(', ') }));
}

/** "Leave Reverse Mentor?": who will be told (their partner, when they have one, and the organizers), never why. */
export function leaveQuestion(messages: Messages, partnerRole: Role | null): SlackMessage {
  const question = messages.leaveQuestion({ partner: partnerRole });
  return {
    text: question,
    blocks: [
      section(question),
      actions('leave', [
        button(messages.leaveConfirm, ACTION.leaveConfirm, 'leave', 'danger'),
        button(messages.leaveKeep, ACTION.leaveCancel, 'stay'),
      ]),
    ],
  };
}

/** What a partner is told when the other person leaves, pauses or comes back: kindly, and never why. */
export function partnerNoticeMessage(messages: Messages, notice: PartnerNotice): SlackMessage {
  const user = mention(notice.userId);
  const { role } = notice;
  switch (notice.event) {
    case 'left':
      return textMessage(messages.partnerLeft({ user, role, cohort: escapeMrkdwn(notice.cohortName) }));
    case 'paused':
      return textMessage(messages.partnerPaused({ user, role, until: slackDate(notice.until ?? new Date(0), '{date_long}') }));
    case 'resumed':
      return textMessage(
        notice.nextAt
          ? messages.partnerResumedOn({ user, role, date: slackDate(notice.nextAt, messages.dateTimeFormat) })
          : messages.partnerResumed({ user, role }),
      );
  }
}
