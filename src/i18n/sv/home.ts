import { plural, type Catalog } from '../catalog';
import type { home as English } from '../en/home';

const count = plural('sv');

export const home: Catalog<typeof English> = {
  homeHeader: 'Reverse Mentor',
  homeJoin: 'Gå med',
  homeEdit: 'Ändra profil',
  homeReflect: 'Reflektera',
  homePause: 'Pausa en vecka',
  homeResume: 'Återuppta',
  homeOrganizerHeader: 'Omgångar',
  homeNoCohorts: 'Inga omgångar än. Starta en med `/reverse-mentor cohort new`.',
  homeCohortLine: (p) => `*${p.name}* – ${p.status}, ${count(p.enrolled, { one: '# anmäld', other: '# anmälda' })}`,
  cohortStatusEnrolling: 'tar emot anmälningar',
  cohortStatusActive: 'pågår',
  cohortStatusCompleted: 'avslutad',
};
