import { stringify } from 'csv-stringify';
import type { Messages } from '../i18n';
import type { ExportPerson, ExportRow } from '../services/summaries';

/**
 * The organizer's CSV export (PRODUCT.md §8): one row per pair per cycle, names and counts only, never free
 * text. Written with csv-stringify (quoting as RFC 4180), with a byte-order mark so spreadsheet programs read
 * å, ä and ö right, and headers and words in the organizer's language.
 */

/**
 * A cell a spreadsheet would run as a formula (CSV injection: `=HYPERLINK(…)`, `+cmd|…`, `@SUM(…)`) starts with
 * one of these; such a cell gets a leading apostrophe, which spreadsheets show as text and do not evaluate.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutralizeFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

function personName(messages: Messages, person: ExportPerson): string {
  if (person.former) return messages.exportFormerParticipant;
  return person.displayName ?? person.userId;
}

function statusText(messages: Messages, status: string | null): string {
  switch (status) {
    case null:
    case 'sent':
      return messages.exportStatusSent;
    case 'pending':
    case 'claimed':
      return messages.exportStatusScheduled;
    case 'failed':
      return messages.exportStatusFailed;
    case 'unknown':
      return messages.exportStatusUnknown;
    case 'missed':
      return messages.exportStatusMissed;
    case 'skipped':
      return messages.exportStatusSkipped;
    default:
      return status;
  }
}

function metText(messages: Messages, met: boolean | null): string {
  return met === null ? '' : met ? messages.exportYes : messages.exportNo;
}

export function exportHeader(messages: Messages): string[] {
  return [
    messages.exportColumnCohort,
    messages.exportColumnCycle,
    messages.exportColumnMentor,
    messages.exportColumnMentee,
    messages.exportColumnPromptStatus,
    messages.exportColumnMet,
    messages.exportColumnMentorRating,
    messages.exportColumnMenteeRating,
    messages.exportColumnReflections,
    messages.exportColumnMeetingsBooked,
    messages.exportColumnMeetingsHeld,
  ];
}

export function exportRecord(messages: Messages, row: ExportRow): Array<string | number> {
  return [
    neutralizeFormula(row.cohort),
    row.cycle,
    neutralizeFormula(personName(messages, row.mentor)),
    neutralizeFormula(personName(messages, row.mentee)),
    neutralizeFormula(statusText(messages, row.promptStatus)),
    metText(messages, row.met),
    row.mentorRating ?? '',
    row.menteeRating ?? '',
    row.reflections,
    row.meetingsBooked,
    row.meetingsHeld,
  ];
}

/** The whole file, header first, as UTF-8 bytes. */
export async function exportCsv(messages: Messages, rows: readonly ExportRow[]): Promise<Buffer> {
  const records = [exportHeader(messages).map(neutralizeFormula), ...rows.map((row) => exportRecord(messages, row))];
  const text = await new Promise<string>((resolve, reject) =>
    stringify(records, { bom: true, record_delimiter: 'windows' }, (error, output) => (error ? reject(error) : resolve(output))),
  );
  return Buffer.from(text, 'utf8');
}

/** `reverse-mentor-spring-2027-2027-03-01.csv`: the cohort's name made safe for a file name, and the date. */
export function exportFilename(cohortName: string, now: Date): string {
  const slug =
    cohortName
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'cohort';
  return `reverse-mentor-${slug}-${now.toISOString().slice(0, 10)}.csv`;
}
