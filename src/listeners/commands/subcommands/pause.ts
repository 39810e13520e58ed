import { parsePauseWeeks, pauseParticipant, resumeParticipant } from '../../../services/enrollment';
import { pausedMessage, textMessage } from '../../../views/participant-messages';
import { refreshHome } from '../../events/app-home-opened';
import type { Subcommand } from '../subcommand';

export const pauseSubcommand: Subcommand = {
  name: 'pause',
  organizerOnly: false,
  helpKey: 'helpPause',
  async run({ ctx, userId, args, messages, reply }) {
    const until = pauseParticipant(ctx.db, userId, parsePauseWeeks(args[0]), ctx.now());
    await reply(pausedMessage(messages, until));
    await refreshHome(ctx, userId);
  },
};

export const resumeSubcommand: Subcommand = {
  name: 'resume',
  organizerOnly: false,
  helpKey: 'helpResume',
  async run({ ctx, userId, messages, reply }) {
    resumeParticipant(ctx.db, userId, ctx.now());
    await reply(textMessage(messages.resumeDone));
    await refreshHome(ctx, userId);
  },
};
