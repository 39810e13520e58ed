import type { ModalView, PlainTextOption } from '@slack/types';
import type { Topic } from '../db/repositories/topics';
import type { Participant } from '../db/repositories/participants';
import { LIMITS, MEETING_PREFERENCES, SENIORITY_BANDS, type MeetingPreference, type SeniorityBand } from '../domain';
import type { Messages } from '../i18n';
import { option, optionalTextArea, plain, section } from './blocks';
import type { ProgrammeOutline } from '../services/enrollment';
import { howItWorksText } from './how-it-works';
import { CALLBACK, CONFIDENTIALITY_AGREE, JOIN } from './ids';

export function seniorityLabel(messages: Messages, band: SeniorityBand): string {
  return band === '20+' ? messages.seniorityTwentyPlus : messages.seniority({ band: band.replace('-', '–') });
}

export function meetingLabel(messages: Messages, preference: MeetingPreference): string {
  return { video: messages.meetingVideo, in_person: messages.meetingInPerson, either: messages.meetingEither }[preference];
}

export function roleLabel(messages: Messages, role: Participant['role']): string {
  return role === 'mentor' ? messages.roleMentor : messages.roleMentee;
}

/**
 * The `join` modal (PRODUCT.md §4). With `existing` it is the same form, pre-filled, for editing a profile.
 * Slack enforces `max_length` in the client; the submission is validated again on the server.
 */
export function joinModal(messages: Messages, topics: readonly Topic[], existing?: Participant, outline?: ProgrammeOutline): ModalView {
  const roleOptions = [
    option(messages.roleMentor, 'mentor', messages.roleMentorDescription),
    option(messages.roleMentee, 'mentee', messages.roleMenteeDescription),
  ];
  const seniorityOptions = SENIORITY_BANDS.map((band) => option(seniorityLabel(messages, band), band));
  // A select holds at most 100 options (Block Kit limit).
  const topicOptions = topics.slice(0, 100).map((topic) => option(topic.title, topic.id));
  const meetingOptions = MEETING_PREFERENCES.map((preference) => option(meetingLabel(messages, preference), preference));
  // What a person agrees to is never cut short: the catalog test keeps both parts within Slack's 75 characters.
  const agreeOption = option(messages.confidentialityText, CONFIDENTIALITY_AGREE, messages.confidentialityDescription);
  const pick = (options: PlainTextOption[], value: string | null | undefined) =>
    options.find((candidate) => candidate.value === value);
  const chosenTopics = topicOptions.filter((candidate) => existing?.topics.includes(candidate.value ?? ''));

  const role = pick(roleOptions, existing?.role);
  const seniority = pick(seniorityOptions, existing?.seniority);
  const meeting = pick(meetingOptions, existing?.meetingPref);

  return {
    type: 'modal',
    callback_id: CALLBACK.join,
    title: plain(existing ? messages.joinEditTitle : messages.joinTitle),
    submit: plain(existing ? messages.joinSave : messages.joinSubmit),
    close: plain(messages.cancel),
    blocks: [
      section(messages.joinIntro),
      // Newcomers see the commitment and what comes next before they fill anything in.
      ...(!existing && outline ? [section(howItWorksText(messages, outline))] : []),
      {
        type: 'input',
        block_id: JOIN.role,
        label: plain(messages.roleLabel),
        element: {
          type: 'radio_buttons',
          action_id: JOIN.role,
          options: roleOptions,
          ...(role ? { initial_option: role } : {}),
        },
      },
      {
        type: 'input',
        block_id: JOIN.department,
        label: plain(messages.departmentLabel),
        element: {
          type: 'plain_text_input',
          action_id: JOIN.department,
          max_length: LIMITS.departmentChars,
          placeholder: plain(messages.departmentPlaceholder),
          ...(existing ? { initial_value: existing.department } : {}),
        },
      },
      {
        type: 'input',
        block_id: JOIN.seniority,
        label: plain(messages.seniorityLabel),
        element: {
          type: 'static_select',
          action_id: JOIN.seniority,
          options: seniorityOptions,
          ...(seniority ? { initial_option: seniority } : {}),
        },
      },
      {
        type: 'input',
        block_id: JOIN.topics,
        label: plain(messages.topicsLabel),
        hint: plain(messages.topicsHint({ min: LIMITS.topicsMin, max: LIMITS.topicsMax })),
        element: {
          type: 'multi_static_select',
          action_id: JOIN.topics,
          options: topicOptions,
          max_selected_items: LIMITS.topicsMax,
          ...(chosenTopics.length > 0 ? { initial_options: chosenTopics } : {}),
        },
      },
      {
        type: 'input',
        block_id: JOIN.manager,
        optional: true,
        label: plain(messages.managerLabel),
        hint: plain(messages.managerHint),
        element: {
          type: 'users_select',
          action_id: JOIN.manager,
          ...(existing?.managerId ? { initial_user: existing.managerId } : {}),
        },
      },
      optionalTextArea(JOIN.goals, messages.goalsLabel, messages.goalsHint({ max: LIMITS.goalsChars }), LIMITS.goalsChars, existing?.goals),
      {
        type: 'input',
        block_id: JOIN.meeting,
        optional: true,
        label: plain(messages.meetingLabel),
        element: {
          type: 'static_select',
          action_id: JOIN.meeting,
          options: meetingOptions,
          ...(meeting ? { initial_option: meeting } : {}),
        },
      },
      {
        type: 'input',
        block_id: JOIN.confidentiality,
        label: plain(messages.confidentialityLabel),
        element: {
          type: 'checkboxes',
          action_id: JOIN.confidentiality,
          options: [agreeOption],
          ...(existing ? { initial_options: [agreeOption] } : {}),
        },
      },
    ],
  };
}
