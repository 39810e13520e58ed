import { cohortFormDefaults, enrollingCohort, findCohortOverview, listCohortsWithCounts } from '../../../services/cohorts';
import { cohortCreateModal } from '../../../views/cohort-modal';
import { escapeMrkdwn } from '../../../views/mrkdwn';
import { cohortCloseQuestion, cohortEnrollingExistsText, cohortListMessage } from '../../../views/organizer-messages';
import { textMessage } from '../../../views/participant-messages';
import type { Subcommand, SubcommandRequest } from '../subcommand';

/** `3` or `#3`, as people copy it from `cohort list`. */
export function parseCohortId(argument: string | undefined): number | undefined {
  const match = /^#?(\d{1,9})$/.exec(argument?.trim() ?? '');
  return match ? Number(match[1]) : undefined;
}

/** `cohort new`: the modal opens at once (the trigger id lives 3 seconds) unless a cohort is still enrolling. */
async function openCohortModal({ ctx, triggerId, messages, reply }: SubcommandRequest): Promise<void> {
  const enrolling = enrollingCohort(ctx.db);
  if (enrolling) {
    await reply(textMessage(cohortEnrollingExistsText(messages, enrolling)));
    return;
  }
  await ctx.slack.openModal(triggerId, cohortCreateModal(messages, cohortFormDefaults(ctx.now(), ctx.config.defaultTimezone)));
}

/** `cohort close <id>` asks with buttons first; listeners/actions/cohort-close.ts does the closing. */
async function askToClose({ ctx, args, messages, reply }: SubcommandRequest): Promise<void> {
  const id = parseCohortId(args[1]);
  if (id === undefined || args.length > 2) {
    await reply(textMessage(messages.cohortCloseUsage));
    return;
  }
  const overview = findCohortOverview(ctx.db, id);
  if (!overview) {
    await reply(textMessage(messages.cohortNotFound({ id })));
    return;
  }
  if (overview.cohort.status === 'completed') {
    await reply(textMessage(messages.cohortAlreadyCompleted({ name: escapeMrkdwn(overview.cohort.name), id })));
    return;
  }
  await reply(cohortCloseQuestion(messages, overview));
}

/** `cohort new | list | close <id>` (PRODUCT.md §3); the router has checked organizer rights. */
export const cohortSubcommand: Subcommand = {
  name: 'cohort',
  organizerOnly: true,
  helpKey: 'helpCohort',
  async run(request) {
    const { ctx, args, messages, reply } = request;
    switch (args[0]?.toLowerCase()) {
      case 'new':
        await openCohortModal(request);
        return;
      case 'list':
        await reply(cohortListMessage(messages, listCohortsWithCounts(ctx.db)));
        return;
      case 'close':
        await askToClose(request);
        return;
      default:
        await reply(textMessage(messages.cohortUsage));
    }
  },
};
