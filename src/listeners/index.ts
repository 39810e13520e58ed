import type { App } from '@slack/bolt';
import type { AppContext } from './context';
import { registerReverseMentorCommand } from './commands/reverse-mentor';
import type { Subcommand } from './commands/subcommand';
import { helpSubcommand } from './commands/subcommands/help';
import { joinSubcommand } from './commands/subcommands/join';
import { leaveSubcommand } from './commands/subcommands/leave';
import { pauseSubcommand, resumeSubcommand } from './commands/subcommands/pause';
import { statusSubcommand } from './commands/subcommands/status';
import { cohortSubcommand } from './commands/subcommands/cohort';
import { organizersSubcommand } from './commands/subcommands/organizers';
import { registerHomeActions } from './actions/home';
import { registerLeaveActions } from './actions/leave';
import { registerCohortCloseActions } from './actions/cohort-close';
import { registerAppHomeOpened } from './events/app-home-opened';
import { registerJoinView } from './views/join';
import { registerCohortCreateView } from './views/cohort-create';

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
    cohortSubcommand,
    organizersSubcommand,
  );
  registerReverseMentorCommand(app, ctx, subcommands);
  registerHomeActions(app, ctx);
  registerLeaveActions(app, ctx);
  registerJoinView(app, ctx);
  registerCohortCreateView(app, ctx);
  registerCohortCloseActions(app, ctx);
  registerAppHomeOpened(app, ctx);
}
