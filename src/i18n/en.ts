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

  // matching and introductions
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
  pairUsage: 'Write the mentor first, then the mentee: `/reverse-mentor pair @mentor @mentee`.',
  unpairUsage: 'Mention the person whose pairing should end: `/reverse-mentor unpair @person`.',
  pairNotParticipant: (p: { user: string }) => `${p.user} isn't taking part in Reverse Mentor right now.`,
  pairWrongRoleMentor: (p: { user: string }) =>
    `${p.user} joined as a mentee, so they can't be the mentor. Write the mentor first: \`pair @mentor @mentee\`.`,
  pairWrongRoleMentee: (p: { user: string }) =>
    `${p.user} joined as a mentor, so they can't be the mentee. Write the mentor first: \`pair @mentor @mentee\`.`,
  pairNotInActiveCohort: (p: { user: string }) =>
    `${p.user} isn't in a matched cohort. Manual pairs are for cohorts that have been matched (\`/reverse-mentor match\`).`,
  pairDifferentCohorts: (p: { mentor: string; mentee: string }) => `${p.mentor} and ${p.mentee} are in different cohorts.`,
  pairRuleSamePerson: 'Nobody can be paired with themselves.',
  pairRuleManager: (p: { mentor: string; mentee: string }) =>
    `I can't pair ${p.mentor} with ${p.mentee}: one is the other's manager. The rules never pair anyone with their manager or a direct report.`,
  pairRulePreviousPair: (p: { mentor: string; mentee: string }) =>
    `I can't pair ${p.mentor} with ${p.mentee}: they have been a pair before. The rules never repeat a pair.`,
  pairRuleSeniority: (p: { mentor: string; mentee: string }) =>
    `I can't pair ${p.mentor} with ${p.mentee}: the mentor is more senior than the mentee. In reverse mentoring the mentor is the newer one.`,
  pairRuleCapacity: (p: { mentor: string; count: number; capacity: number }) =>
    `I can't give ${p.mentor} another mentee: they already have ${p.count}, the most this cohort allows (capacity ${p.capacity}).`,
  pairMenteeTaken: (p: { mentee: string; mentor: string }) =>
    `${p.mentee} already has a mentor in this cohort (${p.mentor}). End that pairing first with \`/reverse-mentor unpair\`.`,
  pairAlreadyPaired: (p: { mentor: string; mentee: string }) => `${p.mentor} and ${p.mentee} are already a pair.`,
  pairDone: (p: { mentor: string; mentee: string }) => `Paired ${p.mentor} with ${p.mentee}. Their introduction is on its way.`,
  unpairNoPair: (p: { user: string }) => `${p.user} has no active pair, so there's nothing to end.`,
  unpairDone: (p: { user: string; partners: string }) => `Ended the pairing of ${p.user} with ${p.partners}. Both have been told, kindly.`,
  pairEndedDm: (p: { partners: string; cohort: string }) =>
    `Your pairing with ${p.partners} in *${p.cohort}* has come to an end. That happens, and it's nobody's fault. ` +
    'Thank you for the time you have given. The organizers will be in touch about what comes next.',
  rematchNoPair: "You don't have a partner right now, so there's nothing to rematch. `/reverse-mentor status` shows where you stand.",
  rematchModalTitle: 'Ask for a new partner',
  rematchModalSubmit: 'Send',
  rematchModalIntro: 'Only the organizers see this. Your partner is not told that you asked.',
  rematchPartnerLabel: 'Which pairing?',
  rematchReasonLabel: "What isn't working? (optional)",
  rematchReasonHint: (p: { max: number }) => `Up to ${p.max} characters. Only the organizers read it.`,
  rematchWhichPartner: 'You have more than one partner. Say which one: `/reverse-mentor rematch @partner [reason]`.',
  rematchDone: "Thanks for telling us. The organizers will get back to you privately, and your partner isn't told.",
  rematchOrganizerNotice: (p: { user: string; partner: string; cohort: string }) =>
    `${p.user} asks for a new partner in *${p.cohort}* (paired with ${p.partner}). Their partner has not been told.`,
  rematchOrganizerReason: (p: { reason: string }) => `*Reason:*\n${p.reason}`,
  rematchOrganizerNoReason: 'No reason given.',
  // weekly prompts
  promptHeader: (p: { cycle: number; cycles: number }) => `Week ${p.cycle} of ${p.cycles}`,
  promptClosingHeader: (p: { cycle: number; cycles: number }) => `Week ${p.cycle} of ${p.cycles}: the last one`,
  promptFallback: (p: { cycle: number; cycles: number; title: string }) => `Week ${p.cycle} of ${p.cycles}: ${p.title}`,
  promptIntro: "Time for this week's conversation. Find a slot that suits you both; 45–60 minutes is plenty.",
  promptClosingIntro: 'This is the last prompt of the programme. Thank you both for the time you have given each other.',
  promptTopic: (p: { title: string; description: string }) => `*This week's topic: ${p.title}*\n${p.description}`,
  promptQuestionsHeader: '*A few questions to start with*',
  promptMeetBy: (p: { date: string }) => `Try to meet before ${p.date}, when the next prompt arrives.`,
  promptFinalReflection: (p: { date: string }) =>
    `Before ${p.date}, please each write a final reflection: what did you learn, and what will you take with you?`,
  promptMet: 'We met',
  promptSkip: 'Skip this week',
  promptReflect: 'Reflect',
  promptFinalReflect: 'Write a final reflection',
  promptNewTopic: 'New topic',
  promptMarkedMet: (p: { user: string }) => `✅ ${p.user} marked that you met`,
  promptMarkedSkipped: (p: { user: string }) => `⏭️ ${p.user} marked that you're skipping this week`,
  promptNotYours: 'These buttons belong to the pair this prompt was sent to.',
  promptNoOtherTopic: 'There are no other topics to switch to right now.',
  promptGone: 'This prompt is no longer available.',
  reminderText: (p: { cycle: number }) =>
    `A gentle nudge about week ${p.cycle}: a short reflection takes two minutes and makes your next meeting even better.`,
  reminderClosingText: 'The programme is coming to an end. A short final reflection takes two minutes and helps the next cohort too.',
  // reflections and privacy
  reflectionTitle: 'Reflection',
  reflectionFinalTitle: 'Final reflection',
  reflectionSave: 'Save',
  reflectionClose: 'Close',
  reflectionIntro: (p: { cycle: number; cycles: number; topic: string }) => `*Week ${p.cycle} of ${p.cycles}: ${p.topic}*`,
  reflectionIntroMentee: 'A few minutes now helps you get more out of your next meeting.',
  reflectionIntroMentor: 'Your perspective is what makes this work. A few minutes now makes the next conversation even better.',
  reflectionPrivacyNote: 'Your partner never sees your reflection. Only you can read what you write, unless you choose to share it below.',
  reflectionEditNote: (p: { date: string }) => `You can change it until ${p.date}.`,
  reflectionMetLabelMentee: 'Did you meet your mentor?',
  reflectionMetLabelMentor: 'Did you meet your leader?',
  reflectionMetYes: 'Yes, we met',
  reflectionMetNo: "No, we didn't",
  reflectionMetRescheduled: 'We moved it to another day',
  reflectionRatingLabelMentee: 'How useful was the conversation for you?',
  reflectionRatingLabelMentor: 'How did the conversation go for you?',
  reflectionRatingHint: 'Needed if you met: 1 is poor, 5 is great.',
  reflectionRating1: '1 – Poor',
  reflectionRating2: '2 – Not great',
  reflectionRating3: '3 – OK',
  reflectionRating4: '4 – Good',
  reflectionRating5: '5 – Great',
  reflectionTopicLabel: 'What did you talk about?',
  reflectionLearnedLabelMentee: 'What did you learn from your mentor?',
  reflectionLearnedLabelMentor: "What did you notice about your leader's questions?",
  reflectionNextStepLabelMentee: 'What will you try before you next meet?',
  reflectionNextStepLabelMentor: 'What would you like to explore with your leader next time?',
  reflectionTextHint: (p: { max: number }) => `Optional. Up to ${p.max} characters.`,
  reflectionSharingLabel: 'Who may read what you wrote?',
  reflectionSharingPrivate: 'Only me',
  reflectionSharingPrivateHint: 'Organizers see only that you reflected, and your rating in totals.',
  reflectionSharingAnonymous: 'Organizers, without my name',
  reflectionSharingAnonymousHint: 'It may be quoted in programme summaries, with no name.',
  reflectionSharingNamed: 'Organizers, with my name',
  reflectionSharingNamedHint: 'It may be quoted in programme summaries, with your name.',
  reflectionErrorMet: 'Tell us whether you met.',
  reflectionErrorRating: 'You met, so please rate the conversation.',
  reflectionErrorTopic: 'That topic is no longer offered. Please pick another.',
  reflectionSaved: (p: { cycle: number }) => `Thanks! Your reflection on week ${p.cycle} is saved.`,
  reflectionUpdated: (p: { cycle: number }) => `Your reflection on week ${p.cycle} is updated.`,
  reflectionSavedPrivate: 'Only you can read what you wrote.',
  reflectionSavedAnonymous: 'Organizers may quote it in summaries, without your name.',
  reflectionSavedNamed: 'Organizers may quote it in summaries, with your name.',
  reflectionSavedEditable: (p: { date: string }) => `You can change it until ${p.date}: just press Reflect again.`,
  reflectionNoPrompt: "There's nothing to reflect on yet. Your first prompt arrives once you're paired.",
  reflectionNotYours: "This prompt belongs to another pair, so you can't reflect on it.",
  reflectionClosed: (p: { cycle: number }) =>
    `Reflections on week ${p.cycle} are closed now that the next week has begun. Your latest prompt has its own Reflect button.`,
  reflectionClosedFinal: 'The programme has ended, so reflections are closed. Thank you for taking part!',
  atRiskHeader: 'A pair may need a hand',
  atRiskText: (p: { cohort: string; cycle: number; cycles: number; mentor: string; mentee: string }) =>
    `*${p.cohort}*, week ${p.cycle} of ${p.cycles}: ${p.mentor} (mentor) and ${p.mentee} (mentee).`,
  atRiskTextBeforeFirst: (p: { cohort: string; mentor: string; mentee: string }) =>
    `*${p.cohort}*, before the first prompt: ${p.mentor} (mentor) and ${p.mentee} (mentee).`,
  atRiskReasonNotMet: "They haven't met for their last two prompts.",
  atRiskReasonLowRating: 'One of them rated their latest conversation 1 or 2 out of 5.',
  atRiskReasonRematch: 'One of them has asked for a new partner.',
  atRiskFooter: 'Only organizers get this, and nothing anyone wrote is shared. A short, private check-in with each of them often helps.',
  atRiskFallback: (p: { cohort: string }) => `A pair in ${p.cohort} may need a hand.`,
  formerParticipant: 'a former participant',
  forgetMeQuestion:
    'Delete your personal data from Reverse Mentor? Your profile, topics, goals, votes and everything you wrote in reflections ' +
    'will be deleted, and a pairing you are in will end. Totals (such as how many pairs met) keep counting you as a former ' +
    'participant, with no name. Messages already sent in Slack stay where they are. This cannot be undone.',
  forgetMeConfirm: 'Delete my data',
  forgetMeKeep: 'Keep my data',
  forgetMeKept: 'Nothing was deleted. You can ask again any time with `/reverse-mentor forget-me`.',
  forgetMeDone:
    "Done. Your personal data is deleted from Reverse Mentor, and in totals you're now a former participant with no name. " +
    "Thank you for the time you gave. You're always welcome back with `/reverse-mentor join`.",
  forgetMePartnerNotice: (p: { cohort: string }) =>
    `Your partner in *${p.cohort}* has left Reverse Mentor, so your pairing has ended. That's nobody's fault. ` +
    'The organizers will be in touch about a new partner.',
  forgetMeOrganizerNotice: (p: { partner: string; cohort: string }) =>
    `${p.partner}'s pairing in *${p.cohort}* has ended because their partner left the programme. ` +
    'They may need a new partner: `/reverse-mentor pair @mentor @mentee`.',
  // summaries and export
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
  exportTitle: (p: { cohort: string }) => `${p.cohort}: pairs per week`,
  exportComment: (p: { cohort: string; rows: number }) =>
    `Here is the export of *${p.cohort}*: one row per pair and week (${p.rows} rows). Names, statuses and counts only, no reflection text.`,
  exportSent: (p: { cohort: string }) => `The export of *${p.cohort}* is in your direct messages with me.`,
  exportNothing: (p: { cohort: string }) => `*${p.cohort}* has no prompts yet, so there is nothing to export.`,
  exportColumnCohort: 'Cohort',
  exportColumnCycle: 'Week',
  exportColumnMentor: 'Mentor',
  exportColumnMentee: 'Mentee',
  exportColumnPromptStatus: 'Prompt status',
  exportColumnMet: 'Met',
  exportColumnMentorRating: 'Mentor rating',
  exportColumnMenteeRating: 'Mentee rating',
  exportColumnReflections: 'Reflections',
  exportStatusSent: 'sent',
  exportStatusScheduled: 'scheduled',
  exportStatusFailed: 'failed',
  exportStatusUnknown: 'unknown',
  exportStatusMissed: 'missed (too late)',
  exportStatusSkipped: 'not sent (paused, left or closed)',
  exportYes: 'yes',
  exportNo: 'no',
  exportFormerParticipant: 'former participant',
};

type Catalog<T> = { [K in keyof T]: T[K] extends (...args: infer A) => string ? (...args: A) => string : string };

/** The shape every language must fill in: the same keys with the same parameters. */
export type Messages = Catalog<typeof en>;
