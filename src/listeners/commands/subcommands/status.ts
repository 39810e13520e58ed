import { participantStatus } from '../../../services/enrollment';
import { statusMessage } from '../../../views/participant-messages';
import type { Subcommand } from '../subcommand';

export const statusSubcommand: Subcommand = {
  name: 'status',
  organizerOnly: false,
  helpKey: 'helpStatus',
  async run({ ctx, userId, messages, reply }) {
    await reply(statusMessage(messages, participantStatus(ctx.db, userId, ctx.now())));
  },
};
