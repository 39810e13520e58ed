import { randomUUID } from 'node:crypto';
import type { Locale } from '../config';
import type { Db } from '../db/open';
import { inTransaction } from '../db/open';
import { findCohort, type Cohort } from '../db/repositories/cohorts';
import { plannedKeys, scheduleDelivery, skipPendingByKeys, type Delivery } from '../db/repositories/deliveries';
import {
  cancelMeeting,
  findMeeting,
  firstPromptCycle,
  hasBookedOrMet,
  insertMeeting,
  listIntroducedPairs,
  meetingCountsByCycle,
  promptIdForCycle,
  rescheduleMeeting,
  setMeetingOutcome,
  upcomingMeetingsOfPair,
  type Meeting,
  type MeetingCountsRow,
} from '../db/repositories/meetings';
import { preparationReadCounts, type PreparationPart } from '../db/repositories/preparation';
import { findPair, listActivePairsOf, type Pair } from '../db/repositories/pairs';
import { findParticipant, type Participant } from '../db/repositories/participants';
import { findPrompt, recordPromptResponse } from '../db/repositories/prompts';
import { resolveLocale } from '../i18n';
import { cohortCompletesAt, cycleAt, memberZones } from './calendar';
import { suggestSlots } from './meeting-slots';
import { pairLocale } from './pairs';

/**
 * Meetings booked in Slack (PRODUCT.md §12.2): the `meeting_book` modal's rules, booking, moving and cancelling,
 * the answer to "Did you meet?", and the silence rule after an introduction. What the pair sees goes through the
 * delivery ledger, one row per message and per version of the meeting (see migrations/0013_meetings.sql), so
 * every post is made once, a moved meeting is reminded at its new time only and a cancelled one not at all.
 */

export const MEETING_NOTICE_KIND = 'meeting_notice';
export const MEETING_REMINDER_KIND = 'meeting_reminder';
export const MEETING_FOLLOWUP_KIND = 'meeting_followup';
/** The one DM to a mentee four days after an introduction with nothing booked. */
export const FIRST_MEETING_NUDGE_KIND = 'first_meeting_nudge';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

export const MEETING_LIMITS = {
  whereChars: 200,
  lengths: [30, 45, 60] as const,
  defaultLength: 45,
  suggestions: 3,
  /** The reminder comes this long before the start. */
  reminderBeforeMs: 60 * MINUTE_MS,
  /** Silence after an introduction: the mentee is nudged after this long with nothing booked. */
  silenceNudgeAfterMs: 4 * DAY_MS,
  /** …and the pair is at risk (`no_first_meeting`) after this long without a first meeting. */
  noFirstMeetingAfterMs: 10 * DAY_MS,
} as const;

/** A reminder later than this after its due time (5 minutes before the start) is no use: `missed`. */
export const MEETING_REMINDER_MAX_LATENESS_MS = 55 * MINUTE_MS;
/** "Did you meet?" still makes sense a few days on (the app was down); after that it is `missed`. */
export const MEETING_FOLLOWUP_MAX_LATENESS_MS = 3 * DAY_MS;
export const FIRST_MEETING_NUDGE_MAX_LATENESS_MS = 2 * DAY_MS;

export type MeetingLength = (typeof MEETING_LIMITS.lengths)[number];

function versionKey(kind: string, meeting: Pick<Meeting, 'pairId' | 'id' | 'sequence'>): string {
  return `${kind}:pair:${meeting.pairId}:meeting:${meeting.id}:seq:${meeting.sequence}`;
}

export const meetingNoticeKey = (meeting: Pick<Meeting, 'pairId' | 'id' | 'sequence'>) => versionKey(MEETING_NOTICE_KIND, meeting);
export const meetingReminderKey = (meeting: Pick<Meeting, 'pairId' | 'id' | 'sequence'>) => versionKey(MEETING_REMINDER_KIND, meeting);
export const meetingFollowupKey = (meeting: Pick<Meeting, 'pairId' | 'id' | 'sequence'>) => versionKey(MEETING_FOLLOWUP_KIND, meeting);
export const firstMeetingNudgeKey = (pairId: number) => `${FIRST_MEETING_NUDGE_KIND}:pair:${pairId}`;

/** The meeting and version a ledger row is about (every meeting key ends in `:meeting:<id>:seq:<n>`). */
export function parseMeetingKey(key: string): { meetingId: number; sequence: number } | undefined {
  const match = /:meeting:(\d+):seq:(\d+)$/.exec(key);
  return match ? { meetingId: Number(match[1]), sequence: Number(match[2]) } : undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Who may book, and what the modal offers
// ---------------------------------------------------------------------------------------------------------------

/**
 * Why a booking button or modal changed nothing. Ids in button values and metadata can be forged. A booking
 * message, a follow-up or a prompt's Book button stays in the group DM after the pairing is over: `cohort_ended`
 * after `cohort close` or completion, `pair_ended` after `unpair`, `leave` or forget-me (as the prompt's buttons).
 */
export type MeetingRefusal = 'not_found' | 'not_member' | 'cohort_ended' | 'pair_ended' | 'cancelled';

/** What the modal is for: a new meeting of a pair, or moving one that is booked. */
export type MeetingTarget = { pairId: number } | { meetingId: number };

interface PairContext {
  pair: Pair;
  cohort: Cohort;
  mentor: Participant | undefined;
  mentee: Participant | undefined;
  meeting: Meeting | undefined;
}

function pairContext(db: Db, target: MeetingTarget, userId: string): { ok: true; context: PairContext } | { ok: false; reason: MeetingRefusal } {
  const meeting = 'meetingId' in target ? findMeeting(db, target.meetingId) : undefined;
  if ('meetingId' in target && !meeting) return { ok: false, reason: 'not_found' };
  const pair = findPair(db, meeting ? meeting.pairId : (target as { pairId: number }).pairId);
  if (!pair) return { ok: false, reason: 'not_found' };
  if (pair.mentorId !== userId && pair.menteeId !== userId) return { ok: false, reason: 'not_member' };
  const cohort = findCohort(db, pair.cohortId);
  if (!cohort) return { ok: false, reason: 'not_found' };
  if (cohort.status !== 'active') return { ok: false, reason: 'cohort_ended' };
  if (pair.status !== 'active') return { ok: false, reason: 'pair_ended' };
  if (meeting && meeting.status === 'cancelled') return { ok: false, reason: 'cancelled' };
  return { ok: true, context: { pair, cohort, mentor: findParticipant(db, pair.mentorId), mentee: findParticipant(db, pair.menteeId), meeting } };
}

/** Each member's zone, the cohort's where a member's is unknown. */
function zonesOf(context: PairContext): string[] {
  const zones = [context.mentor?.timezone, context.mentee?.timezone];
  return zones.map((zone) => memberZones(context.cohort, [zone])[0] as string);
}

export interface MeetingModalData {
  /** `pair:<id>` or `meeting:<id>`: what the submission is about. */
  target: MeetingTarget;
  partnerId: string;
  /** The viewer's own zone and language: suggestions are labelled in their time. */
  viewerZone: string;
  viewerLocale: Locale;
  suggestions: Date[];
  /** The cohort's end: nothing can be booked at or after it. */
  endsAt: Date;
  /** Moving a meeting: what it is now. */
  existing?: { startsAt: Date; minutes: number; place: string | null };
}

export type MeetingModalResult = { ok: true; data: MeetingModalData } | { ok: false; reason: MeetingRefusal };

/** What the `meeting_book` modal shows this person: up to three times that suit both, in the viewer's own time. */
export function meetingModal(db: Db, userId: string, target: MeetingTarget, fallback: Locale, now: Date): MeetingModalResult {
  const found = pairContext(db, target, userId);
  if (!found.ok) return found;
  const { context } = found;
  const zones = zonesOf(context);
  const endsAt = cohortCompletesAt(context.cohort);
  const isMentor = context.pair.mentorId === userId;
  const viewer = isMentor ? context.mentor : context.mentee;
  const meeting = context.meeting;
  return {
    ok: true,
    data: {
      target: meeting ? { meetingId: meeting.id } : { pairId: context.pair.id },
      partnerId: isMentor ? context.pair.menteeId : context.pair.mentorId,
      viewerZone: zones[isMentor ? 0 : 1] as string,
      viewerLocale: resolveLocale(viewer?.locale, fallback),
      suggestions: suggestSlots({ zones, now, endsBefore: endsAt, count: MEETING_LIMITS.suggestions }),
      endsAt,
      ...(meeting ? { existing: { startsAt: new Date(meeting.startsAt), minutes: meeting.minutes, place: meeting.place } } : {}),
    },
  };
}

/** `pair:<id>` / `meeting:<id>` in the modal's private_metadata. */
export function meetingTargetMetadata(target: MeetingTarget): string {
  return 'meetingId' in target ? `meeting:${target.meetingId}` : `pair:${target.pairId}`;
}

export function parseMeetingTarget(metadata: string | undefined): MeetingTarget | undefined {
  const match = /^(pair|meeting):(\d{1,12})$/.exec(metadata ?? '');
  if (!match) return undefined;
  return match[1] === 'pair' ? { pairId: Number(match[2]) } : { meetingId: Number(match[2]) };
}

// ---------------------------------------------------------------------------------------------------------------
// Booking, moving, cancelling
// ---------------------------------------------------------------------------------------------------------------

/** The modal's values as typed: unix seconds from the datetimepicker or a suggestion, the length, the place. */
export interface MeetingInput {
  suggested: string | undefined;
  when: number | undefined;
  length: string | undefined;
  where: string;
}

export type MeetingField = 'suggested' | 'when' | 'length' | 'where';
export type MeetingFieldError = 'time_required' | 'in_past' | 'after_cohort' | 'invalid_choice' | 'too_long';
export type MeetingErrors = Partial<Record<MeetingField, MeetingFieldError>>;

export interface ValidMeeting {
  startsAt: Date;
  minutes: MeetingLength;
  place: string | null;
}

/** Checks the modal (PRODUCT.md §12.2): `when` wins over a suggestion; in the future; before the cohort ends. */
export function validateMeeting(input: MeetingInput, now: Date, endsAt: Date): { ok: true; value: ValidMeeting } | { ok: false; errors: MeetingErrors } {
  const errors: MeetingErrors = {};
  let startsAt: Date | undefined;
  let field: MeetingField = 'when';
  if (input.when !== undefined) {
    startsAt = Number.isFinite(input.when) ? new Date(input.when * 1000) : undefined;
    if (!startsAt) errors.when = 'time_required';
  } else if (input.suggested !== undefined) {
    field = 'suggested';
    startsAt = /^\d{9,11}$/.test(input.suggested) ? new Date(Number(input.suggested) * 1000) : undefined;
    if (!startsAt) errors.suggested = 'invalid_choice';
  } else {
    errors.when = 'time_required';
  }
  if (startsAt) {
    if (startsAt.getTime() <= now.getTime()) errors[field] = 'in_past';
    else if (startsAt.getTime() >= endsAt.getTime()) errors[field] = 'after_cohort';
  }
  const length = input.length === undefined ? MEETING_LIMITS.defaultLength : Number(input.length);
  if (!(MEETING_LIMITS.lengths as readonly number[]).includes(length)) errors.length = 'invalid_choice';
  if ([...input.where].length > MEETING_LIMITS.whereChars) errors.where = 'too_long';
  if (Object.keys(errors).length > 0 || !startsAt) return { ok: false, errors };
  return { ok: true, value: { startsAt, minutes: length as MeetingLength, place: input.where === '' ? null : input.where } };
}

export type SaveMeetingResult =
  | { ok: true; meeting: Meeting; moved: boolean }
  | { ok: false; reason: 'invalid'; errors: MeetingErrors; endsAt: Date; viewerZone: string }
  | { ok: false; reason: MeetingRefusal };

/** The session a meeting at `startsAt` counts for: the one it falls in, never one before the pair's first prompt. */
function cycleOf(db: Db, context: PairContext, startsAt: Date): number {
  const cycle = cycleAt(context.cohort, [context.mentor?.timezone, context.mentee?.timezone], startsAt);
  return Math.max(cycle, firstPromptCycle(db, context.pair.id) ?? 1);
}

/** Puts the messages of the meeting's current version in the ledger; the versions before it are no longer wanted. */
function planMeetingMessages(db: Db, meeting: Meeting, now: Date): void {
  const before = Array.from({ length: meeting.sequence }, (_, sequence) => ({ ...meeting, sequence }));
  skipPendingByKeys(db, before.flatMap((version) => [meetingNoticeKey(version), meetingReminderKey(version), meetingFollowupKey(version)]), 'superseded', now);
  const base = { cohortId: meeting.cohortId, subjectId: meeting.id };
  scheduleDelivery(db, { ...base, kind: MEETING_NOTICE_KIND, dedupeKey: meetingNoticeKey(meeting), dueAt: now }, now);
  if (meeting.status !== 'booked') return;
  const startsAt = Date.parse(meeting.startsAt);
  const reminderAt = new Date(startsAt - MEETING_LIMITS.reminderBeforeMs);
  // Booked less than an hour ahead: the booking itself is the reminder.
  if (reminderAt.getTime() > now.getTime()) {
    scheduleDelivery(db, { ...base, kind: MEETING_REMINDER_KIND, dedupeKey: meetingReminderKey(meeting), dueAt: reminderAt }, now);
  }
  const endsAt = new Date(startsAt + meeting.minutes * MINUTE_MS);
  scheduleDelivery(db, { ...base, kind: MEETING_FOLLOWUP_KIND, dedupeKey: meetingFollowupKey(meeting), dueAt: endsAt }, now);
}

/**
 * Books a meeting for the pair, or moves the one being rescheduled (same UID, a higher sequence), after checking
 * the clicker is a member of a running pair and the input is valid. Either member may book; the other is told in
 * the group DM, not asked.
 */
export function saveMeeting(db: Db, userId: string, target: MeetingTarget, input: MeetingInput, now: Date): SaveMeetingResult {
  return inTransaction(db, (): SaveMeetingResult => {
    const found = pairContext(db, target, userId);
    if (!found.ok) return found;
    const { context } = found;
    const endsAt = cohortCompletesAt(context.cohort);
    const valid = validateMeeting(input, now, endsAt);
    if (!valid.ok) {
      const viewerZone = zonesOf(context)[context.pair.mentorId === userId ? 0 : 1] as string;
      return { ok: false, reason: 'invalid', errors: valid.errors, endsAt, viewerZone };
    }
    const time = { ...valid.value, cycle: cycleOf(db, context, valid.value.startsAt) };
    const meeting = context.meeting
      ? rescheduleMeeting(db, context.meeting.id, { ...time, bookedBy: userId }, now)
      : insertMeeting(db, { ...time, pairId: context.pair.id, cohortId: context.cohort.id, bookedBy: userId, uid: `${randomUUID()}@reverse-mentor` }, now);
    if (!meeting) return { ok: false, reason: 'cancelled' };
    planMeetingMessages(db, meeting, now);
    return { ok: true, meeting, moved: context.meeting !== undefined };
  });
}

export type CancelMeetingResult = { ok: true; meeting: Meeting } | { ok: false; reason: MeetingRefusal };

/** Cancels a booked meeting: the message says so, a cancellation is uploaded, and no reminder or follow-up comes. */
export function cancelMeetingFor(db: Db, userId: string, meetingId: number, now: Date): CancelMeetingResult {
  return inTransaction(db, (): CancelMeetingResult => {
    const found = pairContext(db, { meetingId }, userId);
    if (!found.ok) return found;
    const meeting = cancelMeeting(db, meetingId, userId, now);
    if (!meeting) return { ok: false, reason: 'cancelled' };
    planMeetingMessages(db, meeting, now);
    return { ok: true, meeting };
  });
}

export type HeldAnswer = 'yes' | 'no' | 'moved';

export type HeldResult =
  /** `promptId`: the session's prompt to reflect on, once it has gone out. */
  | { ok: true; answer: 'yes' | 'no'; meeting: Meeting; promptId: number | undefined; locale: Locale }
  | { ok: true; answer: 'moved'; meeting: Meeting }
  | { ok: false; reason: MeetingRefusal };

/**
 * The answer to "Did you meet?". `yes` records the meeting for the session it fell in with the same record "We
 * met" makes (so it is counted once however both are pressed); `no` records that it did not happen; `moved`
 * changes nothing here: the caller opens the modal to move it.
 */
export function answerMeetingHeld(db: Db, userId: string, meetingId: number, answer: HeldAnswer, fallback: Locale, now: Date): HeldResult {
  return inTransaction(db, (): HeldResult => {
    const found = pairContext(db, { meetingId }, userId);
    if (!found.ok) return found;
    const meeting = found.context.meeting as Meeting;
    if (answer === 'moved') return { ok: true, answer, meeting };
    setMeetingOutcome(db, meeting.id, answer === 'yes' ? 'held' : 'not_held', userId, now);
    const promptId = promptIdForCycle(db, meeting.pairId, meeting.cycle);
    if (answer === 'yes' && promptId !== undefined) recordPromptResponse(db, { promptId, userId, kind: 'met' }, now);
    // A reflection is about a prompt the pair has seen: none is offered before that session's prompt went out.
    const reflectable = promptId !== undefined && findPrompt(db, promptId)?.messageTs ? promptId : undefined;
    const locale = pairLocale(found.context.mentor?.locale, found.context.mentee?.locale, fallback);
    return { ok: true, answer, meeting: findMeeting(db, meeting.id) as Meeting, promptId: reflectable, locale };
  });
}

// ---------------------------------------------------------------------------------------------------------------
// What the ledger's handlers post
// ---------------------------------------------------------------------------------------------------------------

/** Everything a message about a meeting shows, in the pair's language. */
export interface MeetingView {
  meeting: Meeting;
  mentorId: string;
  menteeId: string;
  mentorName: string | null;
  menteeName: string | null;
  locale: Locale;
  channelId: string;
}

export type PreparedMeetingMessage = { skipped: string } | { view: MeetingView };

/**
 * Readies a ledger row about a meeting: the version it was planned for must still be the meeting's current one
 * (a moved or cancelled meeting's older rows are skipped), the pair running and its group DM known.
 */
export function prepareMeetingMessage(db: Db, delivery: Pick<Delivery, 'kind' | 'dedupeKey'>, fallback: Locale): PreparedMeetingMessage {
  const key = parseMeetingKey(delivery.dedupeKey);
  const meeting = key && findMeeting(db, key.meetingId);
  if (!key || !meeting) return { skipped: 'meeting_missing' };
  if (meeting.sequence !== key.sequence) return { skipped: 'superseded' };
  const pair = findPair(db, meeting.pairId);
  const cohort = pair && findCohort(db, pair.cohortId);
  if (!pair || !cohort) return { skipped: 'pair_missing' };
  if (delivery.kind !== MEETING_NOTICE_KIND) {
    if (meeting.status !== 'booked') return { skipped: 'cancelled' };
    if (pair.status !== 'active') return { skipped: 'pair_ended' };
    if (cohort.status !== 'active') return { skipped: 'cohort_not_active' };
  } else if (meeting.status === 'cancelled' && !meeting.messageTs) {
    // Never announced, so there is nothing to take back.
    return { skipped: 'never_posted' };
  }
  const channelId = meeting.channelId ?? pair.channelId;
  if (!channelId) return { skipped: 'no_channel' };
  const mentor = findParticipant(db, pair.mentorId);
  const mentee = findParticipant(db, pair.menteeId);
  return {
    view: {
      meeting,
      mentorId: pair.mentorId,
      menteeId: pair.menteeId,
      mentorName: mentor?.displayName ?? null,
      menteeName: mentee?.displayName ?? null,
      locale: pairLocale(mentor?.locale, mentee?.locale, fallback),
      channelId,
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Silence after the introduction
// ---------------------------------------------------------------------------------------------------------------

/**
 * Puts the silence DM in the ledger for every introduced pair four days on (once per pair: its key is the pair's).
 * Whether it is still needed (nothing booked, nobody pressed "We met") is decided when it is due.
 */
export function planFirstMeetingNudges(db: Db, now: Date): number {
  const planned = new Set(plannedKeys(db, FIRST_MEETING_NUDGE_KIND));
  const pairs = listIntroducedPairs(db).filter((pair) => !planned.has(firstMeetingNudgeKey(pair.pairId)));
  if (pairs.length === 0) return 0;
  return inTransaction(db, () => {
    let added = 0;
    for (const pair of pairs) {
      const dueAt = new Date(Date.parse(pair.introducedAt) + MEETING_LIMITS.silenceNudgeAfterMs);
      const row = { kind: FIRST_MEETING_NUDGE_KIND, dedupeKey: firstMeetingNudgeKey(pair.pairId), cohortId: pair.cohortId, subjectId: pair.pairId, userId: pair.menteeId, dueAt };
      if (scheduleDelivery(db, row, now)) added += 1;
    }
    return added;
  });
}

export type PreparedFirstMeetingNudge = { skipped: string } | { pairId: number; menteeId: string; mentorId: string; locale: Locale };

export function prepareFirstMeetingNudge(db: Db, pairId: number | null, fallback: Locale): PreparedFirstMeetingNudge {
  const pair = pairId === null ? undefined : findPair(db, pairId);
  const cohort = pair && findCohort(db, pair.cohortId);
  if (!pair || !cohort) return { skipped: 'pair_missing' };
  if (pair.status !== 'active') return { skipped: 'pair_ended' };
  if (cohort.status !== 'active') return { skipped: 'cohort_not_active' };
  const mentee = findParticipant(db, pair.menteeId);
  if (!mentee || mentee.status === 'left') return { skipped: 'member_left' };
  if (mentee.status === 'paused') return { skipped: 'member_paused' };
  if (hasBookedOrMet(db, pair.id)) return { skipped: 'already_booked' };
  return { pairId: pair.id, menteeId: pair.menteeId, mentorId: pair.mentorId, locale: resolveLocale(mentee.locale, fallback) };
}

// ---------------------------------------------------------------------------------------------------------------
// Where people book from
// ---------------------------------------------------------------------------------------------------------------

/** The person's running pairs (a mentor may have up to three), with each partner and the next meeting booked. */
export function bookablePairs(db: Db, userId: string, now: Date): Array<{ pairId: number; partnerId: string; next: Date | null }> {
  return listActivePairsOf(db, userId)
    .filter((pair) => findCohort(db, pair.cohortId)?.status === 'active')
    .map((pair) => {
      const next = upcomingMeetingsOfPair(db, pair.id, now)[0];
      return { pairId: pair.id, partnerId: pair.mentorId === userId ? pair.menteeId : pair.mentorId, next: next ? new Date(next.startsAt) : null };
    });
}

/** What organizers see of a cohort's meetings and preparation (§12.2, §12.6): counts only, never who or when. */
export interface MeetingCounts {
  booked: number;
  held: number;
  byCycle: MeetingCountsRow[];
  preparation: Record<PreparationPart, number>;
}

export function cohortMeetingCounts(db: Db, cohortId: number): MeetingCounts {
  const byCycle = meetingCountsByCycle(db, cohortId);
  return {
    booked: byCycle.reduce((sum, row) => sum + row.booked, 0),
    held: byCycle.reduce((sum, row) => sum + row.held, 0),
    byCycle,
    preparation: preparationReadCounts(db, cohortId),
  };
}
