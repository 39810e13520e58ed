import { leaveQuestion } from '../../../views/participant-messages';
import { leavingPartnerRole } from '../../../services/enrollment';
import type { Subcommand } from '../subcommand';

/** `leave` asks first, saying who will be told; the buttons are handled in listeners/actions/leave.ts. */
export const leaveSubcommand: Subcommand = {
  name: 'leave',
  organizerOnly: false,
  helpKey: 'helpLeave',
  async run({ ctx, userId, messages, reply }) {
    await reply(leaveQuestion(messages, leavingPartnerRole(ctx.db, userId)));
  },
};
