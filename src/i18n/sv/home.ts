import type { Catalog } from '../catalog';
import type { home as English } from '../en/home';

export const home: Catalog<typeof English> = {
  homeHeader: 'Reverse Mentor',
  homeJoin: 'Gå med',
  homeEdit: 'Ändra profil',
  homeReflect: 'Reflektera',
  homePause: 'Pausa en vecka',
  homeResume: 'Återuppta',
  homeNoCohorts: 'Inga kullar än. Skapa en med `/reverse-mentor cohort new`.',
  cohortStatusEnrolling: 'tar emot anmälningar',
  cohortStatusActive: 'pågår',
  cohortStatusCompleted: 'avslutad',
};
