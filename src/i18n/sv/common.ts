import type { Catalog } from '../catalog';
import type { common as English } from '../en/common';

export const common: Catalog<typeof English> = {
  appName: 'Reverse Mentor',
  tryAgain: 'Något gick fel hos oss. Försök igen om en liten stund.',
  slackBusy: 'Slack har mycket att göra just nu. Försök igen om en minut.',
  notParticipant: 'Du är inte med än. Skriv `/reverse-mentor join` för att komma igång.',
  alreadyLeft: 'Du har lämnat programmet. Skriv `/reverse-mentor join` om du vill vara med igen.',
  notOrganizer: 'Det där är bara för programmets organisatörer. Hör av dig till någon av dem om något behöver ändras.',

  roleMentor: 'Mentor',
  roleMentee: 'Adept',
  seniority: (p) => `${p.band} år`,
  seniorityTwentyPlus: 'Mer än 20 år',
  meetingVideo: 'Videosamtal',
  meetingInPerson: 'På plats',
  meetingEither: 'Båda går bra',
};
