import type { Catalog } from '../catalog';
import type { atRisk as English } from '../en/at-risk';

export const atRisk: Catalog<typeof English> = {
  atRiskReasonNotMet: 'De har inte träffats vid sina två senaste träffar.',
  atRiskReasonLowRating: 'En av dem gav det senaste samtalet 1 eller 2 av 5.',
  atRiskReasonRematch: 'En av dem har bett om en ny matchning.',
  atRiskReasonNoFirstMeeting: 'Tio dagar efter presentationen har de inte haft något första möte, och inget är bokat.',
};
