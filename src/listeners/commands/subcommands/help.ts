import type { Messages } from '../../../i18n';
import { helpMessage, type HelpLines } from '../../../views/participant-messages';
import type { HelpKey, Subcommand } from '../subcommand';

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
  const lines = (keys: Array<HelpKey | undefined>) => keys.filter((key): key is HelpKey => key !== undefined).map((key) => messages[key]);
  const participant = lines(all.map((command) => (command.organizerOnly ? undefined : command.helpKey)));
  // Organizer-only commands, and the organizer part of commands open to everyone (`topics review`).
  const organizer = lines(all.map((command) => (command.organizerOnly ? command.helpKey : command.organizerHelpKey)));
  return { participant, organizer: isOrganizer ? organizer : [] };
}
