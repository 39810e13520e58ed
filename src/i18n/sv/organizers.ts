import type { Catalog } from '../catalog';
import type { organizers as English } from '../en/organizers';

export const organizers: Catalog<typeof English> = {
  organizersUsage: 'Skriv `/reverse-mentor organizers add @person`, `organizers remove @person` eller `organizers list`.',
  organizersMentionNeeded: 'Nämn exakt en person med @, till exempel `/reverse-mentor organizers add @ada`.',
  organizerAdded: (p) => `${p.user} är nu programansvarig.`,
  organizerAlready: (p) => `${p.user} är redan programansvarig.`,
  organizerUnknownUser: 'Jag hittar inte den personen i arbetsytan.',
  organizerNotAPerson: 'Appar och inaktiverade konton kan inte vara programansvariga.',
  organizerRemoved: (p) => `${p.user} är inte längre programansvarig.`,
  organizerNotInList: (p) => `${p.user} är inte programansvarig, så det finns inget att ta bort.`,
  organizerConfigured: (p) =>
    `${p.user} är programansvarig via appens egna inställningar, så det går inte att ändra i Slack. Be den som driver appen att ändra det där.`,
  organizerLastOne: 'Du är den enda programansvariga, så du kan inte kliva av än. Lägg till någon annan först.',
  organizersListHeader: 'Programansvariga',
  organizerFromSettings: (p) => `${p.user} – från appens inställningar`,
  organizerAddedBy: (p) => `${p.user} – tillagd av ${p.by} den ${p.date}`,
  organizerWelcome: (p) =>
    `${p.by} har gjort dig till programansvarig i Reverse Mentor. Skriv \`/reverse-mentor help\` för att se vad du kan göra.`,
  organizerRemovedNotice: (p) => `${p.by} har tagit bort din roll som programansvarig i Reverse Mentor.`,
};
