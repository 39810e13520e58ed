import { wallTimeIn } from './calendar';

/**
 * Suggested meeting times (PRODUCT.md §12.2): start times in the next seven days when a meeting fits inside both
 * members' working hours, 09:00–17:00 Monday to Friday on each one's own clock. Each candidate's start and end are
 * read on each member's clock separately (calendar.ts, over Intl's zone rules), so the weeks when the US and Europe
 * have changed to or from summer time at different dates are right without any offset being assumed.
 */

export const WORKDAY = { startMinutes: 9 * 60, endMinutes: 17 * 60 } as const;

export interface SlotOptions {
  /** Each member's IANA zone (already resolved: unknown zones replaced by the cohort's). */
  zones: readonly string[];
  now: Date;
  /** No suggestion starts at or after this (the cohort's end). */
  endsBefore: Date;
  /** At most this many (default 3). */
  count?: number;
  /** The slot must fit a meeting this long (default 60: the longest a meeting can be, so any length fits). */
  slotMinutes?: number;
  /** How far ahead to look (default 7 days). */
  horizonDays?: number;
  /** The earliest suggestion is at least this far off (default 2 hours: time to see it, and for the reminder). */
  leadMinutes?: number;
}

const MINUTE_MS = 60_000;
/** Candidates start on the hour or the half hour. */
const STEP_MINUTES = 30;

/** Whether a meeting from `start` for `minutes` lies inside the working day on the clock of `zone`. */
export function insideWorkingHours(start: Date, minutes: number, zone: string): boolean {
  const from = wallTimeIn(start, zone);
  const to = wallTimeIn(start.getTime() + minutes * MINUTE_MS, zone);
  if (from.weekday === 0 || from.weekday === 6 || from.date !== to.date) return false;
  return from.minutes >= WORKDAY.startMinutes && to.minutes <= WORKDAY.endMinutes && to.minutes > from.minutes;
}

/**
 * Up to `count` start times that suit both members, spread over different days where the week allows (the
 * earliest good time of each day first, then later times), soonest first.
 */
export function suggestSlots(options: SlotOptions): Date[] {
  const count = options.count ?? 3;
  const slotMinutes = options.slotMinutes ?? 60;
  const step = STEP_MINUTES * MINUTE_MS;
  const earliest = Math.ceil((options.now.getTime() + (options.leadMinutes ?? 120) * MINUTE_MS) / step) * step;
  const horizon = options.now.getTime() + (options.horizonDays ?? 7) * 24 * 60 * MINUTE_MS;
  const latest = Math.min(horizon, options.endsBefore.getTime() - 1);
  const fitting: Date[] = [];
  for (let at = earliest; at <= latest; at += step) {
    const start = new Date(at);
    if (options.zones.every((zone) => insideWorkingHours(start, slotMinutes, zone))) fitting.push(start);
  }
  const dayOf = (start: Date) => wallTimeIn(start, options.zones[0] ?? 'UTC').date;
  const chosen: Date[] = [];
  const days = new Set<string>();
  for (const start of fitting) {
    if (chosen.length >= count) break;
    if (days.has(dayOf(start))) continue;
    days.add(dayOf(start));
    chosen.push(start);
  }
  for (const start of fitting) {
    if (chosen.length >= count) break;
    if (!chosen.includes(start)) chosen.push(start);
  }
  return chosen.sort((a, b) => a.getTime() - b.getTime());
}
