import { plural } from '../catalog';

const count = plural('en');

export const csvExport = {
  exportTitle: (p: { cohort: string }) => `${p.cohort}: pairs per session`,
  exportComment: (p: { cohort: string; rows: number }) =>
    `Here is the export of *${p.cohort}*: one row per pair and session (${count(p.rows, { one: '# row', other: '# rows' })}). ` +
    'Names, statuses and counts only, no reflection text.',
  exportSent: (p: { cohort: string }) => `The export of *${p.cohort}* is in your direct messages with me.`,
  exportNothing: (p: { cohort: string }) => `*${p.cohort}* has no prompts yet, so there is nothing to export.`,
  exportColumnCohort: 'Cohort',
  exportColumnCycle: 'Session',
  exportColumnMentor: 'Mentor',
  exportColumnMentee: 'Mentee',
  exportColumnPromptStatus: 'Prompt status',
  exportColumnMet: 'Meeting',
  exportColumnMentorRating: 'Mentor rating',
  exportColumnMenteeRating: 'Mentee rating',
  exportColumnReflections: 'Reflections',
  exportStatusSent: 'sent',
  exportStatusScheduled: 'scheduled',
  exportStatusFailed: 'failed',
  exportStatusUnknown: 'unknown',
  exportStatusMissed: 'missed (too late)',
  exportStatusSkipped: 'not sent (paused, left or closed)',
  /** What the pair recorded about meeting, as they recorded it. */
  exportMeetingMet: 'met',
  exportMeetingSkipped: 'skipped',
  exportMeetingRescheduled: 'moved to another day',
  exportMeetingNotMet: 'did not meet',
  exportMeetingNothing: 'nothing recorded',
  exportMeetingInProgress: 'in progress',
  /** The agreement column: both parts of the kickoff agreement are in. */
  exportYes: 'yes',
  exportNo: 'no',
  exportFormerParticipant: 'former participant',
  exportNameUnknown: 'name not available',
};
