import { findParticipant } from '../../../db/repositories/participants';
import { joinOutline } from '../../../services/enrollment';
import { listApprovedTopics } from '../../../db/repositories/topics';
import { messagesFor } from '../../../i18n';
import { joinModal } from '../../../views/join-modal';
import { localeOf, type AppContext } from '../../context';
import type { Subcommand } from '../subcommand';

/**
 * Opens the join modal (the trigger id lives 3 seconds, so nothing slow comes first). Someone already in gets
 * the same modal pre-filled to edit; someone who left starts afresh.
 */
export async function openJoinModal(ctx: AppContext, userId: string, triggerId: string): Promise<void> {
  const participant = findParticipant(ctx.db, userId);
  const locale = await localeOf(ctx, userId);
  const topics = listApprovedTopics(ctx.db, locale);
  const existing = participant?.status === 'left' ? undefined : participant;
  // Newcomers read how it works in the modal: the cohort taking people now, if any.
  const outline = existing ? undefined : joinOutline(ctx.db, userId);
  await ctx.slack.openModal(triggerId, joinModal(messagesFor(locale), topics, existing, outline));
}

export const joinSubcommand: Subcommand = {
  name: 'join',
  organizerOnly: false,
  helpKey: 'helpJoin',
  async run({ ctx, userId, triggerId }) {
    await openJoinModal(ctx, userId, triggerId);
  },
};
