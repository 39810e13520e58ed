import type { Catalog } from '../catalog';
import type { csvExport as English } from '../en/csv-export';

export const csvExport: Catalog<typeof English> = {
  exportTitle: (p) => `${p.cohort}: par per vecka`,
  exportComment: (p) =>
    `Här är exporten av *${p.cohort}*: en rad per par och vecka (${p.rows} rader). Bara namn, status och antal, ingen reflektionstext.`,
  exportSent: (p) => `Exporten av *${p.cohort}* ligger i dina direktmeddelanden med mig.`,
  exportNothing: (p) => `*${p.cohort}* har inga utskick än, så det finns inget att exportera.`,
  exportColumnCohort: 'Kull',
  exportColumnCycle: 'Vecka',
  exportColumnMentor: 'Mentor',
  exportColumnMentee: 'Adept',
  exportColumnPromptStatus: 'Utskickets status',
  exportColumnMet: 'Träffades',
  exportColumnMentorRating: 'Mentorns betyg',
  exportColumnMenteeRating: 'Adeptens betyg',
  exportColumnReflections: 'Reflektioner',
  exportStatusSent: 'skickat',
  exportStatusScheduled: 'schemalagt',
  exportStatusFailed: 'misslyckades',
  exportStatusUnknown: 'okänt',
  exportStatusMissed: 'missat (för sent)',
  exportStatusSkipped: 'inte skickat (paus, lämnat eller stängt)',
  exportYes: 'ja',
  exportNo: 'nej',
  exportFormerParticipant: 'tidigare deltagare',
};
