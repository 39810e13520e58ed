import { plural, type Catalog } from '../catalog';
import type { pairs as English } from '../en/pairs';

const count = plural('sv');

export const pairs: Catalog<typeof English> = {
  pairUsage: 'Skriv mentorn först och sedan adepten: `/reverse-mentor pair @mentor @adept`.',
  unpairUsage: 'Nämn personen vars mentorskap ska avslutas: `/reverse-mentor unpair @person`.',
  pairNotParticipant: (p) => `${p.user} är inte med i Reverse Mentor just nu.`,
  pairWrongRoleMentor: (p) => `${p.user} är med som adept och kan inte vara mentor. Skriv mentorn först: \`pair @mentor @adept\`.`,
  pairWrongRoleMentee: (p) => `${p.user} är med som mentor och kan inte vara adept. Skriv mentorn först: \`pair @mentor @adept\`.`,
  pairNotInActiveCohort: (p) =>
    `${p.user} är inte med i någon matchad omgång. Par för hand görs i omgångar som redan är matchade (\`/reverse-mentor match\`).`,
  pairDifferentCohorts: (p) => `${p.mentor} och ${p.mentee} är med i olika omgångar.`,
  pairRuleSamePerson: 'Ingen kan paras ihop med sig själv.',
  pairRuleManager: (p) =>
    `Jag kan inte para ihop ${p.mentor} med ${p.mentee}: den ena är den andras chef. Reglerna parar aldrig ihop någon med sin chef eller med någon av sina medarbetare.`,
  pairRulePreviousPair: (p) =>
    `Jag kan inte para ihop ${p.mentor} med ${p.mentee}: de har redan varit ihopparade en gång. Reglerna sätter aldrig ihop samma personer två gånger.`,
  pairRuleSeniority: (p) =>
    `Jag kan inte para ihop ${p.mentor} med ${p.mentee}: mentorn har längre erfarenhet än adepten. I omvänt mentorskap är mentorn den som är nyare i arbetslivet.`,
  pairRuleCapacity: (p) =>
    `${p.mentor} kan inte få fler adepter: hen har redan ${count(p.count, { one: '# adept', other: '# adepter' })}, vilket är det mesta den här omgången tillåter.`,
  pairMenteeTaken: (p) => `${p.mentee} har redan en mentor i omgången (${p.mentor}). Avsluta det mentorskapet först med \`/reverse-mentor unpair\`.`,
  pairAlreadyPaired: (p) => `${p.mentor} och ${p.mentee} är redan ihopparade.`,
  pairDone: (p) => `${p.mentor} och ${p.mentee} är nu ihopparade. Presentationen är på väg.`,
  unpairNoPair: (p) => `${p.user} är inte ihopparad med någon just nu, så det finns inget att avsluta.`,
  unpairDone: (p) => `Mentorskapet mellan ${p.user} och ${p.partners} är avslutat. Båda har fått ett vänligt besked.`,
  pairEndedDm: (p) =>
    `Ditt mentorskap med ${p.partners} i *${p.cohort}* har avslutats. Sådant händer, och det är ingens fel. ` +
    'Tack för tiden du har lagt. De programansvariga hör av sig om vad som händer härnäst.',
  rematchNoPair: 'Du är inte ihopparad med någon just nu, så det finns inget att byta. `/reverse-mentor status` visar hur det ser ut för dig.',
  rematchModalTitle: 'Be om ny matchning',
  rematchModalSubmit: 'Skicka',
  rematchModalIntro: 'Det här ser bara de programansvariga. Den du är ihopparad med får inte veta att du har frågat.',
  rematchPartnerLabel: 'Vilket mentorskap gäller det?',
  rematchPartnerUnnamed: (p) => `Adept ${p.number}`,
  rematchReasonLabel: 'Vad fungerar inte?',
  rematchReasonHint: (p) => `Högst ${count(p.max, { other: '# tecken' })}. Bara de programansvariga läser det.`,
  rematchWhichPartner: 'Du är ihopparad med fler än en. Skriv vem det gäller: `/reverse-mentor rematch @person [anledning]`.',
  rematchDone: 'Tack för att du berättar. De programansvariga hör av sig till dig i förtroende, och den du är ihopparad med får inte veta något.',
  rematchOrganizerNotice: (p) =>
    `${p.user} vill ha en ny matchning i *${p.cohort}* (ihopparad med ${p.partner}). ${p.partner} har inte fått veta något.`,
  rematchOrganizerReason: (p) => `*Anledning:*\n${p.reason}`,
  rematchOrganizerNoReason: 'Ingen anledning angavs.',
};
