import type { KnownBlock, ModalView, PlainTextOption } from '@slack/types';
import { AGREEMENT_CADENCES, AGREEMENT_NORMS, OUTCOME_LIMITS, type AgreementCadence, type AgreementNorm, type Role } from '../domain';
import type { Messages } from '../i18n';
import type { AgreementProgress, AgreementView, HomeAgreement, KickoffContext } from '../services/agreements';
import type { OutgoingMessage } from '../slack/gateway';
import { actions, button, context, header, option, plain, section, type SlackMessage } from './blocks';
import { ACTION, CALLBACK, KICKOFF, METADATA_EVENT } from './ids';
import { escapeMrkdwn, mention, SLACK_LIMITS, truncate } from './mrkdwn';

/**
 * The kickoff agreement (PRODUCT.md §12.1): the `kickoff_open` buttons on the introduction, the prompts and the Home
 * tab, the `kickoff` modal with each member's own part, and the agreement in the pair's group message. Goals and
 * hopes are the pair's: these builders are only ever given them for the pair's own conversation and Home tabs.
 * Every text a person wrote is escaped. Pure: data in, blocks out.
 */

export const KICKOFF_BLOCK = {
  /** The introduction's and the prompts' invitation to write the agreement. */
  invite: 'kickoff',
  /** The agreement message's button. */
  edit: 'agreement_actions',
} as const;

export function cadenceLabel(messages: Messages, cadence: AgreementCadence): string {
  return { weekly: messages.kickoffCadenceWeekly, biweekly: messages.kickoffCadenceBiweekly, monthly: messages.kickoffCadenceMonthly }[cadence];
}

export function normLabel(messages: Messages, norm: AgreementNorm): string {
  return { confidential: messages.kickoffNormConfidential, notice: messages.kickoffNormNotice, candour: messages.kickoffNormCandour }[norm];
}

// ---------------------------------------------------------------------------------------------------------------
// Invitations
// ---------------------------------------------------------------------------------------------------------------

/** On the introduction: what the agreement is, and the button that opens it. */
export function kickoffIntroBlocks(messages: Messages, pair: { pairId: number; mentorId: string; menteeId: string }): KnownBlock[] {
  return [
    section(messages.kickoffIntroduction({ mentor: mention(pair.mentorId), mentee: mention(pair.menteeId) })),
    // Not the message's primary step: booking the first meeting is (the Book a meeting button above it).
    actions(KICKOFF_BLOCK.invite, [button(messages.kickoffButton, ACTION.kickoffOpen, String(pair.pairId))]),
  ];
}

/** On a prompt, until both parts are in: who has written theirs and who is awaited, and the button. */
export function kickoffPromptBlocks(messages: Messages, pairId: number, progress: AgreementProgress): KnownBlock[] {
  if (progress.complete) return [];
  const text =
    progress.answered.length === 0
      ? messages.kickoffPromptNone
      : messages.kickoffPromptWaiting({ answered: progress.answered.map(mention).join(', '), waiting: progress.waitingFor.map(mention).join(', ') });
  return [
    { ...context(text), block_id: `${KICKOFF_BLOCK.invite}_status` } as KnownBlock,
    actions(KICKOFF_BLOCK.invite, [button(messages.kickoffPromptButton, ACTION.kickoffOpen, String(pairId))]),
  ];
}

// ---------------------------------------------------------------------------------------------------------------
// The modal
// ---------------------------------------------------------------------------------------------------------------

/** `private_metadata`: the pair id, nothing else (checked again on submit). */
export function kickoffMetadata(pairId: number): string {
  return String(pairId);
}

/** The member's own part, worded for their side, pre-filled with what they wrote before (or their join goals). */
export function kickoffModal(messages: Messages, data: Pick<KickoffContext, 'pair' | 'role' | 'partnerId' | 'own' | 'defaults' | 'partnerAnswered'>): ModalView {
  const mentee = data.role === 'mentee';
  const own = data.own;
  const cadenceOptions = AGREEMENT_CADENCES.map((cadence) => option(cadenceLabel(messages, cadence), cadence));
  const normOptions = AGREEMENT_NORMS.map((norm) => option(normLabel(messages, norm), norm));
  const initialCadence = cadenceOptions.find((candidate) => candidate.value === (own?.cadence ?? data.defaults.cadence));
  const initialNorms: PlainTextOption[] = own ? normOptions.filter((candidate) => own.norms.includes(candidate.value as AgreementNorm)) : [];
  const partner = mention(data.partnerId);

  const blocks: KnownBlock[] = [
    section(mentee ? messages.kickoffModalIntroMentee({ partner }) : messages.kickoffModalIntroMentor({ partner })),
    context(`${messages.kickoffModalPrivacy({ partner })} ${data.partnerAnswered ? messages.kickoffModalPartnerDone({ partner }) : messages.kickoffModalPartnerWaiting({ partner })}`),
  ];
  if (mentee) {
    const goals = own?.goals ?? data.defaults.goals;
    blocks.push({
      type: 'input',
      block_id: KICKOFF.goals,
      label: plain(messages.kickoffGoalsLabel),
      hint: plain(messages.kickoffGoalsHint({ max: OUTCOME_LIMITS.goalsLinesMax, chars: OUTCOME_LIMITS.goalsChars })),
      element: {
        type: 'plain_text_input',
        action_id: KICKOFF.goals,
        multiline: true,
        max_length: OUTCOME_LIMITS.goalsChars,
        ...(goals ? { initial_value: truncate(goals, OUTCOME_LIMITS.goalsChars) } : {}),
      },
    });
  } else {
    blocks.push({
      type: 'input',
      block_id: KICKOFF.hopes,
      optional: true,
      label: plain(messages.kickoffHopesLabel),
      hint: plain(messages.kickoffHopesHint({ chars: OUTCOME_LIMITS.hopesChars })),
      element: {
        type: 'plain_text_input',
        action_id: KICKOFF.hopes,
        multiline: true,
        max_length: OUTCOME_LIMITS.hopesChars,
        ...(own?.hopes ? { initial_value: own.hopes } : {}),
      },
    });
  }
  blocks.push(
    {
      type: 'input',
      block_id: KICKOFF.cadence,
      label: plain(messages.kickoffCadenceLabel),
      element: { type: 'radio_buttons', action_id: KICKOFF.cadence, options: cadenceOptions, ...(initialCadence ? { initial_option: initialCadence } : {}) },
    },
    {
      type: 'input',
      block_id: KICKOFF.norms,
      label: plain(messages.kickoffNormsLabel),
      hint: plain(messages.kickoffNormsHint),
      element: { type: 'checkboxes', action_id: KICKOFF.norms, options: normOptions, ...(initialNorms.length > 0 ? { initial_options: initialNorms } : {}) },
    },
  );
  return {
    type: 'modal',
    callback_id: CALLBACK.kickoff,
    private_metadata: kickoffMetadata(data.pair.id),
    title: plain(truncate(messages.kickoffTitle, SLACK_LIMITS.modalTitle)),
    submit: plain(own ? messages.kickoffSaveChanges : messages.kickoffSave),
    close: plain(messages.cancel),
    blocks,
  };
}

/** What replaces the modal when a submission is refused (the pairing ended meanwhile…). */
export function outcomeNoticeModal(messages: Messages, callbackId: string, title: string, text: string): ModalView {
  return {
    type: 'modal',
    callback_id: callbackId,
    title: plain(truncate(title, SLACK_LIMITS.modalTitle)),
    close: plain(messages.outcomeClose),
    blocks: [section(text)],
  };
}

/** The direct message after saving a part: where the agreement stands now. Never the text itself. */
export function kickoffSavedMessage(messages: Messages, saved: { created: boolean; complete: boolean; partnerId: string }): SlackMessage {
  const partner = mention(saved.partnerId);
  const text = !saved.complete
    ? messages.kickoffSavedWaiting({ partner })
    : saved.created
      ? messages.kickoffSavedComplete({ partner })
      : messages.kickoffSavedUpdated;
  return { text, blocks: [section(text)] };
}

// ---------------------------------------------------------------------------------------------------------------
// The agreement in the group message
// ---------------------------------------------------------------------------------------------------------------

function goalLines(messages: Messages, goals: string | null): string {
  if (!goals) return messages.agreementTextRemoved;
  return goals
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => `• ${escapeMrkdwn(line.trim())}`)
    .join('\n');
}

function quoted(text: string): string {
  return `>${escapeMrkdwn(text.trim()).replace(/\r?\n/g, '\n>')}`;
}

function cadenceText(messages: Messages, view: AgreementView): string {
  // Inside a sentence the choice reads in lower case ("every week", "varje vecka").
  const lower = (cadence: AgreementCadence) => cadenceLabel(messages, cadence).toLowerCase();
  if (view.mentor.cadence === view.mentee.cadence) return messages.agreementCadenceSame({ cadence: lower(view.mentor.cadence) });
  return messages.agreementCadenceDiffer({
    mentor: mention(view.mentorId),
    mentorCadence: lower(view.mentor.cadence),
    mentee: mention(view.menteeId),
    menteeCadence: lower(view.mentee.cadence),
  });
}

function normsText(messages: Messages, view: AgreementView): string {
  const lines = AGREEMENT_NORMS.flatMap((norm) => {
    const byMentor = view.mentor.norms.includes(norm);
    const byMentee = view.mentee.norms.includes(norm);
    if (byMentor && byMentee) return [messages.agreementNormBoth({ rule: normLabel(messages, norm) })];
    if (byMentor || byMentee) return [messages.agreementNormOne({ rule: normLabel(messages, norm), who: mention(byMentor ? view.mentorId : view.menteeId) })];
    return [];
  });
  return [messages.agreementNormsHeader, ...lines].join('\n');
}

/** The agreement as the pair reads it: the mentee's goals, the mentor's hopes, how often, the ground rules. */
export function agreementMessage(messages: Messages, view: AgreementView): SlackMessage & Required<Pick<OutgoingMessage, 'metadata'>> {
  const mentor = mention(view.mentorId);
  const mentee = mention(view.menteeId);
  const blocks: KnownBlock[] = [
    header(messages.agreementHeader),
    section(`${messages.agreementGoals({ mentee })}\n${goalLines(messages, view.mentee.goals)}`),
    section(`${messages.agreementHopes({ mentor })}\n${view.mentor.hopes ? quoted(view.mentor.hopes) : messages.agreementNoHopes}`),
    section(cadenceText(messages, view)),
    section(normsText(messages, view)),
    context(messages.agreementFooter),
    actions(KICKOFF_BLOCK.edit, [button(messages.agreementEdit, ACTION.kickoffOpen, String(view.pairId))]),
  ];
  return {
    text: messages.agreementFallback({ mentor, mentee }),
    blocks,
    metadata: { event_type: METADATA_EVENT.agreement, event_payload: { pair_id: view.pairId } },
  };
}

/** What the agreement becomes when one of the pair asks to be forgotten: their words leave the conversation too. */
export function agreementWithdrawnMessage(messages: Messages): SlackMessage {
  return { text: messages.agreementWithdrawn, blocks: [context(messages.agreementWithdrawn)] };
}

// ---------------------------------------------------------------------------------------------------------------
// The Home tab
// ---------------------------------------------------------------------------------------------------------------

function homeLine(messages: Messages, entry: HomeAgreement): string {
  const partner = mention(entry.partnerId);
  switch (entry.state) {
    case 'none':
      return messages.homeAgreementNone({ partner });
    case 'mine':
      return messages.homeAgreementMine({ partner });
    case 'theirs':
      return messages.homeAgreementTheirs({ partner });
    case 'complete':
      return messages.homeAgreementComplete({ partner });
  }
}

/** The person's agreements on their own Home tab: the whole agreement once both parts are in, else who is awaited. */
export function homeAgreementBlocks(messages: Messages, entries: readonly HomeAgreement[]): KnownBlock[] {
  const blocks: KnownBlock[] = [];
  for (const entry of entries.slice(0, 3)) {
    const lines = [homeLine(messages, entry)];
    const view = entry.agreement;
    if (view) {
      lines.push(`${messages.agreementGoals({ mentee: mention(view.menteeId) })}\n${goalLines(messages, view.mentee.goals)}`);
      if (view.mentor.hopes) lines.push(`${messages.agreementHopes({ mentor: mention(view.mentorId) })}\n${quoted(view.mentor.hopes)}`);
      lines.push(cadenceText(messages, view));
    }
    const mine = entry.state === 'mine' || entry.state === 'complete';
    blocks.push(
      section(lines.join('\n')),
      actions(`home_agreement_${entry.pairId}`, [
        button(mine ? messages.homeAgreementEdit : messages.homeAgreementWrite, ACTION.kickoffOpen, String(entry.pairId), mine ? undefined : 'primary'),
      ]),
    );
  }
  return blocks;
}

export function roleNoun(messages: Messages, role: Role): string {
  return role === 'mentor' ? messages.outcomeRoleMentor : messages.outcomeRoleMentee;
}
