import type { ModalView } from '@slack/types';
import type { Messages } from '../i18n';
import type { ManualPairRefusal } from '../services/pairs';
import { option, plain, section, type SlackMessage } from './blocks';
import { CALLBACK, REMATCH } from './ids';
import { SLACK_LIMITS, escapeMrkdwn, mention, truncate } from './mrkdwn';
import { personLabel } from './reflections';

/** A rematch reason is at most 500 characters (services/pairs.ts); quoted whole. */
const REMATCH_QUOTE_CHARS = 500;

/** Organizers' manual changes and participants' rematch requests. Pure: data in, blocks out. */

/** Why `pair @mentor @mentee` was refused, naming the rule that would be broken. */
export function pairRefusalText(messages: Messages, refusal: ManualPairRefusal, mentorId: string, menteeId: string): string {
  const mentor = mention(mentorId);
  const mentee = mention(menteeId);
  switch (refusal.reason) {
    case 'not_participant':
      return messages.pairNotParticipant({ user: mention(refusal.userId) });
    case 'wrong_role':
      return refusal.expected === 'mentor'
        ? messages.pairWrongRoleMentor({ user: mention(refusal.userId) })
        : messages.pairWrongRoleMentee({ user: mention(refusal.userId) });
    case 'not_in_active_cohort':
      return messages.pairNotInActiveCohort({ user: mention(refusal.userId) });
    case 'different_cohorts':
      return messages.pairDifferentCohorts({ mentor, mentee });
    case 'already_paired':
      return messages.pairAlreadyPaired({ mentor, mentee });
    case 'mentee_taken':
      return messages.pairMenteeTaken({ mentee, mentor: mention(refusal.mentorId) });
    case 'capacity':
      return messages.pairRuleCapacity({ mentor, count: refusal.count, capacity: refusal.capacity });
    case 'same_person':
      return messages.pairRuleSamePerson;
    case 'manager':
      return messages.pairRuleManager({ mentor, mentee });
    case 'previous_pair':
      return messages.pairRulePreviousPair({ mentor, mentee });
    case 'seniority':
      return messages.pairRuleSeniority({ mentor, mentee });
  }
}

export interface RematchPartnerChoice {
  pairId: number;
  /** A name for the option (plain text cannot show a mention): the partner's display name, else their id. */
  label: string;
}

/**
 * The `rematch_request` modal: an optional reason (its limit named), and a choice of pairing only for someone
 * with several partners; with one, `private_metadata` carries the pair id.
 */
export function rematchModal(messages: Messages, choices: readonly RematchPartnerChoice[], reasonMaxChars: number): ModalView {
  const only = choices.length === 1 ? choices[0] : undefined;
  const blocks: ModalView['blocks'] = [section(messages.rematchModalIntro)];
  if (!only) {
    blocks.push({
      type: 'input',
      block_id: REMATCH.partner,
      label: plain(messages.rematchPartnerLabel),
      element: {
        type: 'static_select',
        action_id: REMATCH.partner,
        options: choices.slice(0, 100).map((choice) => option(choice.label, String(choice.pairId))),
      },
    });
  }
  blocks.push({
    type: 'input',
    block_id: REMATCH.reason,
    optional: true,
    label: plain(messages.rematchReasonLabel),
    hint: plain(messages.rematchReasonHint({ max: reasonMaxChars })),
    element: { type: 'plain_text_input', action_id: REMATCH.reason, multiline: true, max_length: reasonMaxChars },
  });
  return {
    type: 'modal',
    callback_id: CALLBACK.rematchRequest,
    private_metadata: only ? String(only.pairId) : '',
    title: plain(truncate(messages.rematchModalTitle, SLACK_LIMITS.modalTitle)),
    submit: plain(messages.rematchModalSubmit),
    close: plain(messages.cancel),
    blocks,
  };
}

export interface RematchNotice {
  userId: string;
  partnerId: string;
  cohortName: string;
  /** Personal text as typed; escaped here. */
  reason: string | null;
}

/**
 * A rematch request as an organizer reads it, privately (in their digest): who asked, which pair, and the reason
 * quoted (escaped; personal text).
 */
export function rematchRequestText(messages: Messages, notice: RematchNotice): string {
  const lead = messages.rematchOrganizerNotice({
    user: personLabel(messages, notice.userId),
    partner: personLabel(messages, notice.partnerId),
    cohort: escapeMrkdwn(notice.cohortName),
  });
  const reason = notice.reason
    ? messages.rematchOrganizerReason({
        reason: escapeMrkdwn(truncate(notice.reason, REMATCH_QUOTE_CHARS))
          .split('\n')
          .map((line) => `>${line}`)
          .join('\n'),
      })
    : messages.rematchOrganizerNoReason;
  return `${lead}\n${reason}`;
}

export function partnersText(partnerIds: readonly string[]): string {
  return partnerIds.map(mention).join(', ');
}
