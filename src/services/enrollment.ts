import type { Db } from '../db/open';
import { inTransaction } from '../db/open';
import { currentCohortOf, enrollWaitingParticipants, findCohort, findEnrollingCohort, lastCompletedCohortOf, type Cohort } from '../db/repositories/cohorts';
import { skipPendingForPair } from '../db/repositories/deliveries';
import { endPair, listActivePairsOf, partnerIdsInCohort } from '../db/repositories/pairs';
import {
  findParticipant,
  resumeExpiredPauses,
  setParticipantStatus,
  upsertProfile,
  type Participant,
} from '../db/repositories/participants';
import { LIMITS, type MeetingPreference, type Role, type SeniorityBand } from '../domain';
import { AppError } from '../errors';
import { cleanDisplayName } from '../text';
import { activePartnerIds } from './pairs';
import { planPartnerNotices } from './partner-notices';
import { cycleCount, cycleDate, zonedInstant } from './calendar';
import { latestPostedPromptIdFor, nextPromptDueFor } from '../db/repositories/prompts';
import { countReflectionsOf } from '../db/repositories/reflections';
import { joinedAgain, leftProgramme } from './next-cohort';

/** What a person submits in the join modal, already validated. */
export interface JoinSubmission {
  role: Role;
  department: string;
  seniority: SeniorityBand;
  topics: string[];
  managerId: string | null;
  goals: string | null;
  meetingPref: MeetingPreference | null;
}

/** What Slack's users.info tells about the person. */
export interface SlackProfile {
  displayName: string | null;
  timezone: string | null;
  locale: string | null;
}

export interface JoinResult {
  participant: Participant;
  created: boolean;
  /** The cohort they are enrolled in, or undefined when they wait for the next one. */
  cohort: Cohort | undefined;
}

/**
 * Stores the profile (one per person; joining again edits it) and enrolls the person in the cohort that is
 * enrolling, if any and if they are waiting: not paired in a running cohort (PRODUCT.md §2).
 */
export function saveProfile(
  db: Db,
  userId: string,
  submission: JoinSubmission,
  slackProfile: SlackProfile,
  now: Date,
): JoinResult {
  return inTransaction(db, () => {
    // Typed text arrives cleaned; the name comes from Slack as its owner typed it there, so it is cleaned here.
    const profile = { ...slackProfile, displayName: cleanDisplayName(slackProfile.displayName) };
    const { created } = upsertProfile(db, { userId, ...submission, ...profile }, now);
    joinedAgain(db, userId, submission.role);
    const enrolling = findEnrollingCohort(db);
    if (enrolling) enrollWaitingParticipants(db, enrolling.id, now, userId);
    const cohort = currentCohortOf(db, userId);
    return { participant: findParticipant(db, userId) as Participant, created, cohort };
  });
}

export interface ParticipantStatusView {
  participant: Participant;
  /** Status after applying a pause that has run out. */
  effectiveStatus: Participant['status'];
  cohort: Cohort | undefined;
  /** Current partners (a mentor may have up to three mentees); empty until the cohort is matched. */
  partnerIds: string[];
  /** When the next weekly prompt is due for this person; null when none is scheduled. */
  nextPromptAt: Date | null;
  reflectionCount: number;
  /** The prompt a reflection would be about, if any (what App Home's Reflect button opens). */
  latestPromptId: number | null;
  /** Once their cohort is over and no other has them yet: that cohort, who they were paired with and what they wrote. */
  completed: { cohort: Cohort; partnerIds: string[]; reflectionCount: number } | undefined;
}

export function participantStatus(db: Db, userId: string, now: Date): ParticipantStatusView | undefined {
  const participant = findParticipant(db, userId);
  if (!participant) return undefined;
  const pauseOver =
    participant.status === 'paused' && participant.pausedUntil !== null && participant.pausedUntil <= now.toISOString();
  const cohort = currentCohortOf(db, userId);
  const finished = cohort ? undefined : lastCompletedCohortOf(db, userId);
  return {
    participant,
    effectiveStatus: pauseOver ? 'active' : participant.status,
    cohort,
    partnerIds: cohort ? activePartnerIds(db, userId, cohort.id) : [],
    nextPromptAt: nextPromptDueFor(db, userId),
    // Their own reflections in the current cohort.
    reflectionCount: cohort ? countReflectionsOf(db, userId, cohort.id) : 0,
    latestPromptId: latestPostedPromptIdFor(db, userId),
    completed: finished && {
      cohort: finished,
      partnerIds: partnerIdsInCohort(db, userId, finished.id),
      reflectionCount: countReflectionsOf(db, userId, finished.id),
    },
  };
}

/** What a newcomer is told about the commitment and what comes next (PRODUCT.md §11), for the cohort they are in or would join. */
export interface ProgrammeOutline {
  cohort: { name: string; cadence: Cohort['cadence']; weeks: number; sessions: number; startsAt: Date } | undefined;
  /** `enrolling`: pairs are made when enrolment closes; `waiting`: no cohort takes people yet; `matched`: paired already. */
  stage: 'enrolling' | 'waiting' | 'matched';
}

/** The outline for someone in `cohort` (or, with none, the cohort taking people now), paired or not yet. */
export function programmeOutline(db: Db, cohort: Cohort | undefined, matched = false): ProgrammeOutline {
  const shown = cohort ?? findEnrollingCohort(db);
  if (!shown) return { cohort: undefined, stage: 'waiting' };
  let startsAt: Date;
  try {
    startsAt = zonedInstant(cycleDate(shown, 1), shown.nudgeTime, shown.timezone);
  } catch {
    return { cohort: undefined, stage: matched ? 'matched' : 'waiting' };
  }
  return {
    cohort: { name: shown.name, cadence: shown.cadence, weeks: shown.weeks, sessions: cycleCount(shown), startsAt },
    stage: matched ? 'matched' : shown.status === 'enrolling' ? 'enrolling' : 'waiting',
  };
}

function requireActiveParticipant(db: Db, userId: string): Participant {
  const participant = findParticipant(db, userId);
  if (!participant) throw new AppError('not_participant');
  if (participant.status === 'left') throw new AppError('already_left');
  return participant;
}

export function parsePauseWeeks(argument: string | undefined): number {
  if (argument === undefined || argument.trim() === '') return 1;
  const weeks = Number(argument.trim());
  if (!Number.isInteger(weeks) || weeks < 1 || weeks > LIMITS.pauseWeeksMax) {
    throw new AppError('invalid_weeks', 'weeks out of range', { max: LIMITS.pauseWeeksMax });
  }
  return weeks;
}

export interface PauseResult {
  until: Date;
  /** The person's side of their pairs (their partners are the other side). */
  role: Role;
  /** Partners whose prompts pause too, and who are being told (partner_notice). */
  partnerIds: string[];
}

/**
 * No prompts until `weeks` weeks from now; the pause then ends by itself. Prompts are the pair's, so they stop for
 * the partner too, who is told kindly, without a reason (a partner_notice in the ledger).
 */
export function pauseParticipant(db: Db, userId: string, weeks: number, now: Date): PauseResult {
  return inTransaction(db, () => {
    const participant = requireActiveParticipant(db, userId);
    const until = new Date(now.getTime() + weeks * 7 * 24 * 60 * 60 * 1000);
    setParticipantStatus(db, userId, 'paused', until, now);
    return { until, role: participant.role, partnerIds: planPartnerNotices(db, userId, 'paused', now) };
  });
}

/** Prompts again from the next one; partners told of the break are told it is over. Returns who is told. */
export function resumeParticipant(db: Db, userId: string, now: Date): { partnerIds: string[] } {
  return inTransaction(db, () => {
    const participant = requireActiveParticipant(db, userId);
    if (participant.status !== 'paused') throw new AppError('not_paused');
    setParticipantStatus(db, userId, 'active', null, now);
    return { partnerIds: planPartnerNotices(db, userId, 'resumed', now) };
  });
}

export interface LeaveResult {
  participant: Participant;
  /** Pairings that ended with the departure; each partner is told (partner_notice), and so are the organizers. */
  endedPairs: Array<{ pairId: number; cohortId: number; cohortName: string; partnerId: string }>;
}

/**
 * Marks the person as having left and ends their running pairings, so their partners are free to be paired again
 * and no prompt or introduction of those pairs goes out any more. Each partner is told kindly, without a reason.
 * They are also taken off the waiting list for the next cohort. Their records stay for the cohort's counts until
 * they ask to be forgotten.
 */
export function leaveProgramme(db: Db, userId: string, now: Date): LeaveResult {
  return inTransaction(db, () => {
    const participant = requireActiveParticipant(db, userId);
    setParticipantStatus(db, userId, 'left', null, now);
    const pairs = listActivePairsOf(db, userId);
    for (const pair of pairs) {
      endPair(db, pair.id, now);
      skipPendingForPair(db, pair.id, 'member_left', now);
    }
    planPartnerNotices(db, userId, 'left', now, pairs);
    leftProgramme(db, userId);
    return {
      participant,
      endedPairs: pairs.map((pair) => ({
        pairId: pair.id,
        cohortId: pair.cohortId,
        cohortName: findCohort(db, pair.cohortId)?.name ?? '',
        partnerId: pair.mentorId === userId ? pair.menteeId : pair.mentorId,
      })),
    };
  });
}

/**
 * Who `leave` says will be told: the role of the person's partner when they are paired (their partner hears of it),
 * null when they are not. Refuses someone who is not in the programme, or has left already.
 */
export function leavingPartnerRole(db: Db, userId: string): Role | null {
  const participant = requireActiveParticipant(db, userId);
  const cohort = currentCohortOf(db, userId);
  if (!cohort || activePartnerIds(db, userId, cohort.id).length === 0) return null;
  return participant.role === 'mentor' ? 'mentee' : 'mentor';
}

/** How it works, for someone about to join: the cohort they are in (or would join), not yet paired. */
export function joinOutline(db: Db, userId: string): ProgrammeOutline {
  return programmeOutline(db, currentCohortOf(db, userId));
}

/** Scheduler work: pauses that have run out end by themselves, and partners hear they are back. Returns who resumed. */
export function endExpiredPauses(db: Db, now: Date): string[] {
  return inTransaction(db, () => {
    const resumed = resumeExpiredPauses(db, now);
    for (const userId of resumed) planPartnerNotices(db, userId, 'resumed', now);
    return resumed;
  });
}
