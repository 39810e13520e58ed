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
};

type Catalog<T> = { [K in keyof T]: T[K] extends (...args: infer A) => string ? (...args: A) => string : string };

/** The shape every language must fill in: the same keys with the same parameters. */
export type Messages = Catalog<typeof en>;
