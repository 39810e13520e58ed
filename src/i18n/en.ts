/**
 * English messages. Every string a person reads lives here and in sv.ts (same keys, same parameters).
 * Parameters that carry user text arrive already escaped for mrkdwn (see views/mrkdwn.ts).
 * Voice: warm, brief, second person, one idea per message (PRODUCT.md §11).
 */
export const en = {
  appName: 'Reverse Mentor',
  tryAgain: 'Something went wrong on our side. Please try again in a moment.',
  slackBusy: 'Slack is busy right now. Please try again in a minute.',
  notParticipant: "You haven't joined yet. Type `/reverse-mentor join` to get started.",
  alreadyLeft: "You've left the programme. Type `/reverse-mentor join` if you'd like to come back.",
  notOrganizer: 'That is for programme organizers only. Ask one of them if you need something changed.',

  roleMentor: 'Mentor',
  roleMentee: 'Mentee',
  seniority: (p: { band: string }) => `${p.band} years`,
  seniorityTwentyPlus: 'More than 20 years',
  meetingVideo: 'Video call',
  meetingInPerson: 'In person',
  meetingEither: 'Either works',

  helpIntro:
    'Reverse Mentor pairs people who are newer in their careers (mentors) with senior leaders (mentees). ' +
    'Every pair gets a weekly prompt with a topic and a few questions, and a quiet place to reflect.',
  helpParticipantHeader: '*What you can do*',
  helpJoin: '`/reverse-mentor join` — join, or edit your profile',
  helpStatus: '`/reverse-mentor status` — your role, cohort and partner',
  helpPause: '`/reverse-mentor pause [weeks]` — no prompts for a while (1–12 weeks)',
  helpResume: '`/reverse-mentor resume` — prompts again',
  helpReflect: '`/reverse-mentor reflect` — reflect on your latest meeting',
  helpSuggest: '`/reverse-mentor suggest [text]` — suggest a topic',
  helpTopics: '`/reverse-mentor topics` — see topics and vote',
  helpRematch: '`/reverse-mentor rematch` — ask organizers, privately, for a new partner',
  helpLeave: '`/reverse-mentor leave` — leave the programme',
  helpForgetMe: '`/reverse-mentor forget-me` — delete your personal data',
  helpOrganizerHeader: '*For organizers*',
  helpCohort: '`/reverse-mentor cohort new | list | close <id>` — run cohorts',
  helpMatch: '`/reverse-mentor match [cohort]` — preview and confirm pairs',
  helpPair: '`/reverse-mentor pair @mentor @mentee`, `unpair @user` — manual changes',
  helpSummary: '`/reverse-mentor summary [cohort]` — post the cohort summary here',
  helpExport: '`/reverse-mentor export [cohort]` — CSV to your DM',
  helpTopicsReview: '`/reverse-mentor topics review` — approve or reject suggestions',
  helpOrganizers: '`/reverse-mentor organizers add @user | remove @user | list`',
  unknownCommand: (p: { input: string; suggestion: string }) =>
    `I don't know \`${p.input}\`. Did you mean \`/reverse-mentor ${p.suggestion}\`?`,

  joinTitle: 'Join Reverse Mentor',
  joinEditTitle: 'Edit your profile',
  joinSubmit: 'Join',
  joinSave: 'Save',
  cancel: 'Cancel',
  joinIntro:
    'Reverse mentoring turns the usual setup around: someone newer in their career mentors a senior leader. ' +
    'Tell us a little about yourself and we will find you a good match.',
  roleLabel: 'I want to join as',
  roleMentorDescription: 'Newer in your career: you share your perspective with a senior leader.',
  roleMenteeDescription: 'A senior leader: you want to learn from someone newer in their career.',
  departmentLabel: 'Department',
  departmentPlaceholder: 'e.g. Marketing',
  seniorityLabel: 'Years of professional experience',
  topicsLabel: 'Topics you care about',
  topicsHint: (p: { min: number; max: number }) => `Pick ${p.min} to ${p.max}.`,
  managerLabel: 'Your manager',
  managerHint: 'So we never pair you with your manager or someone who reports to you.',
  goalsLabel: 'What do you hope to get out of it?',
  goalsHint: (p: { max: number }) => `Only you see this. Up to ${p.max} characters.`,
  meetingLabel: 'How would you like to meet?',
  confidentialityLabel: 'Ground rules',
  confidentialityText: 'What we talk about stays between the two of us. The pairing itself is known.',

  errorRoleRequired: 'Choose whether you join as a mentor or a mentee.',
  errorDepartmentRequired: 'Tell us your department.',
  errorTooLong: (p: { max: number }) => `Please keep it to ${p.max} characters or fewer.`,
  errorSeniorityRequired: 'Choose your years of experience.',
  errorTopicsCount: (p: { min: number; max: number }) => `Pick between ${p.min} and ${p.max} topics.`,
  errorTopicUnknown: 'One of those topics is no longer offered. Please pick again.',
  errorManagerSelf: "You can't be your own manager.",
  errorConfidentiality: 'Please agree to the ground rules to join.',
  errorInvalidChoice: 'Please choose one of the options.',

  welcomeMentor:
    "Welcome aboard! :wave: Nobody expects a five-year strategy from you. You're here to guide a leader through " +
    'the digital world, share how your generation sees work, challenge assumptions and give honest feedback on ' +
    'leadership. In return you get rare time with a senior leader — good for your own career too.',
  welcomeMentee:
    'Welcome aboard! :wave: What makes it work: listen more than you talk, book the first meeting, keep every ' +
    'appointment, and ask for feedback on your own style.',
  profileUpdated: 'Your profile is updated. :white_check_mark:',
  profileSummary: (p: { role: string; department: string; topics: string }) =>
    `*Role:* ${p.role}\n*Department:* ${p.department}\n*Topics:* ${p.topics}`,
  enrolledIn: (p: { cohort: string }) => `You're in the *${p.cohort}* cohort. We'll introduce you to your partner once pairs are made.`,
  waitingForCohort: "There's no cohort open right now. You'll be added to the next one automatically.",

  statusHeader: 'Your Reverse Mentor status',
  statusNotJoined: "You haven't joined yet. Type `/reverse-mentor join` — it takes two minutes.",
  statusRole: (p: { role: string }) => `*Role:* ${p.role}`,
  statusCohort: (p: { cohort: string }) => `*Cohort:* ${p.cohort}`,
  statusNoCohort: '*Cohort:* waiting for the next one',
  statusNoPartner: '*Partner:* not matched yet',
  statusPartner: (p: { partners: string }) => `*Partner:* ${p.partners}`,
  statusNextPrompt: (p: { date: string }) => `*Next prompt:* ${p.date}`,
  statusReflections: (p: { count: number }) => `*Your reflections so far:* ${p.count}`,
  statusPaused: (p: { until: string }) => `*Paused* until ${p.until}. \`/reverse-mentor resume\` to start again sooner.`,
  statusLeft: 'You have left the programme.',
  statusActive: '*Status:* active',

  pauseDone: (p: { until: string }) => `Paused. No prompts until ${p.until}; then they start again by themselves.`,
  pauseInvalidWeeks: (p: { max: number }) => `Pause for a whole number of weeks, from 1 to ${p.max}. For example \`/reverse-mentor pause 2\`.`,
  resumeDone: "Welcome back! You'll get prompts again from the next one.",
  notPaused: "You're not paused, so there's nothing to resume.",
  leaveQuestion: 'Leave Reverse Mentor? Your partner and the organizers will be told you have left, not why.',
  leaveConfirm: 'Leave the programme',
  leaveKeep: 'Stay',
  leaveDone: 'You have left the programme. Thank you for taking part. :pray:',
  leaveKept: "Glad you're staying!",
  organizerParticipantLeft: (p: { user: string }) => `${p.user} has left the Reverse Mentor programme.`,
  partnerLeft: (p: { user: string }) =>
    `${p.user} has had to leave the programme. Thank you both for your time together — the organizers will be in touch about what comes next.`,

  homeHeader: 'Reverse Mentor',
  homeJoin: 'Join',
  homeEdit: 'Edit profile',
  homeReflect: 'Reflect',
  homePause: 'Pause a week',
  homeResume: 'Resume',
  homeOrganizerHeader: 'Cohorts',
  homeNoCohorts: 'No cohorts yet. Create one with `/reverse-mentor cohort new`.',
  homeCohortLine: (p: { name: string; status: string; enrolled: number }) => `*${p.name}* — ${p.status}, ${p.enrolled} enrolled`,
  cohortStatusEnrolling: 'enrolling',
  cohortStatusActive: 'active',
  cohortStatusCompleted: 'completed',

  // cohorts and organizers
  cohortUsage: 'Use `/reverse-mentor cohort new`, `cohort list` or `cohort close <id>`.',
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
  cohortWeeksHint: (p: { min: number; max: number }) => `From ${p.min} to ${p.max} weeks.`,
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
  cohortChannelHint: 'Invite me to the channel so I can post there.',
  cohortCapacityLabel: 'Mentees per mentor',
  cohortCapacityOption: (p: { count: number }) => (p.count === 1 ? '1 mentee' : `${p.count} mentees`),
  errorCohortNameRequired: 'Give the cohort a name.',
  errorCohortStartRequired: 'Pick a start date.',
  errorCohortStartInvalid: "That date isn't in the calendar. Pick one with the date picker.",
  errorCohortStartPast: "That date has already passed in the cohort's time zone. Pick today or later.",
  errorCohortWeeks: (p: { min: number; max: number }) => `Enter a whole number of weeks from ${p.min} to ${p.max}.`,
  errorCohortWeeksBiweekly: (p: { min: number }) => `With a prompt every other week, a cohort needs at least ${p.min} weeks.`,
  errorCohortTime: 'Pick a time.',
  errorCohortTimezone: 'Pick a time zone from the list.',
  errorCohortChannelRequired: 'Pick a channel for the summaries.',
  errorCohortChannelInvalid: 'Pick a public or private channel, not a direct message.',
  errorCohortCapacity: (p: { min: number; max: number }) => `Choose from ${p.min} to ${p.max} mentees per mentor.`,
  /** Shown in the modal (plain text, so the name is as typed). */
  errorCohortEnrollingExists: (p: { name: string; id: number }) =>
    `${p.name} (#${p.id}) is still enrolling. Match or close it before you start a new one.`,
  cohortCreated: (p: { name: string; enrolled: number }) =>
    `*${p.name}* is open for enrolment. ` +
    (p.enrolled === 0
      ? 'Nobody was waiting, so it starts empty; people who join now are added.'
      : p.enrolled === 1
        ? '1 person who was waiting is enrolled.'
        : `${p.enrolled} people who were waiting are enrolled.`),
  cohortDetails: (p: { start: string; weeks: number; cadence: string; day: string; time: string; timezone: string; channel: string; capacity: number }) =>
    `*Starts:* ${p.start}\n*Length:* ${p.weeks} weeks\n*How often:* ${p.cadence}\n*Prompts:* ${p.day} at ${p.time} (${p.timezone})\n` +
    `*Summaries:* ${p.channel}\n*Mentees per mentor:* ${p.capacity}`,
  cohortCreatedNext: (p: { channel: string }) =>
    `Invite me to ${p.channel} so I can post summaries there. When enrolment is done, run \`/reverse-mentor match\`.`,
  cohortListHeader: 'Cohorts',
  cohortListLine: (p: { id: number; name: string; status: string; start: string; weeks: number; cadence: string; enrolled: number; channel: string }) =>
    `*#${p.id} ${p.name}* — ${p.status}\nStarts ${p.start} · ${p.weeks} weeks · ${p.cadence} · ${p.enrolled} enrolled · summaries in ${p.channel}`,
  cohortListMore: (p: { shown: number; total: number }) => `Showing the ${p.shown} newest of ${p.total} cohorts.`,
  cohortCloseQuestionEnrolling: (p: { name: string; id: number; enrolled: number }) =>
    `Close *${p.name}* (#${p.id})? It hasn't been matched yet, so everyone enrolled (${p.enrolled}) waits for the next cohort.`,
  cohortCloseQuestionActive: (p: { name: string; id: number }) =>
    `Close *${p.name}* (#${p.id})? It is marked completed and its pairs get no more prompts.`,
  cohortCloseConfirm: 'Close cohort',
  cohortCloseKeep: 'Keep it',
  cohortClosedEnrolling: (p: { name: string; enrolled: number }) =>
    `*${p.name}* is closed. Everyone who was enrolled (${p.enrolled}) goes into the next cohort you create.`,
  cohortClosedActive: (p: { name: string }) => `*${p.name}* is closed and marked completed.`,
  cohortCloseKept: 'Nothing changed. The cohort stays as it is.',
  organizersUsage: 'Use `/reverse-mentor organizers add @person`, `organizers remove @person` or `organizers list`.',
  organizersMentionNeeded: 'Mention exactly one person with @, for example `/reverse-mentor organizers add @ada`.',
  organizerAdded: (p: { user: string }) => `${p.user} is now an organizer.`,
  organizerAlready: (p: { user: string }) => `${p.user} is already an organizer.`,
  organizerUnknownUser: "I can't find that person in this workspace.",
  organizerNotAPerson: 'Apps and deactivated accounts cannot be organizers.',
  organizerRemoved: (p: { user: string }) => `${p.user} is no longer an organizer.`,
  organizerNotInList: (p: { user: string }) => `${p.user} isn't an organizer, so there's nothing to remove.`,
  organizerConfigured: (p: { user: string }) =>
    `${p.user} is an organizer through the app's settings (\`ORGANIZER_USER_IDS\`), so that can't be changed here. Ask whoever runs the app.`,
  organizerLastOne: "You're the only organizer, so you can't step down yet. Add someone else first.",
  organizersListHeader: 'Organizers',
  organizerFromSettings: (p: { user: string }) => `${p.user} — from the app's settings`,
  organizerAddedBy: (p: { user: string; by: string; date: string }) => `${p.user} — added by ${p.by} on ${p.date}`,
  organizerWelcome: (p: { by: string }) =>
    `${p.by} made you an organizer of Reverse Mentor. Type \`/reverse-mentor help\` to see what you can do.`,
  organizerRemovedNotice: (p: { by: string }) => `${p.by} removed your organizer rights in Reverse Mentor.`,
  // topics
  topicSuggestModalTitle: 'Suggest a topic',
  topicSuggestModalSubmit: 'Send suggestion',
  topicSuggestModalIntro: 'What would you like pairs to talk about? The organizers look at every suggestion before it is added.',
  topicTitleLabel: 'Topic',
  topicTitlePlaceholder: 'e.g. Working with AI assistants',
  topicTitleHint: (p: { max: number }) => `A short title, up to ${p.max} characters.`,
  topicDescriptionLabel: 'Why is it worth talking about?',
  topicDescriptionHint: (p: { max: number }) => `Up to ${p.max} characters.`,
  topicErrorTitleRequired: 'Give the topic a title.',
  topicErrorDuplicate: 'That topic is already in the list or waiting for review.',
  topicErrorTooManyPending: (p: { max: number }) =>
    `You already have ${p.max} suggestions waiting for review. Please wait until the organizers have looked at them.`,
  topicSuggestTooLong: (p: { max: number }) =>
    `Please keep the topic to ${p.max} characters or fewer. Want to explain more? Type \`/reverse-mentor suggest\` on its own to open a form with room for that.`,
  topicSuggestThanks: (p: { title: string }) => `Thanks! *${p.title}* is with the organizers now. We'll let you know when they have looked at it.`,
  topicSuggestThanksTitle: 'Thank you!',
  topicModalClose: 'Close',
  topicSuggestionNotice: (p: { user: string; title: string }) =>
    `${p.user} suggested a new topic: *${p.title}*. Review it with \`/reverse-mentor topics review\`.`,
  topicsHeader: 'Topics',
  topicsIntro: 'Vote for the topics you would most like to talk about. Votes help decide what comes up in the weekly prompts.',
  topicsEmpty: 'There are no topics yet. Suggest one with `/reverse-mentor suggest`.',
  topicsSuggestHint: 'Missing something? Suggest a topic with `/reverse-mentor suggest`.',
  topicVoteCount: (p: { count: number }) => (p.count === 0 ? 'No votes yet' : p.count === 1 ? '1 vote' : `${p.count} votes`),
  topicVoteButton: 'Vote',
  topicUnvoteButton: 'Take back vote',
  topicsPageOf: (p: { page: number; pages: number }) => `Page ${p.page} of ${p.pages}`,
  topicsNextPage: 'More topics',
  topicsFirstPage: 'Back to the first page',
  topicsUsage: 'Type `/reverse-mentor topics` to see the topics and vote.',
  topicVoteNotOpen: 'That topic is not open for votes.',
  topicReviewHeader: 'Topic suggestions',
  topicReviewEmpty: 'No suggestions are waiting for review. :sparkles:',
  topicReviewSuggestedBy: (p: { user: string; date: string }) => `Suggested by ${p.user} on ${p.date}`,
  topicReviewSuggestedByFormer: (p: { date: string }) => `Suggested by a former participant on ${p.date}`,
  topicReviewMore: (p: { shown: number; total: number }) =>
    `Showing the ${p.shown} oldest of ${p.total} suggestions. Decide on these to see the rest.`,
  topicApproveButton: 'Approve',
  topicRejectButton: 'Reject',
  topicRejected: (p: { title: string }) => `*${p.title}* is rejected. The person who suggested it has been thanked and told.`,
  topicAlreadyApproved: (p: { title: string }) => `*${p.title}* was already approved, so nothing changed.`,
  topicAlreadyRejected: (p: { title: string }) => `*${p.title}* was already rejected, so nothing changed.`,
  topicSuggestionNotFound: 'That suggestion does not exist.',
  topicApproveModalTitle: 'Approve topic',
  topicApproveModalIntro:
    'Check the wording, then write two or three questions for pairs to talk about. They come with the topic in the weekly prompts.',
  topicQuestionLabel: (p: { number: number }) => `Question ${p.number}`,
  topicQuestionsHint: (p: { language: string; max: number }) => `In ${p.language}, like the suggestion. Up to ${p.max} characters.`,
  topicLanguageEn: 'English',
  topicLanguageSv: 'Swedish',
  topicErrorQuestionRequired: (p: { min: number }) => `Write a question here. Each topic needs at least ${p.min}.`,
  topicApprovedTitle: 'Topic approved',
  topicApproved: (p: { title: string }) =>
    `*${p.title}* is approved. People can now choose it and vote for it, it can come up in the weekly prompts, and the person who suggested it has been told.`,
  topicNotDecidedTitle: 'Nothing changed',
  topicSuggesterApproved: (p: { title: string }) =>
    `Good news! Your topic suggestion *${p.title}* has been approved. People can now choose it when they join, and it may come up in a weekly prompt. Thank you! :tada:`,
  topicSuggesterRejected: (p: { title: string }) =>
    `Thank you for suggesting *${p.title}*. The organizers have decided not to add it this time. Your ideas are always welcome: suggest another any time with \`/reverse-mentor suggest\`.`,
};

type Catalog<T> = { [K in keyof T]: T[K] extends (...args: infer A) => string ? (...args: A) => string : string };

/** The shape every language must fill in: the same keys with the same parameters. */
export type Messages = Catalog<typeof en>;
