import type { Catalog } from '../catalog';
import type { matching as English } from '../en/matching';

export const matching: Catalog<typeof English> = {
  matchNoEnrollingCohort:
    'Ingen kull tar emot anmälningar just nu. Ange vilken som ska matchas, till exempel `/reverse-mentor match 3`, eller skapa en med `/reverse-mentor cohort new`.',
  matchCohortNotFound: (p) => `Jag hittar ingen kull som heter ”${p.input}”. \`/reverse-mentor cohort list\` visar alla.`,
  matchCohortAlreadyMatched: (p) =>
    `*${p.name}* (#${p.id}) är redan matchad. Använd \`/reverse-mentor pair\` och \`unpair\` för ändringar.`,
  matchCohortCompleted: (p) => `*${p.name}* (#${p.id}) är avslutad, så det finns inget att matcha.`,
  matchNobodyToMatch: (p) => `*${p.name}* behöver minst en mentor och en adept innan jag kan matcha.`,
  matchComputing: (p) => `Matchar ${p.count} personer i *${p.name}*. Förslaget kommer om en liten stund.`,
  matchPreviewHeader: (p) => `Förslag på par: ${p.name}`,
  matchPreviewTotals: (p) => `*${p.pairs} par* · total poäng ${p.total} (i snitt ${p.average}) · ${p.unmatched} utan partner`,
  matchPreviewPair: (p) => `${p.mentor} blir mentor för ${p.mentee} · poäng ${p.score}`,
  matchPreviewMore: (p) => `…och ${p.count} par till som inte visas här.`,
  matchPreviewUnmatched: (p) => `*Utan partner* (först i kön till nästa kull): ${p.people}`,
  matchPreviewUnmatchedMore: (p) => `och ${p.count} till`,
  matchPreviewEveryonePaired: 'Alla har fått en partner.',
  matchPreviewNoPairs: 'Reglerna tillåter inga par. Kolla vilka som är anmälda och kör sedan igen.',
  matchPreviewHint:
    'Bekräfta för att skapa paren och skicka en presentation till varje par. Kör igen för att räkna om med de senaste profilerna.',
  matchConfirmButton: 'Bekräfta och presentera',
  matchRerunButton: 'Kör igen',
  matchReasonBase: 'passar bra enligt programmets regler',
  matchReasonSharedTopics: (p) => (p.count === 1 ? `1 gemensamt ämne: ${p.topics}` : `${p.count} gemensamma ämnen: ${p.topics}`),
  matchReasonDepartments: (p) => `olika avdelningar (${p.mentor} och ${p.mentee})`,
  matchReasonSeniority: (p) => (p.count === 1 ? 'erfarenhetsskillnad på 1 nivå' : `erfarenhetsskillnad på ${p.count} nivåer`),
  matchReasonHours: (p) => `${String(p.hours).replace('.', ',')} tim gemensam arbetstid`,
  matchReasonMeetingVideo: 'båda föredrar videosamtal',
  matchReasonMeetingInPerson: 'båda vill helst ses på plats',
  matchReasonMeetingEither: 'video eller på plats går bra för båda',
  matchRunNotFound: 'Jag hittar inte det förslaget längre. Kör `/reverse-mentor match` igen.',
  matchSuperseded: 'Ett nyare förslag har ersatt det här. Bekräfta det senaste förslaget eller kör igen.',
  matchStale:
    'Någon har anmält sig, lämnat eller ändrat något sedan förslaget togs fram, så jag bekräftade det inte. Kör igen för att få nya par.',
  matchAlreadyConfirmed: (p) => `*${p.name}* är redan bekräftad. Inget ändrades.`,
  matchConfirmed: (p) =>
    `Bekräftat: *${p.pairs} par* i *${p.name}*, ${p.unmatched} utan partner. Presentationerna går ut nu, och jag håller dig uppdaterad i vår DM.`,
  matchProgress: (p) =>
    `Presenterar paren i *${p.name}*: ${p.introduced} av ${p.total} presenterade hittills` +
    (p.unmatched > 0 ? `, ${p.told} av ${p.unmatched} utan partner har fått besked.` : '.'),
  matchProgressDone: (p) =>
    `*${p.name}*: ${p.pairs === 1 ? 'paret är presenterat' : `alla ${p.pairs} par är presenterade`}` +
    (p.told > 0 ? ` och ${p.told} ${p.told === 1 ? 'person' : 'personer'} har fått veta att de står först i kön` : '') +
    '. :tada:',
  matchProgressDonePartly: (p) =>
    `*${p.name}*: ${p.introduced} av ${p.total} par presenterade` +
    (p.unmatched > 0 ? `, och ${p.told} av ${p.unmatched} utan partner har fått veta att de står först i kön.` : '.'),
  matchProgressCheck: (p) =>
    `${p.failed} gick inte att leverera och ${p.unknown} kom kanske inte fram (appen stannade mitt i ett utskick). Stäm gärna av med dem direkt: ${p.people}`,
  matchProgressSkipped: (p) => `${p.count} hoppades över eftersom paret hann avslutas eller någon lämnade.`,
  introText: (p) => `Möt din partner i reverse mentoring: ${p.mentor} och ${p.mentee}`,
  introHeader: 'Möt din partner i reverse mentoring :wave:',
  introWho: (p) =>
    `${p.mentor} (${p.mentorDepartment}) är mentor och ${p.mentee} (${p.menteeDepartment}) adept i *${p.cohort}*. Välkomna, båda två!`,
  introWhy: (p) => `*Därför just ni*\n${p.reasons}`,
  introRules: (p) =>
    `*Spelregler*\n• Det ni pratar om stannar mellan er två. Att ni är ett par är ingen hemlighet.\n` +
    `• ${p.mentee} bokar första mötet.\n• Ses 45–60 minuter och håll varje tid ni bokar.`,
  introFirstStep: (p) =>
    `*Första steget:* ${p.mentee}, boka 45–60 minuter under veckan som kommer. Börja med att berätta för varandra varför ni är med och vad ni hoppas lära er.`,
  introPromptsWeekly: 'Varje vecka lägger jag upp ett ämne och några frågor här som hjälp på vägen.',
  introPromptsBiweekly: 'Varannan vecka lägger jag upp ett ämne och några frågor här som hjälp på vägen.',
  unmatchedDm: (p) =>
    `Paren i *${p.cohort}* är klara, och den här gången fanns ingen partner som passade dig. Det handlar om siffror, inte om dig. ` +
    'Du står först i kön till nästa kull och hör av mig så snart du har fått en partner.',
};
