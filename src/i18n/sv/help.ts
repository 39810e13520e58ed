import type { Catalog } from '../catalog';
import type { help as English } from '../en/help';

export const help: Catalog<typeof English> = {
  helpIntro:
    'Reverse Mentor sätter ihop personer som är nya i arbetslivet (mentorer) med erfarna ledare (adepter). ' +
    'Varje vecka eller varannan vecka får paren ett utskick med ett ämne och några frågor, och en lugn plats att reflektera.',
  helpParticipantHeader: '*Det här kan du göra*',
  helpJoin: '`/reverse-mentor join` – gå med, eller ändra din profil',
  helpStatus: '`/reverse-mentor status` – din roll, omgång, mentor eller adept och nästa utskick',
  helpPause: '`/reverse-mentor pause [veckor]` – pausa utskicken ett tag (1–12 veckor)',
  helpResume: '`/reverse-mentor resume` – få utskick igen',
  helpReflect: '`/reverse-mentor reflect` – reflektera över er senaste träff',
  helpSuggest: '`/reverse-mentor suggest [text]` – föreslå ett samtalsämne',
  helpTopics: '`/reverse-mentor topics` – se ämnena och rösta',
  helpRematch: '`/reverse-mentor rematch` – be de programansvariga, i förtroende, om en ny matchning',
  helpLeave: '`/reverse-mentor leave` – lämna programmet',
  helpForgetMe: '`/reverse-mentor forget-me` – radera dina personuppgifter',
  helpOrganizerHeader: '*För programansvariga*',
  helpCohort: '`/reverse-mentor cohort new | list | close <nummer>` – hantera omgångar',
  helpMatch: '`/reverse-mentor match [omgång]` – förhandsgranska och bekräfta paren',
  helpPair: '`/reverse-mentor pair @mentor @adept`, `unpair @person` – ändra par för hand',
  helpSummary: '`/reverse-mentor summary [omgång]` – publicera omgångens sammanfattning här',
  helpExport: '`/reverse-mentor export [omgång]` – ett kalkylark (CSV) i dina direktmeddelanden',
  helpTopicsReview: '`/reverse-mentor topics review` – godkänn eller avslå förslag',
  helpOrganizers: '`/reverse-mentor organizers add @person | remove @person | list` – vilka fler som driver programmet',
  unknownCommand: (p) => `\`${p.input}\` känner jag inte till. Menade du \`/reverse-mentor ${p.suggestion}\`?`,
};
