import { plural } from '../catalog';

const count = plural('en');

/** The closing summary a cohort's channel gets once when the cohort completes (metadata `rm_final`). */
export const finalReport = {
  finalHeader: (p: { cohort: string }) => `${p.cohort}: closing summary`,
  finalFallback: (p: { cohort: string }) => `${p.cohort} has come to an end. Here is its closing summary.`,
  finalIntro: (p: { cohort: string; sessions: number }) =>
    `*${p.cohort}* has come to an end after ${count(p.sessions, { one: '# session', other: '# sessions' })}. Thank you, everyone who took part.`,
  finalIntroClosedEarly: (p: { cohort: string; sessions: number; cycles: number }) =>
    `*${p.cohort}* was closed after ${p.sessions} of its ${count(p.cycles, { one: '# session', other: '# sessions' })}. Thank you, everyone who took part.`,
  finalPeople: (p: { mentors: number; mentees: number; pairs: number; unmatched: number; left: number }) =>
    `*People:* ${count(p.mentors, { one: '# mentor', other: '# mentors' })} and ${count(p.mentees, { one: '# mentee', other: '# mentees' })} ` +
    `enrolled · ${count(p.pairs, { one: '# pair', other: '# pairs' })} to the end · ${p.unmatched} without a partner · ${p.left} left`,
  finalMeetings: (p: { met: number; prompted: number; rate: string }) =>
    `*Meetings:* ${p.met} of the ${count(p.prompted, { one: '# prompt', other: '# prompts' })} sent to pairs led to a meeting (${p.rate}).`,
  finalReflections: (p: { written: number; possible: number; rate: string }) =>
    `*Reflections:* ${count(p.written, { one: '# reflection', other: '# reflections' })} written, of ${p.possible} possible (${p.rate}).`,
  finalRatings: (p: { average: string; count: number }) =>
    `*Ratings:* ${p.average} out of 5 on average, from ${count(p.count, { one: '# rating', other: '# ratings' })}.`,
  finalRatingsTooFew: (p: { count: number }) =>
    `*Ratings:* too few to show (${p.count}). An average appears from 3 ratings on, so nobody's own rating can be read from it.`,
  finalMeetingRates: (p: { sparkline: string; rates: string }) => `*Meeting rate per session:* ${p.sparkline}  ${p.rates}`,
  finalHighlightsHeader: '*From the final reflections*',
  finalHighlightsNone: 'Nobody chose to share their final reflection.',
  finalChartComment: (p: { cohort: string }) => `Meetings and reflections in each session of *${p.cohort}*.`,
};
