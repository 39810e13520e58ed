import type { KnownBlock, ModalView, PlainTextOption } from '@slack/types';
import type { Role } from '../domain';
import type { Messages } from '../i18n';
import { isFormerParticipantId } from '../services/forget-me';
import { REFLECTION_LIMITS, type MetAnswer, type Reflection, type SharingLevel } from '../services/reflections';
import { context, header, option, optionalTextArea, plain, section, type SlackMessage } from './blocks';
import { CALLBACK, REFLECTION } from './ids';
import { escapeMrkdwn, mention, slackDate, SLACK_LIMITS, truncate } from './mrkdwn';

/** The `reflection` modal (PRODUCT.md §4, §7), its confirmation, and the organizers' at-risk DM. Pure builders. */

/** A person by mention, or "a former participant" for someone who asked to be forgotten (never a mention). */
export function personLabel(messages: Messages, userId: string): string {
  return isFormerParticipantId(userId) ? messages.formerParticipant : mention(userId);
}

export interface ReflectionModalData {
  promptId: number;
  role: Role;
  cycle: number;
  cycles: number;
  /** The last cycle: the final reflection. */
  closing: boolean;
  /** The prompt's topic, as the pair saw it. */
  topic: { id: string | null; title: string };
  /** Topics to choose from (approved, in the reader's language). */
  topics: ReadonlyArray<{ id: string; title: string }>;
  closesAt: Date;
  /** What the person saved before: the modal opens pre-filled. */
  existing?: Pick<Reflection, 'met' | 'rating' | 'topicId' | 'learned' | 'nextStep' | 'sharing'> | undefined;
}

const MAX_OPTIONS = 100;

function metLabel(messages: Messages, met: MetAnswer): string {
  return { yes: messages.reflectionMetYes, no: messages.reflectionMetNo, rescheduled: messages.reflectionMetRescheduled }[met];
}

function ratingLabel(messages: Messages, rating: number): string {
  return [messages.reflectionRating1, messages.reflectionRating2, messages.reflectionRating3, messages.reflectionRating4, messages.reflectionRating5][
    rating - 1
  ] as string;
}

function sharingOption(messages: Messages, sharing: SharingLevel): PlainTextOption {
  const [text, description] = {
    private: [messages.reflectionSharingPrivate, messages.reflectionSharingPrivateHint],
    anonymous: [messages.reflectionSharingAnonymous, messages.reflectionSharingAnonymousHint],
    named: [messages.reflectionSharingNamed, messages.reflectionSharingNamedHint],
  }[sharing] as [string, string];
  return option(text, sharing, description);
}

/** The `private_metadata` of the modal: the prompt id, nothing else (checked again on submit). */
export function reflectionMetadata(promptId: number): string {
  return String(promptId);
}

/**
 * The reflection modal, worded for the person's side of the pair (mentee: what they learned from their mentor;
 * mentor: what they noticed about their leader's questions), pre-filled with what they saved before.
 */
export function reflectionModal(messages: Messages, data: ReflectionModalData): ModalView {
  const mentee = data.role === 'mentee';
  const existing = data.existing;
  const metOptions = (['yes', 'no', 'rescheduled'] as const).map((met) => option(metLabel(messages, met), met));
  const ratingOptions = [1, 2, 3, 4, 5].map((rating) => option(ratingLabel(messages, rating), String(rating)));
  const sharingOptions = (['private', 'anonymous', 'named'] as const).map((sharing) => sharingOption(messages, sharing));

  // The prompt's topic first (it may no longer be in the catalogue), then the others.
  const topicChoices = [
    ...(data.topic.id ? [{ id: data.topic.id, title: data.topic.title }] : []),
    ...data.topics.filter((topic) => topic.id !== data.topic.id),
  ];
  const chosenTopic = existing?.topicId ?? data.topic.id;
  if (chosenTopic && !topicChoices.some((topic) => topic.id === chosenTopic)) topicChoices.unshift({ id: chosenTopic, title: chosenTopic });
  const topicOptions = topicChoices.slice(0, MAX_OPTIONS).map((topic) => option(topic.title, topic.id));

  const initialMet = metOptions.find((candidate) => candidate.value === existing?.met);
  const initialRating = ratingOptions.find((candidate) => candidate.value === String(existing?.rating ?? ''));
  const initialTopic = topicOptions.find((candidate) => candidate.value === chosenTopic);
  const initialSharing = sharingOptions.find((candidate) => candidate.value === (existing?.sharing ?? 'private'));

  const blocks: KnownBlock[] = [
    section(
      `${messages.reflectionIntro({ cycle: data.cycle, cycles: data.cycles, topic: escapeMrkdwn(data.topic.title) })}\n` +
        (mentee ? messages.reflectionIntroMentee : messages.reflectionIntroMentor),
    ),
    context(`${messages.reflectionPrivacyNote} ${messages.reflectionEditNote({ date: slackDate(data.closesAt) })}`),
    {
      type: 'input',
      block_id: REFLECTION.met,
      label: plain(mentee ? messages.reflectionMetLabelMentee : messages.reflectionMetLabelMentor),
      element: { type: 'radio_buttons', action_id: REFLECTION.met, options: metOptions, ...(initialMet ? { initial_option: initialMet } : {}) },
    },
    {
      type: 'input',
      block_id: REFLECTION.rating,
      optional: true,
      label: plain(mentee ? messages.reflectionRatingLabelMentee : messages.reflectionRatingLabelMentor),
      hint: plain(messages.reflectionRatingHint),
      element: { type: 'static_select', action_id: REFLECTION.rating, options: ratingOptions, ...(initialRating ? { initial_option: initialRating } : {}) },
    },
  ];
  if (topicOptions.length > 0) {
    blocks.push({
      type: 'input',
      block_id: REFLECTION.topic,
      label: plain(messages.reflectionTopicLabel),
      element: { type: 'static_select', action_id: REFLECTION.topic, options: topicOptions, ...(initialTopic ? { initial_option: initialTopic } : {}) },
    });
  }
  blocks.push(
    optionalTextArea(
      REFLECTION.learned,
      mentee ? messages.reflectionLearnedLabelMentee : messages.reflectionLearnedLabelMentor,
      messages.reflectionTextHint({ max: REFLECTION_LIMITS.learnedChars }),
      REFLECTION_LIMITS.learnedChars,
      existing?.learned,
    ),
    optionalTextArea(
      REFLECTION.nextStep,
      mentee ? messages.reflectionNextStepLabelMentee : messages.reflectionNextStepLabelMentor,
      messages.reflectionTextHint({ max: REFLECTION_LIMITS.nextStepChars }),
      REFLECTION_LIMITS.nextStepChars,
      existing?.nextStep,
    ),
    {
      type: 'input',
      block_id: REFLECTION.sharing,
      label: plain(messages.reflectionSharingLabel),
      element: { type: 'radio_buttons', action_id: REFLECTION.sharing, options: sharingOptions, ...(initialSharing ? { initial_option: initialSharing } : {}) },
    },
  );

  return {
    type: 'modal',
    callback_id: CALLBACK.reflection,
    private_metadata: reflectionMetadata(data.promptId),
    title: plain(truncate(data.closing ? messages.reflectionFinalTitle : messages.reflectionTitle, SLACK_LIMITS.modalTitle)),
    submit: plain(messages.reflectionSave),
    close: plain(messages.cancel),
    blocks,
  };
}

/** What replaces the modal when a submission is refused (closed cycle, not their pair…): the reason, and a Close button. */
export function reflectionNoticeModal(messages: Messages, text: string): ModalView {
  return {
    type: 'modal',
    callback_id: CALLBACK.reflection,
    title: plain(truncate(messages.reflectionTitle, SLACK_LIMITS.modalTitle)),
    close: plain(messages.reflectionClose),
    blocks: [section(text)],
  };
}

/** The DM after saving: thanks, who may read it, and until when it can be changed. Never the text itself. */
export function reflectionSavedMessage(
  messages: Messages,
  saved: { created: boolean; cycle: number; sharing: SharingLevel; closesAt: Date },
): SlackMessage {
  const lead = saved.created ? messages.reflectionSaved({ cycle: saved.cycle }) : messages.reflectionUpdated({ cycle: saved.cycle });
  const who = { private: messages.reflectionSavedPrivate, anonymous: messages.reflectionSavedAnonymous, named: messages.reflectionSavedNamed }[
    saved.sharing
  ];
  return { text: lead, blocks: [section(`${lead} ${who}`), context(messages.reflectionSavedEditable({ date: slackDate(saved.closesAt) }))] };
}
