import type { Cadence, NudgeDay } from '../domain';

/**
 * Calendar math for the weekly schedule (PRODUCT.md §2, Cycle). Pure functions over IANA zones using Intl,
 * which carries the real time-zone rules (DST changes, zones across the date line), so no offset is ever
 * assumed. Dates are `YYYY-MM-DD` calendar dates, times `HH:MM` wall-clock times, instants `Date`s.
 */

/** What the schedule of a cohort is made of (a subset of the cohort row). */
export interface CohortSchedule {
  startDate: string;
  weeks: number;
  cadence: Cadence;
  nudgeDay: NudgeDay;
  nudgeTime: string;
  timezone: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;

const WEEKDAY_INDEX: Record<NudgeDay, number> = { mon: 1, tue: 2, wed: 3, thu: 4, fri: 5 };

const formatters = new Map<string, Intl.DateTimeFormat>();

/** One formatter per zone: building them is the slow part of Intl, and the scheduler asks thousands of times. */
function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

/** True for a zone Intl knows. */
export function isKnownZone(zone: string | null | undefined): zone is string {
  if (!zone) return false;
  try {
    formatterFor(zone);
    return true;
  } catch {
    return false;
  }
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function wallClock(instant: number, zone: string): WallClock {
  const fields: Record<string, number> = {};
  for (const part of formatterFor(zone).formatToParts(new Date(instant))) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  return {
    year: fields.year ?? 1970,
    month: fields.month ?? 1,
    day: fields.day ?? 1,
    hour: fields.hour ?? 0,
    minute: fields.minute ?? 0,
    second: fields.second ?? 0,
  };
}

/** The zone's offset from UTC at `instant` in milliseconds (positive east of Greenwich). */
export function zoneOffsetMs(instant: Date | number, zone: string): number {
  const at = Math.floor((typeof instant === 'number' ? instant : instant.getTime()) / 1000) * 1000;
  const wall = wallClock(at, zone);
  return Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second) - at;
}

function parseDate(date: string): [number, number, number] {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new RangeError(`not a YYYY-MM-DD date: ${date}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

function parseTime(time: string): [number, number] {
  const match = /^(\d{1,2}):(\d{2})$/.exec(time);
  if (!match || Number(match[1]) > 23 || Number(match[2]) > 59) throw new RangeError(`not an HH:MM time: ${time}`);
  return [Number(match[1]), Number(match[2])];
}

function formatDate(utcMs: number): string {
  return new Date(utcMs).toISOString().slice(0, 10);
}

/**
 * The instant at which the clocks in `zone` show `time` on `date`. A wall time that happens twice (clocks going
 * back) is its first occurrence; one that never happens (clocks going forward) is moved on by the length of the
 * gap, as calendars and Temporal's "compatible" rule do (02:30 on a spring-forward night becomes 03:30).
 */
export function zonedInstant(date: string, time: string, zone: string): Date {
  const [year, month, day] = parseDate(date);
  const [hour, minute] = parseTime(time);
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  // The offsets a day either side bracket any change near this wall time (zones change at most once a day).
  const before = zoneOffsetMs(wall - DAY_MS, zone);
  const after = zoneOffsetMs(wall + DAY_MS, zone);
  const matches = [...new Set([wall - before, wall - after])].filter((instant) => instant + zoneOffsetMs(instant, zone) === wall);
  if (matches.length > 0) return new Date(Math.min(...matches));
  return new Date(wall - before);
}

/** The calendar date in `zone` at `instant`. */
export function localDate(instant: Date, zone: string): string {
  const wall = wallClock(instant.getTime(), zone);
  return formatDate(Date.UTC(wall.year, wall.month - 1, wall.day));
}

export function addDays(date: string, days: number): string {
  const [year, month, day] = parseDate(date);
  return formatDate(Date.UTC(year, month - 1, day + days));
}

/** 0 = Sunday … 6 = Saturday, as Date#getUTCDay. */
export function weekdayOf(date: string): number {
  const [year, month, day] = parseDate(date);
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

export function cadenceDays(cadence: Cadence): number {
  return cadence === 'biweekly' ? 14 : 7;
}

/** N: one cycle a week, or one every other week (a lone odd week at the end gets none). */
export function cycleCount(schedule: Pick<CohortSchedule, 'weeks' | 'cadence'>): number {
  return schedule.cadence === 'biweekly' ? Math.floor(schedule.weeks / 2) : schedule.weeks;
}

/** The first nudge weekday on or after the start date. */
export function firstNudgeDate(startDate: string, nudgeDay: NudgeDay): string {
  const shift = (WEEKDAY_INDEX[nudgeDay] - weekdayOf(startDate) + 7) % 7;
  return addDays(startDate, shift);
}

/** The calendar date of cycle k (1-based): the first nudge day, plus (k − 1) cadences. */
export function cycleDate(schedule: CohortSchedule, cycle: number): string {
  return addDays(firstNudgeDate(schedule.startDate, schedule.nudgeDay), (cycle - 1) * cadenceDays(schedule.cadence));
}

/** Each member's zone, or the cohort's where the member's is unknown (or not one Intl knows). */
export function memberZones(schedule: Pick<CohortSchedule, 'timezone'>, zones: ReadonlyArray<string | null | undefined>): string[] {
  return [...new Set(zones.map((zone) => (isKnownZone(zone) ? zone : schedule.timezone)))];
}

/**
 * When a pair's prompt for cycle k is due: the nudge time on the cycle's date, taken in each member's zone,
 * and the latest of those instants, so it is at least the nudge time for both of them.
 */
export function pairDueAt(
  schedule: CohortSchedule,
  cycle: number,
  zones: ReadonlyArray<string | null | undefined>,
  instantOf: (date: string, time: string, zone: string) => Date = zonedInstant,
): Date {
  const date = cycleDate(schedule, cycle);
  const instants = memberZones(schedule, zones).map((zone) => instantOf(date, schedule.nudgeTime, zone).getTime());
  return new Date(Math.max(...instants));
}

/** A cohort is completed a cadence after its last cycle, at the nudge time in the cohort's zone. */
export function cohortCompletesAt(schedule: CohortSchedule): Date {
  const afterLast = addDays(cycleDate(schedule, cycleCount(schedule)), cadenceDays(schedule.cadence));
  return zonedInstant(afterLast, schedule.nudgeTime, schedule.timezone);
}

/** zonedInstant with a cache, for a pass that computes the same few (date, zone) instants for many pairs. */
export function cachedZonedInstant(): (date: string, time: string, zone: string) => Date {
  const cache = new Map<string, Date>();
  return (date, time, zone) => {
    const key = `${date} ${time} ${zone}`;
    let instant = cache.get(key);
    if (!instant) {
      instant = zonedInstant(date, time, zone);
      cache.set(key, instant);
    }
    return instant;
  };
}

/** The wall clock in `zone` at `instant`: its calendar date, weekday (0 = Sunday) and minutes since midnight. */
export function wallTimeIn(instant: Date | number, zone: string): { date: string; weekday: number; minutes: number } {
  const at = typeof instant === 'number' ? instant : instant.getTime();
  const wall = new Date(at + zoneOffsetMs(at, zone));
  return { date: wall.toISOString().slice(0, 10), weekday: wall.getUTCDay(), minutes: wall.getUTCHours() * 60 + wall.getUTCMinutes() };
}

/**
 * The cycle an instant falls in for a pair: the last cycle whose prompt was due at or before it (the first before
 * any was due, the last after all were). A meeting counts for the session it took place in.
 */
export function cycleAt(
  schedule: CohortSchedule,
  zones: ReadonlyArray<string | null | undefined>,
  instant: Date,
  instantOf: (date: string, time: string, zone: string) => Date = zonedInstant,
): number {
  const cycles = cycleCount(schedule);
  let found = 1;
  for (let cycle = 2; cycle <= cycles; cycle += 1) {
    if (pairDueAt(schedule, cycle, zones, instantOf).getTime() > instant.getTime()) break;
    found = cycle;
  }
  return found;
}

/**
 * An instant as read on `zone`'s clock in a language (`intlLocale`, such as 'sv-SE'), for plain text where Slack's
 * `<!date>` formatting does not work (option labels, inline errors). Zones are given to Intl here only.
 */
export function formatInZone(instant: Date, zone: string, intlLocale: string, options: Omit<Intl.DateTimeFormatOptions, 'timeZone'>): string {
  return new Intl.DateTimeFormat(intlLocale, { ...options, timeZone: zone }).format(instant);
}

/** As formatInZone, in parts (to assemble a format Intl does not offer, such as Swedish "kl. 09.00"). */
export function formatPartsInZone(
  instant: Date,
  zone: string,
  intlLocale: string,
  options: Omit<Intl.DateTimeFormatOptions, 'timeZone'>,
): Intl.DateTimeFormatPart[] {
  return new Intl.DateTimeFormat(intlLocale, { ...options, timeZone: zone }).formatToParts(instant);
}
