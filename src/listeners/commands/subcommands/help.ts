import type { Messages } from '../../../i18n';
import { helpMessage, type HelpLines } from '../../../views/participant-messages';
import type { Subcommand } from '../subcommand';

/** `help` (and an empty command): what the app does and the commands this person may use. */
export function helpSubcommand(all: () => readonly Subcommand[]): Subcommand {
  return {
    name: 'help',
    organizerOnly: false,
    async run({ reply, messages, isOrganizer }) {
      await reply(helpMessage(messages, helpLines(all(), messages, isOrganizer)));
    },
  };
}

export function helpLines(all: readonly Subcommand[], messages: Messages, isOrganizer: boolean): HelpLines {
  const lines = (organizerOnly: boolean) =>
    all.filter((command) => command.organizerOnly === organizerOnly && command.helpKey).map((command) => messages[command.helpKey!]);
  return { participant: lines(false), organizer: isOrganizer ? lines(true) : [] };
}
