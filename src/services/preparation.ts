import type { Locale } from '../config';
import type { Db } from '../db/open';
import { inTransaction } from '../db/open';
import { findCohort } from '../db/repositories/cohorts';
import { findDeliveryByKey, plannedKeys, scheduleDelivery } from '../db/repositories/deliveries';
import { firstBookedStart, listIntroducedPairs } from '../db/repositories/meetings';
import { findParticipant } from '../db/repositories/participants';
import { recordPreparationRead, type PreparationPart } from '../db/repositories/preparation';
import type { Role } from '../domain';
import { resolveLocale } from '../i18n';

/**
 * Preparing the mentors (PRODUCT.md §12.6). Mentors get three short DMs: when matched (how a session runs), two
 * days later (honest feedback to a senior leader), and the day before their first booked meeting, or four days
 * after the introduction when none is booked (confidentiality, and when to bring in the organizers). Mentees get
 * one, when matched (what makes it work). Each is a ledger row keyed by cohort, person and part, put in the ledger
 * only once it is due, so it goes out once per person however many pairs they have and however many schedulers run.
 */

export const MENTOR_PREP_KIND = 'mentor_prep';
export const MENTEE_PREP_KIND = 'mentee_prep';
export type { PreparationPart };

export const MENTOR_PARTS = ['session', 'feedback', 'confidentiality'] as const satisfies readonly PreparationPart[];
export const MENTEE_PARTS = ['mentee'] as const satisfies readonly PreparationPart[];

const DAY_MS = 24 * 60 * 60 * 1000;
export const PREPARATION_TIMING = {
  feedbackAfterMs: 2 * DAY_MS,
  confidentialityBeforeMeetingMs: DAY_MS,
  confidentialityWithoutMeetingMs: 4 * DAY_MS,
} as const;

export function preparationKey(cohortId: number, userId: string, part: PreparationPart): string {
  return `${part === 'mentee' ? MENTEE_PREP_KIND : MENTOR_PREP_KIND}:cohort:${cohortId}:user:${userId}:part:${part}`;
}

export function parsePreparationKey(key: string): { cohortId: number; userId: string; part: PreparationPart } | undefined {
  const match = /^(?:mentor|mentee)_prep:cohort:(\d+):user:([^:]+):part:(session|feedback|confidentiality|mentee)$/.exec(key);
  return match ? { cohortId: Number(match[1]), userId: match[2] as string, part: match[3] as PreparationPart } : undefined;
}

/** Which part of the mentors' series this is (1–3), for "part 2 of 3". */
export function partNumber(part: PreparationPart): number {
  return (MENTOR_PARTS as readonly PreparationPart[]).indexOf(part) + 1;
}

/** When each part falls due for a person introduced at `introducedAt` (null: not yet, it waits for a booking). */
export function preparationDue(part: PreparationPart, introducedAt: Date, firstMeeting: Date | null): Date {
  switch (part) {
    case 'session':
    case 'mentee':
      return introducedAt;
    case 'feedback':
      return new Date(introducedAt.getTime() + PREPARATION_TIMING.feedbackAfterMs);
    case 'confidentiality':
      return firstMeeting
        ? new Date(firstMeeting.getTime() - PREPARATION_TIMING.confidentialityBeforeMeetingMs)
        : new Date(introducedAt.getTime() + PREPARATION_TIMING.confidentialityWithoutMeetingMs);
  }
}

/**
 * Puts every part that has fallen due in the ledger, due now (idempotent: a key already there adds nothing, so two
 * schedulers at once add each part once). Returns how many were added.
 */
export function planPreparation(db: Db, now: Date): number {
  const planned = new Set([...plannedKeys(db, MENTOR_PREP_KIND), ...plannedKeys(db, MENTEE_PREP_KIND)]);
  // Each person once per cohort, from their first introduction; a mentor's meetings with any of their mentees count.
  const people = new Map<string, { cohortId: number; userId: string; role: Role; introducedAt: Date; pairIds: number[] }>();
  for (const pair of listIntroducedPairs(db)) {
    for (const [userId, role] of [[pair.mentorId, 'mentor'], [pair.menteeId, 'mentee']] as const) {
      const id = `${pair.cohortId}:${userId}`;
      const at = new Date(pair.introducedAt);
      const person = people.get(id);
      if (!person) people.set(id, { cohortId: pair.cohortId, userId, role, introducedAt: at, pairIds: [pair.pairId] });
      else {
        person.pairIds.push(pair.pairId);
        if (at < person.introducedAt) person.introducedAt = at;
      }
    }
  }
  const additions: Array<{ cohortId: number; userId: string; part: PreparationPart }> = [];
  for (const person of people.values()) {
    const parts: readonly PreparationPart[] = person.role === 'mentor' ? MENTOR_PARTS : MENTEE_PARTS;
    for (const part of parts) {
      if (planned.has(preparationKey(person.cohortId, person.userId, part))) continue;
      const firstMeeting = part === 'confidentiality' ? firstBookedStart(db, person.pairIds) : null;
      if (preparationDue(part, person.introducedAt, firstMeeting).getTime() <= now.getTime()) additions.push({ ...person, part });
    }
  }
  if (additions.length === 0) return 0;
  return inTransaction(db, () =>
    additions.reduce((added, addition) => {
      const row = {
        kind: addition.part === 'mentee' ? MENTEE_PREP_KIND : MENTOR_PREP_KIND,
        dedupeKey: preparationKey(addition.cohortId, addition.userId, addition.part),
        cohortId: addition.cohortId,
        userId: addition.userId,
        dueAt: now,
      };
      return added + (scheduleDelivery(db, row, now) ? 1 : 0);
    }, 0),
  );
}

export type PreparedPreparation = { skipped: string } | { cohortId: number; userId: string; part: PreparationPart; locale: Locale };

/** Decided when it goes out: the cohort still running, the person still in it. */
export function preparePreparation(db: Db, dedupeKey: string, fallback: Locale): PreparedPreparation {
  const key = parsePreparationKey(dedupeKey);
  if (!key) return { skipped: 'bad_key' };
  const cohort = findCohort(db, key.cohortId);
  if (!cohort || cohort.status !== 'active') return { skipped: 'cohort_not_active' };
  const person = findParticipant(db, key.userId);
  if (!person || person.status === 'left') return { skipped: 'member_left' };
  return { ...key, locale: resolveLocale(person.locale, fallback) };
}

/**
 * "Got it": records that the person read the part. Only a part that was sent to them counts (the button's value
 * can be forged); returns false otherwise.
 */
export function acknowledgePreparation(db: Db, userId: string, cohortId: number, part: PreparationPart, now: Date): boolean {
  const delivery = findDeliveryByKey(db, preparationKey(cohortId, userId, part));
  if (!delivery || delivery.status !== 'sent') return false;
  recordPreparationRead(db, { cohortId, userId, part }, now);
  return true;
}

/** `/reverse-mentor guide [mentor | mentee]`: the role asked for, else the caller's own (mentor for someone not in). */
export function guideRole(db: Db, userId: string, asked: string | undefined): Role {
  const wanted = asked?.trim().toLowerCase();
  if (wanted === 'mentor' || wanted === 'mentee') return wanted;
  if (wanted === 'adept' || wanted === 'adepter') return 'mentee';
  if (wanted === 'mentorer') return 'mentor';
  return findParticipant(db, userId)?.role ?? 'mentor';
}
