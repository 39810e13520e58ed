import { messagesFor, type Messages } from '../../../i18n';
import { bookablePairs, meetingModal, type MeetingRefusal, type MeetingTarget } from '../../../services/meetings';
import { choosePartnerMessage, meetingBookModal } from '../../../views/meetings';
import { textMessage } from '../../../views/participant-messages';
import { messagesOf, type AppContext } from '../../context';
import type { Subcommand } from '../subcommand';

/** The sentence a person reads when a meeting button or modal changed nothing. */
export function meetingRefusalText(messages: Messages, reason: MeetingRefusal): string {
  switch (reason) {
    case 'not_member':
      return messages.meetingNotYours;
    case 'cancelled':
      return messages.meetingAlreadyCancelled;
    case 'cohort_ended':
      return messages.meetingCohortEnded;
    case 'pair_ended':
      return messages.meetingPairEnded;
    case 'not_found':
      return messages.meetingGone;
  }
}

/**
 * Opens the `meeting_book` modal for a pair (or for moving one of its meetings), in the viewer's language, with
 * times that suit both shown in the viewer's own time. Membership is checked first (the id may be forged); returns
 * the refusal sentence instead. The trigger id lives 3 seconds: only quick reads come before the call.
 */
export async function openMeetingModal(ctx: AppContext, userId: string, target: MeetingTarget, triggerId: string): Promise<string | undefined> {
  const found = meetingModal(ctx.db, userId, target, ctx.config.defaultLocale, ctx.now());
  if (!found.ok) {
    ctx.logger.info({ ...target, reason: found.reason }, 'meeting modal not opened');
    return meetingRefusalText(await messagesOf(ctx, userId), found.reason);
  }
  await ctx.slack.openModal(triggerId, meetingBookModal(messagesFor(found.data.viewerLocale), found.data));
  return undefined;
}

/** `book`: the modal for the person's pair; a mentor with several mentees first picks whom to meet. */
export const bookSubcommand: Subcommand = {
  name: 'book',
  organizerOnly: false,
  helpKey: 'helpBook',
  async run({ ctx, userId, triggerId, messages, reply }) {
    const pairs = bookablePairs(ctx.db, userId, ctx.now());
    if (pairs.length === 0) {
      await reply(textMessage(messages.meetingNoPair));
      return;
    }
    if (pairs.length > 1) {
      await reply(choosePartnerMessage(messages, pairs));
      return;
    }
    const refusal = await openMeetingModal(ctx, userId, { pairId: (pairs[0] as { pairId: number }).pairId }, triggerId);
    if (refusal) await reply(textMessage(refusal));
  },
};
