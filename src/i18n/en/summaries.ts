export const summaries = {
  summaryPercent: (p: { value: string }) => `${p.value}%`,
  summaryDecimalSeparator: '.',
  summaryHeader: (p: { cohort: string; cycle: number; cycles: number }) => `${p.cohort}: week ${p.cycle} of ${p.cycles}`,
  summaryHeaderBeforeFirst: (p: { cohort: string }) => `${p.cohort}: before the first week`,
  summaryStartsOn: (p: { cohort: string; date: string }) => `*${p.cohort}* starts on ${p.date}, when every pair gets its first prompt.`,
  summaryFallback: (p: {
    cohort: string;
    cycle: number;
    cycles: number;
    met: number;
    prompted: number;
    meetingRate: string;
    reflections: number;
    responseRate: string;
  }) =>
    `${p.cohort}, week ${p.cycle} of ${p.cycles}: ${p.met} of ${p.prompted} pairs met (${p.meetingRate}), ` +
    `${p.reflections} reflections (${p.responseRate}).`,
  summaryFallbackBeforeFirst: (p: { cohort: string }) => `${p.cohort} has not started yet.`,
  summaryPeople: (p: { mentors: number; mentees: number; pairs: number; unmatched: number; paused: number; left: number }) =>
    `*People:* ${p.mentors} mentors and ${p.mentees} mentees enrolled · ${p.pairs} pairs · ${p.unmatched} without a partner · ` +
    `${p.paused} paused · ${p.left} left`,
  summaryMeetings: (p: { cycle: number; met: number; prompted: number; rate: string }) =>
    `*Meetings:* ${p.met} of ${p.prompted} pairs met in week ${p.cycle} (${p.rate}).`,
  summaryMeetingsSoFar: (p: { met: number; prompted: number; rate: string }) =>
    `So far, ${p.met} of ${p.prompted} weekly prompts led to a meeting (${p.rate}).`,
  summaryNoPromptsThisCycle: (p: { cycle: number }) => `*Meetings:* no prompts went out in week ${p.cycle}.`,
  summaryReflections: (p: { cycle: number; count: number; members: number; rate: string }) =>
    `*Reflections:* ${p.count} written on week ${p.cycle}, from ${p.members} people prompted (${p.rate}).`,
  summaryRatings: (p: { average: string; count: number }) => `*Ratings so far:* ${p.average} out of 5 on average, from ${p.count} ratings.`,
  summaryRatingsTooFew: (p: { count: number }) =>
    `*Ratings so far:* too few to show (${p.count}). An average appears from 3 ratings on, so nobody's own rating can be read from it.`,
  summaryTopics: (p: { topics: string }) => `*Most discussed:* ${p.topics}`,
  summaryTopicCount: (p: { title: string; count: number }) => `${p.title} (${p.count})`,
  summaryTopicsNone: '*Most discussed:* no meetings recorded yet.',
  summaryHighlightsHeader: (p: { cycle: number }) => `*Shared from week ${p.cycle}*`,
  summaryHighlightsNone: (p: { cycle: number }) => `Nobody has shared a reflection from week ${p.cycle} yet.`,
  summaryHighlightNextStep: 'Next:',
  summaryHighlightAnonymous: 'a participant',
  summaryPrivacyNote:
    'Counts include everyone. A reflection is quoted only when its author chose to share it; private ones, and goals, never appear.',
  summaryChartTitle: (p: { cohort: string }) => `${p.cohort}: meetings and reflections per week`,
  summaryChartWeek: (p: { cycle: number }) => `Week ${p.cycle}`,
  summaryChartMeetingRate: 'Pairs that met',
  summaryChartReflectionRate: 'People who reflected',
  summaryChartAxis: 'Share of those prompted',
  summaryChartAltWeek: (p: { cycle: number; met: string; reflected: string }) => `Week ${p.cycle}: ${p.met} met, ${p.reflected} reflected`,
  summaryChartComment: (p: { cohort: string; cycle: number; cycles: number }) =>
    `Meetings and reflections per week in *${p.cohort}*, up to week ${p.cycle} of ${p.cycles}.`,
  summaryPosted: (p: { cohort: string }) => `The summary of *${p.cohort}* is posted in this channel.`,
  summaryPostedWithoutChart: (p: { cohort: string }) =>
    `The summary of *${p.cohort}* is posted in this channel, but its chart could not be uploaded. The figures are all in the text.`,
  summaryNotInChannel:
    "I can't post in this conversation yet. In a channel, invite me with `/invite @Reverse Mentor` and run the command again. " +
    'In a direct message with someone else, run it in a channel instead.',
  summaryChannelArchived: 'This channel is archived, so nobody can post in it. Run the command in another channel.',
  summaryCannotPost: (p: { code: string }) =>
    `Slack didn't let me post here (\`${p.code}\`). Try a channel I'm in, or invite me with \`/invite @Reverse Mentor\`.`,
  summaryPrivateNote: 'Only you can see what follows: it names people, so it never goes in a channel.',
  summaryPrivatePair: (p: { mentor: string; mentee: string }) => `${p.mentor} (mentor) and ${p.mentee} (mentee):`,
  summaryPrivateAtRisk: (p: { count: number }) => `*Pairs that may need a hand (${p.count})*`,
  summaryPrivateNeverReflected: (p: { count: number }) => `*Not a single reflection yet (${p.count})*`,
  summaryPrivateUndelivered: (p: { count: number }) => `*Prompts that did not arrive (${p.count})*`,
  summaryPrivatePromptFailed: (p: { cycle: number; pair: string; code: string }) => `Week ${p.cycle}, ${p.pair} failed (\`${p.code}\`).`,
  summaryPrivatePromptUnknown: (p: { cycle: number; pair: string }) =>
    `Week ${p.cycle}, ${p.pair} may not have arrived: the app stopped while posting it, and it is never sent twice.`,
  summaryPrivateAllWell: (p: { cohort: string }) =>
    `In *${p.cohort}*, no pair is at risk, everyone has reflected at least once, and every prompt arrived.`,
  summaryAndMore: (p: { count: number }) => `and ${p.count} more`,
  summaryNoActiveCohort: (p: { command: string }) =>
    `No cohort is running right now. Name one: \`/reverse-mentor ${p.command} <name or id>\` (\`/reverse-mentor cohort list\` shows them).`,
  summarySeveralActive: (p: { command: string; cohorts: string; example: number }) =>
    `Several cohorts are running: ${p.cohorts}. Name one, for example \`/reverse-mentor ${p.command} ${p.example}\`.`,
  summaryCohortNotFound: (p: { input: string }) => `I can't find a cohort called “${p.input}”. \`/reverse-mentor cohort list\` shows them all.`,
};
