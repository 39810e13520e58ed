import type { Catalog } from '../catalog';
import type { help as English } from '../en/help';

export const help: Catalog<typeof English> = {
  helpIntro:
    'Reverse Mentor parar ihop personer som är nya i arbetslivet (mentorer) med ledare som har många år bakom sig (adepter). ' +
    'Varje par får ett veckoutskick med ett samtalsämne och några frågor, och en lugn plats att reflektera.',
  helpParticipantHeader: '*Det här kan du göra*',
  helpJoin: '`/reverse-mentor join` – gå med, eller ändra din profil',
  helpStatus: '`/reverse-mentor status` – din roll, kull och partner',
  helpPause: '`/reverse-mentor pause [veckor]` – pausa utskicken ett tag (1–12 veckor)',
  helpResume: '`/reverse-mentor resume` – få utskick igen',
  helpReflect: '`/reverse-mentor reflect` – reflektera över ert senaste möte',
  helpSuggest: '`/reverse-mentor suggest [text]` – föreslå ett samtalsämne',
  helpTopics: '`/reverse-mentor topics` – se ämnen och rösta',
  helpRematch: '`/reverse-mentor rematch` – be organisatörerna, i förtroende, om en ny partner',
  helpLeave: '`/reverse-mentor leave` – lämna programmet',
  helpForgetMe: '`/reverse-mentor forget-me` – radera dina personuppgifter',
  helpOrganizerHeader: '*För organisatörer*',
  helpCohort: '`/reverse-mentor cohort new | list | close <id>` – hantera kullar',
  helpMatch: '`/reverse-mentor match [kull]` – förhandsgranska och bekräfta par',
  helpPair: '`/reverse-mentor pair @mentor @adept`, `unpair @person` – ändra par för hand',
  helpSummary: '`/reverse-mentor summary [kull]` – lägg upp kullens sammanfattning här',
  helpExport: '`/reverse-mentor export [kull]` – CSV-fil till ditt DM',
  helpTopicsReview: '`/reverse-mentor topics review` – godkänn eller avslå förslag',
  helpOrganizers: '`/reverse-mentor organizers add @person | remove @person | list`',
  unknownCommand: (p) => `\`${p.input}\` känner jag inte till. Menade du \`/reverse-mentor ${p.suggestion}\`?`,
};
