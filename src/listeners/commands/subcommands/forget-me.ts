import { forgetMeQuestion } from '../../../views/forget-me';
import type { Subcommand } from '../subcommand';

/** `forget-me` (anyone) asks first; the buttons are handled in listeners/actions/forget-me.ts. */
export const forgetMeSubcommand: Subcommand = {
  name: 'forget-me',
  organizerOnly: false,
  helpKey: 'helpForgetMe',
  async run({ messages, reply }) {
    await reply(forgetMeQuestion(messages));
  },
};
