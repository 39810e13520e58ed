import { guideRole } from '../../../services/preparation';
import { guideMessage } from '../../../views/preparation';
import type { Subcommand } from '../subcommand';

/** `guide [mentor | mentee]`: the short guide for the caller's role, or the one asked for (anyone may read both). */
export const guideSubcommand: Subcommand = {
  name: 'guide',
  organizerOnly: false,
  helpKey: 'helpGuide',
  async run({ ctx, userId, args, messages, reply }) {
    await reply(guideMessage(messages, guideRole(ctx.db, userId, args[0])));
  },
};
