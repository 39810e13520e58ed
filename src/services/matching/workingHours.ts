/** Working-hours overlap between two IANA time zones, with real offsets (DST) from the calendar's zone arithmetic. */
import { zoneOffsetMs } from '../calendar';

/** The working day every participant is assumed to keep, in local minutes after midnight: 09:00–17:00. */
export const WORKDAY_START_MINUTES = 9 * 60;
export const WORKDAY_END_MINUTES = 17 * 60;
const WORKDAY_MINUTES = WORKDAY_END_MINUTES - WORKDAY_START_MINUTES;
const DAY_MINUTES = 24 * 60;

/** The zone's offset from UTC at `at`, in minutes (Stockholm in winter: 60). Throws RangeError for an unknown zone. */
export function utcOffsetMinutes(timeZone: string, at: Date): number {
  return Math.round(zoneOffsetMs(at, timeZone) / 60_000);
}

/**
 * Minutes (0–480) that 09–17 in one zone overlaps 09–17 in the other, given their UTC offsets.
 * Both windows are 8 hours long, so the overlap is 8 hours less the circular distance between their starts;
 * the circular distance handles pairs across the date line (Honolulu's afternoon is Auckland's next morning).
 */
export function workingHoursOverlapMinutesForOffsets(offsetA: number, offsetB: number): number {
  const apart = (((offsetA - offsetB) % DAY_MINUTES) + DAY_MINUTES) % DAY_MINUTES;
  const distance = Math.min(apart, DAY_MINUTES - apart);
  return Math.max(0, WORKDAY_MINUTES - distance);
}

/** Hours (0–8, possibly fractional) that 09–17 local time overlaps between two zones at `at`. */
export function workingHoursOverlapHours(zoneA: string, zoneB: string, at: Date): number {
  return workingHoursOverlapMinutesForOffsets(utcOffsetMinutes(zoneA, at), utcOffsetMinutes(zoneB, at)) / 60;
}
