import { plural } from '../catalog';
import type { Catalog } from '../catalog';
import type { digest as English } from '../en/digest';

const count = plural('sv');

export const digest: Catalog<typeof English> = {
  digestHeader: (p) => `${p.cohort}: träff ${p.cycle} av ${p.cycles}`,
  digestHeaderBeforeFirst: (p) => `${p.cohort}: före första träffen`,
  digestFallback: (p) => `Nytt i ${p.cohort} för dig som programansvarig.`,
  digestIntro: 'Det här är nytt i omgången sedan din förra sammanställning. Meddelandet går bara till dig.',
  digestNewlyAtRisk: (p) => count(p.count, { one: '*Ett par kan behöva stöd*', other: '*# par kan behöva stöd*' }),
  digestStillAtRisk: (p) =>
    count(p.count, {
      one: '*Behöver fortfarande stöd: # par* (du har fått veta det förut)',
      other: '*Behöver fortfarande stöd: # par* (du har fått veta det förut)',
    }),
  digestPairLine: (p) => `• ${p.mentor} (mentor) och ${p.mentee} (adept): ${p.reasons}`,
  digestReasonNotMet: 'inget möte registrerat de två senaste träffarna',
  digestReasonLowRating: (p) => `en av dem gav träff ${p.cycle} betyget 1 eller 2 av 5`,
  digestReasonRematch: 'en av dem vill paras ihop med någon annan',
  digestReasonNoFirstMeeting: 'tio dagar efter presentationen har de varken träffats eller bokat något möte',
  digestReasonSeparator: '; ',
  digestRematchHeader: (p) =>
    count(p.count, { one: '*En önskan om att paras ihop med någon annan*', other: '*# önskemål om att paras ihop med någon annan*' }),
  digestMore: (p) => count(p.count, { one: '…och # till: se fliken Hem.', other: '…och # till: se fliken Hem.' }),
  digestFooter:
    'Bara programansvariga får det här, och inget som någon har skrivit privat finns med. Ett kort samtal i enrum med var och en brukar hjälpa. ' +
    'Under fliken Hem ser du alla omgångar i en överblick.',
};
