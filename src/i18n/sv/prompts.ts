import type { Catalog } from '../catalog';
import type { prompts as English } from '../en/prompts';

export const prompts: Catalog<typeof English> = {
  promptHeader: (p) => `Vecka ${p.cycle} av ${p.cycles}`,
  promptClosingHeader: (p) => `Vecka ${p.cycle} av ${p.cycles} – den sista`,
  promptFallback: (p) => `Vecka ${p.cycle} av ${p.cycles}: ${p.title}`,
  promptIntro: 'Dags för veckans samtal. Hitta en tid som passar er båda – 45–60 minuter räcker gott.',
  promptClosingIntro: 'Det här är programmets sista utskick. Tack för tiden ni har gett varandra.',
  promptTopic: (p) => `*Veckans ämne: ${p.title}*\n${p.description}`,
  promptQuestionsHeader: '*Några frågor att börja med*',
  promptMeetBy: (p) => `Försök ses före ${p.date}, då nästa utskick kommer.`,
  promptFinalReflection: (p) => `Skriv gärna var sin sista reflektion före ${p.date}: vad har du lärt dig, och vad tar du med dig?`,
  promptMet: 'Vi har träffats',
  promptSkip: 'Hoppa över veckan',
  promptReflect: 'Reflektera',
  promptFinalReflect: 'Skriv en sista reflektion',
  promptNewTopic: 'Nytt ämne',
  promptMarkedMet: (p) => `✅ ${p.user} har markerat att ni har träffats`,
  promptMarkedSkipped: (p) => `⏭️ ${p.user} har markerat att ni hoppar över den här veckan`,
  promptNotYours: 'De här knapparna hör till paret som fick utskicket.',
  promptNoOtherTopic: 'Det finns inga andra ämnen att byta till just nu.',
  promptGone: 'Det här utskicket finns inte längre.',
  reminderText: (p) => `En liten påminnelse om vecka ${p.cycle}: en kort reflektion tar två minuter och gör nästa möte ännu bättre.`,
  reminderClosingText: 'Programmet närmar sig sitt slut. En kort sista reflektion tar två minuter och hjälper nästa kull också.',
  promptCohortEnded: 'Den här omgången är avslutad, så knapparna i utskicket gör ingenting längre. Tack för att du var med!',
  promptPairEnded: 'Det här mentorskapet är avslutat, så knapparna i utskicket gör ingenting längre.',
};
