import { plural } from '../catalog';
import type { Catalog } from '../catalog';
import type { finalReportOutcomes as English } from '../en/final-report-outcomes';

const count = plural('sv');

export const finalReportOutcomes: Catalog<typeof English> = {
  finalOutcomePairs: (p) =>
    `*Par:* ${p.matched} matchade, ${p.completed} hela vägen till slutet; ${p.agreements} skrev en överenskommelse vid starten.`,
  finalOutcomeAnswers: (p) =>
    `*Slututvärdering:* ${count(p.answers, { one: '# svar', other: '# svar' })} från ${count(p.asked, { one: '# tillfrågad', other: '# tillfrågade' })}.`,
  finalOutcomeGoalsMet: '*Hur långt adepterna kom med sina mål*, som mentorer och adepter såg det:',
  finalOutcomeGoalsMetTooFew: (p) => `*Hur långt adepterna kom med sina mål:* för få svar för att visas (${p.count}). Siffror visas från 3 svar.`,
  finalOutcomeNps: (p) =>
    `*Net Promoter Score (NPS):* ${p.score}, från ${count(p.count, { one: '# svar', other: '# svar' })} ` +
    `(${p.promoters} rekommenderar det varmt, ${p.passives} är ljumma, ${p.detractors} skulle inte rekommendera det).`,
  finalOutcomeNpsTooFew: (p) => `*Net Promoter Score (NPS):* visas från 5 svar (${count(p.count, { one: '# svar', other: '# svar' })} hittills).`,
  finalOutcomeAgain: (p) => `*Vill vara med igen:* ${p.mentor} som mentor, ${p.mentee} som adept, ${p.no} inte nu.`,
  finalOutcomeAgainTooFew: (p) => `*Vill vara med igen:* för få svar för att visas (${p.count}).`,
  finalOutcomeChangesHeader: '*Det här blir annorlunda, med deras egna ord*',
  finalOutcomeChangesNone: 'Ingen valde att dela vad som blir annorlunda för dem.',
  finalOutcomeAnonymity:
    'Svaren visas bara som summor: snitt och fördelningar från 3 svar, NPS från 5, och betyg först när träffen är stängd, så att ingens eget svar går att räkna ut.',

  ratingsPending: (p) =>
    `*Betyg hittills:* ${count(p.count, { one: '# betyg', other: '# betyg' })} givna. De visas när deras träffar har stängts, minst 3 åt gången, så att ingens eget betyg går att räkna ut.`,
  ratingsBasis: (p) =>
    p.sessions === 1
      ? 'Räknat på träff 1, som är stängd; senare betyg läggs till när deras träffar stängs, minst 3 åt gången.'
      : `Räknat på träff 1–${p.sessions}, som är stängda; senare betyg läggs till när deras träffar stängs, minst 3 åt gången.`,

  finalPrivateHeader: (p) => `${p.cohort}: bara för programansvariga`,
  finalPrivateFallback: (p) => `${p.cohort} är avslutad: det här ser bara programansvariga.`,
  finalPrivateIntro: (p) =>
    `Slutrapporten finns i ${p.channel}. Det som följer nämner personer vid namn, så det går bara till programansvariga, var och en i sitt eget direktmeddelande.`,
  finalPrivateNeverMet: (p) =>
    count(p.count, { one: '*Ett par som aldrig registrerade ett möte*', other: '*# par som aldrig registrerade ett möte*' }),
  finalPrivateNoCheckin: (p) => `*Tillfrågade, men ingen avstämning (${p.count})*`,
  finalPrivateNoFinal: (p) => `*Tillfrågade, men ingen slututvärdering (${p.count})*`,
  finalPrivateNotes: (p) =>
    count(p.count, { one: '*Kommentaren till dig från avstämningen*', other: '*Alla # kommentarer till dig från avstämningen*' }),
  finalPrivateMore: (p) => `…och ${p.count} till: exporten (\`/reverse-mentor export\`) har alla par.`,
  finalPrivateMoreNotes: (p) => `…och ${p.count} till: var och en fanns i din sammanställning medan omgången pågick.`,
  finalPrivateAllWell: (p) => `I *${p.cohort}* träffades alla par, och alla tillfrågade svarade på både avstämningen och slututvärderingen.`,
  finalPrivateFooter: 'Det här går bara till programansvariga. Mål, och det någon har behållit för sig själv, finns aldrig med.',

  addendumHeader: (p) => `${p.cohort}: trettio dagar senare`,
  addendumFallback: (p) => `${p.cohort}, trettio dagar senare.`,
  addendumAsked: (p) =>
    `Trettio dagar efter att *${p.cohort}* avslutades fick ${count(p.asked, { one: '# adept', other: '# adepter' })} frågan hur det gått med det de skrev att de skulle göra annorlunda.`,
  addendumCounts: (p) => `Av ${count(p.count, { one: '# svar', other: '# svar' })}: ${p.done} gjort · ${p.partly} delvis · ${p.notYet} inte än.`,
  addendumTooFew: (p) => `För få har svarat för att visa hur (${p.count}): siffror visas från 3 svar, så att ingens eget svar går att läsa ut.`,
  addendumPrivacy: 'Bara siffrorna delas. Det varje adept skrev stannar hos dem.',

  orgHomeOutcomes: (p) => `*Överenskommelser:* ${p.agreements} av ${p.pairs} par`,
  orgHomeCheckins: (p) => `*Avstämningar:* ${p.answered} av ${p.asked} tillfrågade`,
  orgHomeFinals: (p) => `*Slututvärderingar:* ${p.answered} av ${p.asked} tillfrågade`,

  exportColumnAgreement: 'Överenskommelse',
  exportColumnMentorRelationship: 'Mentorns avstämning: hur bra det fungerar',
  exportColumnMenteeRelationship: 'Adeptens avstämning: hur bra det fungerar',
  exportColumnMentorProgress: 'Mentorns avstämning: mål',
  exportColumnMenteeProgress: 'Adeptens avstämning: mål',
  exportColumnMentorGoalsMet: 'Mentorns slututvärdering: mål uppnådda',
  exportColumnMenteeGoalsMet: 'Adeptens slututvärdering: mål uppnådda',
  exportColumnMentorRecommend: 'Mentorns slututvärdering: rekommenderar (0–10)',
  exportColumnMenteeRecommend: 'Adeptens slututvärdering: rekommenderar (0–10)',
  exportColumnMentorAgain: 'Mentorns slututvärdering: med igen',
  exportColumnMenteeAgain: 'Adeptens slututvärdering: med igen',
  exportColumnFollowup: 'Adepten efter 30 dagar',
};
