import type { Role } from '../../domain';
import type { Catalog } from '../catalog';
import type { common as English } from '../en/common';

/** "din mentor" / "din adept": Swedish names the role, never "partner" (see ../GLOSSARY.md). */
export function dinRoll(role: Role): string {
  return role === 'mentor' ? 'din mentor' : 'din adept';
}

export const common: Catalog<typeof English> = {
  tryAgain: 'Något gick fel hos oss. Försök igen om en liten stund.',
  slackBusy: 'Slack har mycket att göra just nu. Försök igen om en minut.',
  notParticipant: 'Du är inte med än. Skriv `/reverse-mentor join` för att komma igång.',
  alreadyLeft: 'Du har lämnat programmet. Skriv `/reverse-mentor join` om du vill vara med igen.',
  notOrganizer: 'Det här kan bara programansvariga göra. Hör av dig till någon av dem om något behöver ändras.',

  roleMentor: 'Mentor',
  roleMentee: 'Adept',
  seniority: (p) => `${p.band} år`,
  seniorityTwentyPlus: 'Mer än 20 år',
  meetingVideo: 'Videosamtal',
  meetingInPerson: 'På plats',
  meetingEither: 'Båda går bra',

  listAnd: 'och',
  dateTimeFormat: '{date_long} kl. {time}',
  timeOfDay: (p) => `${String(p.hours).padStart(2, '0')}.${String(p.minutes).padStart(2, '0')}`,
};
