import type { Db } from '../db/open';
import { inTransaction } from '../db/open';
import { currentCohortOf, enrollWaitingParticipants, findEnrollingCohort, type Cohort } from '../db/repositories/cohorts';
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
}

export function participantStatus(db: Db, userId: string, now: Date): ParticipantStatusView | undefined {
  const participant = findParticipant(db, userId);
  if (!participant) return undefined;
  const pauseOver =
    participant.status === 'paused' && participant.pausedUntil !== null && participant.pausedUntil <= now.toISOString();
  const cohort = currentCohortOf(db, userId);
  return {
    participant,
    effectiveStatus: pauseOver ? 'active' : participant.status,
    cohort,
    partnerIds: cohort ? activePartnerIds(db, userId, cohort.id) : [],
    nextPromptAt: nextPromptDueFor(db, userId),
    // Their own reflections in the current cohort.
    reflectionCount: cohort ? countReflectionsOf(db, userId, cohort.id) : 0,
    latestPromptId: latestPostedPromptIdFor(db, userId),
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

/** No prompts until `weeks` weeks from now; the pause then ends by itself. Returns the instant it ends. */
export function pauseParticipant(db: Db, userId: string, weeks: number, now: Date): Date {
  return inTransaction(db, () => {
    requireActiveParticipant(db, userId);
    const until = new Date(now.getTime() + weeks * 7 * 24 * 60 * 60 * 1000);
    setParticipantStatus(db, userId, 'paused', until, now);
    return until;
  });
}

export function resumeParticipant(db: Db, userId: string, now: Date): void {
  inTransaction(db, () => {
    const participant = requireActiveParticipant(db, userId);
    if (participant.status !== 'paused') throw new AppError('not_paused');
    setParticipantStatus(db, userId, 'active', null, now);
  });
}

/**
 * Marks the person as having left, and takes them off the waiting list for the next cohort; their records stay for
 * the cohort's counts until they ask to be forgotten.
 */
export function leaveProgramme(db: Db, userId: string, now: Date): Participant {
  return inTransaction(db, () => {
    const participant = requireActiveParticipant(db, userId);
    setParticipantStatus(db, userId, 'left', null, now);
    leftProgramme(db, userId);
    return participant;
  });
}

/** Scheduler work: pauses that have run out end by themselves. Returns who resumed. */
export function endExpiredPauses(db: Db, now: Date): string[] {
  return inTransaction(db, () => resumeExpiredPauses(db, now));
}
