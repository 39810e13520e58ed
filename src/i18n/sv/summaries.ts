import { plural, type Catalog } from '../catalog';
import type { summaries as English } from '../en/summaries';

const count = plural('sv');
const par = (n: number) => count(n, { other: '# par' });
const personer = (n: number) => count(n, { one: '# person', other: '# personer' });

export const summaries: Catalog<typeof English> = {
  summaryPercent: (p) => `${p.value} %`,
  summaryDecimalSeparator: ',',
  summaryHeader: (p) => `${p.cohort}: träff ${p.cycle} av ${p.cycles}`,
  summaryHeaderBeforeFirst: (p) => `${p.cohort}: före första träffen`,
  summaryStartsOn: (p) => `*${p.cohort}* börjar ${p.date}, då varje par får sitt första utskick.`,
  summaryFallback: (p) =>
    `${p.cohort}, träff ${p.cycle} av ${p.cycles}: ${p.met} av ${par(p.prompted)} träffades (${p.meetingRate}), ` +
    `${count(p.reflections, { one: '# reflektion', other: '# reflektioner' })} (${p.responseRate}).`,
  summaryFallbackInProgress: (p) =>
    `${p.cohort}, träff ${p.cycle} av ${p.cycles} pågår: ${p.met} av ${par(p.prompted)} har träffats hittills.`,
  summaryFallbackBeforeFirst: (p) => `${p.cohort} har inte börjat än.`,
  summaryPeople: (p) =>
    `*Deltagare:* ${count(p.mentors, { one: '# mentor', other: '# mentorer' })} och ${count(p.mentees, { one: '# adept', other: '# adepter' })} anmälda · ` +
    `${par(p.pairs)} · ${p.unmatched} utan matchning · ${count(p.paused, { one: '# pausad', other: '# pausade' })} · ${p.left} har lämnat`,
  summaryMeetings: (p) => `*Möten:* ${p.met} av ${par(p.prompted)} träffades vid träff ${p.cycle} (${p.rate}).`,
  summaryMeetingsInProgress: (p) => `*Möten:* träff ${p.cycle} pågår; ${p.met} av ${par(p.prompted)} har träffats hittills.`,
  summaryMeetingsSoFar: (p) =>
    `Under de avslutade träffarna ledde ${p.met} av ${count(p.prompted, { other: '# utskick' })} till ett möte (${p.rate}).`,
  summaryNoPromptsThisCycle: (p) => `*Möten:* inga utskick gick ut inför träff ${p.cycle}.`,
  summaryReflections: (p) =>
    `*Reflektioner:* ${p.count} skrivna om träff ${p.cycle}, av ${personer(p.members)} som fick utskicket (${p.rate}).`,
  summaryReflectionsInProgress: (p) =>
    `*Reflektioner:* ${p.count} skrivna om träff ${p.cycle} hittills, av ${personer(p.members)} som fick utskicket.`,
  summaryRatings: (p) => `*Betyg hittills:* i snitt ${p.average} av 5, från ${count(p.count, { other: '# betyg' })}.`,
  summaryRatingsTooFew: (p) =>
    `*Betyg hittills:* för få för att visas (${p.count}). Ett snitt visas från 3 betyg, så att ingens eget betyg går att räkna ut.`,
  summaryTopics: (p) => `*Mest diskuterat:* ${p.topics}`,
  summaryTopicCount: (p) => `${p.title} (${p.count})`,
  summaryTopicsNone: '*Mest diskuterat:* inga möten registrerade än.',
  summaryHighlightsHeader: (p) => `*Delat från träff ${p.cycle}*`,
  summaryHighlightsNone: (p) => `Ingen har delat någon reflektion från träff ${p.cycle} än.`,
  summaryHighlightNextStep: 'Nästa steg:',
  summaryHighlightAnonymous: 'en deltagare',
  summaryPrivacyNote:
    'Siffrorna räknar med alla. En reflektion citeras bara om den som skrev den valde att dela den; privata reflektioner och mål visas aldrig.',
  summaryChartTitle: (p) => `${p.cohort}: möten och reflektioner per träff`,
  summaryChartSession: (p) => `Träff ${p.cycle}`,
  summaryChartSessionInProgress: (p) => `Träff ${p.cycle} (pågår)`,
  summaryChartMeetingRate: 'Par som träffades',
  summaryChartReflectionRate: 'Deltagare som reflekterade',
  summaryChartAxis: 'Andel av dem som fick utskicket',
  summaryChartAltSession: (p) => `Träff ${p.cycle}: ${p.met} träffades, ${p.reflected} reflekterade`,
  summaryChartAltInProgress: (p) => `Träff ${p.cycle}: pågår`,
  summaryChartComment: (p) => `Möten och reflektioner per träff i *${p.cohort}*, till och med träff ${p.cycle} av ${p.cycles}.`,
  summaryPosted: (p) =>
    `Sammanfattningen av *${p.cohort}* är publicerad i den här kanalen. Delen som nämner personer ligger i dina direktmeddelanden med mig.`,
  summaryPostedWithoutChart: (p) =>
    `Sammanfattningen av *${p.cohort}* är publicerad i den här kanalen, men diagrammet gick inte att ladda upp; alla siffror finns i texten. ` +
    'Delen som nämner personer ligger i dina direktmeddelanden med mig.',
  summaryNotInChannel:
    'Jag kan inte publicera i den här konversationen än. I en kanal bjuder du in mig med `/invite @Reverse Mentor` och kör kommandot igen. ' +
    'I ett direktmeddelande med någon annan kör du det i en kanal i stället.',
  summaryChannelArchived: 'Kanalen är arkiverad, så ingen kan publicera i den. Kör kommandot i en annan kanal.',
  summaryCannotPost:
    'Slack lät mig inte publicera här. Prova en kanal där jag är med, eller bjud in mig med `/invite @Reverse Mentor` och kör kommandot igen.',
  summaryPrivateLead: (p) => `Du publicerade sammanfattningen av *${p.cohort}* i ${p.channel}. Här är delen som nämner personer.`,
  summaryPrivateNote: 'Det här är bara till dig: det nämner personer vid namn, så det hamnar aldrig i en kanal.',
  summaryPrivatePair: (p) => `${p.mentor} (mentor) och ${p.mentee} (adept):`,
  summaryPrivateAtRisk: (p) => `*Par som kan behöva stöd (${p.count})*`,
  summaryPrivateNeverReflected: (p) => `*Inte en enda reflektion än (${p.count})*`,
  summaryPrivateUndelivered: (p) => `*Utskick som inte kom fram (${p.count})*`,
  summaryPrivatePromptFailed: (p) => `Träff ${p.cycle}, ${p.pair} ${p.reason}`,
  summaryUndeliveredGone:
    'deras gemensamma direktmeddelande gick inte att nå. Kontrollera att båda fortfarande har Slack-konton, och para ihop dem igen vid behov.',
  summaryUndeliveredInactive: 'en av dem har ett inaktiverat Slack-konto.',
  summaryUndeliveredOther: 'Slack tog inte emot meddelandet. Om det händer igen, hör av dig till den som driver appen.',
  summaryPrivatePromptUnknown: (p) =>
    `Träff ${p.cycle}, ${p.pair} kom kanske inte fram: appen stannade mitt i utskicket, och det skickas aldrig två gånger.`,
  summaryPrivateAllWell: (p) => `I *${p.cohort}* behöver inget par stöd, alla har reflekterat minst en gång och alla utskick har kommit fram.`,
  summaryAndMore: (p) => `och ${p.count} till`,
  summaryNoActiveCohort: (p) =>
    `Ingen omgång pågår just nu. Ange en: \`/reverse-mentor ${p.command} <namn eller nummer>\` (\`/reverse-mentor cohort list\` visar dem).`,
  summarySeveralActive: (p) => `Flera omgångar pågår: ${p.cohorts}. Ange en, till exempel \`/reverse-mentor ${p.command} ${p.example}\`.`,
  summaryCohortNotFound: (p) => `Jag hittar ingen omgång som heter ”${p.input}”. \`/reverse-mentor cohort list\` visar alla.`,
};
