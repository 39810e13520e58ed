export const home = {
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
