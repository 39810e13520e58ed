import type { App } from '@slack/bolt';
import type { AppContext } from './context';
import { registerReverseMentorCommand } from './commands/reverse-mentor';
import type { Subcommand } from './commands/subcommand';
import { helpSubcommand } from './commands/subcommands/help';
import { joinSubcommand } from './commands/subcommands/join';
import { leaveSubcommand } from './commands/subcommands/leave';
import { pauseSubcommand, resumeSubcommand } from './commands/subcommands/pause';
import { statusSubcommand } from './commands/subcommands/status';
import { registerHomeActions } from './actions/home';
import { registerLeaveActions } from './actions/leave';
import { registerAppHomeOpened } from './events/app-home-opened';
import { registerJoinView } from './views/join';

/** Every listener the app has, registered in one place. */
export function registerListeners(app: App, ctx: AppContext): void {
  const subcommands: Subcommand[] = [];
  subcommands.push(
    helpSubcommand(() => subcommands),
    joinSubcommand,
    statusSubcommand,
    pauseSubcommand,
    resumeSubcommand,
    leaveSubcommand,
  );
  registerReverseMentorCommand(app, ctx, subcommands);
  registerHomeActions(app, ctx);
  registerLeaveActions(app, ctx);
  registerJoinView(app, ctx);
  registerAppHomeOpened(app, ctx);
}
