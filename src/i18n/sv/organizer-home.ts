import type { Catalog } from '../catalog';
import type { organizerHome as English } from '../en/organizer-home';

export const organizerHome: Catalog<typeof English> = {
  sessionRateSoFar: (p) => `${p.rate} hittills`,
};
