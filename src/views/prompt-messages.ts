import type { KnownBlock } from '@slack/types';
import type { Messages } from '../i18n';
import type { OutgoingMessage } from '../slack/gateway';
import type { PromptView, ReminderView } from '../services/prompts';
import { actions, button, context, header, section, type SlackMessage } from './blocks';
import { ACTION, METADATA_EVENT } from './ids';
import { bookButton } from './meetings';
import { escapeMrkdwn, mention, slackDate } from './mrkdwn';
import { kickoffPromptBlocks } from './kickoff';

/** A session's prompt in a pair's group DM and the reminder DM (PRODUCT.md §6). Pure: data in, blocks out. */

export const PROMPT_BLOCK = {
  actions: 'nudge_actions',
  responses: 'nudge_responses',
} as const;

/** Prompts name a date only: each reader sees it in their own zone and language. */
const DATE_FORMAT = '{date_long}';

/** The prompt: session k of N, the topic and its questions, the four buttons, and what each member did with them. */
export function promptMessage(messages: Messages, view: PromptView): SlackMessage {
  const value = String(view.promptId);
  const title = escapeMrkdwn(view.topic.title);
  const date = slackDate(view.nextAt, DATE_FORMAT);
  const blocks: KnownBlock[] = [
    header(view.closing ? messages.promptClosingHeader(view) : messages.promptHeader(view)),
    section(view.closing ? messages.promptClosingIntro : messages.promptIntro),
    section(messages.promptTopic({ title, description: escapeMrkdwn(view.topic.description) })),
  ];
  if (view.questions.length > 0) {
    blocks.push(section([messages.promptQuestionsHeader, ...view.questions.map((question) => `• ${escapeMrkdwn(question)}`)].join('\n')));
  }
  blocks.push(
    context(view.closing ? messages.promptFinalReflection({ date }) : messages.promptMeetBy({ date })),
    actions(PROMPT_BLOCK.actions, [
      button(messages.promptMet, ACTION.nudgeMet, value, 'primary'),
      button(messages.promptSkip, ACTION.nudgeSkip, value),
      button(view.closing ? messages.promptFinalReflect : messages.promptReflect, ACTION.nudgeReflect, value),
      button(messages.promptNewTopic, ACTION.nudgeNewTopic, value),
      bookButton(messages, view.pairId),
    ]),
  );
  if (view.responses.length > 0) {
    // Whatever one member does to the pair's prompt, the other sees who did it.
    const lines = view.responses.map((response) => {
      const user = mention(response.userId);
      return { met: messages.promptMarkedMet, skipped: messages.promptMarkedSkipped, new_topic: messages.promptMarkedNewTopic }[response.kind]({ user });
    });
    blocks.push({ ...context(lines.join('\n')), block_id: PROMPT_BLOCK.responses } as KnownBlock);
  }
  // Until both parts of the kickoff agreement are in, each prompt asks for them again.
  blocks.push(...kickoffPromptBlocks(messages, view.pairId, view.agreement));
  return { text: messages.promptFallback({ cycle: view.cycle, cycles: view.cycles, title }), blocks };
}

/** Metadata on every prompt (PRODUCT.md §4): which prompt, pair and cycle the message is. */
export function promptMetadata(view: Pick<PromptView, 'promptId' | 'pairId' | 'cycle'>): NonNullable<OutgoingMessage['metadata']> {
  return { event_type: METADATA_EVENT.nudge, event_payload: { prompt_id: view.promptId, pair_id: view.pairId, cycle: view.cycle } };
}

/** The one gentle DM 72 hours after a prompt, with a button to reflect on it. */
export function reminderMessage(messages: Messages, view: ReminderView): SlackMessage {
  const text = view.closing ? messages.reminderClosingText : messages.reminderText({ cycle: view.cycle });
  return {
    text,
    blocks: [
      section(text),
      actions(PROMPT_BLOCK.actions, [
        button(view.closing ? messages.promptFinalReflect : messages.promptReflect, ACTION.nudgeReflect, String(view.promptId), 'primary'),
      ]),
    ],
  };
}
