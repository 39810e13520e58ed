import { MEETING_NOTICE_KIND, parseMeetingTarget, saveMeeting, type MeetingInput } from '../../services/meetings';
import { CALLBACK, MEETING_BOOK } from '../../views/ids';
import { meetingErrors, meetingNoticeModal, plainDate } from '../../views/meetings';
import { meetingRefusalText } from '../commands/subcommands/book';
import { failureMessage, localeOf, type AppContext } from '../context';
import { messagesFor } from '../../i18n';
import { refreshHome } from '../events/app-home-opened';
import type { ListenerRoutes } from '../router';
import { cleanText, selectedDateTime, selectedValue, stateValues, textValue, type StateValues } from './state';

/** The modal's values as the service takes them: the place cleaned (one line, no control characters). */
export function readMeetingForm(values: StateValues): MeetingInput {
  return {
    suggested: selectedValue(values, MEETING_BOOK.suggested),
    when: selectedDateTime(values, MEETING_BOOK.when),
    length: selectedValue(values, MEETING_BOOK.length),
    where: cleanText(textValue(values, MEETING_BOOK.where)),
  };
}

/**
 * The `meeting_book` submission (PRODUCT.md §12.2). Checked before the ack so the answer can carry inline errors
 * (no time, a time past, after the cohort ends, a place too long); a forged or stale target gets a notice in place
 * of the modal. Otherwise the meeting is saved with its reminder and follow-up in the ledger, the modal closes,
 * and the booking message and its invitation go out through the ledger at once.
 */
export function registerMeetingBookView(routes: ListenerRoutes, ctx: AppContext): void {
  routes.view(CALLBACK.meetingBook, async ({ ack, body, view }) => {
    const userId = body.user.id;
    const locale = await localeOf(ctx, userId);
    const messages = messagesFor(locale);
    const parsed = stateValues.safeParse(view.state?.values ?? {});
    const target = parseMeetingTarget(view.private_metadata);
    if (!parsed.success || !target) {
      ctx.logger.info({ reason: 'bad_form' }, 'meeting not booked');
      await ack({ response_action: 'update', view: meetingNoticeModal(messages, messages.meetingGone) });
      return;
    }
    let result: ReturnType<typeof saveMeeting>;
    try {
      result = saveMeeting(ctx.db, userId, target, readMeetingForm(parsed.data), ctx.now());
    } catch (error) {
      await ack({ response_action: 'errors', errors: { [MEETING_BOOK.when]: failureMessage(ctx, messages, error, 'view:meeting_book') } });
      return;
    }
    if (!result.ok) {
      if (result.reason === 'invalid') {
        const endsAt = plainDate(result.endsAt, result.viewerZone, locale);
        await ack({ response_action: 'errors', errors: meetingErrors(messages, result.errors, { endsAt, hasSuggestions: MEETING_BOOK.suggested in parsed.data }) });
        return;
      }
      ctx.logger.info({ ...target, reason: result.reason }, 'meeting not booked');
      await ack({ response_action: 'update', view: meetingNoticeModal(messages, meetingRefusalText(messages, result.reason)) });
      return;
    }
    await ack();
    const { meeting, moved } = result;
    ctx.logger.info({ meeting: meeting.id, pair: meeting.pairId, sequence: meeting.sequence, moved }, moved ? 'meeting moved' : 'meeting booked');
    ctx.dispatchSoon([MEETING_NOTICE_KIND]);
    ctx.work.run(() => refreshHome(ctx, userId));
  });
}
