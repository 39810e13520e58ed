import type { Button, KnownBlock } from '@slack/types';
import type { CohortStatus } from '../domain';
import type { Messages } from '../i18n';
import type { CohortAttention, ProgrammeOverview, RunningCohort } from '../services/programme-overview';
import { actions, button, context, divider, header, plain, section, type SlackMessage } from './blocks';
import { channelProblemText, digestPairLine } from './digest';
import { ACTION } from './ids';
import { escapeMrkdwn, slackDate, SLACK_LIMITS, truncate } from './mrkdwn';
import { personLabel } from './reflections';
import { sessionRates } from './session-rates';

/**
 * The organizer's programme at a glance (issue 16): the organizer's part of App Home, and the same as text for
 * `/reverse-mentor status`. Each running or enrolling cohort in full — its session, people, meetings and
 * reflections so far, the meeting rate per session as numbers and a text sparkline, the meetings booked in Slack
 * and the preparation read (counts only), and what needs attention, by name (both are private to the organizer)
 * — then every other cohort in one line. Pure: data in, blocks out.
 *
 * Block Kit allows 100 blocks in a Home tab and 50 in a message. A cohort in full takes at most
 * BLOCKS_PER_COHORT; services/programme-overview.ts shows at most DETAILED_COHORTS_MAX of them in full, and the
 * one-line list is capped, so any number of cohorts fits (test/views/organizer-home.test.ts checks it).
 */

/** Lines of a cohort's "needs attention" part before "…and N more". */
export const ATTENTION_LINES_MAX = 12;
/** Other cohorts listed before "Show all", and at most with it. */
export const OTHERS_COLLAPSED = 5;
export const OTHERS_MAX = 120;
/** One-line cohorts per section (a line is under 200 characters; a section holds 3000). */
const LINES_PER_SECTION = 12;
/** A confirmation dialog's title (Block Kit: 100 characters). */
const CONFIRM_TITLE_MAX = 100;
/** divider, title and people, sessions, attention, buttons. */
export const BLOCKS_PER_COHORT = 5;

export interface OrganizerHomeOptions {
  /** List every other cohort (up to OTHERS_MAX) instead of the newest few. */
  showAll: boolean;
  now: Date;
}

export function cohortStatusLabel(messages: Messages, status: CohortStatus): string {
  return { enrolling: messages.cohortStatusEnrolling, active: messages.cohortStatusActive, completed: messages.cohortStatusCompleted }[
    status
  ];
}

function cohortName(entry: { cohort: { name: string } }): string {
  return escapeMrkdwn(entry.cohort.name);
}

function statusText(messages: Messages, running: RunningCohort): string {
  const date = slackDate(running.firstSessionAt, '{date_long}');
  if (running.cohort.status === 'enrolling') return messages.orgHomeEnrolling({ date });
  if (running.cycle === 0) return messages.orgHomeMatched({ date });
  return messages.orgHomeSession({ cycle: running.cycle, cycles: running.cycles });
}

/** The cohort's name, where it stands, and its people. */
export function cohortHeadline(messages: Messages, running: RunningCohort): string {
  const { people } = running;
  const title = messages.orgHomeTitle({ cohort: cohortName(running), status: statusText(messages, running) });
  const line =
    running.cohort.status === 'enrolling'
      ? messages.orgHomeEnrolled({ enrolled: people.enrolled, mentors: people.mentors, mentees: people.mentees })
      : messages.orgHomePeople({
          enrolled: people.enrolled,
          paired: people.paired,
          pairs: people.pairs,
          unmatched: people.unmatched,
          paused: people.paused,
          left: people.left,
        });
  return `${title}\n${line}`;
}

/** This session so far (it is in progress), and the meeting rate of every session so far. Empty before session 1. */
export function sessionLines(messages: Messages, running: RunningCohort): string | undefined {
  const current = running.sessions.at(-1);
  if (!current) return undefined;
  const lines = [
    current.pairsPrompted === 0
      ? messages.orgHomeThisSessionNoPrompts({ cycle: current.cycle })
      : messages.orgHomeThisSession({ cycle: current.cycle, met: current.pairsMet, prompted: current.pairsPrompted, reflections: current.reflections }),
    messages.orgHomeMeetingRates(sessionRates(messages, running.sessions.map((session) => session.meetingRate), true)),
  ];
  const outcomes = outcomeLine(messages, running);
  if (outcomes) lines.push(outcomes);
  return lines.join('\n');
}

/**
 * Meetings booked in Slack and held so far, and how many read each part of the preparation (PRODUCT.md §12.2,
 * §12.6): counts only, never who or when. None while the cohort is enrolling.
 */
export function meetingLines(messages: Messages, running: RunningCohort): string[] {
  if (running.cohort.status === 'enrolling') return [];
  return [messages.homeCohortMeetings(running.meetings), messages.homeCohortPreparation(running.meetings.preparation)];
}

/** Agreements, check-ins and final evaluations so far, as counts (PRODUCT.md §12.1, §12.3, §12.4). */
export function outcomeLine(messages: Messages, running: RunningCohort): string | undefined {
  const { outcomes } = running;
  if (outcomes.pairs === 0) return undefined;
  const parts = [messages.orgHomeOutcomes({ agreements: outcomes.agreements, pairs: outcomes.pairs })];
  if (outcomes.checkins.asked > 0) parts.push(messages.orgHomeCheckins(outcomes.checkins));
  if (outcomes.finals.asked > 0) parts.push(messages.orgHomeFinals(outcomes.finals));
  return parts.join(' · ');
}

function pairText(messages: Messages, pair: { mentorId: string; menteeId: string }): string {
  return messages.summaryPrivatePair({ mentor: personLabel(messages, pair.mentorId), mentee: personLabel(messages, pair.menteeId) }).replace(/:$/, '');
}

/** What needs the organizer, by name: pairs at risk with their reasons, rematch requests, what did not arrive, the channel. */
export function attentionLines(messages: Messages, attention: CohortAttention): string[] {
  const lines: string[] = [];
  if (attention.channel) lines.push(channelProblemText(messages, attention.channel.problem, attention.channel.channelId));
  if (attention.atRisk.length > 0) {
    lines.push(messages.orgHomeAtRisk({ count: attention.atRisk.length }));
    for (const pair of attention.atRisk) {
      lines.push(digestPairLine(messages, { ...pair, reasons: pair.reasons.map((reason) => ({ reason, cycle: pair.cycle })) }));
    }
  }
  for (const request of attention.rematchRequests) {
    lines.push(
      messages.orgHomeRematch({ user: personLabel(messages, request.userId), partner: personLabel(messages, request.partnerId), date: slackDate(request.at, '{date_short}') }),
    );
  }
  for (const prompt of attention.undeliveredPrompts) {
    const pair = pairText(messages, prompt);
    lines.push(prompt.status === 'failed' ? messages.orgHomePromptFailed({ cycle: prompt.cycle, pair }) : messages.orgHomePromptUnknown({ cycle: prompt.cycle, pair }));
  }
  if (attention.otherUndelivered > 0) lines.push(messages.orgHomeOtherUndelivered({ count: attention.otherUndelivered }));
  if (lines.length <= ATTENTION_LINES_MAX) return lines;
  return [...lines.slice(0, ATTENTION_LINES_MAX), messages.orgHomeMore({ count: lines.length - ATTENTION_LINES_MAX })];
}

function attentionText(messages: Messages, attention: CohortAttention): string {
  const lines = attentionLines(messages, attention);
  return lines.length === 0 ? messages.orgHomeAllWell : [messages.orgHomeAttention, ...lines].join('\n');
}

function closeButton(messages: Messages, running: RunningCohort): Button {
  return {
    ...button(messages.orgHomeClose, ACTION.homeCohortClose, String(running.cohort.id), 'danger'),
    confirm: {
      // The name, as typed, in the title; the text agreed to is fixed, so it is never cut short.
      title: plain(truncate(messages.orgHomeCloseTitle({ cohort: running.cohort.name }), CONFIRM_TITLE_MAX)),
      text: plain(running.cohort.status === 'enrolling' ? messages.orgHomeCloseEnrolling : messages.orgHomeCloseActive),
      confirm: plain(messages.orgHomeCloseConfirm),
      deny: plain(messages.orgHomeCloseDeny),
      style: 'danger',
    },
  };
}

function cohortButtons(messages: Messages, running: RunningCohort): Button[] {
  const id = String(running.cohort.id);
  const buttons: Button[] = [];
  if (running.cohort.status === 'enrolling') buttons.push(button(messages.orgHomeMatch, ACTION.homeMatch, id, 'primary'));
  buttons.push(button(messages.orgHomeSummary, ACTION.homeSummary, id));
  if (running.cohort.status === 'active') buttons.push(button(messages.orgHomeExport, ACTION.homeExport, id));
  buttons.push(closeButton(messages, running));
  return buttons;
}

function runningBlocks(messages: Messages, running: RunningCohort, withButtons: boolean): KnownBlock[] {
  const blocks: KnownBlock[] = [section(cohortHeadline(messages, running))];
  // The session's figures and the meeting counts share one section, so a cohort keeps to BLOCKS_PER_COHORT.
  const figures = [sessionLines(messages, running), ...meetingLines(messages, running)].filter((line): line is string => !!line);
  if (figures.length > 0) blocks.push(section(figures.join('\n')));
  blocks.push(section(attentionText(messages, running.attention)));
  if (withButtons) blocks.push(actions(`org_cohort_${running.cohort.id}`, cohortButtons(messages, running)));
  return blocks;
}

function otherLine(messages: Messages, other: ProgrammeOverview['others'][number]): string {
  const { cohort } = other;
  const status =
    cohort.status === 'completed' && cohort.completedAt
      ? messages.orgHomeCompletedOn({ date: slackDate(new Date(cohort.completedAt), '{date_long}') })
      : cohortStatusLabel(messages, cohort.status);
  return messages.orgHomeCohortLine({ cohort: cohortName(other), status, enrolled: other.enrolled });
}

/** The one-line cohorts in sections of LINES_PER_SECTION, under their heading. */
function otherBlocks(messages: Messages, others: ProgrammeOverview['others'], shown: number): KnownBlock[] {
  const lines = others.slice(0, shown).map((other) => otherLine(messages, other));
  const blocks: KnownBlock[] = [];
  for (let start = 0; start < lines.length; start += LINES_PER_SECTION) {
    const chunk = lines.slice(start, start + LINES_PER_SECTION).join('\n');
    blocks.push(section(start === 0 ? `${messages.orgHomeOtherCohorts}\n${chunk}` : chunk));
  }
  return blocks;
}

/** The organizer's part of App Home: the programme, with a button for each next step. */
export function organizerHomeBlocks(messages: Messages, overview: ProgrammeOverview, options: OrganizerHomeOptions): KnownBlock[] {
  const blocks: KnownBlock[] = [header(messages.orgHomeHeader), context(messages.orgHomePrivate({ date: slackDate(options.now, '{date_short} {time}') }))];
  if (overview.pendingSuggestions > 0) blocks.push(section(messages.orgHomeSuggestions({ count: overview.pendingSuggestions })));
  const top: Button[] = [];
  if (!overview.enrolling) top.push(button(messages.orgHomeNewCohort, ACTION.homeCohortNew, 'new', overview.running.length === 0 ? 'primary' : undefined));
  top.push(button(messages.orgHomeReviewTopics, ACTION.homeTopicsReview, 'review', overview.pendingSuggestions > 0 && overview.running.length > 0 ? 'primary' : undefined));
  blocks.push(actions('org_home', top));
  if (overview.running.length === 0 && overview.others.length === 0) blocks.push(section(messages.orgHomeNoCohorts));
  for (const running of overview.running) blocks.push(divider(), ...runningBlocks(messages, running, true));

  if (overview.others.length > 0) {
    const shown = options.showAll ? Math.min(OTHERS_MAX, overview.others.length) : Math.min(OTHERS_COLLAPSED, overview.others.length);
    blocks.push(divider(), ...otherBlocks(messages, overview.others, shown));
    if (shown < overview.others.length && options.showAll) blocks.push(context(messages.orgHomeListCapped({ shown, total: overview.others.length })));
    if (overview.others.length > OTHERS_COLLAPSED) {
      blocks.push(
        actions('org_others', [
          options.showAll
            ? button(messages.orgHomeShowFewer, ACTION.homeCohortsShow, 'recent')
            : button(messages.orgHomeShowAll({ count: overview.others.length }), ACTION.homeCohortsShow, 'all'),
        ]),
      );
    }
  }
  return blocks;
}

/** Blocks a message may hold: the text version keeps its cohorts within them. */
const MESSAGE_BLOCKS = SLACK_LIMITS.blocksPerMessage;

/**
 * `/reverse-mentor status` for an organizer: what the Home tab shows, as text (no buttons), and after it the
 * organizer's own part as a participant, when they are one.
 */
export function organizerStatusMessage(messages: Messages, overview: ProgrammeOverview, now: Date, own: string | undefined): SlackMessage {
  const blocks: KnownBlock[] = [header(messages.orgStatusHeader), context(messages.orgHomePrivate({ date: slackDate(now, '{date_short} {time}') }))];
  if (overview.pendingSuggestions > 0) blocks.push(section(messages.orgHomeSuggestions({ count: overview.pendingSuggestions })));
  if (overview.running.length === 0 && overview.others.length === 0) blocks.push(section(messages.orgHomeNoCohorts));
  for (const running of overview.running) blocks.push(divider(), ...runningBlocks(messages, running, false));
  if (overview.others.length > 0) blocks.push(divider(), ...otherBlocks(messages, overview.others, OTHERS_COLLAPSED));
  const tail: KnownBlock[] = [];
  if (own) tail.push(divider(), header(messages.orgHomeYouHeader), section(own));
  tail.push(context(messages.orgStatusHomeHint));
  const room = MESSAGE_BLOCKS - tail.length;
  return { text: messages.orgStatusHeader, blocks: [...blocks.slice(0, room), ...tail] };
}

