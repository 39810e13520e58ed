import type { Catalog } from '../catalog';
import type { participation as English } from '../en/participation';

export const participation: Catalog<typeof English> = {
  statusHeader: 'Din status i Reverse Mentor',
  statusNotJoined: 'Du är inte med än. Skriv `/reverse-mentor join` – det tar två minuter.',
  statusRole: (p) => `*Roll:* ${p.role}`,
  statusCohort: (p) => `*Kull:* ${p.cohort}`,
  statusNoCohort: '*Kull:* väntar på nästa',
  statusNoPartner: '*Partner:* inte matchad än',
  statusPartner: (p) => `*Partner:* ${p.partners}`,
  statusNextPrompt: (p) => `*Nästa utskick:* ${p.date}`,
  statusReflections: (p) => `*Dina reflektioner hittills:* ${p.count}`,
  statusPaused: (p) => `*Pausad* till ${p.until}. Skriv \`/reverse-mentor resume\` för att börja igen tidigare.`,
  statusLeft: 'Du har lämnat programmet.',
  statusActive: '*Status:* aktiv',

  pauseDone: (p) => `Pausat. Inga utskick förrän ${p.until}, sedan startar de igen av sig själva.`,
  pauseInvalidWeeks: (p) => `Pausa ett helt antal veckor, från 1 till ${p.max}. Till exempel \`/reverse-mentor pause 2\`.`,
  resumeDone: 'Välkommen tillbaka! Du får utskick igen från och med nästa.',
  notPaused: 'Du har ingen paus igång, så det finns inget att återuppta.',
  leaveQuestion: 'Vill du lämna Reverse Mentor? Din partner och organisatörerna får veta att du har slutat, men inte varför.',
  leaveConfirm: 'Lämna programmet',
  leaveKeep: 'Stanna kvar',
  leaveDone: 'Du har lämnat programmet. Tack för att du var med! :pray:',
  leaveKept: 'Vad roligt att du stannar!',
  organizerParticipantLeft: (p) => `${p.user} har lämnat Reverse Mentor.`,
  partnerLeft: (p) =>
    `${p.user} har behövt lämna programmet. Tack för tiden ni har haft tillsammans – organisatörerna hör av sig om hur det blir framöver.`,
};
