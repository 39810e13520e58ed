import { plural } from '../catalog';

const count = plural('en');
const weeks = (n: number) => count(n, { one: '# week', other: '# weeks' });
const people = (n: number) => count(n, { one: '# person', other: '# people' });

export const cohorts = {
  cohortUsage: 'Use `/reverse-mentor cohort new`, `cohort list` or `cohort close <number>`.',
  cohortCloseUsage:
    'Say which cohort to close, for example `/reverse-mentor cohort close 3`. `/reverse-mentor cohort list` shows the numbers.',
  cohortEnrollingExists: (p: { name: string; id: number }) =>
    `*${p.name}* (#${p.id}) is still enrolling. Match it with \`/reverse-mentor match\` or close it with ` +
    `\`/reverse-mentor cohort close ${p.id}\` before you start a new one.`,
  cohortNotFound: (p: { id: number }) => `There's no cohort #${p.id}. \`/reverse-mentor cohort list\` shows them all.`,
  cohortAlreadyCompleted: (p: { name: string; id: number }) => `*${p.name}* (#${p.id}) is already completed.`,
  cohortModalTitle: 'New cohort',
  cohortModalSubmit: 'Create',
  cohortModalIntro:
    'Everyone waiting for a cohort is enrolled as soon as you create it, and people who join later are added until you match.',
  cohortNameLabel: 'Name',
  cohortNamePlaceholder: 'e.g. Spring 2027',
  cohortStartLabel: 'Start date',
  cohortWeeksLabel: 'Length in weeks',
  cohortWeeksHint: (p: { min: number; max: number }) => `From ${p.min} to ${weeks(p.max)}.`,
  cohortCadenceLabel: 'How often pairs get a prompt',
  cadenceWeekly: 'Every week',
  cadenceBiweekly: 'Every other week',
  cohortNudgeDayLabel: 'Prompt day',
  weekdayMon: 'Monday',
  weekdayTue: 'Tuesday',
  weekdayWed: 'Wednesday',
  weekdayThu: 'Thursday',
  weekdayFri: 'Friday',
  cohortNudgeTimeLabel: 'Prompt time',
  cohortNudgeTimeHint: "In the cohort's time zone. Each pair gets its prompt once it is at least this late for both of them.",
  cohortTimezoneLabel: 'Cohort time zone',
  cohortTimezoneHint: 'For the dates above, and for anyone whose own time zone is unknown.',
  cohortChannelLabel: 'Channel for summaries',
  cohortChannelHint:
    'Summaries are posted here, and they quote the reflections people choose to share, so pick a channel whose members may read them. ' +
    'Invite me to it so I can post there.',
  cohortCapacityLabel: 'Mentees per mentor',
  cohortCapacityOption: (p: { count: number }) => count(p.count, { one: '# mentee', other: '# mentees' }),
  errorCohortNameRequired: 'Give the cohort a name.',
  errorCohortStartRequired: 'Pick a start date.',
  errorCohortStartInvalid: "That date isn't in the calendar. Pick one with the date picker.",
  errorCohortStartPast: "That date has already passed in the cohort's time zone. Pick today or later.",
  errorCohortWeeks: (p: { min: number; max: number }) => `Enter a whole number of weeks from ${p.min} to ${p.max}.`,
  errorCohortWeeksBiweekly: (p: { min: number }) => `With a prompt every other week, a cohort needs at least ${weeks(p.min)}.`,
  errorCohortTime: 'Pick a time.',
  errorCohortTimezone: 'Pick a time zone from the list.',
  errorCohortChannelRequired: 'Pick a channel for the summaries.',
  errorCohortChannelInvalid: 'Pick a public or private channel, not a direct message.',
  errorCohortCapacity: (p: { min: number; max: number }) => `Choose from ${p.min} to ${count(p.max, { one: '# mentee', other: '# mentees' })} per mentor.`,
  /** Shown in the modal (plain text, so the name is as typed). */
  errorCohortEnrollingExists: (p: { name: string; id: number }) =>
    `${p.name} (#${p.id}) is still enrolling. Match or close it before you start a new one.`,
  cohortCreated: (p: { name: string; enrolled: number }) =>
    `*${p.name}* is open for enrolment. ` +
    (p.enrolled === 0
      ? 'Nobody was waiting, so it starts empty; people who join now are added.'
      : `${count(p.enrolled, { one: '# person who was waiting is', other: '# people who were waiting are' })} enrolled.`),
  cohortDetails: (p: { start: string; weeks: number; sessions: number; cadence: string; day: string; time: string; timezone: string; channel: string; capacity: number }) =>
    `*Starts:* ${p.start}\n*Length:* ${weeks(p.weeks)}, ${count(p.sessions, { one: '# session', other: '# sessions' })}\n` +
    `*How often:* ${p.cadence}\n*Prompts:* ${p.day} at ${p.time} (${p.timezone})\n` +
    `*Summaries:* ${p.channel}\n*Mentees per mentor:* ${p.capacity}`,
  cohortCreatedNext: (p: { channel: string }) =>
    `Invite me to ${p.channel} with \`/invite @Reverse Mentor\` so I can post summaries there. When enrolment is done, run \`/reverse-mentor match\`.`,
  cohortListHeader: 'Cohorts',
  cohortListLine: (p: { id: number; name: string; status: string; start: string; weeks: number; cadence: string; enrolled: number; channel: string }) =>
    `*#${p.id} ${p.name}* — ${p.status}\nStarts ${p.start} · ${weeks(p.weeks)} · ${p.cadence} · ${p.enrolled} enrolled · summaries in ${p.channel}`,
  cohortListMore: (p: { shown: number; total: number }) => `Showing the ${p.shown} newest of ${count(p.total, { one: '# cohort', other: '# cohorts' })}.`,
  cohortCloseQuestionEnrolling: (p: { name: string; id: number; enrolled: number }) =>
    `Close *${p.name}* (#${p.id})? It hasn't been matched yet, so everyone enrolled (${people(p.enrolled)}) waits for the next cohort.`,
  cohortCloseQuestionActive: (p: { name: string; id: number }) =>
    `Close *${p.name}* (#${p.id})? It is marked completed and its pairs get no more prompts.`,
  cohortCloseConfirm: 'Close cohort',
  cohortCloseKeep: 'Keep it',
  cohortClosedEnrolling: (p: { name: string; enrolled: number }) =>
    `*${p.name}* is closed. Everyone who was enrolled (${people(p.enrolled)}) goes into the next cohort you create.`,
  cohortClosedActive: (p: { name: string }) => `*${p.name}* is closed and marked completed.`,
  cohortCloseKept: 'Nothing changed. The cohort stays as it is.',
};
