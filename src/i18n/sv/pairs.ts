import type { Catalog } from '../catalog';
import type { pairs as English } from '../en/pairs';

export const pairs: Catalog<typeof English> = {
  pairUsage: 'Skriv mentorn först och sedan adepten: `/reverse-mentor pair @mentor @adept`.',
  unpairUsage: 'Nämn personen vars par ska avslutas: `/reverse-mentor unpair @person`.',
  pairNotParticipant: (p) => `${p.user} är inte med i Reverse Mentor just nu.`,
  pairWrongRoleMentor: (p) => `${p.user} är med som adept och kan inte vara mentor. Skriv mentorn först: \`pair @mentor @adept\`.`,
  pairWrongRoleMentee: (p) => `${p.user} är med som mentor och kan inte vara adept. Skriv mentorn först: \`pair @mentor @adept\`.`,
  pairNotInActiveCohort: (p) =>
    `${p.user} är inte med i någon matchad kull. Manuella par görs i kullar som redan är matchade (\`/reverse-mentor match\`).`,
  pairDifferentCohorts: (p) => `${p.mentor} och ${p.mentee} är med i olika kullar.`,
  pairRuleSamePerson: 'Ingen kan bilda par med sig själv.',
  pairRuleManager: (p) =>
    `Jag kan inte para ihop ${p.mentor} med ${p.mentee}: den ena är den andras chef. Reglerna parar aldrig ihop någon med sin chef eller med sina egna medarbetare.`,
  pairRulePreviousPair: (p) => `Jag kan inte para ihop ${p.mentor} med ${p.mentee}: de har varit ett par förut. Reglerna upprepar aldrig ett par.`,
  pairRuleSeniority: (p) =>
    `Jag kan inte para ihop ${p.mentor} med ${p.mentee}: mentorn har längre erfarenhet än adepten. I reverse mentoring är mentorn den som är nyare i arbetslivet.`,
  pairRuleCapacity: (p) =>
    `${p.mentor} kan inte få fler adepter: hen har redan ${p.count}, vilket är max i den här kullen (kapacitet ${p.capacity}).`,
  pairMenteeTaken: (p) => `${p.mentee} har redan en mentor i kullen (${p.mentor}). Avsluta det paret först med \`/reverse-mentor unpair\`.`,
  pairAlreadyPaired: (p) => `${p.mentor} och ${p.mentee} är redan ett par.`,
  pairDone: (p) => `${p.mentor} och ${p.mentee} är nu ett par. Presentationen är på väg.`,
  unpairNoPair: (p) => `${p.user} har inget aktivt par, så det finns inget att avsluta.`,
  unpairDone: (p) => `Paret mellan ${p.user} och ${p.partners} är avslutat. Båda har fått ett vänligt besked.`,
  pairEndedDm: (p) =>
    `Ditt par med ${p.partners} i *${p.cohort}* har avslutats. Sådant händer, och det är ingens fel. ` +
    'Tack för tiden du har lagt. Organisatörerna hör av sig om vad som händer härnäst.',
  rematchNoPair: 'Du har ingen partner just nu, så det finns inget att byta. `/reverse-mentor status` visar hur det ser ut för dig.',
  rematchModalTitle: 'Be om ny partner',
  rematchModalSubmit: 'Skicka',
  rematchModalIntro: 'Det här ser bara organisatörerna. Din partner får inte veta att du har frågat.',
  rematchPartnerLabel: 'Vilket par gäller det?',
  rematchReasonLabel: 'Vad fungerar inte? (valfritt)',
  rematchReasonHint: (p) => `Högst ${p.max} tecken. Bara organisatörerna läser det.`,
  rematchWhichPartner: 'Du har mer än en partner. Säg vilken: `/reverse-mentor rematch @partner [anledning]`.',
  rematchDone: 'Tack för att du berättar. Organisatörerna hör av sig till dig i enrum, och din partner får inte veta något.',
  rematchOrganizerNotice: (p) => `${p.user} vill byta partner i *${p.cohort}* (paret med ${p.partner}). Partnern har inte fått veta något.`,
  rematchOrganizerReason: (p) => `*Anledning:*\n${p.reason}`,
  rematchOrganizerNoReason: 'Ingen anledning angavs.',
};
