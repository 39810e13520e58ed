import type { HomeView, KnownBlock } from '@slack/types';
import type { ParticipantStatusView, ProgrammeOutline } from '../services/enrollment';
import type { ProgrammeOverview } from '../services/programme-overview';
import type { Messages } from '../i18n';
import { actions, button, divider, header, section } from './blocks';
import { homeMeetingBlocks } from './meetings';
import { ACTION } from './ids';
import { howItWorksText } from './how-it-works';
import { organizerHomeBlocks, type OrganizerHomeOptions } from './organizer-home';
import { statusLines } from './participant-messages';
import { homeAgreementBlocks } from './kickoff';
import type { HomeAgreement } from '../services/agreements';

/** One of the person's running pairs: the partner and the next meeting booked, if any. */
export interface BookablePair {
  pairId: number;
  partnerId: string;
  next: Date | null;
}

export interface HomeData {
  status: ParticipantStatusView | undefined;
  /** How it works and what comes next, for someone not joined or not paired yet (PRODUCT.md §11). */
  outline?: ProgrammeOutline;
  /** The person's running pairings with their kickoff agreements (their own: this is their Home tab). */
  agreements?: readonly HomeAgreement[];
  /** Present for organizers only (checked on every publish): the programme at a glance. */
  organizer?: { overview: ProgrammeOverview } & OrganizerHomeOptions;
  /** The person's running pairs, each with the next meeting booked (a Book button each). */
  meetings?: readonly BookablePair[];
}

/**
 * The person's own part: their status, with buttons to join or edit, reflect, pause or resume, and for each running
 * pair the next meeting with a Book button (PRODUCT.md §12.2) and the kickoff agreement (§12.1); how it works for
 * someone not paired yet (§11).
 */
function participantBlocks(
  messages: Messages,
  status: ParticipantStatusView | undefined,
  meetings: readonly BookablePair[],
  isOrganizer: boolean,
  outline: ProgrammeOutline | undefined,
  agreements: readonly HomeAgreement[] = [],
): KnownBlock[] {
  if (!status || status.effectiveStatus === 'left') {
    const intro = isOrganizer && !status ? messages.orgHomeNotTakingPart : status ? messages.statusLeft : messages.helpIntro;
    const blocks = [section(intro)];
    if (!status && outline) blocks.push(section(howItWorksText(messages, outline)));
    return [...blocks, actions('home_participant', [button(messages.homeJoin, ACTION.homeJoin, 'join', isOrganizer ? undefined : 'primary')])];
  }
  const blocks = [section(statusLines(messages, status).join('\n'))];
  if (outline && status.partnerIds.length === 0 && !status.completed) blocks.push(section(howItWorksText(messages, outline)));
  const buttons = [button(messages.homeEdit, ACTION.homeJoin, 'edit')];
  // Once their cohort is over there is nothing to reflect on or pause until the next one begins.
  const between = !status.cohort && status.completed !== undefined;
  if (status.latestPromptId !== null && !between) buttons.push(button(messages.homeReflect, ACTION.homeReflect, String(status.latestPromptId)));
  if (status.effectiveStatus === 'paused') buttons.push(button(messages.homeResume, ACTION.homeResume, 'resume', 'primary'));
  else if (!between) buttons.push(button(messages.homePause, ACTION.homePause, '1'));
  return [...blocks, actions('home_participant', buttons), ...homeMeetingBlocks(messages, meetings), ...homeAgreementBlocks(messages, agreements)];
}

/**
 * App Home (PRODUCT.md §3): for a participant the same as `status`, with buttons to join or edit, reflect, pause
 * or resume (not once their cohort is over), and how it works for someone not paired yet (§11). For an organizer
 * it leads with the programme (views/organizer-home.ts), then their own part; a participant who is also an
 * organizer sees both.
 */
export function homeView(messages: Messages, data: HomeData): HomeView {
  if (!data.organizer) {
    return {
      type: 'home',
      blocks: [header(messages.homeHeader), ...participantBlocks(messages, data.status, data.meetings ?? [], false, data.outline, data.agreements)],
    };
  }
  const { overview, ...options } = data.organizer;
  return {
    type: 'home',
    blocks: [
      ...organizerHomeBlocks(messages, overview, options),
      divider(),
      header(messages.orgHomeYouHeader),
      ...participantBlocks(messages, data.status, data.meetings ?? [], true, data.outline, data.agreements),
    ],
  };
}
