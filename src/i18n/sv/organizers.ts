import type { Catalog } from '../catalog';
import type { organizers as English } from '../en/organizers';

export const organizers: Catalog<typeof English> = {
  organizersUsage: 'Skriv `/reverse-mentor organizers add @person`, `organizers remove @person` eller `organizers list`.',
  organizersMentionNeeded: 'Nämn exakt en person med @, till exempel `/reverse-mentor organizers add @ada`.',
  organizerAdded: (p) => `${p.user} är nu organisatör.`,
  organizerAlready: (p) => `${p.user} är redan organisatör.`,
  organizerUnknownUser: 'Jag hittar inte den personen i arbetsytan.',
  organizerNotAPerson: 'Appar och inaktiverade konton kan inte vara organisatörer.',
  organizerRemoved: (p) => `${p.user} är inte längre organisatör.`,
  organizerNotInList: (p) => `${p.user} är inte organisatör, så det finns inget att ta bort.`,
  organizerConfigured: (p) =>
    `${p.user} är organisatör via appens inställningar (\`ORGANIZER_USER_IDS\`), så det går inte att ändra här. Fråga den som driver appen.`,
  organizerLastOne: 'Du är den enda organisatören, så du kan inte kliva av än. Lägg till någon annan först.',
  organizersListHeader: 'Organisatörer',
  organizerFromSettings: (p) => `${p.user} – från appens inställningar`,
  organizerAddedBy: (p) => `${p.user} – tillagd av ${p.by} den ${p.date}`,
  organizerWelcome: (p) =>
    `${p.by} har gjort dig till organisatör i Reverse Mentor. Skriv \`/reverse-mentor help\` för att se vad du kan göra.`,
  organizerRemovedNotice: (p) => `${p.by} har tagit bort dina organisatörsrättigheter i Reverse Mentor.`,
};
