import { plural } from '../catalog';

const count = plural('en');
const pairs = (n: number) => count(n, { one: '# pair', other: '# pairs' });
const people = (n: number) => count(n, { one: '# person', other: '# people' });
const reflectionsOf = (n: number) => count(n, { one: '# reflection', other: '# reflections' });

export const summaries = {
  summaryPercent: (p: { value: string }) => `${p.value}%`,
  summaryDecimalSeparator: '.',
  summaryHeader: (p: { cohort: string; cycle: number; cycles: number }) => `${p.cohort}: session ${p.cycle} of ${p.cycles}`,
  summaryHeaderBeforeFirst: (p: { cohort: string }) => `${p.cohort}: before the first session`,
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
    `${p.cohort}, session ${p.cycle} of ${p.cycles}: ${p.met} of ${pairs(p.prompted)} met (${p.meetingRate}), ` +
    `${reflectionsOf(p.reflections)} (${p.responseRate}).`,
  summaryFallbackInProgress: (p: { cohort: string; cycle: number; cycles: number; met: number; prompted: number }) =>
    `${p.cohort}, session ${p.cycle} of ${p.cycles}, in progress: ${p.met} of ${pairs(p.prompted)} have met so far.`,
  summaryFallbackBeforeFirst: (p: { cohort: string }) => `${p.cohort} has not started yet.`,
  summaryPeople: (p: { mentors: number; mentees: number; pairs: number; unmatched: number; paused: number; left: number }) =>
    `*People:* ${count(p.mentors, { one: '# mentor', other: '# mentors' })} and ${count(p.mentees, { one: '# mentee', other: '# mentees' })} enrolled · ` +
    `${pairs(p.pairs)} · ${p.unmatched} without a match · ${p.paused} paused · ${p.left} left`,
  summaryMeetings: (p: { cycle: number; met: number; prompted: number; rate: string }) =>
    `*Meetings:* ${p.met} of ${pairs(p.prompted)} met in session ${p.cycle} (${p.rate}).`,
  summaryMeetingsInProgress: (p: { cycle: number; met: number; prompted: number }) =>
    `*Meetings:* session ${p.cycle} is in progress; ${p.met} of ${pairs(p.prompted)} have met so far.`,
  summaryMeetingsSoFar: (p: { met: number; prompted: number; rate: string }) =>
    `Over the finished sessions, ${p.met} of ${count(p.prompted, { one: '# prompt', other: '# prompts' })} led to a meeting (${p.rate}).`,
  summaryNoPromptsThisCycle: (p: { cycle: number }) => `*Meetings:* no prompts went out for session ${p.cycle}.`,
  summaryReflections: (p: { cycle: number; count: number; members: number; rate: string }) =>
    `*Reflections:* ${p.count} written on session ${p.cycle}, from ${people(p.members)} prompted (${p.rate}).`,
  summaryReflectionsInProgress: (p: { cycle: number; count: number; members: number }) =>
    `*Reflections:* ${p.count} written on session ${p.cycle} so far, from ${people(p.members)} prompted.`,
  summaryRatings: (p: { average: string; count: number }) =>
    `*Ratings so far:* ${p.average} out of 5 on average, from ${count(p.count, { one: '# rating', other: '# ratings' })}.`,
  summaryRatingsTooFew: (p: { count: number }) =>
    `*Ratings so far:* too few to show (${p.count}). An average appears from 3 ratings on, so nobody's own rating can be read from it.`,
  summaryTopics: (p: { topics: string }) => `*Most discussed:* ${p.topics}`,
  summaryTopicCount: (p: { title: string; count: number }) => `${p.title} (${p.count})`,
  summaryTopicsNone: '*Most discussed:* no meetings recorded yet.',
  summaryHighlightsHeader: (p: { cycle: number }) => `*Shared from session ${p.cycle}*`,
  summaryHighlightsNone: (p: { cycle: number }) => `Nobody has shared a reflection from session ${p.cycle} yet.`,
  summaryHighlightNextStep: 'Next:',
  summaryHighlightAnonymous: 'a participant',
  summaryPrivacyNote:
    'Counts include everyone. A reflection is quoted only when its author chose to share it; private ones, and goals, never appear.',
  summaryChartTitle: (p: { cohort: string }) => `${p.cohort}: meetings and reflections per session`,
  summaryChartSession: (p: { cycle: number }) => `Session ${p.cycle}`,
  summaryChartSessionInProgress: (p: { cycle: number }) => `Session ${p.cycle} (in progress)`,
  summaryChartMeetingRate: 'Pairs that met',
  summaryChartReflectionRate: 'People who reflected',
  summaryChartAxis: 'Share of those prompted',
  summaryChartAltSession: (p: { cycle: number; met: string; reflected: string }) => `Session ${p.cycle}: ${p.met} met, ${p.reflected} reflected`,
  summaryChartAltInProgress: (p: { cycle: number }) => `Session ${p.cycle}: in progress`,
  summaryChartComment: (p: { cohort: string; cycle: number; cycles: number }) =>
    `Meetings and reflections per session in *${p.cohort}*, up to session ${p.cycle} of ${p.cycles}.`,
  summaryPosted: (p: { cohort: string }) =>
    `The summary of *${p.cohort}* is posted in this channel. The part that names people is in your direct messages with me.`,
  summaryPostedWithoutChart: (p: { cohort: string }) =>
    `The summary of *${p.cohort}* is posted in this channel, but its chart could not be uploaded; the figures are all in the text. ` +
    'The part that names people is in your direct messages with me.',
  summaryNotInChannel:
    "I can't post in this conversation yet. In a channel, invite me with `/invite @Reverse Mentor` and run the command again. " +
    'In a direct message with someone else, run it in a channel instead.',
  summaryChannelArchived: 'This channel is archived, so nobody can post in it. Run the command in another channel.',
  summaryCannotPost: "Slack didn't let me post here. Try a channel I'm in, or invite me with `/invite @Reverse Mentor` and run the command again.",
  /** The private part, in the organizer's direct messages: it names people, so it never goes in a channel. */
  summaryPrivateLead: (p: { cohort: string; channel: string }) => `You posted the summary of *${p.cohort}* in ${p.channel}. Here is the part that names people.`,
  summaryPrivateNote: 'This is for you alone: it names people, so it never goes in a channel.',
  summaryPrivatePair: (p: { mentor: string; mentee: string }) => `${p.mentor} (mentor) and ${p.mentee} (mentee):`,
  summaryPrivateAtRisk: (p: { count: number }) => `*Pairs that may need a hand (${p.count})*`,
  summaryPrivateNeverReflected: (p: { count: number }) => `*Not a single reflection yet (${p.count})*`,
  summaryPrivateUndelivered: (p: { count: number }) => `*Prompts that did not arrive (${p.count})*`,
  summaryPrivatePromptFailed: (p: { cycle: number; pair: string; reason: string }) => `Session ${p.cycle}, ${p.pair} ${p.reason}`,
  summaryUndeliveredGone: "the group message could not be reached. Check that both still have Slack accounts, then pair them again if needed.",
  summaryUndeliveredInactive: "one of them has a deactivated Slack account.",
  summaryUndeliveredOther: 'Slack refused the message. If it happens again, let whoever runs the app know.',
  summaryPrivatePromptUnknown: (p: { cycle: number; pair: string }) =>
    `Session ${p.cycle}, ${p.pair} may not have arrived: the app stopped while posting it, and it is never sent twice.`,
  summaryPrivateAllWell: (p: { cohort: string }) =>
    `In *${p.cohort}*, no pair is at risk, everyone has reflected at least once, and every prompt arrived.`,
  summaryAndMore: (p: { count: number }) => `and ${p.count} more`,
  summaryNoActiveCohort: (p: { command: string }) =>
    `No cohort is running right now. Name one: \`/reverse-mentor ${p.command} <name or number>\` (\`/reverse-mentor cohort list\` shows them).`,
  summarySeveralActive: (p: { command: string; cohorts: string; example: number }) =>
    `Several cohorts are running: ${p.cohorts}. Name one, for example \`/reverse-mentor ${p.command} ${p.example}\`.`,
  summaryCohortNotFound: (p: { input: string }) => `I can't find a cohort called “${p.input}”. \`/reverse-mentor cohort list\` shows them all.`,
};
