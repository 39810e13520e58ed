import type { Role } from '../../domain';
import { plural, type Catalog } from '../catalog';
import type { participation as English } from '../en/participation';
import { dinRoll } from './common';

/** "din adept" / "dina adepter" / "din mentor". */
function dinaPartner(role: Role, n: number): string {
  if (n === 1) return dinRoll(role);
  return role === 'mentor' ? 'dina mentorer' : 'dina adepter';
}

const count = plural('sv');

const versal = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export const participation: Catalog<typeof English> = {
  statusHeader: 'Din status i Reverse Mentor',
  statusNotJoined: 'Du är inte med än. Skriv `/reverse-mentor join` – det tar två minuter.',
  statusRole: (p) => `*Roll:* ${p.role}`,
  statusCohort: (p) => `*Omgång:* ${p.cohort}`,
  statusCohortCompleted: (p) => `*Omgång:* ${p.cohort} (avslutad)`,
  statusNoCohort: '*Omgång:* väntar på nästa',
  statusNotMatched: '*Matchning:* inte klar än',
  statusPartners: (p) => `*${versal(dinaPartner(p.role, p.count))}:* ${p.partners}`,
  statusPartnersWere: (p) => `*Du var ihopparad med:* ${p.partners}`,
  statusNextPrompt: (p) => `*Nästa utskick:* ${p.date}`,
  statusReflections: (p) => `*Dina reflektioner hittills:* ${p.count}`,
  statusReflectionsCompleted: (p) =>
    `*Du skrev:* ${p.count === 0 ? 'inga reflektioner' : count(p.count, { one: '# reflektion', other: '# reflektioner' })}. Tack för tiden du gav.`,
  statusNextAfterCompleted:
    '*Härnäst:* du kommer med i nästa omgång så snart en programansvarig öppnar den. Vill du inte det? Skriv `/reverse-mentor leave`.',
  statusPaused: (p) => `*Pausad* till ${p.until}. Skriv \`/reverse-mentor resume\` för att börja igen tidigare.`,
  statusLeft: 'Du har lämnat programmet.',
  statusActive: '*Status:* aktiv',

  pauseDone: (p) => `Pausat. Inga utskick förrän ${p.until}, sedan startar de igen av sig själva.`,
  pauseDoneWithPartners: (p) =>
    `Pausat till ${p.until}. Utskicken är till er båda, så ${dinaPartner(p.role, p.count)} ${p.partners} får inga heller under tiden. ` +
    `Jag berättar för ${p.count === 1 ? 'hen' : 'dem'} att du tar en paus, men inte varför. Utskicken startar igen av sig själva.`,
  pauseInvalidWeeks: (p) => `Pausa ett helt antal veckor, från 1 till ${p.max}. Till exempel \`/reverse-mentor pause 2\`.`,
  resumeDone: 'Välkommen tillbaka! Du får utskick igen från och med nästa.',
  resumeDoneWithPartners: (p) => `Välkommen tillbaka! Utskicken startar igen från och med nästa, och jag berättar det för ${p.partners}.`,
  notPaused: 'Du har ingen paus igång, så det finns inget att återuppta.',
  leaveQuestion: (p) =>
    p.partner === null
      ? 'Vill du lämna Reverse Mentor? De programansvariga får veta att du har slutat, men inte varför.'
      : `Vill du lämna Reverse Mentor? Mentorskapet avslutas, och ${dinRoll(p.partner)} och de programansvariga får veta att du har slutat, men inte varför.`,
  leaveConfirm: 'Lämna programmet',
  leaveKeep: 'Stanna kvar',
  leaveDone: 'Du har lämnat programmet. Tack för att du var med! :pray:',
  leaveKept: 'Vad roligt att du stannar!',
  organizerParticipantLeft: (p) => `${p.user} har lämnat Reverse Mentor.`,
  organizerParticipantLeftPaired: (p) =>
    `${p.user} har lämnat Reverse Mentor. Mentorskapet i *${p.cohort}* är avslutat, så ${p.partners} kan behöva en ny matchning: ` +
    '`/reverse-mentor pair @mentor @adept`.',
  partnerLeft: (p) =>
    `${versal(dinRoll(p.role))} ${p.user} har behövt lämna programmet, så ert mentorskap i *${p.cohort}* är avslutat. ` +
    'Det är ingens fel. Tack för tiden du har lagt – de programansvariga hör av sig om hur det blir framöver.',
  partnerPaused: (p) =>
    `${versal(dinRoll(p.role))} ${p.user} tar en kort paus till ${p.until}, så ni får inga utskick fram till dess. ` +
    'Du behöver inte göra något – jag hör av mig när hen är tillbaka.',
  partnerResumed: (p) => `${versal(dinRoll(p.role))} ${p.user} är tillbaka, så era utskick startar igen med nästa.`,
  partnerResumedOn: (p) => `${versal(dinRoll(p.role))} ${p.user} är tillbaka, så era utskick startar igen med nästa, ${p.date}.`,
};
