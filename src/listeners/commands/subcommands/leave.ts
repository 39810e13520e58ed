import { leaveQuestion } from '../../../views/participant-messages';
import { findParticipant } from '../../../db/repositories/participants';
import { AppError } from '../../../errors';
import { activePartnerIds } from '../../../services/pairs';
import { currentCohortOf } from '../../../db/repositories/cohorts';
import type { Subcommand } from '../subcommand';

/** `leave` asks first, saying who will be told; the buttons are handled in listeners/actions/leave.ts. */
export const leaveSubcommand: Subcommand = {
  name: 'leave',
  organizerOnly: false,
  helpKey: 'helpLeave',
  async run({ ctx, userId, messages, reply }) {
    const participant = findParticipant(ctx.db, userId);
    if (!participant) throw new AppError('not_participant');
    if (participant.status === 'left') throw new AppError('already_left');
    const cohort = currentCohortOf(ctx.db, userId);
    const paired = cohort !== undefined && activePartnerIds(ctx.db, userId, cohort.id).length > 0;
    await reply(leaveQuestion(messages, paired ? (participant.role === 'mentor' ? 'mentee' : 'mentor') : null));
  },
};
