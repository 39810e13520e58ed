import type { Catalog } from '../catalog';
import type { summaries as English } from '../en/summaries';

export const summaries: Catalog<typeof English> = {
  summaryPercent: (p) => `${p.value} %`,
  summaryDecimalSeparator: ',',
  summaryHeader: (p) => `${p.cohort}: vecka ${p.cycle} av ${p.cycles}`,
  summaryHeaderBeforeFirst: (p) => `${p.cohort}: före första veckan`,
  summaryStartsOn: (p) => `*${p.cohort}* börjar ${p.date}, då varje par får sitt första utskick.`,
  summaryFallback: (p) =>
    `${p.cohort}, vecka ${p.cycle} av ${p.cycles}: ${p.met} av ${p.prompted} par träffades (${p.meetingRate}), ` +
    `${p.reflections} reflektioner (${p.responseRate}).`,
  summaryFallbackBeforeFirst: (p) => `${p.cohort} har inte börjat än.`,
  summaryPeople: (p) =>
    `*Deltagare:* ${p.mentors} mentorer och ${p.mentees} adepter anmälda · ${p.pairs} par · ${p.unmatched} utan partner · ` +
    `${p.paused} pausade · ${p.left} har lämnat`,
  summaryMeetings: (p) => `*Möten:* ${p.met} av ${p.prompted} par träffades vecka ${p.cycle} (${p.rate}).`,
  summaryMeetingsSoFar: (p) => `Hittills har ${p.met} av ${p.prompted} veckoutskick lett till ett möte (${p.rate}).`,
  summaryNoPromptsThisCycle: (p) => `*Möten:* inga utskick gick ut vecka ${p.cycle}.`,
  summaryReflections: (p) => `*Reflektioner:* ${p.count} skrivna om vecka ${p.cycle}, av ${p.members} som fick utskicket (${p.rate}).`,
  summaryRatings: (p) => `*Betyg hittills:* i snitt ${p.average} av 5, från ${p.count} betyg.`,
  summaryRatingsTooFew: (p) =>
    `*Betyg hittills:* för få för att visas (${p.count}). Ett snitt visas från 3 betyg, så att ingens eget betyg går att räkna ut.`,
  summaryTopics: (p) => `*Mest diskuterat:* ${p.topics}`,
  summaryTopicCount: (p) => `${p.title} (${p.count})`,
  summaryTopicsNone: '*Mest diskuterat:* inga möten registrerade än.',
  summaryHighlightsHeader: (p) => `*Delat från vecka ${p.cycle}*`,
  summaryHighlightsNone: (p) => `Ingen har delat någon reflektion från vecka ${p.cycle} än.`,
  summaryHighlightNextStep: 'Nästa steg:',
  summaryHighlightAnonymous: 'en deltagare',
  summaryPrivacyNote:
    'Siffrorna räknar med alla. En reflektion citeras bara om den som skrev den valde att dela den; privata reflektioner och mål visas aldrig.',
  summaryChartTitle: (p) => `${p.cohort}: möten och reflektioner per vecka`,
  summaryChartWeek: (p) => `Vecka ${p.cycle}`,
  summaryChartMeetingRate: 'Par som träffades',
  summaryChartReflectionRate: 'Deltagare som reflekterade',
  summaryChartAxis: 'Andel av dem som fick utskicket',
  summaryChartAltWeek: (p) => `Vecka ${p.cycle}: ${p.met} träffades, ${p.reflected} reflekterade`,
  summaryChartComment: (p) => `Möten och reflektioner per vecka i *${p.cohort}*, till och med vecka ${p.cycle} av ${p.cycles}.`,
  summaryPosted: (p) => `Sammanfattningen av *${p.cohort}* ligger nu i den här kanalen.`,
  summaryPostedWithoutChart: (p) =>
    `Sammanfattningen av *${p.cohort}* ligger nu i den här kanalen, men diagrammet gick inte att ladda upp. Alla siffror finns i texten.`,
  summaryNotInChannel:
    'Jag kan inte skriva i den här konversationen än. I en kanal bjuder du in mig med `/invite @Reverse Mentor` och kör kommandot igen. ' +
    'I ett direktmeddelande med någon annan kör du det i en kanal i stället.',
  summaryChannelArchived: 'Kanalen är arkiverad, så ingen kan skriva i den. Kör kommandot i en annan kanal.',
  summaryCannotPost: (p) =>
    `Slack lät mig inte skriva här (\`${p.code}\`). Prova en kanal där jag är med, eller bjud in mig med \`/invite @Reverse Mentor\`.`,
  summaryPrivateNote: 'Bara du ser det som följer: det nämner personer vid namn, så det hamnar aldrig i en kanal.',
  summaryPrivatePair: (p) => `${p.mentor} (mentor) och ${p.mentee} (adept):`,
  summaryPrivateAtRisk: (p) => `*Par som kan behöva stöd (${p.count})*`,
  summaryPrivateNeverReflected: (p) => `*Inte en enda reflektion än (${p.count})*`,
  summaryPrivateUndelivered: (p) => `*Utskick som inte kom fram (${p.count})*`,
  summaryPrivatePromptFailed: (p) => `Vecka ${p.cycle}, ${p.pair} misslyckades (\`${p.code}\`).`,
  summaryPrivatePromptUnknown: (p) =>
    `Vecka ${p.cycle}, ${p.pair} kom kanske inte fram: appen stannade mitt i utskicket, och det skickas aldrig två gånger.`,
  summaryPrivateAllWell: (p) => `I *${p.cohort}* är inget par i farozonen, alla har reflekterat minst en gång och alla utskick har kommit fram.`,
  summaryAndMore: (p) => `och ${p.count} till`,
  summaryNoActiveCohort: (p) =>
    `Ingen kull pågår just nu. Ange en: \`/reverse-mentor ${p.command} <namn eller id>\` (\`/reverse-mentor cohort list\` visar dem).`,
  summarySeveralActive: (p) => `Flera kullar pågår: ${p.cohorts}. Ange en, till exempel \`/reverse-mentor ${p.command} ${p.example}\`.`,
  summaryCohortNotFound: (p) => `Jag hittar ingen kull som heter ”${p.input}”. \`/reverse-mentor cohort list\` visar alla.`,
};
