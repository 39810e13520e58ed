import { plural } from '../catalog';

const count = plural('en');

/** The organizer's part of App Home, and `/reverse-mentor status` for organizers: the programme at a glance. */
export const organizerHome = {
  orgHomeHeader: 'Your programme',
  orgHomePrivate: (p: { date: string }) => `Only you see this, with names: it is for organizers. As of ${p.date}.`,
  orgHomeNoCohorts: 'No cohorts yet. *New cohort* opens one, and everyone who has joined is enrolled in it.',
  orgHomeSuggestions: (p: { count: number }) =>
    count(p.count, { one: ':bulb: *A topic suggestion* is waiting for your review.', other: ':bulb: *# topic suggestions* are waiting for your review.' }),
  orgHomeNewCohort: 'New cohort',
  orgHomeReviewTopics: 'Review topics',
  orgHomeMatch: 'Match',
  orgHomeSummary: 'Post summary',
  orgHomeExport: 'Export CSV',
  orgHomeClose: 'Close cohort',
  orgHomeCloseTitle: 'Close this cohort?',
  orgHomeCloseActive: (p: { cohort: string }) =>
    `*${p.cohort}* ends now: no more prompts, and its closing summary goes to its channel. This can't be undone.`,
  orgHomeCloseEnrolling: (p: { cohort: string }) =>
    `*${p.cohort}* stops taking people, and those enrolled wait for the next cohort. This can't be undone.`,
  orgHomeCloseConfirm: 'Close it',
  orgHomeCloseDeny: 'Keep it',
  orgHomeTitle: (p: { cohort: string; status: string }) => `*${p.cohort}* · ${p.status}`,
  orgHomeEnrolling: (p: { date: string }) => `enrolling, first session ${p.date}`,
  orgHomeMatched: (p: { date: string }) => `matched, first session ${p.date}`,
  orgHomeSession: (p: { cycle: number; cycles: number }) => `session ${p.cycle} of ${p.cycles}, in progress`,
  orgHomeEnrolled: (p: { enrolled: number; mentors: number; mentees: number }) =>
    `${count(p.enrolled, { one: '# person enrolled', other: '# people enrolled' })}: ` +
    `${count(p.mentors, { one: '# mentor', other: '# mentors' })} and ${count(p.mentees, { one: '# mentee', other: '# mentees' })}`,
  orgHomePeople: (p: { enrolled: number; paired: number; pairs: number; unmatched: number; paused: number; left: number }) =>
    `${count(p.enrolled, { one: '# enrolled', other: '# enrolled' })} · ${p.paired} paired in ${count(p.pairs, { one: '# pair', other: '# pairs' })} · ` +
    `${p.unmatched} unmatched · ${p.paused} paused · ${p.left} left`,
  orgHomeThisSession: (p: { cycle: number; met: number; prompted: number; reflections: number }) =>
    `*Session ${p.cycle} so far:* ${p.met} of ${count(p.prompted, { one: '# pair', other: '# pairs' })} met · ` +
    `${count(p.reflections, { one: '# reflection', other: '# reflections' })}`,
  orgHomeThisSessionNoPrompts: (p: { cycle: number }) => `*Session ${p.cycle}:* its prompts are on their way.`,
  orgHomeMeetingRates: (p: { sparkline: string; rates: string }) => `*Meeting rate per session:* ${p.sparkline}  ${p.rates}`,
  sessionRateSoFar: (p: { rate: string }) => `${p.rate} so far`,
  orgHomeAttention: '*Needs your attention*',
  orgHomeAllWell: 'Nothing needs your attention here.',
  orgHomeAtRisk: (p: { count: number }) => count(p.count, { one: '*A pair may need a hand*', other: '*# pairs may need a hand*' }),
  orgHomeRematch: (p: { user: string; partner: string; date: string }) => `• ${p.user} asked for a new partner (paired with ${p.partner}) on ${p.date}`,
  orgHomePromptFailed: (p: { cycle: number; pair: string }) => `• The prompt of session ${p.cycle} did not reach ${p.pair}`,
  orgHomePromptUnknown: (p: { cycle: number; pair: string }) => `• The prompt of session ${p.cycle} may not have reached ${p.pair}`,
  orgHomeOtherUndelivered: (p: { count: number }) =>
    count(p.count, { one: '• # other message did not arrive, or may not have', other: '• # other messages did not arrive, or may not have' }),
  orgHomeMore: (p: { count: number }) => `…and ${p.count} more`,
  orgHomeOtherCohorts: '*Other cohorts*',
  orgHomeCohortLine: (p: { cohort: string; status: string; enrolled: number }) =>
    `• *${p.cohort}* — ${p.status}, ${count(p.enrolled, { one: '# enrolled', other: '# enrolled' })}`,
  orgHomeCompletedOn: (p: { date: string }) => `completed ${p.date}`,
  orgHomeShowAll: (p: { count: number }) => `Show all ${p.count}`,
  orgHomeShowFewer: 'Show fewer',
  orgHomeListCapped: (p: { shown: number; total: number }) => `The ${p.shown} newest of ${p.total}.`,
  orgHomeYouHeader: 'Your own mentoring',
  orgHomeNotTakingPart: "You're not taking part yourself. *Join* if you would like a mentor or a mentee of your own.",
  orgHomeSummaryTitle: 'Post a summary',
  orgHomeSummaryPost: 'Post',
  orgHomeSummaryIntro: (p: { cohort: string }) =>
    `The summary of *${p.cohort}* goes to everyone in the channel you choose. The part that names people comes to you alone.`,
  orgHomeSummaryChannel: 'Channel',
  orgHomeSummaryChannelHint: "Its summary channel is chosen for you. Reverse Mentor must be in the channel you pick.",
  orgHomeSummaryPosted: (p: { cohort: string; channel: string }) => `The summary of *${p.cohort}* is posted in ${p.channel}.`,
  orgHomeSummaryPostedNoChart: (p: { cohort: string; channel: string }) =>
    `The summary of *${p.cohort}* is posted in ${p.channel}, but its chart could not be uploaded. The figures are all in the text.`,
  orgHomeSummaryFailed: (p: { channel: string }) => `The summary could not be posted in ${p.channel}. Please try again in a moment.`,
  orgStatusHeader: 'Your programme at a glance',
  orgStatusHomeHint: 'The Home tab of Reverse Mentor shows the same, with buttons for what to do next.',
};
