export const common = {
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
};
