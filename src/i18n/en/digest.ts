import { plural } from '../catalog';

const count = plural('en');

/** The organizer's digest: one private message per cohort and session with what is new (PRODUCT.md §7). */
export const digest = {
  digestHeader: (p: { cohort: string; cycle: number; cycles: number }) => `${p.cohort}: session ${p.cycle} of ${p.cycles}`,
  digestHeaderBeforeFirst: (p: { cohort: string }) => `${p.cohort}: before the first session`,
  digestFallback: (p: { cohort: string }) => `What's new in ${p.cohort}, for you as an organizer.`,
  digestIntro: "What's new in this cohort since your last digest. Only you get this message.",
  digestNewlyAtRisk: (p: { count: number }) =>
    count(p.count, { one: '*A pair may need a hand*', other: '*# pairs may need a hand*' }),
  digestStillAtRisk: (p: { count: number }) =>
    count(p.count, {
      one: '*Still at risk: # pair* (you heard about it before)',
      other: '*Still at risk: # pairs* (you heard about them before)',
    }),
  digestPairLine: (p: { mentor: string; mentee: string; reasons: string }) => `• ${p.mentor} (mentor) and ${p.mentee} (mentee): ${p.reasons}`,
  digestReasonNotMet: 'no meeting recorded in their last two sessions',
  digestReasonLowRating: (p: { cycle: number }) => `one of them rated session ${p.cycle} 1 or 2 out of 5`,
  digestReasonRematch: 'one of them has asked for a new partner',
  digestReasonNoFirstMeeting: 'ten days after their introduction, no first meeting and none booked',
  digestReasonSeparator: '; ',
  digestRematchHeader: (p: { count: number }) =>
    count(p.count, { one: '*A request for a new partner*', other: '*# requests for a new partner*' }),
  digestMore: (p: { count: number }) => count(p.count, { one: '…and # more: see the Home tab.', other: '…and # more: see the Home tab.' }),
  digestFooter:
    'Only organizers get this, and nothing anyone wrote privately is in it. A short, private check-in with each of them often helps. ' +
    'The Home tab shows every cohort at a glance.',
};
