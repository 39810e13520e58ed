import type { Locale } from '../config';
import type { Db } from '../db/open';
import { inTransaction } from '../db/open';
import { listCohorts, type Cohort } from '../db/repositories/cohorts';
import type { Delivery } from '../db/repositories/deliveries';
import { checkinCounts, findOwnCheckin, upsertCheckin, type Checkin } from '../db/repositories/checkins';
import { latestPostedCohortCycle } from '../db/repositories/digests';
import { invitationsSent } from '../db/repositories/outcome-invitations';
import { findParticipant } from '../db/repositories/participants';
import { listPromptsOfPair } from '../db/repositories/prompts';
import { CHECKIN_PROGRESS, OUTCOME_LIMITS, type CheckinProgress } from '../domain';
import { resolveLocale } from '../i18n';
import { closedSessions, publishedAverage, publishedDistribution, sessionClosedAt } from './anonymity';
import { cycleCount } from './calendar';
import { memberKey, parseMemberKey, scheduleMemberInvitations } from './member-invitations';
import { runningPairOf, type PairMembership, type PairRefusal } from './pair-access';
import { cycleClosesAt } from './reflections';

/**
 * The midpoint check-in (PRODUCT.md §12.3). With the prompt of session ceil(N/2) each member of a pair gets a
 * direct message with `checkin_open` (ledger kind `checkin`, key checkin:pair:<id>:user:<user>); the `checkin` modal
 * asks how well it works with their partner (1–5), how far the mentee's goals have come, and, optionally, a note
 * for the organizers, who read it with the author's name, in their digest (./digest-sections.ts) — never a channel,
 * never the partner. A relationship score of 1–2 puts the pair at risk (`low_checkin`, ./at-risk.ts). The check-in
 * can be answered and changed until its session closes; a channel sees the relationship average and the progress
 * distribution only once it has closed, and only from three answers (./anonymity.ts).
 */

export const CHECKIN_KIND = 'checkin';
/** An invitation more than this late is no longer worth sending: the session is nearly over. */
export const CHECKIN_MAX_LATENESS_MS = 4 * 24 * 60 * 60 * 1000;
/** A score at or below this puts the pair at risk. */
export const LOW_CHECKIN_MAX = 2;

const KEY_PREFIX = 'checkin:pair:';

export function checkinKey(pairId: number, userId: string): string {
  return memberKey(KEY_PREFIX, pairId, userId);
}

export function parseCheckinKey(key: string): { pairId: number; userId: string } | undefined {
  return parseMemberKey(KEY_PREFIX, key);
}

/** The session the check-in is asked with: ceil(N/2). */
export function checkinCycle(cohort: Pick<Cohort, 'weeks' | 'cadence'>): number {
  return Math.max(1, Math.ceil(cycleCount(cohort) / 2));
}

/**
 * Puts an invitation in the ledger for each member of every running pair whose prompt of the check-in's session
 * has gone out, due now (./member-invitations.ts). Only while the check-in is open. Returns how many were added.
 */
export function planCheckinInvitations(db: Db, now: Date): number {
  let added = 0;
  for (const cohort of listCohorts(db, ['active'])) {
    let cycle: number;
    let closesAt: Date;
    try {
      cycle = checkinCycle(cohort);
      closesAt = sessionClosedAt(cohort, cycle);
    } catch {
      continue; // A cohort whose schedule cannot be computed is reported by the prompt planner.
    }
    if (now.getTime() >= closesAt.getTime() || latestPostedCohortCycle(db, cohort.id) < cycle) continue;
    added += scheduleMemberInvitations(db, CHECKIN_KIND, KEY_PREFIX, cohort.id, cycle, now);
  }
  return added;
}

export interface CheckinInvitation {
  pairId: number;
  partnerId: string;
  role: 'mentor' | 'mentee';
  cohortName: string;
  cycle: number;
  cycles: number;
  closesAt: Date;
}

export type PreparedCheckinInvitation = { skipped: string } | { invitation: CheckinInvitation; userId: string; locale: Locale };

/** Decided at delivery time: the pair and cohort still run, the member is still in, and has not answered already. */
export function prepareCheckinInvitation(db: Db, delivery: Pick<Delivery, 'dedupeKey' | 'userId'>, fallback: Locale, now: Date): PreparedCheckinInvitation {
  const key = parseCheckinKey(delivery.dedupeKey);
  if (!key || !delivery.userId || key.userId !== delivery.userId) return { skipped: 'not_found' };
  const found = checkinContext(db, key.pairId, key.userId, now);
  if (!found.ok) return { skipped: found.reason };
  const member = findParticipant(db, key.userId);
  if (!member || member.status === 'left') return { skipped: 'member_left' };
  const { context } = found;
  if (context.existing) return { skipped: 'answered' };
  return {
    userId: key.userId,
    locale: resolveLocale(member.locale, fallback),
    invitation: {
      pairId: context.pair.id,
      partnerId: context.partnerId,
      role: context.role,
      cohortName: context.cohort.name,
      cycle: context.cycle,
      cycles: cycleCount(context.cohort),
      closesAt: context.closesAt,
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// The modal
// ---------------------------------------------------------------------------------------------------------------

export type CheckinRefusal = PairRefusal | 'not_asked' | 'closed';

export interface CheckinContext extends PairMembership {
  cycle: number;
  /** Until when it can be answered or changed. */
  closesAt: Date;
  existing: Checkin | undefined;
}

export type CheckinContextResult = { ok: true; context: CheckinContext } | { ok: false; reason: CheckinRefusal };

/** Whether `userId` may answer the pair's check-in now: a member of a running pair, asked, before it closes. */
export function checkinContext(db: Db, pairId: number, userId: string, now: Date): CheckinContextResult {
  const access = runningPairOf(db, pairId, userId);
  if (!access.ok) return access;
  const { membership } = access;
  const cycle = checkinCycle(membership.cohort);
  const prompt = listPromptsOfPair(db, pairId).find((candidate) => candidate.cycle === cycle);
  if (!prompt || (!prompt.postedAt && !prompt.messageTs)) return { ok: false, reason: 'not_asked' };
  // The pair's own session closes at its next prompt; the cohort's at the latest (anonymity.ts, rule 3).
  const closesAt = new Date(Math.min(cycleClosesAt(db, prompt, membership.pair, membership.cohort).getTime(), sessionClosedAt(membership.cohort, cycle).getTime()));
  if (now.getTime() >= closesAt.getTime()) return { ok: false, reason: 'closed' };
  return { ok: true, context: { ...membership, cycle, closesAt, existing: findOwnCheckin(db, pairId, userId) } };
}

/** The modal's values as typed (the note cleaned). */
export interface CheckinInput {
  relationship: string | undefined;
  progress: string | undefined;
  note: string;
}

export type CheckinField = 'relationship' | 'progress' | 'note';
export type CheckinFieldError = 'required' | 'invalid_choice' | 'too_long';
export type CheckinErrors = Partial<Record<CheckinField, CheckinFieldError>>;

export interface ValidCheckin {
  relationship: number;
  progress: CheckinProgress;
  note: string | null;
}

export function checkCheckin(input: CheckinInput): { ok: true; value: ValidCheckin } | { ok: false; errors: CheckinErrors } {
  const errors: CheckinErrors = {};
  const relationship = ['1', '2', '3', '4', '5'].includes(input.relationship ?? '') ? Number(input.relationship) : undefined;
  if (input.relationship === undefined) errors.relationship = 'required';
  else if (relationship === undefined) errors.relationship = 'invalid_choice';
  const progress = CHECKIN_PROGRESS.find((choice) => choice === input.progress);
  if (input.progress === undefined) errors.progress = 'required';
  else if (!progress) errors.progress = 'invalid_choice';
  if ([...input.note].length > OUTCOME_LIMITS.noteChars) errors.note = 'too_long';
  if (Object.keys(errors).length > 0 || relationship === undefined || !progress) return { ok: false, errors };
  return { ok: true, value: { relationship, progress, note: input.note === '' ? null : input.note } };
}

export type SaveCheckinResult =
  | { ok: true; created: boolean; checkin: { id: number; relationship: number; hasNote: boolean }; lowRelationship: boolean; context: CheckinContext }
  | { ok: false; reason: CheckinRefusal }
  | { ok: false; reason: 'invalid'; errors: CheckinErrors };

/** Checks everything again under the write lock, then stores the check-in (replacing an earlier one). */
export function saveCheckin(db: Db, pairId: number, userId: string, input: CheckinInput, now: Date): SaveCheckinResult {
  return inTransaction(db, (): SaveCheckinResult => {
    const found = checkinContext(db, pairId, userId, now);
    if (!found.ok) return found;
    const { context } = found;
    const checked = checkCheckin(input);
    if (!checked.ok) return { ok: false, reason: 'invalid', errors: checked.errors };
    const { created, id } = upsertCheckin(
      db,
      { pairId, cohortId: context.cohort.id, cycle: context.cycle, userId, role: context.role, ...checked.value },
      now,
    );
    return {
      ok: true,
      created,
      checkin: { id, relationship: checked.value.relationship, hasNote: checked.value.note !== null },
      lowRelationship: checked.value.relationship <= LOW_CHECKIN_MAX,
      context,
    };
  });
}

// ---------------------------------------------------------------------------------------------------------------
// For a channel and for organizers: counts and figures, no text
// ---------------------------------------------------------------------------------------------------------------

export type PublishedCheckin =
  /** Asked, still open: how many have answered so far, nothing of what they said. */
  | { closed: false; answers: number; closesAt: Date }
  /** Closed: the figures, each null below three answers (anonymity.ts). */
  | {
      closed: true;
      answers: number;
      relationshipAverage: number | null;
      progress: Record<CheckinProgress, number> | null;
    };

/** The check-in as a channel may see it at `now`; undefined before it has been asked. */
export function publishedCheckin(db: Db, cohort: Cohort, now: Date): PublishedCheckin | undefined {
  const cycle = checkinCycle(cohort);
  const counts = checkinCounts(db, cohort.id);
  if (counts.answers === 0 && invitationsSent(db, cohort.id, CHECKIN_KIND) === 0) return undefined;
  if (closedSessions(cohort, now) < cycle) return { closed: false, answers: counts.answers, closesAt: sessionClosedAt(cohort, cycle) };
  return {
    closed: true,
    answers: counts.answers,
    relationshipAverage: publishedAverage(counts.relationshipSum, counts.answers),
    progress: publishedDistribution(counts.progress),
  };
}

/** For organizers (counts only): members asked and members who answered. */
export function checkinResponseCounts(db: Db, cohortId: number): { asked: number; answered: number } {
  return { asked: invitationsSent(db, cohortId, CHECKIN_KIND), answered: checkinCounts(db, cohortId).answers };
}
