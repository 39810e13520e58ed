import type { HomeView, KnownBlock } from '@slack/types';
import type { ParticipantStatusView } from '../services/enrollment';
import type { ProgrammeOverview } from '../services/programme-overview';
import type { Messages } from '../i18n';
import { actions, button, divider, header, section } from './blocks';
import { homeMeetingBlocks } from './meetings';
import { ACTION } from './ids';
import { organizerHomeBlocks, type OrganizerHomeOptions } from './organizer-home';
import { statusLines } from './participant-messages';

/** One of the person's running pairs: the partner and the next meeting booked, if any. */
export interface BookablePair {
  pairId: number;
  partnerId: string;
  next: Date | null;
}

export interface HomeData {
  status: ParticipantStatusView | undefined;
  /** Present for organizers only (checked on every publish): the programme at a glance. */
  organizer?: { overview: ProgrammeOverview } & OrganizerHomeOptions;
  /** The person's running pairs, each with the next meeting booked (a Book button each). */
  meetings?: readonly BookablePair[];
}

/**
 * The person's own part: their status, with buttons to join or edit, reflect, pause or resume, and for each running
 * pair the next meeting with a Book button (PRODUCT.md §12.2).
 */
function participantBlocks(
  messages: Messages,
  status: ParticipantStatusView | undefined,
  meetings: readonly BookablePair[],
  isOrganizer: boolean,
): KnownBlock[] {
  if (!status || status.effectiveStatus === 'left') {
    const intro = isOrganizer && !status ? messages.orgHomeNotTakingPart : status ? messages.statusLeft : messages.helpIntro;
    return [section(intro), actions('home_participant', [button(messages.homeJoin, ACTION.homeJoin, 'join', isOrganizer ? undefined : 'primary')])];
  }
  const buttons = [button(messages.homeEdit, ACTION.homeJoin, 'edit')];
  if (status.latestPromptId !== null) buttons.push(button(messages.homeReflect, ACTION.homeReflect, String(status.latestPromptId)));
  buttons.push(
    status.effectiveStatus === 'paused'
      ? button(messages.homeResume, ACTION.homeResume, 'resume', 'primary')
      : button(messages.homePause, ACTION.homePause, '1'),
  );
  return [section(statusLines(messages, status).join('\n')), actions('home_participant', buttons), ...homeMeetingBlocks(messages, meetings)];
}

/**
 * App Home (PRODUCT.md §3): for a participant the same as `status`, with buttons to join or edit, reflect, pause
 * or resume. For an organizer it leads with the programme (views/organizer-home.ts), then their own part; a
 * participant who is also an organizer sees both.
 */
export function homeView(messages: Messages, data: HomeData): HomeView {
  if (!data.organizer) return { type: 'home', blocks: [header(messages.homeHeader), ...participantBlocks(messages, data.status, data.meetings ?? [], false)] };
  const { overview, ...options } = data.organizer;
  return {
    type: 'home',
    blocks: [
      ...organizerHomeBlocks(messages, overview, options),
      divider(),
      header(messages.orgHomeYouHeader),
      ...participantBlocks(messages, data.status, data.meetings ?? [], true),
    ],
  };
}
