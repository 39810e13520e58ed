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
};
