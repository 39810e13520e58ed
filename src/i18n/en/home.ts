export const home = {
  homeHeader: 'Reverse Mentor',
  homeJoin: 'Join',
  homeEdit: 'Edit profile',
  homeReflect: 'Reflect',
  homePause: 'Pause a week',
  homeResume: 'Resume',
  homeNoCohorts: 'No cohorts yet. Create one with `/reverse-mentor cohort new`.',
  cohortStatusEnrolling: 'enrolling',
  cohortStatusActive: 'active',
  cohortStatusCompleted: 'completed',
};
