import type { Catalog } from '../catalog';
import type { atRisk as English } from '../en/at-risk';

export const atRisk: Catalog<typeof English> = {
  atRiskHeader: 'Ett par kan behöva stöd',
  atRiskText: (p) => `*${p.cohort}*, vecka ${p.cycle} av ${p.cycles}: ${p.mentor} (mentor) och ${p.mentee} (adept).`,
  atRiskTextBeforeFirst: (p) => `*${p.cohort}*, före första utskicket: ${p.mentor} (mentor) och ${p.mentee} (adept).`,
  atRiskReasonNotMet: 'De har inte träffats under sina två senaste veckor.',
  atRiskReasonLowRating: 'En av dem gav det senaste samtalet 1 eller 2 av 5.',
  atRiskReasonRematch: 'En av dem har bett om en ny partner.',
  atRiskReasonNoFirstMeeting: 'Tio dagar efter presentationen har de inte haft något första möte, och inget är bokat.',
  atRiskFooter: 'Bara organisatörerna får det här, och inget som någon har skrivit delas. Ett kort samtal i enrum med var och en brukar hjälpa.',
  atRiskFallback: (p) => `Ett par i ${p.cohort} kan behöva stöd.`,
};
