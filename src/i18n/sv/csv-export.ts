import { plural, type Catalog } from '../catalog';
import type { csvExport as English } from '../en/csv-export';

const count = plural('sv');

export const csvExport: Catalog<typeof English> = {
  exportTitle: (p) => `${p.cohort}: par per träff`,
  exportComment: (p) =>
    `Här är exporten av *${p.cohort}*: en rad per par och träff (${count(p.rows, { one: '# rad', other: '# rader' })}). ` +
    'Bara namn, status och antal, ingen reflektionstext.',
  exportSent: (p) => `Exporten av *${p.cohort}* ligger i dina direktmeddelanden med mig.`,
  exportNothing: (p) => `*${p.cohort}* har inga utskick än, så det finns inget att exportera.`,
  exportColumnCohort: 'Omgång',
  exportColumnCycle: 'Träff',
  exportColumnMentor: 'Mentor',
  exportColumnMentee: 'Adept',
  exportColumnPromptStatus: 'Utskickets status',
  exportColumnMet: 'Möte',
  exportColumnMentorRating: 'Mentorns betyg',
  exportColumnMenteeRating: 'Adeptens betyg',
  exportColumnReflections: 'Reflektioner',
  exportStatusSent: 'skickat',
  exportStatusScheduled: 'planerat',
  exportStatusFailed: 'misslyckades',
  exportStatusUnknown: 'okänt',
  exportStatusMissed: 'missat (för sent)',
  exportStatusSkipped: 'inte skickat (paus, lämnat eller avslutat)',
  exportMeetingMet: 'träffades',
  exportMeetingSkipped: 'hoppade över',
  exportMeetingRescheduled: 'flyttat till en annan dag',
  exportMeetingNotMet: 'träffades inte',
  exportMeetingNothing: 'inget registrerat',
  exportMeetingInProgress: 'pågår',
  /** The agreement column: both parts of the kickoff agreement are in. */
  exportYes: 'ja',
  exportNo: 'nej',
  exportFormerParticipant: 'tidigare deltagare',
  exportNameUnknown: 'namnet saknas',
};
