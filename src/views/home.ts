import type { HomeView, KnownBlock } from '@slack/types';
import type { Cohort } from '../db/repositories/cohorts';
import type { ParticipantStatusView } from '../services/enrollment';
import type { Messages } from '../i18n';
import type { CohortStatus } from '../domain';
import { actions, button, context, divider, header, section } from './blocks';
import { homeMeetingBlocks } from './meetings';
import type { MeetingCounts } from '../services/meetings';
import { ACTION } from './ids';
import { escapeMrkdwn } from './mrkdwn';
import { statusLines } from './participant-messages';

export interface HomeData {
  status: ParticipantStatusView | undefined;
  /** Present for organizers only: each cohort with its enrolment count, and counts of meetings and preparation read. */
  cohorts?: Array<{ cohort: Cohort; enrolled: number; meetings?: MeetingCounts }>;
  /** The person's running pairs, each with the next meeting booked (a Book button each). */
  meetings?: ReadonlyArray<{ pairId: number; partnerId: string; next: Date | null }>;
}

export function cohortStatusLabel(messages: Messages, status: CohortStatus): string {
  return { enrolling: messages.cohortStatusEnrolling, active: messages.cohortStatusActive, completed: messages.cohortStatusCompleted }[
    status
  ];
}

/** App Home: the same as `status`, with buttons to join or edit, reflect, pause or resume (PRODUCT.md §3). */
export function homeView(messages: Messages, data: HomeData): HomeView {
  const blocks: KnownBlock[] = [header(messages.homeHeader)];
  const { status } = data;
  if (!status || status.effectiveStatus === 'left') {
    blocks.push(section(status ? messages.statusLeft : messages.helpIntro));
    blocks.push(actions('home_participant', [button(messages.homeJoin, ACTION.homeJoin, 'join', 'primary')]));
  } else {
    blocks.push(section(statusLines(messages, status).join('\n')));
    const buttons = [button(messages.homeEdit, ACTION.homeJoin, 'edit')];
    if (status.latestPromptId !== null) buttons.push(button(messages.homeReflect, ACTION.homeReflect, String(status.latestPromptId)));
    buttons.push(
      status.effectiveStatus === 'paused'
        ? button(messages.homeResume, ACTION.homeResume, 'resume', 'primary')
        : button(messages.homePause, ACTION.homePause, '1'),
    );
    blocks.push(actions('home_participant', buttons));
    blocks.push(...homeMeetingBlocks(messages, data.meetings ?? []));
  }
  if (data.cohorts) {
    blocks.push(divider(), header(messages.homeOrganizerHeader));
    if (data.cohorts.length === 0) blocks.push(section(messages.homeNoCohorts));
    // A home tab holds at most 100 blocks; the newest cohorts matter most.
    for (const { cohort, enrolled, meetings } of data.cohorts.slice(-20).reverse()) {
      blocks.push(
        section(messages.homeCohortLine({ name: escapeMrkdwn(cohort.name), status: cohortStatusLabel(messages, cohort.status), enrolled })),
      );
      if (meetings && cohort.status !== 'enrolling') {
        blocks.push(context(`${messages.homeCohortMeetings(meetings)}
${messages.homeCohortPreparation(meetings.preparation)}`));
      }
    }
  }
  return { type: 'home', blocks };
}
