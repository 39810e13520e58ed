import type { Role } from '../../domain';

/** "your mentor" / "your mentee": how a person's counterpart is named (the glossary's words). */
export function yourRole(role: Role): string {
  return role === 'mentor' ? 'your mentor' : 'your mentee';
}

export const common = {
  tryAgain: 'Something went wrong on our side. Please try again in a moment.',
  slackBusy: 'Slack is busy right now. Please try again in a minute.',
  notParticipant: "You haven't joined yet. Type `/reverse-mentor join` to get started.",
  alreadyLeft: "You've left the programme. Type `/reverse-mentor join` if you'd like to come back.",
  notOrganizer: 'That is for programme organizers only. Ask one of them if you need something changed.',

  roleMentor: 'Mentor',
  roleMentee: 'Mentee',
  seniority: (p: { band: string }) => `${p.band} years`,
  seniorityTwentyPlus: 'More than 20 years',
  meetingVideo: 'Video call',
  meetingInPerson: 'In person',
  meetingEither: 'Either works',

  /** Slack's date formatting tokens for a day and a time (https://api.slack.com/reference/surfaces/formatting#date-formatting). */
  /** The word before the last item of a list ("a, b and c"). */
  listAnd: 'and',
  dateTimeFormat: '{date_long} at {time}',
  /** A time of day written out ("9:00 AM"), for times that are not an instant (a cohort's prompt time). */
  timeOfDay: (p: { hours: number; minutes: number }) =>
    `${((p.hours + 11) % 12) + 1}:${String(p.minutes).padStart(2, '0')} ${p.hours < 12 ? 'AM' : 'PM'}`,
};
