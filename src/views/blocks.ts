import type { Button, KnownBlock, PlainTextOption } from '@slack/types';
import { SLACK_LIMITS, truncate } from './mrkdwn';

/** Small typed builders for the Block Kit pieces the views repeat. Text passed in is used as given. */

export function plain(text: string) {
  return { type: 'plain_text' as const, text, emoji: true };
}

export function section(mrkdwn: string): KnownBlock {
  return { type: 'section', text: { type: 'mrkdwn', text: truncate(mrkdwn, SLACK_LIMITS.sectionText) } };
}

export function header(text: string): KnownBlock {
  return { type: 'header', text: plain(truncate(text, SLACK_LIMITS.headerText)) };
}

export function context(mrkdwn: string): KnownBlock {
  return { type: 'context', elements: [{ type: 'mrkdwn', text: truncate(mrkdwn, SLACK_LIMITS.sectionText) }] };
}

export function divider(): KnownBlock {
  return { type: 'divider' };
}

export function button(
  text: string,
  actionId: string,
  value?: string,
  style?: 'primary' | 'danger',
): Button {
  return {
    type: 'button',
    text: plain(truncate(text, SLACK_LIMITS.buttonText)),
    action_id: actionId,
    ...(value !== undefined ? { value } : {}),
    ...(style ? { style } : {}),
  };
}

export function actions(blockId: string, elements: Button[]): KnownBlock {
  return { type: 'actions', block_id: blockId, elements };
}

export function option(text: string, value: string, description?: string): PlainTextOption {
  return {
    text: plain(truncate(text, SLACK_LIMITS.plainTextOption)),
    value,
    ...(description ? { description: plain(truncate(description, SLACK_LIMITS.plainTextOption)) } : {}),
  };
}

/** A message: the text is the notification and screen-reader fallback, the blocks what people see. */
export interface SlackMessage {
  text: string;
  blocks?: KnownBlock[];
}

/** An optional multi-line text input (block_id = action_id), pre-filled when there is a value already. */
export function optionalTextArea(id: string, label: string, hint: string, maxLength: number, initial: string | null | undefined): KnownBlock {
  return {
    type: 'input',
    block_id: id,
    optional: true,
    label: plain(label),
    hint: plain(hint),
    element: { type: 'plain_text_input', action_id: id, multiline: true, max_length: maxLength, ...(initial ? { initial_value: initial } : {}) },
  };
}
