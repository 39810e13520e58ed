import type { Button, ConfirmationDialog, KnownBlock, MrkdwnOption, PlainTextOption } from '@slack/types';
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
  confirm?: ConfirmationDialog,
): Button {
  return {
    type: 'button',
    text: plain(truncate(text, SLACK_LIMITS.buttonText)),
    action_id: actionId,
    ...(value !== undefined ? { value } : {}),
    ...(style ? { style } : {}),
    ...(confirm ? { confirm } : {}),
  };
}

/**
 * Slack's confirmation dialog on a button: what happens, and the two answers. A `danger` button always carries one
 * (unless the message it sits in is itself the question, such as "Leave the programme?").
 */
export function confirmDialog(parts: { title: string; text: string; confirm: string; deny: string; style?: 'primary' | 'danger' }): ConfirmationDialog {
  return {
    title: plain(truncate(parts.title, SLACK_LIMITS.confirmTitle)),
    text: plain(truncate(parts.text, SLACK_LIMITS.confirmText)),
    confirm: plain(truncate(parts.confirm, SLACK_LIMITS.confirmButton)),
    deny: plain(truncate(parts.deny, SLACK_LIMITS.confirmButton)),
    ...(parts.style ? { style: parts.style } : {}),
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

/**
 * An option of radio buttons or checkboxes, whose text may be mrkdwn (a channel named as `<#C…>`, which Slack shows
 * as the channel's name). Text and description each hold 75 characters: the catalog test keeps ours within them.
 */
export function mrkdwnOption(text: string, value: string, description?: string): MrkdwnOption {
  return {
    text: { type: 'mrkdwn', text: truncate(text, SLACK_LIMITS.plainTextOption) },
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
