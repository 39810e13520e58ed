import { plural } from '../catalog';

const count = plural('en');
const pairs = (n: number) => count(n, { one: '# pair', other: '# pairs' });
const people = (n: number) => count(n, { one: '# person', other: '# people' });

export const matching = {
  matchNoEnrollingCohort:
    "There's no cohort enrolling right now. Name the one to match, for example `/reverse-mentor match 3`, or create one with `/reverse-mentor cohort new`.",
  matchCohortNotFound: (p: { input: string }) => `I can't find a cohort called “${p.input}”. \`/reverse-mentor cohort list\` shows them all.`,
  matchCohortAlreadyMatched: (p: { name: string; id: number }) =>
    `*${p.name}* (#${p.id}) is already matched. Use \`/reverse-mentor pair\` and \`unpair\` for changes.`,
  matchCohortCompleted: (p: { name: string; id: number }) => `*${p.name}* (#${p.id}) is completed, so there's nothing to match.`,
  matchNobodyToMatch: (p: { name: string }) => `*${p.name}* needs at least one mentor and one mentee before I can match it.`,
  matchComputing: (p: { name: string; count: number }) => `Matching ${people(p.count)} in *${p.name}*. The preview follows in a moment.`,
  matchPreviewSent: (p: { name: string }) => `The match preview for *${p.name}* is in your direct messages with me, so you can find it again.`,
  matchPreviewHeader: (p: { name: string }) => `Match preview: ${p.name}`,
  matchPreviewTotals: (p: { pairs: number; unmatched: number; fit: string }) =>
    `*${pairs(p.pairs)}* · on average a ${p.fit} · ${p.unmatched} without a match`,
  matchPreviewPair: (p: { mentor: string; mentee: string; fit: string; score: number; max: number }) =>
    `${p.mentor} mentors ${p.mentee} · ${p.fit} (${p.score} of ${p.max} points)`,
  matchFitStrong: 'strong fit',
  matchFitGood: 'good fit',
  matchFitFair: 'fair fit',
  matchPreviewScale: (p: { max: number; strong: number; good: number }) =>
    `How well a pair fits is scored out of ${p.max} points: shared topics count most, then different departments, a gap in ` +
    `experience, overlapping working hours and how they like to meet. From ${p.strong} it is a strong fit, from ${p.good} a good one.`,
  matchPreviewMore: (p: { count: number }) => `…and ${count(p.count, { one: '# more pair', other: '# more pairs' })}, not shown here.`,
  matchPreviewUnmatched: (p: { people: string }) => `*Without a match* (first in line for the next cohort): ${p.people}`,
  matchPreviewUnmatchedMore: (p: { count: number }) => `and ${p.count} more`,
  matchPreviewEveryonePaired: 'Everyone has a match.',
  matchPreviewNoPairs: 'No pairs are possible under the rules. Check who is enrolled, then re-run.',
  matchPreviewHint:
    'Confirm to create these pairs and send each pair its introduction. Re-run to compute again with the latest profiles.',
  matchConfirmButton: 'Confirm and introduce',
  matchRerunButton: 'Re-run',
  /** The confirmation dialog of "Confirm and introduce" (plain text: title up to 100 characters, text up to 300). */
  matchConfirmDialogTitle: 'Introduce these pairs?',
  matchConfirmDialogText: (p: { pairs: number; unmatched: number }) =>
    `This sends ${p.pairs === 1 ? 'the pair its' : `${pairs(p.pairs)} their`} introduction` +
    (p.unmatched > 0
      ? ` and tells ${people(p.unmatched)} without a match that they are first in line for the next cohort.`
      : '.') +
    ' Messages cannot be taken back.',
  matchConfirmDialogYes: 'Introduce them',
  matchConfirmDialogNo: 'Not yet',
  matchReasonBase: 'meets the programme rules, with nothing more in common',
  matchReasonSharedTopics: (p: { count: number; topics: string }) =>
    `${count(p.count, { one: '# shared topic', other: '# shared topics' })}: ${p.topics}`,
  matchReasonDepartments: (p: { mentor: string; mentee: string }) => `different departments (${p.mentor} and ${p.mentee})`,
  matchReasonSeniority: (p: { count: number }) => (p.count === 1 ? 'some difference in experience' : 'a clear difference in experience'),
  matchReasonHours: (p: { hours: number }) => `${count(p.hours, { one: '# hour', other: '# hours' })} of their working days overlap`,
  matchReasonMeetingVideo: 'both prefer video calls',
  matchReasonMeetingInPerson: 'both prefer meeting in person',
  matchReasonMeetingEither: 'video or in person suits both',
  /** Why the pair was matched, as the pair reads it in their introduction: the programme's words, never scores. */
  introReasonBase: 'The organizers matched you to learn from each other.',
  introReasonSharedTopics: (p: { topics: string }) => `You both care about ${p.topics}.`,
  introReasonDepartments: (p: { mentor: string; mentee: string }) =>
    `You work in different parts of the company (${p.mentor} and ${p.mentee}), so each of you sees what the other doesn't.`,
  introReasonSeniority: 'One of you is newer in their career and the other has many years behind them: the mix reverse mentoring is built on.',
  introReasonHours: 'Your working days overlap well, so finding a time should be easy.',
  introReasonMeetingVideo: 'You both like to meet by video.',
  introReasonMeetingInPerson: 'You both like to meet in person.',
  introReasonMeetingEither: 'Video or in person suits you both.',
  matchRunNotFound: "I can't find that preview any more. Run `/reverse-mentor match` again.",
  matchSuperseded: 'A newer preview has replaced this one. Confirm the newest preview, or re-run.',
  matchStale: 'Someone joined, left or changed since this preview, so I did not confirm it. Re-run to see fresh pairs.',
  matchAlreadyConfirmed: (p: { name: string }) => `*${p.name}* is already confirmed. Nothing was changed.`,
  matchConfirmed: (p: { name: string; pairs: number; unmatched: number }) =>
    `Confirmed: *${pairs(p.pairs)}* in *${p.name}*, ${p.unmatched === 0 ? 'everyone with a match' : `${p.unmatched} without a match`}. Introductions are going out now; ` +
    "I'll keep you posted in our direct messages.",
  matchProgress: (p: { name: string; introduced: number; total: number; told: number; unmatched: number }) =>
    `Introducing pairs in *${p.name}*: ${p.introduced} of ${pairs(p.total)} introduced so far` +
    (p.unmatched > 0 ? `, ${p.told} of ${people(p.unmatched)} without a match told.` : '.'),
  matchProgressDone: (p: { name: string; pairs: number; told: number }) =>
    `*${p.name}*: ${p.pairs === 1 ? 'the pair' : `all ${pairs(p.pairs)}`} introduced` +
    (p.told > 0 ? `; ${people(p.told)} told they're first in line` : '') +
    '. :tada:',
  matchProgressDonePartly: (p: { name: string; introduced: number; total: number; told: number; unmatched: number }) =>
    `*${p.name}*: ${p.introduced} of ${pairs(p.total)} introduced` +
    (p.unmatched > 0 ? `; ${p.told} of ${people(p.unmatched)} without a match told they're first in line.` : '.'),
  matchProgressCheck: (p: { failed: number; unknown: number; people: string }) =>
    `${count(p.failed, { one: '# message', other: '# messages' })} could not be delivered and ${p.unknown} may not have arrived ` +
    `(the app stopped while sending). Please check on them by hand: ${p.people}`,
  matchProgressSkipped: (p: { count: number }) =>
    `${count(p.count, { one: '# message was', other: '# messages were' })} not sent because the pairing ended or someone left first.`,
  introText: (p: { mentor: string; mentee: string }) => `Meet your reverse-mentoring partner: ${p.mentor} and ${p.mentee}`,
  introHeader: 'Meet your reverse-mentoring partner :wave:',
  introWho: (p: { mentor: string; mentorDepartment: string; mentee: string; menteeDepartment: string; cohort: string }) =>
    `${p.mentor} (${p.mentorDepartment}) is the mentor and ${p.mentee} (${p.menteeDepartment}) the mentee in *${p.cohort}*. Welcome, both of you!`,
  introWhy: (p: { reasons: string }) => `*Why you two*\n${p.reasons}`,
  introRules: (p: { mentee: string }) =>
    `*Ground rules*\n• What you say stays between the two of you. That you're paired is not a secret.\n` +
    `• ${p.mentee} books the first meeting.\n• Meet for 45–60 minutes, and keep every appointment.`,
  introFirstStep: (p: { mentee: string }) =>
    `*First step:* ${p.mentee}, book 45–60 minutes in the coming week. Start by telling each other why you joined and what you hope to learn.`,
  introPromptsWeekly: (p: { sessions: number }) =>
    `Every week I'll post a topic and a few questions here to get you going: ${count(p.sessions, { one: '# session', other: '# sessions' })} in all.`,
  introPromptsBiweekly: (p: { sessions: number }) =>
    `Every other week I'll post a topic and a few questions here to get you going: ${count(p.sessions, { one: '# session', other: '# sessions' })} in all.`,
  unmatchedDm: (p: { cohort: string }) =>
    `The pairs for *${p.cohort}* are set, and this time there wasn't a match that fit you. That's down to numbers, not to you. ` +
    "You're first in line for the next cohort, and you'll hear from me as soon as you're paired.",
};
