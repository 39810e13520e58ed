import type { Db } from '../db/open';
import { countEnrolled, listCohortsWithEnrollmentCounts, type Cohort } from '../db/repositories/cohorts';
import { countUndelivered } from '../db/repositories/deliveries';
import { openRematchRequests, pairedPeopleCount } from '../db/repositories/programme-overview';
import { undeliveredPrompts, type UndeliveredPromptRow } from '../db/repositories/summaries';
import { countPendingSuggestions } from '../db/repositories/topic-suggestions';
import { atRiskPairsOfCohort, type AtRiskPair } from './at-risk';
import { cycleCount } from './calendar';
import { cohortMeetingCounts, type MeetingCounts } from './meetings';
import { cohortMembership, cohortStatus, cycleActivity } from './reflection-insights';
import { currentCycle, cycleStartsAt, type CycleRates } from './summaries';
import { summaryChannelFailure, type SummaryChannelFailure } from './summary-channel';

/**
 * The programme at a glance, for one organizer (issue 16 items 1 and 3): every running or enrolling cohort with
 * its figures, its sessions so far and what needs attention, and the others in one line each. Read for the
 * organizer's App Home and `/reverse-mentor status`, both private to the organizer, so pairs are named. Nothing
 * about a pair the organizer is in is shown to them (they would learn their partner's rating or rematch request).
 */

/** Running cohorts shown in full; more than this (rare: several programmes at once) are listed in one line each. */
export const DETAILED_COHORTS_MAX = 8;

export interface CohortPeople {
  /** Everyone ever enrolled, forgotten people included. */
  enrolled: number;
  mentors: number;
  mentees: number;
  /** People in running pairs, and those pairs. */
  paired: number;
  pairs: number;
  unmatched: number;
  paused: number;
  /** Left the programme, or asked to be forgotten. */
  left: number;
}

export interface CohortAttention {
  atRisk: AtRiskPair[];
  rematchRequests: Array<{ requestId: number; userId: string; partnerId: string; at: Date }>;
  /** Prompts that failed or whose fate is unknown, by pair; `other` counts every other message that did not arrive. */
  undeliveredPrompts: UndeliveredPromptRow[];
  otherUndelivered: number;
  /** The cohort's latest summary could not be posted in its channel. */
  channel: SummaryChannelFailure | undefined;
}

export interface RunningCohort {
  cohort: Cohort;
  cycles: number;
  /** The session under way (0 before the first). A session is in progress until the next one begins. */
  cycle: number;
  /** When session 1 begins (for a cohort that has not started). */
  firstSessionAt: Date;
  people: CohortPeople;
  /** Sessions 1..cycle with their meetings and reflections so far; the last is in progress. */
  sessions: CycleRates[];
  /** Meetings booked in Slack and held, and mentors who read each part of the preparation: counts only (§12.2, §12.6). */
  meetings: MeetingCounts;
  attention: CohortAttention;
}

export interface ProgrammeOverview {
  /** Enrolling and active cohorts, newest first, in full. */
  running: RunningCohort[];
  /** Everything else, newest first, in one line each: completed cohorts, and running ones past DETAILED_COHORTS_MAX. */
  others: Array<{ cohort: Cohort; enrolled: number }>;
  pendingSuggestions: number;
  /** A cohort is enrolling (only one may be at a time): no new one can be created. */
  enrolling: boolean;
}

function ratio(part: number, whole: number): number | null {
  return whole > 0 ? Math.min(1, part / whole) : null;
}

function notTheirs(organizerId: string, pair: { mentorId: string; menteeId: string }): boolean {
  return pair.mentorId !== organizerId && pair.menteeId !== organizerId;
}

function runningCohort(db: Db, cohort: Cohort, organizerId: string, now: Date): RunningCohort {
  const membership = cohortMembership(db, cohort.id);
  const status = cohortStatus(db, cohort.id);
  const cycle = currentCycle(cohort, now);
  const activity = new Map(cycleActivity(db, cohort.id).map((row) => [row.cycle, row]));
  const sessions = Array.from({ length: cycle }, (_, index): CycleRates => {
    const row = activity.get(index + 1);
    const prompted = row?.promptsPosted ?? 0;
    return {
      cycle: index + 1,
      pairsPrompted: prompted,
      pairsMet: row?.pairsMet ?? 0,
      reflections: row?.reflections ?? 0,
      meetingRate: ratio(row?.pairsMet ?? 0, prompted),
      responseRate: ratio(row?.reflections ?? 0, 2 * prompted),
    };
  });
  const rematches = openRematchRequests(db, cohort.id);
  const undelivered = undeliveredPrompts(db, cohort.id);
  const totals = countUndelivered(db, cohort.id);
  const channel = summaryChannelFailure(db, cohort);
  return {
    cohort,
    cycles: cycleCount(cohort),
    cycle,
    firstSessionAt: cycleStartsAt(cohort, 1),
    people: {
      enrolled: countEnrolled(db, cohort.id),
      mentors: membership.mentors + membership.former.mentors,
      mentees: membership.mentees + membership.former.mentees,
      paired: pairedPeopleCount(db, cohort.id),
      pairs: status.activePairs,
      unmatched: status.unmatched,
      paused: status.paused,
      left: status.left + membership.former.total,
    },
    sessions,
    meetings: cohortMeetingCounts(db, cohort.id),
    attention: {
      atRisk: cohort.status === 'active' ? atRiskPairsOfCohort(db, cohort.id, now).filter((pair) => notTheirs(organizerId, pair)) : [],
      rematchRequests: rematches
        .filter((request) => request.userId !== organizerId && request.partnerId !== organizerId)
        .map((request) => ({ requestId: request.id, userId: request.userId, partnerId: request.partnerId, at: new Date(request.createdAt) })),
      undeliveredPrompts: undelivered,
      // The summary that could not be posted is told as a channel problem, not again here.
      otherUndelivered: Math.max(0, totals.failed + totals.unknown - undelivered.length - (channel ? 1 : 0)),
      channel,
    },
  };
}

/** The overview `organizerId` sees. */
export function buildProgrammeOverview(db: Db, organizerId: string, now: Date): ProgrammeOverview {
  const newestFirst = listCohortsWithEnrollmentCounts(db).reverse();
  const running = newestFirst.filter(({ cohort }) => cohort.status !== 'completed');
  const detailed = running.slice(0, DETAILED_COHORTS_MAX);
  const detailedIds = new Set(detailed.map(({ cohort }) => cohort.id));
  return {
    running: detailed.map(({ cohort }) => runningCohort(db, cohort, organizerId, now)),
    others: newestFirst.filter(({ cohort }) => !detailedIds.has(cohort.id)),
    pendingSuggestions: countPendingSuggestions(db),
    enrolling: running.some(({ cohort }) => cohort.status === 'enrolling'),
  };
}
