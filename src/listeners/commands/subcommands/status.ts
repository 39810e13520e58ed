import { participantStatus } from '../../../services/enrollment';
import { buildProgrammeOverview } from '../../../services/programme-overview';
import { organizerStatusMessage } from '../../../views/organizer-home';
import { statusLines, statusMessage } from '../../../views/participant-messages';
import type { Subcommand } from '../subcommand';

/**
 * `status`: a participant's role, cohort, partner, next prompt and reflections. For an organizer, what their Home
 * tab shows, as text (issue 16 item 3), followed by their own part when they take part too.
 */
export const statusSubcommand: Subcommand = {
  name: 'status',
  organizerOnly: false,
  helpKey: 'helpStatus',
  async run({ ctx, userId, messages, isOrganizer, reply }) {
    const now = ctx.now();
    const own = participantStatus(ctx.db, userId, now);
    if (!isOrganizer) {
      await reply(statusMessage(messages, own));
      return;
    }
    const ownText = own ? statusLines(messages, own).join('\n') : undefined;
    await reply(organizerStatusMessage(messages, buildProgrammeOverview(ctx.db, userId, now), now, ownText));
  },
};
