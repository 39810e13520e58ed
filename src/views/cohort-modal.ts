import type { ModalView, PlainTextOption } from '@slack/types';
import { CADENCES, COHORT_LIMITS, NUDGE_DAYS, type Cadence, type NudgeDay } from '../domain';
import type { Messages } from '../i18n';
import { option, plain, section } from './blocks';
import { CALLBACK, COHORT_CREATE } from './ids';

/**
 * The zones offered for a cohort: the places organizers are likely to run a programme from, west to east within
 * each region. A static select holds at most 100 options; Slack's own list of ~400 would not fit, and an
 * external select needs an options endpoint. The configured default is added when it is not among them.
 */
export const COHORT_TIME_ZONES = [
  'UTC',
  'Europe/London',
  'Europe/Dublin',
  'Europe/Lisbon',
  'Atlantic/Reykjavik',
  'Europe/Madrid',
  'Europe/Paris',
  'Europe/Brussels',
  'Europe/Amsterdam',
  'Europe/Luxembourg',
  'Europe/Berlin',
  'Europe/Zurich',
  'Europe/Rome',
  'Europe/Vienna',
  'Europe/Prague',
  'Europe/Budapest',
  'Europe/Warsaw',
  'Europe/Belgrade',
  'Europe/Copenhagen',
  'Europe/Oslo',
  'Europe/Stockholm',
  'Europe/Helsinki',
  'Europe/Tallinn',
  'Europe/Riga',
  'Europe/Vilnius',
  'Europe/Athens',
  'Europe/Bucharest',
  'Europe/Sofia',
  'Europe/Kyiv',
  'Europe/Istanbul',
  'Africa/Casablanca',
  'Africa/Lagos',
  'Africa/Cairo',
  'Africa/Johannesburg',
  'Africa/Nairobi',
  'Pacific/Honolulu',
  'America/Anchorage',
  'America/Los_Angeles',
  'America/Vancouver',
  'America/Phoenix',
  'America/Denver',
  'America/Mexico_City',
  'America/Chicago',
  'America/Bogota',
  'America/Lima',
  'America/Toronto',
  'America/New_York',
  'America/Halifax',
  'America/Santiago',
  'America/St_Johns',
  'America/Sao_Paulo',
  'America/Argentina/Buenos_Aires',
  'Asia/Jerusalem',
  'Asia/Riyadh',
  'Asia/Tehran',
  'Asia/Dubai',
  'Asia/Karachi',
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'Asia/Dhaka',
  'Asia/Bangkok',
  'Asia/Jakarta',
  'Asia/Ho_Chi_Minh',
  'Asia/Singapore',
  'Asia/Kuala_Lumpur',
  'Asia/Manila',
  'Asia/Hong_Kong',
  'Asia/Shanghai',
  'Asia/Taipei',
  'Asia/Seoul',
  'Asia/Tokyo',
  'Australia/Perth',
  'Australia/Adelaide',
  'Australia/Brisbane',
  'Australia/Sydney',
  'Australia/Melbourne',
  'Pacific/Auckland',
] as const;

export function cadenceLabel(messages: Messages, cadence: Cadence): string {
  return cadence === 'weekly' ? messages.cadenceWeekly : messages.cadenceBiweekly;
}

export function weekdayLabel(messages: Messages, day: NudgeDay): string {
  return { mon: messages.weekdayMon, tue: messages.weekdayTue, wed: messages.weekdayWed, thu: messages.weekdayThu, fri: messages.weekdayFri }[day];
}

/** A zone as people read it: "America/New York". */
export function timeZoneLabel(zone: string): string {
  return zone.replace(/_/g, ' ');
}

export interface CohortModalDefaults {
  startDate: string;
  weeks: number;
  cadence: Cadence;
  nudgeDay: NudgeDay;
  nudgeTime: string;
  timezone: string;
  capacity: number;
}

/**
 * The `cohort_create` modal (PRODUCT.md §4): block_id = action_id, every input pre-set to the usual choice
 * except the name and the summary channel. The submission is validated again on the server.
 */
export function cohortCreateModal(messages: Messages, defaults: CohortModalDefaults): ModalView {
  const pick = (options: PlainTextOption[], value: string) => options.find((candidate) => candidate.value === value);
  const cadenceOptions = CADENCES.map((cadence) => option(cadenceLabel(messages, cadence), cadence));
  const dayOptions = NUDGE_DAYS.map((day) => option(weekdayLabel(messages, day), day));
  const zones: string[] = [...COHORT_TIME_ZONES];
  if (!zones.includes(defaults.timezone)) zones.unshift(defaults.timezone);
  const zoneOptions = zones.slice(0, 100).map((zone) => option(timeZoneLabel(zone), zone));
  const capacities = Array.from({ length: COHORT_LIMITS.capacityMax - COHORT_LIMITS.capacityMin + 1 }, (_, i) => COHORT_LIMITS.capacityMin + i);
  const capacityOptions = capacities.map((count) => option(messages.cohortCapacityOption({ count }), String(count)));
  const initial = (options: PlainTextOption[], value: string) => {
    const found = pick(options, value);
    return found ? { initial_option: found } : {};
  };

  return {
    type: 'modal',
    callback_id: CALLBACK.cohortCreate,
    title: plain(messages.cohortModalTitle),
    submit: plain(messages.cohortModalSubmit),
    close: plain(messages.cancel),
    blocks: [
      section(messages.cohortModalIntro),
      {
        type: 'input',
        block_id: COHORT_CREATE.name,
        label: plain(messages.cohortNameLabel),
        element: {
          type: 'plain_text_input',
          action_id: COHORT_CREATE.name,
          max_length: COHORT_LIMITS.nameChars,
          placeholder: plain(messages.cohortNamePlaceholder),
        },
      },
      {
        type: 'input',
        block_id: COHORT_CREATE.startDate,
        label: plain(messages.cohortStartLabel),
        element: { type: 'datepicker', action_id: COHORT_CREATE.startDate, initial_date: defaults.startDate },
      },
      {
        type: 'input',
        block_id: COHORT_CREATE.weeks,
        label: plain(messages.cohortWeeksLabel),
        hint: plain(messages.cohortWeeksHint({ min: COHORT_LIMITS.weeksMin, max: COHORT_LIMITS.weeksMax })),
        element: {
          type: 'number_input',
          action_id: COHORT_CREATE.weeks,
          is_decimal_allowed: false,
          min_value: String(COHORT_LIMITS.weeksMin),
          max_value: String(COHORT_LIMITS.weeksMax),
          initial_value: String(defaults.weeks),
        },
      },
      {
        type: 'input',
        block_id: COHORT_CREATE.cadence,
        label: plain(messages.cohortCadenceLabel),
        element: { type: 'static_select', action_id: COHORT_CREATE.cadence, options: cadenceOptions, ...initial(cadenceOptions, defaults.cadence) },
      },
      {
        type: 'input',
        block_id: COHORT_CREATE.nudgeDay,
        label: plain(messages.cohortNudgeDayLabel),
        element: { type: 'static_select', action_id: COHORT_CREATE.nudgeDay, options: dayOptions, ...initial(dayOptions, defaults.nudgeDay) },
      },
      {
        type: 'input',
        block_id: COHORT_CREATE.nudgeTime,
        label: plain(messages.cohortNudgeTimeLabel),
        hint: plain(messages.cohortNudgeTimeHint),
        element: { type: 'timepicker', action_id: COHORT_CREATE.nudgeTime, initial_time: defaults.nudgeTime },
      },
      {
        type: 'input',
        block_id: COHORT_CREATE.timezone,
        label: plain(messages.cohortTimezoneLabel),
        hint: plain(messages.cohortTimezoneHint),
        element: { type: 'static_select', action_id: COHORT_CREATE.timezone, options: zoneOptions, ...initial(zoneOptions, defaults.timezone) },
      },
      {
        type: 'input',
        block_id: COHORT_CREATE.summaryChannel,
        label: plain(messages.cohortChannelLabel),
        hint: plain(messages.cohortChannelHint),
        element: {
          type: 'conversations_select',
          action_id: COHORT_CREATE.summaryChannel,
          filter: { include: ['public', 'private'], exclude_bot_users: true },
        },
      },
      {
        type: 'input',
        block_id: COHORT_CREATE.capacity,
        label: plain(messages.cohortCapacityLabel),
        element: {
          type: 'static_select',
          action_id: COHORT_CREATE.capacity,
          options: capacityOptions,
          ...initial(capacityOptions, String(defaults.capacity)),
        },
      },
    ],
  };
}
