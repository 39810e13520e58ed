export const matching = {
  matchNoEnrollingCohort:
    "There's no cohort enrolling right now. Name the one to match, for example `/reverse-mentor match 3`, or create one with `/reverse-mentor cohort new`.",
  matchCohortNotFound: (p: { input: string }) => `I can't find a cohort called “${p.input}”. \`/reverse-mentor cohort list\` shows them all.`,
  matchCohortAlreadyMatched: (p: { name: string; id: number }) =>
    `*${p.name}* (#${p.id}) is already matched. Use \`/reverse-mentor pair\` and \`unpair\` for changes.`,
  matchCohortCompleted: (p: { name: string; id: number }) => `*${p.name}* (#${p.id}) is completed, so there's nothing to match.`,
  matchNobodyToMatch: (p: { name: string }) => `*${p.name}* needs at least one mentor and one mentee before I can match it.`,
  matchComputing: (p: { name: string; count: number }) => `Matching ${p.count} people in *${p.name}*. The preview follows in a moment.`,
  matchPreviewHeader: (p: { name: string }) => `Match preview: ${p.name}`,
  matchPreviewTotals: (p: { pairs: number; unmatched: number; total: number; average: number }) =>
    `*${p.pairs} pairs* · total score ${p.total} (average ${p.average}) · ${p.unmatched} unmatched`,
  matchPreviewPair: (p: { mentor: string; mentee: string; score: number }) => `${p.mentor} mentors ${p.mentee} · score ${p.score}`,
  matchPreviewMore: (p: { count: number }) => `…and ${p.count} more pairs, not shown here.`,
  matchPreviewUnmatched: (p: { people: string }) => `*Unmatched* (first in line for the next cohort): ${p.people}`,
  matchPreviewUnmatchedMore: (p: { count: number }) => `and ${p.count} more`,
  matchPreviewEveryonePaired: 'Everyone has a partner.',
  matchPreviewNoPairs: 'No pairs are possible under the rules. Check who is enrolled, then re-run.',
  matchPreviewHint:
    'Confirm to create these pairs and send each pair its introduction. Re-run to compute again with the latest profiles.',
  matchConfirmButton: 'Confirm and introduce',
  matchRerunButton: 'Re-run',
  matchReasonBase: 'a good fit under the programme rules',
  matchReasonSharedTopics: (p: { count: number; topics: string }) =>
    p.count === 1 ? `1 shared topic: ${p.topics}` : `${p.count} shared topics: ${p.topics}`,
  matchReasonDepartments: (p: { mentor: string; mentee: string }) => `different departments (${p.mentor} and ${p.mentee})`,
  matchReasonSeniority: (p: { count: number }) => (p.count === 1 ? 'seniority gap of 1 band' : `seniority gap of ${p.count} bands`),
  matchReasonHours: (p: { hours: number }) => `${p.hours} h of shared working hours`,
  matchReasonMeetingVideo: 'both prefer video calls',
  matchReasonMeetingInPerson: 'both prefer meeting in person',
  matchReasonMeetingEither: 'video or in person suits both',
  matchRunNotFound: "I can't find that preview any more. Run `/reverse-mentor match` again.",
  matchSuperseded: 'A newer preview has replaced this one. Confirm the newest preview, or re-run.',
  matchStale: 'Someone joined, left or changed since this preview, so I did not confirm it. Re-run to see fresh pairs.',
  matchAlreadyConfirmed: (p: { name: string }) => `*${p.name}* is already confirmed. Nothing was changed.`,
  matchConfirmed: (p: { name: string; pairs: number; unmatched: number }) =>
    `Confirmed: *${p.pairs} pairs* in *${p.name}*, ${p.unmatched} unmatched. Introductions are going out now; I'll keep you posted in our DM.`,
  matchProgress: (p: { name: string; introduced: number; total: number; told: number; unmatched: number }) =>
    `Introducing pairs in *${p.name}*: ${p.introduced} of ${p.total} introduced so far` +
    (p.unmatched > 0 ? `, ${p.told} of ${p.unmatched} unmatched people told.` : '.'),
  matchProgressDone: (p: { name: string; pairs: number; told: number }) =>
    `*${p.name}*: ${p.pairs === 1 ? 'the pair' : `all ${p.pairs} pairs`} introduced` +
    (p.told > 0 ? `; ${p.told} ${p.told === 1 ? 'person' : 'people'} told they're first in line` : '') +
    '. :tada:',
  matchProgressDonePartly: (p: { name: string; introduced: number; total: number; told: number; unmatched: number }) =>
    `*${p.name}*: ${p.introduced} of ${p.total} pairs introduced` +
    (p.unmatched > 0 ? `; ${p.told} of ${p.unmatched} unmatched people told they're first in line.` : '.'),
  matchProgressCheck: (p: { failed: number; unknown: number; people: string }) =>
    `${p.failed} could not be delivered and ${p.unknown} may not have arrived (the app stopped mid-send). Please check on them by hand: ${p.people}`,
  matchProgressSkipped: (p: { count: number }) => `${p.count} skipped because the pairing ended or someone left first.`,
  introText: (p: { mentor: string; mentee: string }) => `Meet your reverse-mentoring partner: ${p.mentor} and ${p.mentee}`,
  introHeader: 'Meet your reverse-mentoring partner :wave:',
  introWho: (p: { mentor: string; mentorDepartment: string; mentee: string; menteeDepartment: string; cohort: string }) =>
    `${p.mentor} (${p.mentorDepartment}) is the mentor and ${p.mentee} (${p.menteeDepartment}) the mentee in *${p.cohort}*. Welcome, both of you!`,
  introWhy: (p: { reasons: string }) => `*Why you two*\n${p.reasons}`,
  introRules: (p: { mentee: string }) =>
    `*Ground rules*\n• What you say stays between the two of you. That you're a pair is not a secret.\n` +
    `• ${p.mentee} books the first meeting.\n• Meet for 45–60 minutes, and keep every appointment.`,
  introFirstStep: (p: { mentee: string }) =>
    `*First step:* ${p.mentee}, book 45–60 minutes in the coming week. Start by telling each other why you joined and what you hope to learn.`,
  introPromptsWeekly: "Every week I'll post a topic and a few questions here to get you going.",
  introPromptsBiweekly: "Every other week I'll post a topic and a few questions here to get you going.",
  unmatchedDm: (p: { cohort: string }) =>
    `The pairs for *${p.cohort}* are set, and this time there wasn't a partner who fit you. That's down to numbers, not to you. ` +
    "You're first in line for the next cohort, and you'll hear from me as soon as you're paired.",
};
