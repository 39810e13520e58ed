import type { Messages } from '../i18n';
import type { ChannelProblem } from '../services/summary-channel';
import type { SlackMessage } from './blocks';
import { context, section } from './blocks';
import { escapeMrkdwn } from './mrkdwn';

/** The short message a new cohort's summary channel gets: where its summaries will appear. */
export function summaryChannelHello(messages: Messages, cohortName: string): SlackMessage {
  const text = messages.channelHello({ cohort: escapeMrkdwn(cohortName) });
  return { text, blocks: [context(text)] };
}

/** The cohort modal's inline error when the app cannot post in the chosen channel (plain text, as Slack shows it). */
export function channelCheckError(messages: Messages, problem: ChannelProblem): string {
  switch (problem) {
    case 'not_in_channel':
      return messages.channelCheckNotIn;
    case 'channel_not_found':
      return messages.channelCheckGone;
    case 'is_archived':
      return messages.channelCheckArchived;
  }
}

/** A message with the warning that the app could not post in the cohort's summary channel added at its end. */
export function withChannelWarning(messages: Messages, message: SlackMessage, channelId: string): SlackMessage {
  return { text: message.text, blocks: [...(message.blocks ?? []), section(messages.channelLateProblem({ channel: `<#${channelId}>` }))] };
}
