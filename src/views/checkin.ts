import type { KnownBlock, ModalView } from '@slack/types';
import { CHECKIN_PROGRESS, OUTCOME_LIMITS, type CheckinProgress } from '../domain';
import type { Messages } from '../i18n';
import type { CheckinContext, CheckinInvitation } from '../services/checkins';
import type { DigestCheckinNote } from '../services/digest-sections';
import { actions, button, context, option, optionalTextArea, plain, section, type SlackMessage } from './blocks';
import { ACTION, CALLBACK, CHECKIN } from './ids';
import { escapeMrkdwn, mention, slackDate, SLACK_LIMITS, truncate } from './mrkdwn';
import { personLabel } from './reflections';
import { roleNoun } from './kickoff';

/**
 * The midpoint check-in (PRODUCT.md §12.3): the direct message with `checkin_open`, the `checkin` modal, the
 * confirmation, and the check-in as a channel and organizers see it. Pure: data in, blocks out.
 */

export const CHECKIN_BLOCK = { actions: 'checkin_actions' } as const;
/** A note is quoted up to this length in a digest: ten of them stay well inside a message. */
export const NOTE_QUOTE_CHARS = 600;

export function progressLabel(messages: Messages, progress: CheckinProgress): string {
  return {
    not_started: messages.checkinProgressNotStarted,
    some: messages.checkinProgressSome,
    on_track: messages.checkinProgressOnTrack,
    achieved: messages.checkinProgressAchieved,
  }[progress];
}

function relationshipLabel(messages: Messages, score: number): string {
  return [messages.checkinRelationship1, messages.checkinRelationship2, messages.checkinRelationship3, messages.checkinRelationship4, messages.checkinRelationship5][
    score - 1
  ] as string;
}

/** The direct message each member gets with the check-in's session. */
export function checkinInvitationMessage(messages: Messages, invitation: CheckinInvitation): SlackMessage {
  const partner = mention(invitation.partnerId);
  const cohort = escapeMrkdwn(invitation.cohortName);
  return {
    text: messages.checkinFallback({ cohort }),
    blocks: [
      section(messages.checkinInvitation({ cohort, partner, cycle: invitation.cycle, cycles: invitation.cycles })),
      context(messages.checkinInvitationPrivacy({ date: slackDate(invitation.closesAt, messages.dateTimeFormat) })),
      actions(CHECKIN_BLOCK.actions, [button(messages.checkinButton, ACTION.checkinOpen, String(invitation.pairId), 'primary')]),
    ],
  };
}

/** `private_metadata`: the pair id (checked again on submit). */
export function checkinModal(messages: Messages, data: Pick<CheckinContext, 'pair' | 'role' | 'partnerId' | 'closesAt' | 'existing'>): ModalView {
  const mentee = data.role === 'mentee';
  const relationshipOptions = [1, 2, 3, 4, 5].map((score) => option(relationshipLabel(messages, score), String(score)));
  const progressOptions = CHECKIN_PROGRESS.map((progress) => option(progressLabel(messages, progress), progress));
  const existing = data.existing;
  const initialRelationship = relationshipOptions.find((candidate) => candidate.value === String(existing?.relationship ?? ''));
  const initialProgress = progressOptions.find((candidate) => candidate.value === existing?.progress);
  const partner = mention(data.partnerId);
  const blocks: KnownBlock[] = [
    section(messages.checkinModalIntro({ partner })),
    context(`${messages.checkinModalPrivacy} ${messages.checkinModalEditable({ date: slackDate(data.closesAt, messages.dateTimeFormat) })}`),
    {
      type: 'input',
      block_id: CHECKIN.relationship,
      label: plain(mentee ? messages.checkinRelationshipLabelMentee : messages.checkinRelationshipLabelMentor),
      element: {
        type: 'radio_buttons',
        action_id: CHECKIN.relationship,
        options: relationshipOptions,
        ...(initialRelationship ? { initial_option: initialRelationship } : {}),
      },
    },
    {
      type: 'input',
      block_id: CHECKIN.progress,
      label: plain(mentee ? messages.checkinProgressLabelMentee : messages.checkinProgressLabelMentor),
      element: { type: 'radio_buttons', action_id: CHECKIN.progress, options: progressOptions, ...(initialProgress ? { initial_option: initialProgress } : {}) },
    },
    optionalTextArea(CHECKIN.organizers, messages.checkinNoteLabel, messages.checkinNoteHint({ max: OUTCOME_LIMITS.noteChars }), OUTCOME_LIMITS.noteChars, existing?.note),
  ];
  return {
    type: 'modal',
    callback_id: CALLBACK.checkin,
    private_metadata: String(data.pair.id),
    title: plain(truncate(messages.checkinTitle, SLACK_LIMITS.modalTitle)),
    submit: plain(messages.checkinSave),
    close: plain(messages.cancel),
    blocks,
  };
}

/** The direct message after saving: thanks, who reads the note, until when it can be changed. Never the note itself. */
export function checkinSavedMessage(messages: Messages, saved: { created: boolean; hasNote: boolean; closesAt: Date }): SlackMessage {
  const lead = saved.created ? messages.checkinSaved : messages.checkinUpdated;
  const who = saved.hasNote ? messages.checkinSavedNote : messages.checkinSavedNoNote;
  return { text: lead, blocks: [section(`${lead} ${who}`), context(messages.checkinSavedEditable({ date: slackDate(saved.closesAt, messages.dateTimeFormat) }))] };
}

/** A note for the organizers as their digest (and the final report's private part) quotes it: by name, escaped. */
export function checkinNoteLines(messages: Messages, note: Pick<DigestCheckinNote, 'userId' | 'role' | 'partnerId' | 'relationship' | 'note'>): string {
  const text = `>${escapeMrkdwn(truncate(note.note.trim(), NOTE_QUOTE_CHARS)).replace(/\r?\n/g, '\n>')}`;
  return `${messages.checkinNoteLine({
    user: personLabel(messages, note.userId),
    role: roleNoun(messages, note.role),
    partner: personLabel(messages, note.partnerId),
    relationship: note.relationship,
  })}\n${text}`;
}
