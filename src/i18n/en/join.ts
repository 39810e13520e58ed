import type { Cadence } from '../../domain';
import { plural } from '../catalog';

const count = plural('en');

export const join = {
  joinTitle: 'Join Reverse Mentor',
  joinEditTitle: 'Edit your profile',
  joinSubmit: 'Join',
  joinSave: 'Save',
  cancel: 'Cancel',
  joinIntro:
    'Reverse mentoring turns the usual setup around: someone newer in their career mentors a senior leader. ' +
    'Tell us a little about yourself and we will find you a good match.',
  roleLabel: 'I want to join as',
  roleMentorDescription: 'Newer in your career: you share your view with a senior leader.',
  roleMenteeDescription: 'A senior leader: you learn from someone newer in their career.',
  departmentLabel: 'Department',
  departmentPlaceholder: 'e.g. Marketing',
  seniorityLabel: 'Years of professional experience',
  topicsLabel: 'Topics you care about',
  topicsHint: (p: { min: number; max: number }) => `Pick ${p.min} to ${p.max}.`,
  managerLabel: 'Your manager',
  managerHint: 'So we never pair you with your manager or with someone who reports to you.',
  goalsLabel: 'What do you hope to get out of it?',
  goalsHint: (p: { max: number }) => `Only you see this. Up to ${count(p.max, { one: '# character', other: '# characters' })}.`,
  meetingLabel: 'How would you like to meet?',
  confidentialityLabel: 'Ground rules',
  /** A checkbox: the first thing a person agrees to, so it must fit Slack's 75 characters whole. */
  confidentialityText: 'I keep what we talk about between the two of us.',
  confidentialityDescription: "That we're paired is not a secret.",

  /** Two lines on the commitment and what comes next: in the join modal, the welcome DM and App Home. */
  howItWorksHeader: '*How it works*',
  howItWorksCohort: (p: { cohort: string; cadence: Cadence; sessions: number; weeks: number; start: string }) =>
    `A 45–60 minute conversation ${p.cadence === 'weekly' ? 'every week' : 'every other week'}: ` +
    `${count(p.sessions, { one: '# session', other: '# sessions' })} over ${count(p.weeks, { one: '# week', other: '# weeks' })} ` +
    `in *${p.cohort}*, from ${p.start}. The mentee books the first meeting.`,
  howItWorksGeneral:
    'A 45–60 minute conversation every week or two, for as long as the cohort runs (often about three months). ' +
    'The mentee books the first meeting.',
  howItWorksNextEnrolling: (p: { start: string }) =>
    'What comes next: when enrolment closes, the organizers make pairs, and each pair gets an introduction in a group ' +
    `message before ${p.start}. After that, a prompt with a topic and questions arrives for every session.`,
  howItWorksNextWaiting:
    'What comes next: you join the next cohort as soon as an organizer opens one. Once pairs are made, each pair gets an ' +
    'introduction in a group message, and after that a prompt with a topic and questions for every session.',
  howItWorksNextMatched: 'What comes next: the mentee books the first meeting, and a prompt arrives in your group message for every session.',

  errorRoleRequired: 'Choose whether you join as a mentor or a mentee.',
  errorDepartmentRequired: 'Tell us your department.',
  errorTooLong: (p: { max: number }) => `Please keep it to ${count(p.max, { one: '# character', other: '# characters' })} or fewer.`,
  errorSeniorityRequired: 'Choose your years of experience.',
  errorTopicsCount: (p: { min: number; max: number }) => `Pick between ${p.min} and ${count(p.max, { one: '# topic', other: '# topics' })}.`,
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
  enrolledIn: (p: { cohort: string }) => `You're in the *${p.cohort}* cohort.`,
  waitingForCohort: "There's no cohort open right now. You'll be added to the next one automatically.",
};
