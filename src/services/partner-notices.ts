import type { Locale } from '../config';
import type { Db } from '../db/open';
import { findCohort } from '../db/repositories/cohorts';
import { scheduleDelivery, skipPendingByKeyPrefix, type Delivery } from '../db/repositories/deliveries';
import { findPair, listActivePairsOf, type Pair } from '../db/repositories/pairs';
import { findParticipant } from '../db/repositories/participants';
import { nextPromptDueFor } from '../db/repositories/prompts';
import type { Role } from '../domain';
import { resolveLocale } from '../i18n';
import { isFormerParticipantId } from './forget-me';

/**
 * What a person's partner is told when they leave, pause or come back (PRODUCT.md §3, §11): prompts are the pair's,
 * so a pause stops them for both, and the partner hears it kindly, never why. Each notice is a row in the delivery
 * ledger (kind `partner_notice`, user = the partner), planned in the same transaction as the change it tells of, so
 * it goes out exactly once, also when the change is the scheduler's (a pause that runs out).
 */

export const PARTNER_NOTICE_KIND = 'partner_notice';
/** A notice this late is no longer news (the app was down for days): it is marked `missed`. */
export const PARTNER_NOTICE_MAX_LATENESS_MS = 48 * 60 * 60 * 1000;

export type PartnerEvent = 'left' | 'paused' | 'resumed';
const EVENTS: readonly PartnerEvent[] = ['left', 'paused', 'resumed'];

function keyPrefix(event: PartnerEvent, userId: string, partnerId: string): string {
  return `${PARTNER_NOTICE_KIND}:${event}:user:${userId}:to:${partnerId}:`;
}

/** `partner_notice:<event>:user:<who>:to:<partner>:at:<ms>`: user ids as their own segments, so forget-me can replace them. */
export function partnerNoticeKey(event: PartnerEvent, userId: string, partnerId: string, at: Date): string {
  return `${keyPrefix(event, userId, partnerId)}at:${at.getTime()}`;
}

export function parsePartnerNoticeKey(key: string): { event: PartnerEvent; userId: string; partnerId: string } | undefined {
  const match = /^partner_notice:([a-z]+):user:([^:]+(?::\d+)?):to:([^:]+(?::\d+)?):at:\d+$/.exec(key);
  const event = EVENTS.find((candidate) => candidate === match?.[1]);
  return match && event ? { event, userId: match[2] as string, partnerId: match[3] as string } : undefined;
}

function partnerIn(pair: Pair, userId: string): string {
  return pair.mentorId === userId ? pair.menteeId : pair.mentorId;
}

/**
 * Plans the notice of `event` to the partner in each of `pairs` (default: the person's active pairs). A "back"
 * notice whose "taking a break" notice has not gone out yet replaces nothing: both are dropped, since the partner
 * never heard of the break. Call inside the transaction that makes the change. Returns the partners planned for.
 */
export function planPartnerNotices(db: Db, userId: string, event: PartnerEvent, now: Date, pairs: readonly Pair[] = listActivePairsOf(db, userId)): string[] {
  const told: string[] = [];
  for (const pair of pairs) {
    const partnerId = partnerIn(pair, userId);
    if (isFormerParticipantId(partnerId)) continue;
    if (event === 'resumed') {
      if (skipPendingByKeyPrefix(db, keyPrefix('paused', userId, partnerId), 'resumed_before_sent', now) > 0) continue;
    } else if (event === 'paused') {
      skipPendingByKeyPrefix(db, keyPrefix('resumed', userId, partnerId), 'paused_again', now);
    } else {
      skipPendingByKeyPrefix(db, keyPrefix('paused', userId, partnerId), 'left', now);
      skipPendingByKeyPrefix(db, keyPrefix('resumed', userId, partnerId), 'left', now);
    }
    scheduleDelivery(
      db,
      { kind: PARTNER_NOTICE_KIND, dedupeKey: partnerNoticeKey(event, userId, partnerId, now), cohortId: pair.cohortId, subjectId: pair.id, userId: partnerId, dueAt: now },
      now,
    );
    told.push(partnerId);
  }
  return told;
}

export interface PartnerNotice {
  event: PartnerEvent;
  /** The one who left, paused or came back, and their side of the pair. */
  userId: string;
  role: Role;
  cohortName: string;
  /** `paused`: when the break ends. */
  until: Date | null;
  /** `resumed`: when the pair's next prompt is due, if one is planned. */
  nextAt: Date | null;
}

export type PreparedPartnerNotice = { skipped: string } | { recipientId: string; locale: Locale; notice: PartnerNotice };

/** Decided at delivery time: still true (the break not over, the pair still running) and someone to tell. */
export function preparePartnerNotice(db: Db, delivery: Pick<Delivery, 'dedupeKey' | 'subjectId' | 'userId'>, fallback: Locale, now: Date): PreparedPartnerNotice {
  const key = parsePartnerNoticeKey(delivery.dedupeKey);
  if (!key || delivery.userId === null || delivery.subjectId === null) return { skipped: 'bad_key' };
  if (isFormerParticipantId(key.userId)) return { skipped: 'subject_forgotten' };
  const recipient = findParticipant(db, delivery.userId);
  if (!recipient || recipient.status === 'left') return { skipped: 'recipient_left' };
  const pair = findPair(db, delivery.subjectId);
  const cohort = pair && findCohort(db, pair.cohortId);
  if (!pair || !cohort) return { skipped: 'pair_missing' };
  const subject = findParticipant(db, key.userId);
  let until: Date | null = null;
  let nextAt: Date | null = null;
  if (key.event !== 'left') {
    if (pair.status !== 'active' || cohort.status !== 'active') return { skipped: 'pair_ended' };
    if (key.event === 'paused') {
      if (subject?.status !== 'paused' || !subject.pausedUntil || Date.parse(subject.pausedUntil) <= now.getTime()) return { skipped: 'no_longer_paused' };
      until = new Date(subject.pausedUntil);
    } else {
      if (subject?.status !== 'active') return { skipped: 'not_back' };
      // A prompt that fell due during the break and is still within its catch-up goes out now: no date to name.
      const due = nextPromptDueFor(db, recipient.userId);
      nextAt = due && due.getTime() > now.getTime() ? due : null;
    }
  }
  return {
    recipientId: recipient.userId,
    locale: resolveLocale(recipient.locale, fallback),
    notice: { event: key.event, userId: key.userId, role: pair.mentorId === key.userId ? 'mentor' : 'mentee', cohortName: cohort.name, until, nextAt },
  };
}
