import type { Messages } from '../../i18n';
import type { SlackMessage } from '../../views/blocks';
import type { AppContext } from '../context';

/** The help line keys of the catalog: each subcommand names its own, so help lists exactly what exists. */
export type HelpKey = Extract<keyof Messages, `help${string}`> &
  Exclude<keyof Messages, 'helpIntro' | 'helpParticipantHeader' | 'helpOrganizerHeader'>;

export interface SubcommandRequest {
  ctx: AppContext;
  userId: string;
  /** Words after the subcommand, as typed (mentions arrive as `<@U123|name>`). */
  args: string[];
  /** Everything after the subcommand, unsplit (for free text such as a topic suggestion). */
  rest: string;
  triggerId: string;
  channelId: string;
  messages: Messages;
  isOrganizer: boolean;
  /** An ephemeral reply to the person who typed the command. */
  reply(message: SlackMessage): Promise<void>;
}

export interface Subcommand {
  name: string;
  /** Checked by the router on every call, server side, before `run`. */
  organizerOnly: boolean;
  /** The line in help; commands without one (help itself) are not listed. */
  helpKey?: HelpKey;
  /**
   * A second line, shown to organizers only, for the organizer part of a command open to everyone (such as
   * `topics review`); that part checks organizer rights itself.
   */
  organizerHelpKey?: HelpKey;
  run(request: SubcommandRequest): Promise<void>;
}
