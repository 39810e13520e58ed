import { setMeetingMessage } from '../../db/repositories/meetings';
import { messagesFor, type Messages } from '../../i18n';
import type { DeliveryHandler } from '../../services/delivery';
import {
  FIRST_MEETING_NUDGE_MAX_LATENESS_MS,
  MEETING_FOLLOWUP_MAX_LATENESS_MS,
  MEETING_REMINDER_MAX_LATENESS_MS,
  prepareFirstMeetingNudge,
  prepareMeetingMessage,
  type MeetingView,
} from '../../services/meetings';
import { meetingInvitation } from '../../views/meeting-invitation';
import { firstMeetingNudgeMessage, meetingFollowupMessage, meetingMessage, meetingMetadata, meetingReminderMessage } from '../../views/meetings';
import type { DeliveryDeps } from './deps';

/**
 * The ledger's handlers for meetings (PRODUCT.md §12.2). Each row is one version of one meeting (its key ends in
 * `:meeting:<id>:seq:<n>`); a row whose version was replaced by a move or a cancellation is skipped, so only the
 * current time is ever announced, reminded or followed up.
 */

function invitationFor(messages: Messages, view: MeetingView, now: Date) {
  const { meeting } = view;
  return meetingInvitation({
    uid: meeting.uid,
    sequence: meeting.sequence,
    cancelled: meeting.status === 'cancelled',
    startsAt: new Date(meeting.startsAt),
    minutes: meeting.minutes,
    summary:
      view.mentorName && view.menteeName
        ? messages.meetingInvitationSummary({ mentor: view.mentorName, mentee: view.menteeName })
        : messages.meetingInvitationSummaryNoNames,
    description: messages.meetingInvitationDescription,
    place: meeting.place,
    writtenAt: now,
  });
}

/**
 * `meeting_notice` rows: the rm_meeting message in the pair's group DM — posted the first time (its ts kept on the
 * meeting, so a retry or a later version updates it in place) — and the .ics of this version uploaded to the same
 * conversation: METHOD:REQUEST with the same UID and a higher SEQUENCE for a move, METHOD:CANCEL for a cancellation.
 */
export function meetingNoticeHandler(deps: DeliveryDeps): DeliveryHandler {
  return {
    rateLimitScope: 'message',
    async deliver(delivery, now) {
      const prepared = prepareMeetingMessage(deps.db, delivery, deps.config.defaultLocale);
      if ('skipped' in prepared) return prepared;
      const { view } = prepared;
      const messages = messagesFor(view.locale);
      const message = { ...meetingMessage(messages, view), metadata: meetingMetadata(view) };
      let posted: { channel: string; ts: string };
      if (view.meeting.channelId && view.meeting.messageTs) {
        posted = { channel: view.meeting.channelId, ts: view.meeting.messageTs };
        await deps.slack.updateMessage(posted.channel, posted.ts, message);
      } else {
        posted = await deps.slack.postMessage(view.channelId, message);
        setMeetingMessage(deps.db, view.meeting.id, posted);
      }
      const cancelled = view.meeting.status === 'cancelled';
      const file = invitationFor(messages, view, now);
      await deps.slack.uploadFile(posted.channel, {
        bytes: file.bytes,
        filename: file.filename,
        title: cancelled ? messages.meetingCancellationTitle : messages.meetingInvitationTitle,
        initialComment: cancelled ? messages.meetingCancellationComment : messages.meetingInvitationComment,
      });
      return { posted };
    },
  };
}

/** `meeting_reminder` rows: an hour before the start, in the group DM. */
export function meetingReminderHandler(deps: DeliveryDeps): DeliveryHandler {
  return {
    maxLatenessMs: MEETING_REMINDER_MAX_LATENESS_MS,
    rateLimitScope: 'message',
    async deliver(delivery) {
      const prepared = prepareMeetingMessage(deps.db, delivery, deps.config.defaultLocale);
      if ('skipped' in prepared) return prepared;
      const posted = await deps.slack.postMessage(prepared.view.channelId, meetingReminderMessage(messagesFor(prepared.view.locale), prepared.view));
      return { posted };
    },
  };
}

/** `meeting_followup` rows: "Did you meet?" after the end, with `meeting_held` yes / no / moved. */
export function meetingFollowupHandler(deps: DeliveryDeps): DeliveryHandler {
  return {
    maxLatenessMs: MEETING_FOLLOWUP_MAX_LATENESS_MS,
    rateLimitScope: 'message',
    async deliver(delivery) {
      const prepared = prepareMeetingMessage(deps.db, delivery, deps.config.defaultLocale);
      if ('skipped' in prepared) return prepared;
      const posted = await deps.slack.postMessage(prepared.view.channelId, meetingFollowupMessage(messagesFor(prepared.view.locale), prepared.view));
      return { posted };
    },
  };
}

/** `first_meeting_nudge` rows (subject = the pair, user = the mentee): four days of silence after the introduction. */
export function firstMeetingNudgeHandler(deps: DeliveryDeps): DeliveryHandler {
  return {
    maxLatenessMs: FIRST_MEETING_NUDGE_MAX_LATENESS_MS,
    rateLimitScope: 'message',
    async deliver(delivery) {
      const prepared = prepareFirstMeetingNudge(deps.db, delivery.subjectId, deps.config.defaultLocale);
      if ('skipped' in prepared) return prepared;
      const posted = await deps.slack.sendDirectMessage(prepared.menteeId, firstMeetingNudgeMessage(messagesFor(prepared.locale), prepared));
      return { posted };
    },
  };
}
