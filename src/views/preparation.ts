import type { KnownBlock } from '@slack/types';
import type { Role } from '../domain';
import type { Messages } from '../i18n';
import { MENTOR_PARTS, partNumber, type PreparationPart } from '../services/preparation';
import { actions, context, button, header, section, type SlackMessage } from './blocks';
import { ACTION } from './ids';

/** Preparing the mentors (PRODUCT.md §12.6): the preparation DMs with "Got it", and `/reverse-mentor guide`. Pure. */

function partText(messages: Messages, part: PreparationPart): { title: string; body: string } {
  switch (part) {
    case 'session':
      return { title: messages.prepSessionTitle, body: messages.prepSessionBody };
    case 'feedback':
      return { title: messages.prepFeedbackTitle, body: messages.prepFeedbackBody };
    case 'confidentiality':
      return { title: messages.prepConfidentialityTitle, body: messages.prepConfidentialityBody };
    case 'mentee':
      return { title: messages.prepMenteeTitle, body: messages.prepMenteeBody };
  }
}

export const PREP_BLOCK = { actions: 'prep_actions', read: 'prep_read' } as const;

/** `<cohort id>:<part>`: what "Got it" records. */
export function prepAckValue(cohortId: number, part: PreparationPart): string {
  return `${cohortId}:${part}`;
}

export function parsePrepAckValue(value: string | undefined): { cohortId: number; part: PreparationPart } | undefined {
  const match = /^(\d{1,12}):(session|feedback|confidentiality|mentee)$/.exec(value ?? '');
  return match ? { cohortId: Number(match[1]), part: match[2] as PreparationPart } : undefined;
}

/** One preparation DM; once read, "Got it" gives way to a thank-you. */
export function preparationMessage(messages: Messages, data: { cohortId: number; part: PreparationPart; read: boolean }): SlackMessage {
  const { title, body } = partText(messages, data.part);
  const note = data.part === 'mentee' ? messages.prepGuideHint : `${messages.prepPart({ part: partNumber(data.part), parts: MENTOR_PARTS.length })}. ${messages.prepGuideHint}`;
  const blocks: KnownBlock[] = [header(title), section(body), context(note)];
  blocks.push(
    data.read
      ? { ...context(messages.prepRead), block_id: PREP_BLOCK.read }
      : actions(PREP_BLOCK.actions, [button(messages.prepGotIt, ACTION.prepAck, prepAckValue(data.cohortId, data.part), 'primary')]),
  );
  return { text: title, blocks };
}

/** `/reverse-mentor guide`: the whole guide for one role, with where to find the other one. */
export function guideMessage(messages: Messages, role: Role): SlackMessage {
  const parts: readonly PreparationPart[] = role === 'mentor' ? MENTOR_PARTS : ['mentee'];
  const blocks: KnownBlock[] = [header(role === 'mentor' ? messages.guideMentorHeader : messages.guideMenteeHeader)];
  for (const part of parts) {
    const { title, body } = partText(messages, part);
    blocks.push(section(`*${title}*`), section(body));
  }
  blocks.push(context(role === 'mentor' ? messages.guideSeeMentee : messages.guideSeeMentor));
  return { text: role === 'mentor' ? messages.guideMentorHeader : messages.guideMenteeHeader, blocks };
}
