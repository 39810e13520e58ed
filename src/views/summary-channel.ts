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

/**
 * A modal's inline error when the app cannot post in the chosen channel (plain text, as Slack shows it);
 * `button` is the modal's submit button, pressed again once the app is invited.
 */
export function channelCheckError(messages: Messages, problem: ChannelProblem, button: string): string {
  switch (problem) {
    case 'not_in_channel':
      return messages.channelCheckNotIn({ button });
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
