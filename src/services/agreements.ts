import type { Locale } from '../config';
import type { Db } from '../db/open';
import { inTransaction } from '../db/open';
import { currentCohortOf, findCohort, type Cohort } from '../db/repositories/cohorts';
import { findDeliveryByKey, scheduleDelivery, type Delivery } from '../db/repositories/deliveries';
import { partsOfPair, upsertAgreementPart, type AgreementPart } from '../db/repositories/agreements';
import { findPair, listActivePairsOf, type Pair } from '../db/repositories/pairs';
import { findParticipant } from '../db/repositories/participants';
import { listPromptsOfPair } from '../db/repositories/prompts';
import { AGREEMENT_CADENCES, AGREEMENT_NORMS, OUTCOME_LIMITS, type AgreementCadence, type AgreementNorm, type Role } from '../domain';
import { pairLocale } from './pairs';
import { runningPairOf, type PairMembership, type PairRefusal } from './pair-access';

/**
 * The kickoff agreement (PRODUCT.md §12.1). Each member writes their own part in the `kickoff` modal: the mentee
 * their goals (1–3, one a line, pre-filled from the goals they gave when joining), the mentor what they hope to get
 * out of it, both how often they mean to meet and the ground rules they agree to. When both parts are in, the
 * agreement is posted once in the pair's group message (ledger kind `agreement`, key agreement:pair:<id>, metadata
 * `rm_agreement`); a later edit updates that message in place. Until then, whoever has answered is shown as waiting
 * for the other: on each prompt (which carries `kickoff_open` again) and on both members' Home tabs.
 *
 * Goals and hopes stay with the pair: nothing here returns them to anyone but the pair's members, organizers learn
 * only how many pairs have an agreement (db/repositories/agreements.agreementCounts), forget-me deletes them, the
 * retention step empties them, and they are never logged.
 */

export const AGREEMENT_KIND = 'agreement';

export function agreementKey(pairId: number): string {
  return `agreement:pair:${pairId}`;
}

export function parseAgreementKey(key: string): number | undefined {
  const match = /^agreement:pair:(\d+)$/.exec(key);
  return match ? Number(match[1]) : undefined;
}

/** Where the pair's agreement stands, without its text: for prompts and organizers' counts. */
export type AgreementProgress = { complete: true } | { complete: false; answered: string[]; waitingFor: string[] };

export function agreementProgress(db: Db, pair: Pick<Pair, 'id' | 'mentorId' | 'menteeId'>): AgreementProgress {
  const roles = new Set(partsOfPair(db, pair.id).map((part) => part.role));
  if (roles.has('mentor') && roles.has('mentee')) return { complete: true };
  const answered = [...(roles.has('mentor') ? [pair.mentorId] : []), ...(roles.has('mentee') ? [pair.menteeId] : [])];
  const waitingFor = [...(roles.has('mentor') ? [] : [pair.mentorId]), ...(roles.has('mentee') ? [] : [pair.menteeId])];
  return { complete: false, answered, waitingFor };
}

// ---------------------------------------------------------------------------------------------------------------
// The modal
// ---------------------------------------------------------------------------------------------------------------

export interface KickoffContext extends PairMembership {
  /** What the person wrote before (pre-fills the modal), or their join goals and the cohort's cadence. */
  own: AgreementPart | undefined;
  defaults: { goals: string | null; cadence: AgreementCadence };
  /** Whether the other member has written their part. */
  partnerAnswered: boolean;
}

export type KickoffContextResult = { ok: true; context: KickoffContext } | { ok: false; reason: PairRefusal };

/** The first three lines of the goals someone gave when joining, within the agreement's limit. */
export function goalsFromJoin(goals: string | null | undefined): string | null {
  if (!goals) return null;
  const lines = goals
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .slice(0, OUTCOME_LIMITS.goalsLinesMax);
  const text = [...lines.join('\n')].slice(0, OUTCOME_LIMITS.goalsChars).join('').trim();
  return text === '' ? null : text;
}

export function kickoffContext(db: Db, pairId: number, userId: string): KickoffContextResult {
  const access = runningPairOf(db, pairId, userId);
  if (!access.ok) return access;
  const { membership } = access;
  const parts = partsOfPair(db, pairId);
  return {
    ok: true,
    context: {
      ...membership,
      own: parts.find((part) => part.role === membership.role),
      partnerAnswered: parts.some((part) => part.role !== membership.role),
      defaults: {
        goals: membership.role === 'mentee' ? goalsFromJoin(findParticipant(db, userId)?.goals) : null,
        cadence: membership.cohort.cadence,
      },
    },
  };
}

/** The modal's values as typed (texts cleaned: trimmed, no control characters). */
export interface KickoffInput {
  goals: string;
  hopes: string;
  cadence: string | undefined;
  norms: string[];
}

export type KickoffField = 'goals' | 'hopes' | 'cadence' | 'norms';
export type KickoffFieldError = 'goals_required' | 'goals_too_many' | 'too_long' | 'invalid_choice' | 'confidential_required';
export type KickoffErrors = Partial<Record<KickoffField, KickoffFieldError>>;

export interface ValidKickoff {
  goals: string | null;
  hopes: string | null;
  cadence: AgreementCadence;
  norms: AgreementNorm[];
}

function codePoints(text: string): number {
  return [...text].length;
}

/** Every problem at once (PRODUCT.md §10); the mentee's goals are required, the mentor's hopes optional. */
export function checkKickoff(role: Role, input: KickoffInput): { ok: true; value: ValidKickoff } | { ok: false; errors: KickoffErrors } {
  const errors: KickoffErrors = {};
  let goals: string | null = null;
  let hopes: string | null = null;
  if (role === 'mentee') {
    const lines = input.goals
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line !== '');
    if (lines.length < OUTCOME_LIMITS.goalsLinesMin) errors.goals = 'goals_required';
    else if (lines.length > OUTCOME_LIMITS.goalsLinesMax) errors.goals = 'goals_too_many';
    else if (codePoints(input.goals) > OUTCOME_LIMITS.goalsChars) errors.goals = 'too_long';
    else goals = lines.join('\n');
  } else {
    if (codePoints(input.hopes) > OUTCOME_LIMITS.hopesChars) errors.hopes = 'too_long';
    else hopes = input.hopes === '' ? null : input.hopes;
  }
  const cadence = AGREEMENT_CADENCES.find((choice) => choice === input.cadence);
  if (!cadence) errors.cadence = 'invalid_choice';
  if (input.norms.some((norm) => !(AGREEMENT_NORMS as readonly string[]).includes(norm))) errors.norms = 'invalid_choice';
  else if (!input.norms.includes('confidential')) errors.norms = 'confidential_required';
  if (Object.keys(errors).length > 0 || !cadence) return { ok: false, errors };
  return { ok: true, value: { goals, hopes, cadence, norms: AGREEMENT_NORMS.filter((norm) => input.norms.includes(norm)) } };
}

export type SaveAgreementResult =
  | {
      ok: true;
      created: boolean;
      /** Both parts are in now. */
      complete: boolean;
      /** This save made it complete: the agreement goes out now. */
      justCompleted: boolean;
      /** The posted agreement, to update in place; null until it has been posted. */
      posted: { channel: string; ts: string } | null;
      membership: PairMembership;
    }
  | { ok: false; reason: PairRefusal }
  | { ok: false; reason: 'invalid'; errors: KickoffErrors };

/**
 * Checks everything again under the write lock, then stores the person's part. When both parts are in, the
 * agreement's ledger row is added (once: the key is the pair's), due now.
 */
export function saveAgreementPart(db: Db, pairId: number, userId: string, input: KickoffInput, now: Date): SaveAgreementResult {
  return inTransaction(db, (): SaveAgreementResult => {
    const access = runningPairOf(db, pairId, userId);
    if (!access.ok) return access;
    const { membership } = access;
    const checked = checkKickoff(membership.role, input);
    if (!checked.ok) return { ok: false, reason: 'invalid', errors: checked.errors };
    const { created } = upsertAgreementPart(db, { pairId, role: membership.role, userId, ...checked.value }, now);
    const complete = partsOfPair(db, pairId).length === 2;
    let justCompleted = false;
    if (complete) {
      justCompleted = scheduleDelivery(
        db,
        { kind: AGREEMENT_KIND, dedupeKey: agreementKey(pairId), cohortId: membership.cohort.id, subjectId: pairId, dueAt: now },
        now,
      );
    }
    return { ok: true, created, complete, justCompleted, posted: postedAgreement(db, pairId), membership };
  });
}

/** The agreement's message in the group message, once it has been posted. */
export function postedAgreement(db: Db, pairId: number): { channel: string; ts: string } | null {
  const row = findDeliveryByKey(db, agreementKey(pairId));
  return row?.status === 'sent' && row.channelId && row.messageTs ? { channel: row.channelId, ts: row.messageTs } : null;
}

// ---------------------------------------------------------------------------------------------------------------
// The message in the group message
// ---------------------------------------------------------------------------------------------------------------

/** Everything the agreement message shows, in the pair's language. For the pair's own conversation only. */
export interface AgreementView {
  pairId: number;
  cohortName: string;
  locale: Locale;
  mentorId: string;
  menteeId: string;
  mentor: Pick<AgreementPart, 'hopes' | 'cadence' | 'norms'>;
  mentee: Pick<AgreementPart, 'goals' | 'cadence' | 'norms'>;
  /** Changes whenever either part is saved again: an update is due when it differs from what was posted. */
  version: string;
}

function viewOf(pair: Pair, cohort: Cohort, parts: AgreementPart[], fallback: Locale, db: Db): AgreementView | undefined {
  const mentor = parts.find((part) => part.role === 'mentor');
  const mentee = parts.find((part) => part.role === 'mentee');
  if (!mentor || !mentee) return undefined;
  return {
    pairId: pair.id,
    cohortName: cohort.name,
    locale: pairLocale(findParticipant(db, pair.mentorId)?.locale, findParticipant(db, pair.menteeId)?.locale, fallback),
    mentorId: pair.mentorId,
    menteeId: pair.menteeId,
    mentor: { hopes: mentor.hopes, cadence: mentor.cadence, norms: mentor.norms },
    mentee: { goals: mentee.goals, cadence: mentee.cadence, norms: mentee.norms },
    version: `${mentor.updatedAt}|${mentee.updatedAt}`,
  };
}

/** The agreement as it should look now; undefined while a part is missing. */
export function currentAgreement(db: Db, pairId: number, fallback: Locale): AgreementView | undefined {
  const pair = findPair(db, pairId);
  const cohort = pair && findCohort(db, pair.cohortId);
  return pair && cohort ? viewOf(pair, cohort, partsOfPair(db, pairId), fallback, db) : undefined;
}

export type PreparedAgreement = { skipped: string } | { view: AgreementView; pair: Pair };

/** Decided at delivery time: the pair and its cohort still run, and both parts are there. */
export function prepareAgreement(db: Db, delivery: Pick<Delivery, 'dedupeKey'>, fallback: Locale): PreparedAgreement {
  const pairId = parseAgreementKey(delivery.dedupeKey);
  const pair = pairId === undefined ? undefined : findPair(db, pairId);
  const cohort = pair && findCohort(db, pair.cohortId);
  if (!pair || !cohort) return { skipped: 'pair_missing' };
  if (cohort.status !== 'active') return { skipped: 'cohort_not_active' };
  if (pair.status !== 'active') return { skipped: 'pair_ended' };
  const view = viewOf(pair, cohort, partsOfPair(db, pair.id), fallback, db);
  return view ? { view, pair } : { skipped: 'incomplete' };
}

/** The pair's latest prompt that went out (its kickoff block is redrawn once the agreement is complete). */
export function latestPostedPromptOfPair(db: Db, pairId: number): number | undefined {
  return listPromptsOfPair(db, pairId)
    .filter((prompt) => prompt.messageTs && prompt.channelId)
    .at(-1)?.id;
}

// ---------------------------------------------------------------------------------------------------------------
// The Home tab
// ---------------------------------------------------------------------------------------------------------------

/** One of the person's running pairings as their Home tab shows its agreement. */
export interface HomeAgreement {
  pairId: number;
  role: Role;
  partnerId: string;
  /** `none`: nobody has written; `mine`: they have, the partner not yet; `theirs`: the other way round. */
  state: 'none' | 'mine' | 'theirs' | 'complete';
  /** Shown only to the pair's members (this is their own Home tab). */
  agreement: AgreementView | undefined;
}

export function homeAgreements(db: Db, userId: string, fallback: Locale): HomeAgreement[] {
  const cohort = currentCohortOf(db, userId);
  if (!cohort || cohort.status !== 'active') return [];
  return listActivePairsOf(db, userId, cohort.id).map((pair) => {
    const role: Role = pair.mentorId === userId ? 'mentor' : 'mentee';
    const parts = partsOfPair(db, pair.id);
    const mine = parts.some((part) => part.role === role);
    const theirs = parts.some((part) => part.role !== role);
    const state = mine && theirs ? 'complete' : mine ? 'mine' : theirs ? 'theirs' : 'none';
    return {
      pairId: pair.id,
      role,
      partnerId: role === 'mentor' ? pair.menteeId : pair.mentorId,
      state,
      agreement: state === 'complete' ? viewOf(pair, cohort, parts, fallback, db) : undefined,
    };
  });
}
