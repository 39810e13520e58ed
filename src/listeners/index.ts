import type { App } from '@slack/bolt';
import type { AppContext } from './context';
import { registerReverseMentorCommand } from './commands/reverse-mentor';
import type { Subcommand } from './commands/subcommand';
import { helpSubcommand } from './commands/subcommands/help';
import { joinSubcommand } from './commands/subcommands/join';
import { leaveSubcommand } from './commands/subcommands/leave';
import { pauseSubcommand, resumeSubcommand } from './commands/subcommands/pause';
import { statusSubcommand } from './commands/subcommands/status';
import { suggestSubcommand } from './commands/subcommands/suggest';
import { topicsSubcommand } from './commands/subcommands/topics';
import { cohortSubcommand } from './commands/subcommands/cohort';
import { organizersSubcommand } from './commands/subcommands/organizers';
import { matchSubcommand } from './commands/subcommands/match';
import { pairSubcommand, unpairSubcommand } from './commands/subcommands/pair';
import { rematchSubcommand } from './commands/subcommands/rematch';
import { reflectSubcommand } from './commands/subcommands/reflect';
import { forgetMeSubcommand } from './commands/subcommands/forget-me';
import { exportSubcommand, summarySubcommand } from './commands/subcommands/summary';
import { registerReflectionActions } from './actions/reflections';
import { registerForgetMeActions } from './actions/forget-me';
import { registerReflectionView } from './views/reflection';
import { registerHomeActions } from './actions/home';
import { registerLeaveActions } from './actions/leave';
import { registerPromptActions } from './actions/prompts';
import { registerTopicActions } from './actions/topics';
import { registerCohortCloseActions } from './actions/cohort-close';
import { registerMatchActions } from './actions/match';
import { registerAppHomeOpened } from './events/app-home-opened';
import { registerJoinView } from './views/join';
import { registerTopicApproveView } from './views/topic-approve';
import { registerTopicSuggestView } from './views/topic-suggest';
import { registerCohortCreateView } from './views/cohort-create';
import { registerRematchView } from './views/rematch';
import { registerOrganizerHomeActions } from './actions/organizer-home';
import { registerSummaryPostView } from './views/summary-post';
import { routeListeners } from './router';
import { bookSubcommand } from './commands/subcommands/book';
import { guideSubcommand } from './commands/subcommands/guide';
import { registerMeetingActions } from './actions/meetings';
import { registerMeetingBookView } from './views/meeting-book';

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
    suggestSubcommand,
    topicsSubcommand,
    cohortSubcommand,
    organizersSubcommand,
    matchSubcommand,
    pairSubcommand,
    unpairSubcommand,
    rematchSubcommand,
    reflectSubcommand,
    bookSubcommand,
    guideSubcommand,
    forgetMeSubcommand,
    summarySubcommand,
    exportSubcommand,
  );
  registerReverseMentorCommand(app, ctx, subcommands);
  registerAppHomeOpened(app, ctx);
  routeListeners(app, (routes) => {
    registerHomeActions(routes, ctx);
    registerOrganizerHomeActions(routes, ctx);
    registerSummaryPostView(routes, ctx);
    registerLeaveActions(routes, ctx);
    registerPromptActions(routes, ctx);
    registerJoinView(routes, ctx);
    registerTopicSuggestView(routes, ctx);
    registerTopicApproveView(routes, ctx);
    registerTopicActions(routes, ctx);
    registerCohortCreateView(routes, ctx);
    registerCohortCloseActions(routes, ctx);
    registerMatchActions(routes, ctx);
    registerRematchView(routes, ctx);
    registerReflectionActions(routes, ctx);
    registerReflectionView(routes, ctx);
    registerForgetMeActions(routes, ctx);
    registerMeetingActions(routes, ctx);
    registerMeetingBookView(routes, ctx);
  });
}
