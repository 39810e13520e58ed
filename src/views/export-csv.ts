import { stringify } from 'csv-stringify';
import type { Messages } from '../i18n';
import type { ExportPerson, ExportRow } from '../services/summaries';

/**
 * The organizer's CSV export (PRODUCT.md §8): one row per pair per cycle, names and counts only, never free
 * text. Written with csv-stringify (quoting as RFC 4180), with a byte-order mark so spreadsheet programs read
 * å, ä and ö right, and headers and words in the organizer's language.
 */

/**
 * - `quote_record_delimiter`: a field holding a lone CR or LF is quoted too. csv-stringify quotes them by default
 *   only while the record delimiter is its default; with Windows line ends (for spreadsheet programs) it would
 *   quote only a CR LF pair, and a name holding `\r=2+2` would start a new row with a formula.
 * - `escape_formulas`: a cell a spreadsheet would run as a formula (CSV injection: `=HYPERLINK(…)`, `+cmd|…`,
 *   `-2+3`, `@SUM(…)`, a leading tab or CR, their full-width forms) gets a leading apostrophe, which spreadsheets
 *   show as text and do not evaluate. Numbers are left as they are.
 */
export const CSV_OPTIONS = { bom: true, record_delimiter: 'windows', quote_record_delimiter: true, escape_formulas: true } as const;

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
    row.cohort,
    row.cycle,
    personName(messages, row.mentor),
    personName(messages, row.mentee),
    statusText(messages, row.promptStatus),
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
  const records = [exportHeader(messages), ...rows.map((row) => exportRecord(messages, row))];
  const text = await new Promise<string>((resolve, reject) =>
    stringify(records, CSV_OPTIONS, (error, output) => (error ? reject(error) : resolve(output))),
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
