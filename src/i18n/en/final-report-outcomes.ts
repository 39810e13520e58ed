import { plural } from '../catalog';

const count = plural('en');

/**
 * The final report's outcomes (PRODUCT.md §12.5), its private part for organizers, the addendum thirty days on, and
 * the words around figures kept anonymous (services/anonymity.ts).
 */
export const finalReportOutcomes = {
  finalOutcomePairs: (p: { matched: number; completed: number; agreements: number }) =>
    `*Pairs:* ${count(p.matched, { one: '# pair', other: '# pairs' })} matched, ${p.completed} to the end; ` +
    `${count(p.agreements, { one: '# pair', other: '# pairs' })} wrote a kickoff agreement.`,
  finalOutcomeAnswers: (p: { answers: number; asked: number }) =>
    `*Final evaluation:* ${count(p.answers, { one: '# answer', other: '# answers' })} from ${count(p.asked, { one: '# person', other: '# people' })} asked.`,
  finalOutcomeGoalsMet: '*How far mentees got with their goals*, as mentors and mentees saw it:',
  finalOutcomeGoalsMetTooFew: (p: { count: number }) =>
    `*How far mentees got with their goals:* too few answers to show (${p.count}). Figures appear from 3 answers on.`,
  finalOutcomeNps: (p: { score: string; count: number; promoters: number; passives: number; detractors: number }) =>
    `*Net Promoter Score:* ${p.score}, from ${count(p.count, { one: '# answer', other: '# answers' })} ` +
    `(${p.promoters} would recommend it warmly, ${p.passives} are lukewarm, ${p.detractors} would not).`,
  finalOutcomeNpsTooFew: (p: { count: number }) => `*Net Promoter Score:* shown from 5 answers on (${count(p.count, { one: '# answer', other: '# answers' })} so far).`,
  finalOutcomeAgain: (p: { mentor: number; mentee: number; no: number }) =>
    `*Would take part again:* ${p.mentor} as a mentor, ${p.mentee} as a mentee, ${p.no} not now.`,
  finalOutcomeAgainTooFew: (p: { count: number }) => `*Would take part again:* too few answers to show (${p.count}).`,
  finalOutcomeChangesHeader: '*What will change, in their own words*',
  finalOutcomeChangesNone: 'Nobody chose to share what will change for them.',
  finalOutcomeAnonymity:
    'Answers are shown as totals only: averages and spreads from 3 answers, the Net Promoter Score from 5, and ratings once each session has closed, so nobody’s own answer can be worked out.',

  ratingsPending: (p: { count: number }) =>
    `*Ratings so far:* ${count(p.count, { one: '# rating', other: '# ratings' })} given. They are shown once their sessions have closed, at least 3 at a time, so nobody's own rating can be worked out.`,
  ratingsBasis: (p: { sessions: number }) =>
    p.sessions === 1
      ? 'Counted over session 1, which has closed; later ratings are added once their sessions close, at least 3 at a time.'
      : `Counted over sessions 1–${p.sessions}, which have closed; later ratings are added once their sessions close, at least 3 at a time.`,

  finalPrivateHeader: (p: { cohort: string }) => `${p.cohort}: for organizers only`,
  finalPrivateFallback: (p: { cohort: string }) => `${p.cohort} has ended: what only organizers see.`,
  finalPrivateIntro: (p: { channel: string }) =>
    `The final report is in ${p.channel}. What follows names people, so only organizers get it, each in their own direct message.`,
  finalPrivateNeverMet: (p: { count: number }) =>
    count(p.count, { one: '*A pair that never recorded a meeting*', other: '*# pairs that never recorded a meeting*' }),
  finalPrivateNoCheckin: (p: { count: number }) => `*Asked, but no check-in (${p.count})*`,
  finalPrivateNoFinal: (p: { count: number }) => `*Asked, but no final evaluation (${p.count})*`,
  finalPrivateNotes: (p: { count: number }) => count(p.count, { one: '*The note for you from the check-in*', other: '*All # notes for you from the check-in*' }),
  finalPrivateMore: (p: { count: number }) => `…and ${p.count} more: the CSV export (\`/reverse-mentor export\`) has every pair.`,
  finalPrivateMoreNotes: (p: { count: number }) => `…and ${p.count} more: each was in your digest while the cohort ran.`,
  finalPrivateAllWell: (p: { cohort: string }) => `In *${p.cohort}*, every pair met, and everyone asked answered both the check-in and the final evaluation.`,
  finalPrivateFooter: "Only organizers get this. Goals, and what anyone kept to themselves, are never in it.",

  addendumHeader: (p: { cohort: string }) => `${p.cohort}: thirty days on`,
  addendumFallback: (p: { cohort: string }) => `${p.cohort}, thirty days on.`,
  addendumAsked: (p: { cohort: string; asked: number }) =>
    `Thirty days after *${p.cohort}* ended, ${count(p.asked, { one: '# mentee was', other: '# mentees were' })} asked how it went with what they said they would do differently.`,
  addendumCounts: (p: { count: number; done: number; partly: number; notYet: number }) =>
    `From ${count(p.count, { one: '# answer', other: '# answers' })}: ${p.done} done · ${p.partly} partly · ${p.notYet} not yet.`,
  addendumTooFew: (p: { count: number }) =>
    `Too few answered to show how (${p.count}): counts appear from 3 answers on, so nobody's own answer can be read from them.`,
  addendumPrivacy: 'Only the counts are shared. What each mentee wrote stays with them.',

  orgHomeOutcomes: (p: { agreements: number; pairs: number }) => `*Agreements:* ${p.agreements} of ${count(p.pairs, { one: '# pair', other: '# pairs' })}`,
  orgHomeCheckins: (p: { answered: number; asked: number }) => `*Check-ins:* ${p.answered} of ${p.asked} asked`,
  orgHomeFinals: (p: { answered: number; asked: number }) => `*Final evaluations:* ${p.answered} of ${p.asked} asked`,

  exportColumnAgreement: 'Agreement',
  exportColumnMentorRelationship: 'Mentor check-in: how well it works',
  exportColumnMenteeRelationship: 'Mentee check-in: how well it works',
  exportColumnMentorProgress: 'Mentor check-in: goals',
  exportColumnMenteeProgress: 'Mentee check-in: goals',
  exportColumnMentorGoalsMet: 'Mentor final: goals met',
  exportColumnMenteeGoalsMet: 'Mentee final: goals met',
  exportColumnMentorRecommend: 'Mentor final: would recommend (0–10)',
  exportColumnMenteeRecommend: 'Mentee final: would recommend (0–10)',
  exportColumnMentorAgain: 'Mentor final: take part again',
  exportColumnMenteeAgain: 'Mentee final: take part again',
  exportColumnFollowup: 'Mentee after 30 days',
};
