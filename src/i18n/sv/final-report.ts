import { plural } from '../catalog';
import type { Catalog } from '../catalog';
import type { finalReport as English } from '../en/final-report';

const count = plural('sv');

export const finalReport: Catalog<typeof English> = {
  finalHeader: (p) => `${p.cohort}: avslutande sammanfattning`,
  finalFallback: (p) => `${p.cohort} är avslutad. Här är den avslutande sammanfattningen.`,
  finalIntro: (p) =>
    `*${p.cohort}* är avslutad efter ${count(p.sessions, { one: '# träff', other: '# träffar' })}. Tack till alla som har varit med.`,
  finalIntroClosedEarly: (p) =>
    `*${p.cohort}* avslutades efter ${p.sessions} av ${count(p.cycles, { one: '# planerad träff', other: '# planerade träffar' })}. Tack till alla som har varit med.`,
  finalPeople: (p) =>
    `*Deltagare:* ${count(p.mentors, { one: '# mentor', other: '# mentorer' })} och ${count(p.mentees, { one: '# adept', other: '# adepter' })} ` +
    `anmälda · ${p.pairs} par till slutet · ${p.unmatched} som inte parades ihop · ${p.left} lämnade programmet`,
  finalMeetings: (p) =>
    `*Möten:* ${p.met} av de ${count(p.prompted, { one: '# utskick', other: '# utskick' })} som gick till paren ledde till ett möte (${p.rate}).`,
  finalReflections: (p) =>
    `*Reflektioner:* ${count(p.written, { one: '# reflektion', other: '# reflektioner' })} skrivna av ${p.possible} möjliga (${p.rate}).`,
  finalRatings: (p) => `*Betyg:* i snitt ${p.average} av 5, från ${count(p.count, { one: '# betyg', other: '# betyg' })}.`,
  finalRatingsTooFew: (p) =>
    `*Betyg:* för få för att visas (${p.count}). Ett snitt visas från 3 betyg, så att ingens eget betyg går att räkna ut.`,
  finalMeetingRates: (p) => `*Andel par som träffades per träff:* ${p.sparkline}  ${p.rates}`,
  finalHighlightsHeader: '*Ur slutreflektionerna*',
  finalHighlightsNone: 'Ingen valde att dela sin slutreflektion.',
  finalChartComment: (p) => `Möten och reflektioner per träff i *${p.cohort}*.`,
};
