import type { Messages } from '../i18n';
import type { ProgrammeOutline } from '../services/enrollment';
import { escapeMrkdwn, slackDate } from './mrkdwn';

/**
 * "How it works" in two lines (PRODUCT.md §11): the commitment (45–60 minutes every week or two, for how many sessions,
 * from when; the mentee books the first meeting) and what happens next. For the join modal, the welcome DM and App Home.
 */
export function howItWorksText(messages: Messages, outline: ProgrammeOutline): string {
  const { cohort } = outline;
  const start = cohort ? slackDate(cohort.startsAt, '{date_long}') : '';
  const commitment = cohort
    ? messages.howItWorksCohort({ cohort: escapeMrkdwn(cohort.name), cadence: cohort.cadence, sessions: cohort.sessions, weeks: cohort.weeks, start })
    : messages.howItWorksGeneral;
  const next =
    outline.stage === 'matched'
      ? messages.howItWorksNextMatched
      : outline.stage === 'enrolling' && cohort
        ? messages.howItWorksNextEnrolling({ start })
        : messages.howItWorksNextWaiting;
  return `${messages.howItWorksHeader}\n${commitment}\n${next}`;
}
