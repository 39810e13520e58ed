import { parsePauseWeeks, pauseParticipant, resumeParticipant } from '../../../services/enrollment';
import { PARTNER_NOTICE_KIND } from '../../../services/partner-notices';
import { pausedMessage, resumedMessage } from '../../../views/participant-messages';
import { refreshHome } from '../../events/app-home-opened';
import type { Subcommand } from '../subcommand';

/**
 * `pause [weeks]` and `resume`: prompts are the pair's, so they stop and start again for the partner too, who is told
 * kindly, never why (the notices go out through the delivery ledger, right away).
 */
export const pauseSubcommand: Subcommand = {
  name: 'pause',
  organizerOnly: false,
  helpKey: 'helpPause',
  async run({ ctx, userId, args, messages, reply }) {
    const { until, partnerIds, role } = pauseParticipant(ctx.db, userId, parsePauseWeeks(args[0]), ctx.now());
    await reply(pausedMessage(messages, until, partnerIds, role));
    if (partnerIds.length > 0) ctx.dispatchSoon([PARTNER_NOTICE_KIND]);
    await refreshHome(ctx, userId);
  },
};

export const resumeSubcommand: Subcommand = {
  name: 'resume',
  organizerOnly: false,
  helpKey: 'helpResume',
  async run({ ctx, userId, messages, reply }) {
    const { partnerIds } = resumeParticipant(ctx.db, userId, ctx.now());
    await reply(resumedMessage(messages, partnerIds));
    if (partnerIds.length > 0) ctx.dispatchSoon([PARTNER_NOTICE_KIND]);
    await refreshHome(ctx, userId);
  },
};
