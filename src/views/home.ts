import type { HomeView, KnownBlock } from '@slack/types';
import type { Cohort } from '../db/repositories/cohorts';
import type { ParticipantStatusView } from '../services/enrollment';
import type { Messages } from '../i18n';
import type { CohortStatus } from '../domain';
import { actions, button, divider, header, section } from './blocks';
import { ACTION } from './ids';
import { escapeMrkdwn } from './mrkdwn';
import { howItWorksText } from './how-it-works';
import { statusLines } from './participant-messages';
import type { ProgrammeOutline } from '../services/enrollment';

export interface HomeData {
  status: ParticipantStatusView | undefined;
  /** How it works and what comes next, for someone not joined or not paired yet (PRODUCT.md §11). */
  outline?: ProgrammeOutline;
  /** Present for organizers only: each cohort with its enrolment count. */
  cohorts?: Array<{ cohort: Cohort; enrolled: number }>;
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
    if (!status && data.outline) blocks.push(section(howItWorksText(messages, data.outline)));
    blocks.push(actions('home_participant', [button(messages.homeJoin, ACTION.homeJoin, 'join', 'primary')]));
  } else {
    blocks.push(section(statusLines(messages, status).join('\n')));
    if (data.outline && status.partnerIds.length === 0 && !status.completed) blocks.push(section(howItWorksText(messages, data.outline)));
    const buttons = [button(messages.homeEdit, ACTION.homeJoin, 'edit')];
    // Once their cohort is over there is nothing to reflect on or pause until the next one begins.
    const between = !status.cohort && status.completed !== undefined;
    if (status.latestPromptId !== null && !between) buttons.push(button(messages.homeReflect, ACTION.homeReflect, String(status.latestPromptId)));
    if (status.effectiveStatus === 'paused') buttons.push(button(messages.homeResume, ACTION.homeResume, 'resume', 'primary'));
    else if (!between) buttons.push(button(messages.homePause, ACTION.homePause, '1'));
    blocks.push(actions('home_participant', buttons));
  }
  if (data.cohorts) {
    blocks.push(divider(), header(messages.homeOrganizerHeader));
    if (data.cohorts.length === 0) blocks.push(section(messages.homeNoCohorts));
    // A home tab holds at most 100 blocks; the newest cohorts matter most.
    for (const { cohort, enrolled } of data.cohorts.slice(-20).reverse()) {
      blocks.push(
        section(messages.homeCohortLine({ name: escapeMrkdwn(cohort.name), status: cohortStatusLabel(messages, cohort.status), enrolled })),
      );
    }
  }
  return { type: 'home', blocks };
}
