import { addDays, isKnownZone, localDate, weekdayOf, zonedInstant } from './calendar';

/**
 * An organizer's working hours (issue 16): 09:00–17:00, Monday to Friday, in their own Slack time zone — the
 * same working day PRODUCT.md §12.2 assumes for everyone. News for organizers waits for these hours rather than
 * arriving at 01:00.
 */

export const WORKDAY_START = '09:00';
export const WORKDAY_END = '17:00';

function isWeekday(date: string): boolean {
  const day = weekdayOf(date);
  return day >= 1 && day <= 5;
}

/** The zone to use: the person's when it is one Intl knows, else the fallback (the configured default). */
export function zoneOrDefault(zone: string | null | undefined, fallback: string): string {
  return isKnownZone(zone) ? zone : fallback;
}

/** Whether `at` falls within working hours in `zone` (from 09:00 up to, not including, 17:00, Monday–Friday). */
export function isWorkingMoment(at: Date, zone: string): boolean {
  const date = localDate(at, zone);
  if (!isWeekday(date)) return false;
  const start = zonedInstant(date, WORKDAY_START, zone).getTime();
  const end = zonedInstant(date, WORKDAY_END, zone).getTime();
  return at.getTime() >= start && at.getTime() < end;
}

/** `from` itself when it is within working hours in `zone`, else the next 09:00 on a weekday there. */
export function nextWorkingMoment(from: Date, zone: string): Date {
  const today = localDate(from, zone);
  // A week always holds a working day; the eighth day only guards against a zone's calendar oddities.
  for (let offset = 0; offset <= 7; offset += 1) {
    const date = addDays(today, offset);
    if (!isWeekday(date)) continue;
    const start = zonedInstant(date, WORKDAY_START, zone);
    const end = zonedInstant(date, WORKDAY_END, zone);
    if (from.getTime() < end.getTime()) return from.getTime() >= start.getTime() ? from : start;
  }
  return from;
}
