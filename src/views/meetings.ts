import type { Button, KnownBlock, ModalView } from '@slack/types';
import type { Locale } from '../config';
import type { Messages } from '../i18n';
import type { OutgoingMessage } from '../slack/gateway';
import { formatInZone, formatPartsInZone } from '../services/calendar';
import { MEETING_LIMITS, meetingTargetMetadata, type MeetingErrors, type MeetingField, type MeetingModalData, type MeetingView } from '../services/meetings';
import { actions, button, context, option, plain, section, type SlackMessage } from './blocks';
import { ACTION, CALLBACK, MEETING_BOOK, METADATA_EVENT } from './ids';
import { escapeMrkdwn, mention, slackDate, SLACK_LIMITS, truncate } from './mrkdwn';

/**
 * Meetings booked in Slack (PRODUCT.md §12.2): the `meeting_book` modal, the booking message in the pair's group
 * DM (rm_meeting) and what follows it, the silence DM and the App Home lines. Pure builders: data in, blocks out.
 */

/** Meetings name a day and a time; Slack shows each reader their own. */
const MEETING_DATE = '{date_long} {time}';

/** Option labels are plain text, where Slack's date formatting does not work: written in the viewer's zone and language. */
export function slotLabel(at: Date, zone: string, locale: Locale): string {
  if (locale === 'sv') {
    const day = formatInZone(at, zone, 'sv-SE', { weekday: 'short', day: 'numeric', month: 'short' });
    const parts = formatPartsInZone(at, zone, 'sv-SE', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    const part = (type: string) => parts.find((candidate) => candidate.type === type)?.value ?? '00';
    return `${day} kl. ${part('hour')}.${part('minute')}`;
  }
  return formatInZone(at, zone, 'en-US', { weekday: 'short', day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' });
}

/** A date in an inline error (plain text), in the viewer's zone and language. */
export function plainDate(at: Date, zone: string, locale: Locale): string {
  return formatInZone(at, zone, locale === 'sv' ? 'sv-SE' : 'en-US', { dateStyle: 'long' });
}

const lengthOptions = (messages: Messages) => MEETING_LIMITS.lengths.map((minutes) => option(messages.meetingLengthOption({ minutes }), String(minutes)));

/** The `meeting_book` modal: up to three times that suit both (in the viewer's time), a datetimepicker, length, place. */
export function meetingBookModal(messages: Messages, data: MeetingModalData): ModalView {
  const moving = data.existing !== undefined;
  const partner = mention(data.partnerId);
  const blocks: KnownBlock[] = [section(moving ? messages.meetingModalMoveIntro({ partner }) : messages.meetingModalIntro({ partner }))];
  if (data.suggestions.length > 0) {
    blocks.push({
      type: 'input',
      block_id: MEETING_BOOK.suggested,
      optional: true,
      label: plain(messages.meetingSuggestedLabel),
      hint: plain(messages.meetingSuggestedHint),
      element: {
        type: 'static_select',
        action_id: MEETING_BOOK.suggested,
        placeholder: plain(messages.meetingSuggestedPlaceholder),
        options: data.suggestions.map((at) => option(slotLabel(at, data.viewerZone, data.viewerLocale), String(Math.floor(at.getTime() / 1000)))),
      },
    });
  } else {
    blocks.push(context(messages.meetingNoSuggestions));
  }
  const lengths = lengthOptions(messages);
  const initialLength = lengths.find((candidate) => candidate.value === String(data.existing?.minutes ?? MEETING_LIMITS.defaultLength));
  blocks.push(
    {
      type: 'input',
      block_id: MEETING_BOOK.when,
      optional: true,
      label: plain(messages.meetingWhenLabel),
      hint: plain(messages.meetingWhenHint),
      element: {
        type: 'datetimepicker',
        action_id: MEETING_BOOK.when,
        ...(data.existing ? { initial_date_time: Math.floor(data.existing.startsAt.getTime() / 1000) } : {}),
      },
    },
    {
      type: 'input',
      block_id: MEETING_BOOK.length,
      label: plain(messages.meetingLengthLabel),
      element: { type: 'static_select', action_id: MEETING_BOOK.length, options: lengths, ...(initialLength ? { initial_option: initialLength } : {}) },
    },
    {
      type: 'input',
      block_id: MEETING_BOOK.where,
      optional: true,
      label: plain(messages.meetingWhereLabel),
      hint: plain(messages.meetingWhereHint({ max: MEETING_LIMITS.whereChars })),
      element: {
        type: 'plain_text_input',
        action_id: MEETING_BOOK.where,
        max_length: MEETING_LIMITS.whereChars,
        placeholder: plain(messages.meetingWherePlaceholder),
        ...(data.existing?.place ? { initial_value: data.existing.place } : {}),
      },
    },
  );
  return {
    type: 'modal',
    callback_id: CALLBACK.meetingBook,
    private_metadata: meetingTargetMetadata(data.target),
    title: plain(truncate(moving ? messages.meetingModalMoveTitle : messages.meetingModalTitle, SLACK_LIMITS.modalTitle)),
    submit: plain(moving ? messages.meetingModalMoveSubmit : messages.meetingModalSubmit),
    close: plain(messages.meetingModalClose),
    blocks,
  };
}

const BLOCK_OF: Record<MeetingField, string> = {
  suggested: MEETING_BOOK.suggested,
  when: MEETING_BOOK.when,
  length: MEETING_BOOK.length,
  where: MEETING_BOOK.where,
};

/** Inline errors against their blocks (PRODUCT.md §10). A suggestion's error shows where the modal has that block. */
export function meetingErrors(messages: Messages, errors: MeetingErrors, data: { endsAt: string; hasSuggestions: boolean }): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [field, error] of Object.entries(errors) as Array<[MeetingField, NonNullable<MeetingErrors[MeetingField]>]>) {
    const block = field === 'suggested' && !data.hasSuggestions ? MEETING_BOOK.when : BLOCK_OF[field];
    out[block] = {
      time_required: messages.meetingErrorTimeRequired,
      in_past: messages.meetingErrorInPast,
      after_cohort: messages.meetingErrorAfterCohort({ date: data.endsAt }),
      invalid_choice: messages.errorInvalidChoice,
      too_long: messages.errorTooLong({ max: MEETING_LIMITS.whereChars }),
    }[error];
  }
  return out;
}

function whenAndWhere(messages: Messages, view: MeetingView): string {
  const { meeting } = view;
  const date = slackDate(new Date(meeting.startsAt), MEETING_DATE);
  const where = meeting.place ? messages.meetingWhereLine({ place: escapeMrkdwn(meeting.place) }) : messages.meetingNoPlace;
  return `${messages.meetingWhenLine({ date, minutes: meeting.minutes })}\n${where}`;
}

export const MEETING_BLOCK = { actions: 'meeting_actions', book: 'meeting_book_actions', reflect: 'meeting_reflect_actions' } as const;

/**
 * The booking message in the pair's group DM: who booked (or moved, or cancelled) it, when in each reader's own
 * time, where, and Reschedule and Cancel while it stands.
 */
export function meetingMessage(messages: Messages, view: MeetingView): SlackMessage {
  const { meeting } = view;
  const value = String(meeting.id);
  const date = slackDate(new Date(meeting.startsAt), MEETING_DATE);
  if (meeting.status === 'cancelled') {
    const user = mention(meeting.answeredBy ?? meeting.bookedBy);
    return {
      text: messages.meetingCancelledText({ user }),
      blocks: [section(`${messages.meetingCancelledTitle({ user })}\n~${messages.meetingWhenLine({ date, minutes: meeting.minutes })}~`), context(messages.meetingCancelledNote)],
    };
  }
  const booker = mention(meeting.bookedBy);
  const moved = meeting.sequence > 0;
  const cancel: Button = {
    ...button(messages.meetingCancelButton, ACTION.meetingCancel, value, 'danger'),
    confirm: {
      title: plain(messages.meetingCancelConfirmTitle),
      text: plain(messages.meetingCancelConfirmText),
      confirm: plain(messages.meetingCancelConfirmYes),
      deny: plain(messages.meetingCancelConfirmNo),
      style: 'danger',
    },
  };
  return {
    text: moved ? messages.meetingMovedText({ booker, date }) : messages.meetingBookedText({ booker, date }),
    blocks: [
      section(`${moved ? messages.meetingMovedTitle({ booker }) : messages.meetingBookedTitle({ booker })}\n${whenAndWhere(messages, view)}`),
      context(messages.meetingCalendarNote),
      actions(MEETING_BLOCK.actions, [button(messages.meetingRescheduleButton, ACTION.meetingReschedule, value), cancel]),
    ],
  };
}

/** Metadata on the booking message (PRODUCT.md §12.7): which meeting, pair and version it shows. */
export function meetingMetadata(view: MeetingView): NonNullable<OutgoingMessage['metadata']> {
  return {
    event_type: METADATA_EVENT.meeting,
    event_payload: { meeting_id: view.meeting.id, pair_id: view.meeting.pairId, sequence: view.meeting.sequence, status: view.meeting.status },
  };
}

/** An hour before: in the group DM, with where to go. */
export function meetingReminderMessage(messages: Messages, view: MeetingView): SlackMessage {
  const { meeting } = view;
  const text = messages.meetingReminderText({ date: slackDate(new Date(meeting.startsAt), MEETING_DATE) });
  const where = meeting.place ? messages.meetingWhereLine({ place: escapeMrkdwn(meeting.place) }) : messages.meetingNoPlace;
  return { text, blocks: [section(`${text}\n${where}`)] };
}

export const HELD_ANSWERS = ['yes', 'no', 'moved'] as const;

/** The block of one answer on "Did you meet?": the meeting and the answer, since the three buttons share one action id. */
export function heldBlockId(meetingId: number, answer: (typeof HELD_ANSWERS)[number]): string {
  return `${ACTION.meetingHeld}:${meetingId}:${answer}`;
}

export function parseHeldBlockId(blockId: string | undefined): number | undefined {
  const match = /^meeting_held:(\d{1,12}):(yes|no|moved)$/.exec(blockId ?? '');
  return match ? Number(match[1]) : undefined;
}

/**
 * "Did you meet?" after the end. Slack wants action ids unique within a block, and the three answers share
 * `meeting_held`, so each button has a block of its own that names the meeting.
 */
export function meetingFollowupMessage(messages: Messages, view: MeetingView): SlackMessage {
  const { meeting } = view;
  const text = messages.meetingFollowupText({ date: slackDate(new Date(meeting.startsAt), MEETING_DATE) });
  const label = { yes: messages.meetingHeldYes, no: messages.meetingHeldNo, moved: messages.meetingHeldMoved };
  return {
    text,
    blocks: [
      section(text),
      ...HELD_ANSWERS.map((answer) => actions(heldBlockId(meeting.id, answer), [button(label[answer], ACTION.meetingHeld, answer, answer === 'yes' ? 'primary' : undefined)])),
    ],
  };
}

/** The follow-up once answered: who said what, and the next step (reflect, or book again). */
export function meetingAnsweredMessage(
  messages: Messages,
  answer: { held: boolean; userId: string; pairId: number; reflectPromptId: number | undefined },
): SlackMessage {
  const user = mention(answer.userId);
  if (answer.held) {
    const text = messages.meetingHeldRecordedYes({ user });
    const blocks: KnownBlock[] = [section(text)];
    if (answer.reflectPromptId !== undefined) {
      blocks.push(actions(MEETING_BLOCK.reflect, [button(messages.promptReflect, ACTION.nudgeReflect, String(answer.reflectPromptId), 'primary')]));
    }
    return { text, blocks };
  }
  const text = messages.meetingHeldRecordedNo({ user });
  return { text, blocks: [section(text), actions(MEETING_BLOCK.book, [bookButton(messages, answer.pairId, 'primary')])] };
}

/** Book a meeting (value = the pair id); primary where it is the message's main step. */
export function bookButton(messages: Messages, pairId: number, style?: 'primary'): Button {
  return button(messages.meetingBookButton, ACTION.meetingBook, String(pairId), style);
}

/** The one DM to a mentee four days after the introduction with nothing booked. */
export function firstMeetingNudgeMessage(messages: Messages, data: { pairId: number; mentorId: string }): SlackMessage {
  const text = messages.firstMeetingNudgeText({ mentor: mention(data.mentorId) });
  return { text, blocks: [section(text), actions(MEETING_BLOCK.book, [bookButton(messages, data.pairId, 'primary')])] };
}

/** `/reverse-mentor book` for a mentor with several mentees: one Book button per partner. */
export function choosePartnerMessage(messages: Messages, pairs: ReadonlyArray<{ pairId: number; partnerId: string }>): SlackMessage {
  return {
    text: messages.meetingChoosePartner,
    blocks: [
      section(messages.meetingChoosePartner),
      ...pairs.map((pair) => ({ ...section(messages.meetingWithPartner({ partner: mention(pair.partnerId) })), accessory: bookButton(messages, pair.pairId) }) as KnownBlock),
    ],
  };
}

/** App Home: each partner with the next meeting (or none yet) and a Book button. */
export function homeMeetingBlocks(messages: Messages, pairs: ReadonlyArray<{ pairId: number; partnerId: string; next: Date | null }>): KnownBlock[] {
  if (pairs.length === 0) return [];
  return [
    section(messages.homeMeetingsHeader),
    ...pairs.map(
      (pair) =>
        ({
          ...section(
            pair.next
              ? messages.homeNextMeeting({ partner: mention(pair.partnerId), date: slackDate(pair.next, MEETING_DATE) })
              : messages.homeNoMeeting({ partner: mention(pair.partnerId) }),
          ),
          accessory: bookButton(messages, pair.pairId),
        }) as KnownBlock,
    ),
  ];
}

/** In place of the modal when the booking cannot be saved (the pairing ended, the meeting was cancelled meanwhile). */
export function meetingNoticeModal(messages: Messages, text: string): ModalView {
  return {
    type: 'modal',
    callback_id: CALLBACK.meetingBook,
    title: plain(truncate(messages.meetingModalTitle, SLACK_LIMITS.modalTitle)),
    close: plain(messages.meetingModalClose),
    blocks: [section(text)],
  };
}
