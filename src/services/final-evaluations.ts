import type { Locale } from '../config';
import type { Db } from '../db/open';
import { inTransaction } from '../db/open';
import { findCohort, listCohorts, type Cohort } from '../db/repositories/cohorts';
import { findDeliveryByKey, scheduleDelivery, type Delivery } from '../db/repositories/deliveries';
import { latestPostedCohortCycle } from '../db/repositories/digests';
import {
  findFinalEvaluation,
  findOwnFinalEvaluation,
  finalCounts,
  menteesWithChange,
  recordFollowup,
  upsertFinalEvaluation,
  type FinalEvaluation,
} from '../db/repositories/final-evaluations';
import { setNextCohortChoice } from '../db/repositories/next-cohort';
import { invitationsSent } from '../db/repositories/outcome-invitations';
import { findParticipant } from '../db/repositories/participants';
import { listPromptsOfPair } from '../db/repositories/prompts';
import type { SharingLevel } from '../db/repositories/reflections';
import { FOLLOWUP_ANSWERS, NEXT_COHORT_CHOICES, OUTCOME_LIMITS, type FollowupAnswer, type NextCohortChoice } from '../domain';
import { resolveLocale } from '../i18n';
import { cohortCompletesAt, cycleCount } from './calendar';
import { memberKey, parseMemberKey, scheduleMemberInvitations } from './member-invitations';
import { isFormerParticipantId } from './forget-me';
import { runningPairOf, type PairMembership, type PairRefusal } from './pair-access';

/**
 * The final evaluation and the 30-day follow-up (PRODUCT.md §12.4). With the last session's prompt each member of a
 * pair gets a direct message with `final_open` (ledger kind `final_evaluation`, key final_eval:pair:<id>:user:<user>);
 * the `final` modal asks how far the mentee got with the goals (1–5), what will change (the mentee: what they will
 * do differently; the mentor: what they learned about leading), who may read that (as for reflections), how likely
 * they are to recommend the programme (0–10) and whether they would take part again, and as what. `mentor` or
 * `mentee` puts them on the waiting list for the next cohort in that role (./next-cohort.ts); `no` keeps them out of
 * the next cohort's intake. It can be answered and changed until the cohort completes.
 *
 * Thirty days after the cohort completes, each mentee who wrote what they will do differently gets one direct
 * message quoting their own words back to them, with `followup_done`, `followup_partly` and `followup_not_yet`
 * (ledger kind `commitment_followup`); a week later the summary channel gets a short addendum with the counts
 * (./final-report.ts). Organizers get counts, never the words.
 */

export const FINAL_EVALUATION_KIND = 'final_evaluation';
export const COMMITMENT_FOLLOWUP_KIND = 'commitment_followup';

const DAY_MS = 24 * 60 * 60 * 1000;
/** The invitation comes with the last prompt; later than this, the programme is nearly over. */
export const FINAL_INVITATION_MAX_LATENESS_MS = 4 * DAY_MS;
/** "Thirty days after the cohort completes." */
export const FOLLOWUP_AFTER_MS = 30 * DAY_MS;
/** How long mentees have to answer the follow-up; then the addendum gives the counts and the follow-up closes. */
export const FOLLOWUP_ANSWER_MS = 7 * DAY_MS;
/** A follow-up more than this late (the app was down for weeks) is history, not news. */
export const FOLLOWUP_MAX_LATENESS_MS = 7 * DAY_MS;

const INVITATION_PREFIX = 'final_eval:pair:';
const COMMITMENT_PREFIX = 'commitment:pair:';

export function finalEvaluationKey(pairId: number, userId: string): string {
  return memberKey(INVITATION_PREFIX, pairId, userId);
}

export function parseFinalEvaluationKey(key: string): { pairId: number; userId: string } | undefined {
  return parseMemberKey(INVITATION_PREFIX, key);
}

export function commitmentKey(pairId: number, userId: string): string {
  return memberKey(COMMITMENT_PREFIX, pairId, userId);
}

export function parseCommitmentKey(key: string): { pairId: number; userId: string } | undefined {
  return parseMemberKey(COMMITMENT_PREFIX, key);
}

/** When the follow-up closes (its answers are then counted in the addendum, once). */
export function followupClosesAt(cohort: Pick<Cohort, 'completedAt'>): Date | undefined {
  return cohort.completedAt ? new Date(Date.parse(cohort.completedAt) + FOLLOWUP_AFTER_MS + FOLLOWUP_ANSWER_MS) : undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Invitations
// ---------------------------------------------------------------------------------------------------------------

/**
 * Puts an invitation in the ledger for each member of every running pair whose last prompt has gone out, due now
 * (./member-invitations.ts), until the cohort completes. Returns how many were added.
 */
export function planFinalInvitations(db: Db, now: Date): number {
  let added = 0;
  for (const cohort of listCohorts(db, ['active'])) {
    let cycles: number;
    let completesAt: Date;
    try {
      cycles = cycleCount(cohort);
      completesAt = cohortCompletesAt(cohort);
    } catch {
      continue;
    }
    if (now.getTime() >= completesAt.getTime() || latestPostedCohortCycle(db, cohort.id) < cycles) continue;
    added += scheduleMemberInvitations(db, FINAL_EVALUATION_KIND, INVITATION_PREFIX, cohort.id, cycles, now);
  }
  return added;
}

export interface FinalInvitation {
  pairId: number;
  partnerId: string;
  role: 'mentor' | 'mentee';
  cohortName: string;
  closesAt: Date;
}

export type PreparedFinalInvitation = { skipped: string } | { invitation: FinalInvitation; userId: string; locale: Locale };

export function prepareFinalInvitation(db: Db, delivery: Pick<Delivery, 'dedupeKey' | 'userId'>, fallback: Locale, now: Date): PreparedFinalInvitation {
  const key = parseFinalEvaluationKey(delivery.dedupeKey);
  if (!key || !delivery.userId || key.userId !== delivery.userId) return { skipped: 'not_found' };
  const found = finalContext(db, key.pairId, key.userId, now);
  if (!found.ok) return { skipped: found.reason };
  const member = findParticipant(db, key.userId);
  if (!member || member.status === 'left') return { skipped: 'member_left' };
  const { context } = found;
  if (context.existing) return { skipped: 'answered' };
  return {
    userId: key.userId,
    locale: resolveLocale(member.locale, fallback),
    invitation: { pairId: context.pair.id, partnerId: context.partnerId, role: context.role, cohortName: context.cohort.name, closesAt: context.closesAt },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// The modal
// ---------------------------------------------------------------------------------------------------------------

export type FinalRefusal = PairRefusal | 'not_asked' | 'closed';

export interface FinalContext extends PairMembership {
  closesAt: Date;
  existing: FinalEvaluation | undefined;
}

export type FinalContextResult = { ok: true; context: FinalContext } | { ok: false; reason: FinalRefusal };

/** Whether `userId` may answer the pair's final evaluation now: a member of a running pair, asked, before the cohort completes. */
export function finalContext(db: Db, pairId: number, userId: string, now: Date): FinalContextResult {
  const access = runningPairOf(db, pairId, userId);
  if (!access.ok) return access.reason === 'cohort_ended' ? { ok: false, reason: 'closed' } : access;
  const { membership } = access;
  const cycles = cycleCount(membership.cohort);
  const prompt = listPromptsOfPair(db, pairId).find((candidate) => candidate.cycle === cycles);
  if (!prompt || (!prompt.postedAt && !prompt.messageTs)) return { ok: false, reason: 'not_asked' };
  const closesAt = cohortCompletesAt(membership.cohort);
  if (now.getTime() >= closesAt.getTime()) return { ok: false, reason: 'closed' };
  return { ok: true, context: { ...membership, closesAt, existing: findOwnFinalEvaluation(db, pairId, userId) } };
}

export interface FinalInput {
  goalsMet: string | undefined;
  changed: string;
  sharing: string | undefined;
  recommend: string | undefined;
  again: string | undefined;
}

export type FinalField = 'goalsMet' | 'changed' | 'sharing' | 'recommend' | 'again';
export type FinalFieldError = 'required' | 'invalid_choice' | 'too_long';
export type FinalErrors = Partial<Record<FinalField, FinalFieldError>>;

export interface ValidFinal {
  goalsMet: number;
  changed: string;
  sharing: SharingLevel;
  recommend: number;
  again: NextCohortChoice | null;
}

const SHARING: readonly SharingLevel[] = ['private', 'anonymous', 'named'];

export function checkFinal(input: FinalInput): { ok: true; value: ValidFinal } | { ok: false; errors: FinalErrors } {
  const errors: FinalErrors = {};
  const goalsMet = ['1', '2', '3', '4', '5'].includes(input.goalsMet ?? '') ? Number(input.goalsMet) : undefined;
  if (input.goalsMet === undefined) errors.goalsMet = 'required';
  else if (goalsMet === undefined) errors.goalsMet = 'invalid_choice';
  if (input.changed === '') errors.changed = 'required';
  else if ([...input.changed].length > OUTCOME_LIMITS.changedChars) errors.changed = 'too_long';
  const sharing = input.sharing === undefined ? 'private' : SHARING.find((level) => level === input.sharing);
  if (!sharing) errors.sharing = 'invalid_choice';
  const recommend = /^(?:[0-9]|10)$/.test(input.recommend ?? '') ? Number(input.recommend) : undefined;
  if (input.recommend === undefined) errors.recommend = 'required';
  else if (recommend === undefined) errors.recommend = 'invalid_choice';
  const again = input.again === undefined ? null : NEXT_COHORT_CHOICES.find((choice) => choice === input.again);
  if (again === undefined) errors.again = 'invalid_choice';
  if (Object.keys(errors).length > 0 || goalsMet === undefined || !sharing || recommend === undefined || again === undefined) return { ok: false, errors };
  return { ok: true, value: { goalsMet, changed: input.changed, sharing, recommend, again } };
}

export type SaveFinalResult =
  | { ok: true; created: boolean; sharing: SharingLevel; again: NextCohortChoice | null; context: FinalContext }
  | { ok: false; reason: FinalRefusal }
  | { ok: false; reason: 'invalid'; errors: FinalErrors };

/**
 * Checks everything again under the write lock, then stores the evaluation (replacing an earlier one) and what it
 * says about the next cohort: the waiting list in a role, `no`, or nothing.
 */
export function saveFinalEvaluation(db: Db, pairId: number, userId: string, input: FinalInput, now: Date): SaveFinalResult {
  return inTransaction(db, (): SaveFinalResult => {
    const found = finalContext(db, pairId, userId, now);
    if (!found.ok) return found;
    const { context } = found;
    const checked = checkFinal(input);
    if (!checked.ok) return { ok: false, reason: 'invalid', errors: checked.errors };
    const { created } = upsertFinalEvaluation(db, { pairId, cohortId: context.cohort.id, userId, role: context.role, ...checked.value }, now);
    setNextCohortChoice(db, userId, checked.value.again, context.cohort.id, now);
    return { ok: true, created, sharing: checked.value.sharing, again: checked.value.again, context };
  });
}

/** For organizers (counts only): members asked and members who answered. */
export function finalResponseCounts(db: Db, cohortId: number): { asked: number; answered: number } {
  return { asked: invitationsSent(db, cohortId, FINAL_EVALUATION_KIND), answered: finalCounts(db, cohortId).answers };
}

// ---------------------------------------------------------------------------------------------------------------
// The 30-day follow-up
// ---------------------------------------------------------------------------------------------------------------

/**
 * Puts the follow-up in the ledger for each mentee of a cohort completed thirty days ago who wrote what they will do
 * differently, due thirty days after completion. Cohorts completed longer ago than the follow-up's window are left
 * alone (after an upgrade or weeks of downtime they are history). Returns how many were added.
 */
export function planCommitmentFollowups(db: Db, now: Date): number {
  let added = 0;
  for (const cohort of listCohorts(db, ['completed'])) {
    if (!cohort.completedAt) continue;
    const dueAt = new Date(Date.parse(cohort.completedAt) + FOLLOWUP_AFTER_MS);
    const late = now.getTime() - dueAt.getTime();
    if (late < 0 || late > FOLLOWUP_MAX_LATENESS_MS) continue;
    const mentees = menteesWithChange(db, cohort.id).filter((mentee) => !isFormerParticipantId(mentee.userId));
    if (mentees.length === 0) continue;
    added += inTransaction(
      db,
      () =>
        mentees.filter((mentee) =>
          scheduleDelivery(
            db,
            { kind: COMMITMENT_FOLLOWUP_KIND, dedupeKey: commitmentKey(mentee.pairId, mentee.userId), cohortId: cohort.id, subjectId: mentee.id, userId: mentee.userId, dueAt },
            now,
          ),
        ).length,
    );
  }
  return added;
}

/** What the follow-up shows its mentee: their own words, and their answer so far. */
export interface FollowupView {
  evaluationId: number;
  cohortName: string;
  /** The mentee's own words: shown to them alone. */
  changed: string;
  answer: FollowupAnswer | null;
  closesAt: Date;
  closed: boolean;
}

export type PreparedFollowup = { skipped: string } | { view: FollowupView; userId: string; locale: Locale };

/** Decided at delivery time: the mentee is still with us and their words are still there (not purged or forgotten). */
export function prepareFollowup(db: Db, delivery: Pick<Delivery, 'dedupeKey' | 'userId'>, fallback: Locale, now: Date): PreparedFollowup {
  const key = parseCommitmentKey(delivery.dedupeKey);
  if (!key || !delivery.userId || key.userId !== delivery.userId) return { skipped: 'not_found' };
  const evaluation = findOwnFinalEvaluation(db, key.pairId, key.userId);
  const participant = findParticipant(db, key.userId);
  if (!evaluation || !participant) return { skipped: 'not_found' };
  if (participant.status === 'left') return { skipped: 'member_left' };
  if (!evaluation.changed) return { skipped: 'text_removed' };
  const view = followupView(db, evaluation, now);
  return view ? { view, userId: key.userId, locale: resolveLocale(participant.locale, fallback) } : { skipped: 'cohort_missing' };
}

function followupView(db: Db, evaluation: FinalEvaluation, now: Date): FollowupView | undefined {
  const cohort = findCohort(db, evaluation.cohortId);
  const closesAt = cohort && followupClosesAt(cohort);
  if (!cohort || !closesAt || !evaluation.changed) return undefined;
  return {
    evaluationId: evaluation.id,
    cohortName: cohort.name,
    changed: evaluation.changed,
    answer: evaluation.followup,
    closesAt,
    closed: now.getTime() >= closesAt.getTime(),
  };
}

export type FollowupRefusal = 'not_found' | 'not_yours' | 'closed';

export type FollowupResult =
  | { ok: true; view: FollowupView; message: { channel: string; ts: string } | null }
  | { ok: false; reason: FollowupRefusal };

/**
 * A follow-up button (value = the evaluation id, which can be forged): only its mentee may answer, until the
 * follow-up closes; the last press counts. The answer is the mentee's own: it stands even when their pairing has
 * ended since (a partner who left does not undo what the mentee set out to do). Returns the message to redraw.
 */
export function answerFollowup(db: Db, evaluationId: number, userId: string, answer: string, now: Date): FollowupResult {
  return inTransaction(db, (): FollowupResult => {
    const evaluation = findFinalEvaluation(db, evaluationId);
    if (!evaluation || !evaluation.changed) return { ok: false, reason: 'not_found' };
    if (evaluation.userId !== userId || evaluation.role !== 'mentee') return { ok: false, reason: 'not_yours' };
    const chosen = FOLLOWUP_ANSWERS.find((choice) => choice === answer);
    if (!chosen) return { ok: false, reason: 'not_found' };
    const view = followupView(db, evaluation, now);
    if (!view) return { ok: false, reason: 'not_found' };
    if (view.closed) return { ok: false, reason: 'closed' };
    recordFollowup(db, evaluationId, chosen, now);
    const row = findDeliveryByKey(db, commitmentKey(evaluation.pairId, userId));
    return {
      ok: true,
      view: { ...view, answer: chosen },
      message: row?.status === 'sent' && row.channelId && row.messageTs ? { channel: row.channelId, ts: row.messageTs } : null,
    };
  });
}
