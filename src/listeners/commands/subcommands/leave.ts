import { leaveQuestion } from '../../../views/participant-messages';
import { findParticipant } from '../../../db/repositories/participants';
import { AppError } from '../../../errors';
import type { Subcommand } from '../subcommand';

/** `leave` asks first; the buttons are handled in listeners/actions/leave.ts. */
export const leaveSubcommand: Subcommand = {
  name: 'leave',
  organizerOnly: false,
  helpKey: 'helpLeave',
  async run({ ctx, userId, messages, reply }) {
    const participant = findParticipant(ctx.db, userId);
    if (!participant) throw new AppError('not_participant');
    if (participant.status === 'left') throw new AppError('already_left');
    await reply(leaveQuestion(messages));
  },
};
