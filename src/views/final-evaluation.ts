import type { KnownBlock, ModalView, PlainTextOption } from '@slack/types';
import { FOLLOWUP_ANSWERS, NEXT_COHORT_CHOICES, OUTCOME_LIMITS, type FollowupAnswer, type NextCohortChoice } from '../domain';
import type { Messages } from '../i18n';
import type { SharingLevel } from '../db/repositories/reflections';
import type { FinalContext, FinalInvitation, FollowupView } from '../services/final-evaluations';
import type { NextCohortNotice } from '../services/next-cohort';
import { actions, button, context, option, plain, section, type SlackMessage } from './blocks';
import { ACTION, CALLBACK, FINAL } from './ids';
import { escapeMrkdwn, mention, slackDate, SLACK_LIMITS, truncate } from './mrkdwn';
import { roleNoun } from './kickoff';

/**
 * The final evaluation (PRODUCT.md §12.4): the direct message with `final_open`, the `final` modal with wording for
 * each side, the confirmation (with the waiting list), the 30-day follow-up that quotes the mentee's own words back
 * to them alone, and the notice of enrollment for those who asked to come back. Pure: data in, blocks out.
 */

export const FINAL_BLOCK = { actions: 'final_actions', followup: 'followup_actions' } as const;

const FOLLOWUP_ACTION: Record<FollowupAnswer, string> = {
  done: ACTION.followupDone,
  partly: ACTION.followupPartly,
  not_yet: ACTION.followupNotYet,
};

/** Which answer a follow-up button gives. */
export const FOLLOWUP_OF_ACTION: Readonly<Record<string, FollowupAnswer>> = {
  [ACTION.followupDone]: 'done',
  [ACTION.followupPartly]: 'partly',
  [ACTION.followupNotYet]: 'not_yet',
};

export function followupLabel(messages: Messages, answer: FollowupAnswer): string {
  return { done: messages.followupDone, partly: messages.followupPartly, not_yet: messages.followupNotYet }[answer];
}

export function againLabel(messages: Messages, again: NextCohortChoice): string {
  return { mentor: messages.finalAgainMentor, mentee: messages.finalAgainMentee, no: messages.finalAgainNo }[again];
}

function goalsMetLabel(messages: Messages, score: number): string {
  return [messages.finalGoals1, messages.finalGoals2, messages.finalGoals3, messages.finalGoals4, messages.finalGoals5][score - 1] as string;
}

function recommendLabel(messages: Messages, score: number): string {
  if (score === 0) return messages.finalRecommend0;
  if (score === 10) return messages.finalRecommend10;
  return String(score);
}

function sharingOption(messages: Messages, sharing: SharingLevel): PlainTextOption {
  const [text, description] = {
    private: [messages.finalSharingPrivate, messages.finalSharingPrivateHint],
    anonymous: [messages.finalSharingAnonymous, messages.finalSharingAnonymousHint],
    named: [messages.finalSharingNamed, messages.finalSharingNamedHint],
  }[sharing] as [string, string];
  return option(text, sharing, description);
}

/** The direct message each member gets with the last session. */
export function finalInvitationMessage(messages: Messages, invitation: FinalInvitation): SlackMessage {
  const cohort = escapeMrkdwn(invitation.cohortName);
  return {
    text: messages.finalInvitationFallback({ cohort }),
    blocks: [
      section(messages.finalInvitation({ cohort, partner: mention(invitation.partnerId) })),
      context(messages.finalInvitationClose({ date: slackDate(invitation.closesAt, messages.dateTimeFormat) })),
      actions(FINAL_BLOCK.actions, [button(messages.finalButton, ACTION.finalOpen, String(invitation.pairId), 'primary')]),
    ],
  };
}

export interface FinalModalData extends Pick<FinalContext, 'pair' | 'role' | 'partnerId' | 'closesAt' | 'existing'> {
  /** The cohort's summary channel, named where shared words may be quoted. */
  summaryChannel: string;
}

/** `private_metadata`: the pair id (checked again on submit). */
export function finalModal(messages: Messages, data: FinalModalData): ModalView {
  const mentee = data.role === 'mentee';
  const existing = data.existing;
  const goalsOptions = [1, 2, 3, 4, 5].map((score) => option(goalsMetLabel(messages, score), String(score)));
  const recommendOptions = Array.from({ length: 11 }, (_, score) => option(recommendLabel(messages, score), String(score)));
  const sharingOptions = (['private', 'anonymous', 'named'] as const).map((sharing) => sharingOption(messages, sharing));
  const againOptions = NEXT_COHORT_CHOICES.map((choice) => option(againLabel(messages, choice), choice));
  const initialGoals = goalsOptions.find((candidate) => candidate.value === String(existing?.goalsMet ?? ''));
  const initialRecommend = recommendOptions.find((candidate) => candidate.value === String(existing?.recommend ?? ''));
  const initialSharing = sharingOptions.find((candidate) => candidate.value === (existing?.sharing ?? 'private'));
  const initialAgain = againOptions.find((candidate) => candidate.value === existing?.again);
  const partner = mention(data.partnerId);

  const blocks: KnownBlock[] = [
    section(mentee ? messages.finalModalIntroMentee({ partner }) : messages.finalModalIntroMentor({ partner })),
    context(`${messages.finalModalPrivacy({ channel: `<#${data.summaryChannel}>` })} ${messages.finalModalEditable({ date: slackDate(data.closesAt, messages.dateTimeFormat) })}`),
    {
      type: 'input',
      block_id: FINAL.goalsMet,
      label: plain(mentee ? messages.finalGoalsLabelMentee : messages.finalGoalsLabelMentor),
      element: { type: 'radio_buttons', action_id: FINAL.goalsMet, options: goalsOptions, ...(initialGoals ? { initial_option: initialGoals } : {}) },
    },
    {
      type: 'input',
      block_id: FINAL.changed,
      label: plain(mentee ? messages.finalChangedLabelMentee : messages.finalChangedLabelMentor),
      hint: plain(mentee ? messages.finalChangedHintMentee({ max: OUTCOME_LIMITS.changedChars }) : messages.finalChangedHintMentor({ max: OUTCOME_LIMITS.changedChars })),
      element: {
        type: 'plain_text_input',
        action_id: FINAL.changed,
        multiline: true,
        max_length: OUTCOME_LIMITS.changedChars,
        ...(existing?.changed ? { initial_value: existing.changed } : {}),
      },
    },
    {
      type: 'input',
      block_id: FINAL.sharing,
      label: plain(messages.finalSharingLabel),
      element: { type: 'radio_buttons', action_id: FINAL.sharing, options: sharingOptions, ...(initialSharing ? { initial_option: initialSharing } : {}) },
    },
    {
      type: 'input',
      block_id: FINAL.recommend,
      label: plain(messages.finalRecommendLabel),
      hint: plain(messages.finalRecommendHint),
      element: { type: 'static_select', action_id: FINAL.recommend, options: recommendOptions, ...(initialRecommend ? { initial_option: initialRecommend } : {}) },
    },
    {
      type: 'input',
      block_id: FINAL.again,
      optional: true,
      label: plain(messages.finalAgainLabel),
      hint: plain(messages.finalAgainHint),
      element: { type: 'radio_buttons', action_id: FINAL.again, options: againOptions, ...(initialAgain ? { initial_option: initialAgain } : {}) },
    },
  ];
  return {
    type: 'modal',
    callback_id: CALLBACK.final,
    private_metadata: String(data.pair.id),
    title: plain(truncate(messages.finalTitle, SLACK_LIMITS.modalTitle)),
    submit: plain(messages.finalSave),
    close: plain(messages.cancel),
    blocks,
  };
}

/** The direct message after saving: thanks, who may read the words, the waiting list, the follow-up. Never the words. */
export function finalSavedMessage(
  messages: Messages,
  saved: { created: boolean; sharing: SharingLevel; again: NextCohortChoice | null; role: 'mentor' | 'mentee'; closesAt: Date },
): SlackMessage {
  const lead = saved.created ? messages.finalSaved : messages.finalUpdated;
  const who = { private: messages.finalSavedPrivate, anonymous: messages.finalSavedAnonymous, named: messages.finalSavedNamed }[saved.sharing];
  const lines = [`${lead} ${who}`];
  if (saved.again === 'mentor' || saved.again === 'mentee') lines.push(messages.finalSavedWaitingList({ role: roleNoun(messages, saved.again) }));
  else if (saved.again === 'no') lines.push(messages.finalSavedNotAgain);
  if (saved.role === 'mentee') lines.push(messages.finalSavedFollowup);
  return { text: lead, blocks: [section(lines.join('\n')), context(messages.finalSavedEditable({ date: slackDate(saved.closesAt, messages.dateTimeFormat) }))] };
}

// ---------------------------------------------------------------------------------------------------------------
// The 30-day follow-up
// ---------------------------------------------------------------------------------------------------------------

/** The follow-up: the mentee's own words quoted back to them alone, and the three buttons (or their answer). */
export function followupMessage(messages: Messages, view: FollowupView): SlackMessage {
  const cohort = escapeMrkdwn(view.cohortName);
  const words = `>${escapeMrkdwn(view.changed.trim()).replace(/\r?\n/g, '\n>')}`;
  const blocks: KnownBlock[] = [section(messages.followupIntro({ cohort })), section(words)];
  if (view.closed) {
    blocks.push(context(view.answer ? messages.followupClosedAnswered({ answer: followupLabel(messages, view.answer) }) : messages.followupClosed));
  } else {
    blocks.push(
      section(view.answer ? messages.followupAnswered({ answer: followupLabel(messages, view.answer) }) : messages.followupQuestion),
      actions(
        FINAL_BLOCK.followup,
        FOLLOWUP_ANSWERS.map((answer) =>
          button(followupLabel(messages, answer), FOLLOWUP_ACTION[answer], String(view.evaluationId), view.answer === answer ? 'primary' : undefined),
        ),
      ),
      context(messages.followupPrivacy({ date: slackDate(view.closesAt, '{date_long}') })),
    );
  }
  return { text: messages.followupFallback({ cohort }), blocks };
}

/** To someone enrolled in the new cohort from the waiting list, in the role they asked for. */
export function nextCohortMessage(messages: Messages, notice: NextCohortNotice): SlackMessage {
  const text = messages.nextCohortEnrolled({ cohort: escapeMrkdwn(notice.cohortName), role: roleNoun(messages, notice.role) });
  return { text, blocks: [section(text)] };
}
