import { plural, type Catalog } from '../catalog';
import type { matching as English } from '../en/matching';

const count = plural('sv');
const par = (n: number) => count(n, { other: '# par' });
const personer = (n: number) => count(n, { one: '# person', other: '# personer' });

export const matching: Catalog<typeof English> = {
  matchNoEnrollingCohort:
    'Ingen omgång tar emot anmälningar just nu. Ange vilken som ska matchas, till exempel `/reverse-mentor match 3`, eller skapa en med `/reverse-mentor cohort new`.',
  matchCohortNotFound: (p) => `Jag hittar ingen omgång som heter ”${p.input}”. \`/reverse-mentor cohort list\` visar alla.`,
  matchCohortAlreadyMatched: (p) =>
    `*${p.name}* (#${p.id}) är redan matchad. Använd \`/reverse-mentor pair\` och \`unpair\` för ändringar.`,
  matchCohortCompleted: (p) => `*${p.name}* (#${p.id}) är avslutad, så det finns inget att matcha.`,
  matchNobodyToMatch: (p) => `*${p.name}* behöver minst en mentor och en adept innan jag kan matcha.`,
  matchComputing: (p) => `Matchar ${personer(p.count)} i *${p.name}*. Förslaget kommer om en liten stund.`,
  matchPreviewSent: (p) => `Förslaget på par för *${p.name}* ligger i dina direktmeddelanden med mig, så att du hittar det igen.`,
  matchPreviewHeader: (p) => `Förslag på par: ${p.name}`,
  matchPreviewTotals: (p) => `*${par(p.pairs)}* · i snitt en ${p.fit} · ${p.unmatched} utan matchning`,
  matchPreviewPair: (p) => `${p.mentor} blir mentor för ${p.mentee} · ${p.fit} (${p.score} av ${p.max} poäng)`,
  matchFitStrong: 'mycket god matchning',
  matchFitGood: 'god matchning',
  matchFitFair: 'godtagbar matchning',
  matchPreviewScale: (p) =>
    `Hur väl ett par passar ihop räknas i poäng, högst ${p.max}: gemensamma ämnen väger tyngst, sedan olika avdelningar, skillnad i ` +
    `erfarenhet, arbetstider som överlappar och hur de vill ses. Från ${p.strong} poäng är det en mycket god matchning, från ${p.good} en god.`,
  matchPreviewMore: (p) => `…och ${par(p.count)} till som inte visas här.`,
  matchPreviewUnmatched: (p) => `*Utan matchning* (först i kön till nästa omgång): ${p.people}`,
  matchPreviewUnmatchedMore: (p) => `och ${p.count} till`,
  matchPreviewEveryonePaired: 'Alla har fått en matchning.',
  matchPreviewNoPairs: 'Reglerna tillåter inga par. Se över vilka som är anmälda och kör sedan igen.',
  matchPreviewHint:
    'Bekräfta för att skapa paren och skicka en presentation till varje par. Kör igen för att räkna om med de senaste profilerna.',
  matchConfirmButton: 'Bekräfta och presentera',
  matchRerunButton: 'Kör igen',
  matchConfirmDialogTitle: 'Presentera de här paren?',
  matchConfirmDialogText: (p) =>
    `Det här skickar en presentation till ${p.pairs === 1 ? 'paret' : `${par(p.pairs)}`}` +
    (p.unmatched > 0 ? ` och besked till ${personer(p.unmatched)} utan matchning om att de står först i kön till nästa omgång.` : '.') +
    ' Meddelandena går inte att ta tillbaka.',
  matchConfirmDialogYes: 'Presentera dem',
  matchConfirmDialogNo: 'Inte än',
  matchReasonBase: 'uppfyller programmets regler, men har inget mer gemensamt',
  matchReasonSharedTopics: (p) => `${count(p.count, { one: '# gemensamt ämne', other: '# gemensamma ämnen' })}: ${p.topics}`,
  matchReasonDepartments: (p) => `olika avdelningar (${p.mentor} och ${p.mentee})`,
  matchReasonSeniority: (p) => (p.count === 1 ? 'viss skillnad i erfarenhet' : 'tydlig skillnad i erfarenhet'),
  matchReasonHours: (p) => `arbetsdagarna överlappar ${count(p.hours, { one: '# timme', other: '# timmar' })}`,
  matchReasonMeetingVideo: 'båda föredrar videosamtal',
  matchReasonMeetingInPerson: 'båda vill helst ses på plats',
  matchReasonMeetingEither: 'video eller på plats går bra för båda',
  introReasonBase: 'De programansvariga har satt ihop er för att ni ska lära av varandra.',
  introReasonSharedTopics: (p) => `Ni är båda intresserade av ${p.topics}.`,
  introReasonDepartments: (p) =>
    `Ni arbetar i olika delar av företaget (${p.mentor} och ${p.mentee}), så ni ser saker som den andra inte ser.`,
  introReasonSeniority: 'En av er är ny i arbetslivet och den andra har många år bakom sig – precis den blandning som omvänt mentorskap bygger på.',
  introReasonHours: 'Era arbetsdagar överlappar väl, så det bör gå lätt att hitta en tid.',
  introReasonMeetingVideo: 'Ni vill båda helst ses via video.',
  introReasonMeetingInPerson: 'Ni vill båda helst ses på plats.',
  introReasonMeetingEither: 'Video eller på plats passar er båda.',
  matchRunNotFound: 'Jag hittar inte det förslaget längre. Kör `/reverse-mentor match` igen.',
  matchSuperseded: 'Ett nyare förslag har ersatt det här. Bekräfta det senaste förslaget eller kör igen.',
  matchStale:
    'Någon har anmält sig, lämnat eller ändrat något sedan förslaget togs fram, så jag bekräftade det inte. Kör igen för att få nya par.',
  matchAlreadyConfirmed: (p) => `*${p.name}* är redan bekräftad. Inget ändrades.`,
  matchConfirmed: (p) =>
    `Bekräftat: *${par(p.pairs)}* i *${p.name}*, ${p.unmatched === 0 ? 'alla har en matchning' : `${p.unmatched} utan matchning`}. Presentationerna skickas nu, och jag håller dig ` +
    'uppdaterad i våra direktmeddelanden.',
  matchProgress: (p) =>
    `Presenterar paren i *${p.name}*: ${p.introduced} av ${par(p.total)} presenterade hittills` +
    (p.unmatched > 0 ? `, och ${p.told} av ${personer(p.unmatched)} utan matchning har fått besked.` : '.'),
  matchProgressDone: (p) =>
    `*${p.name}*: ${p.pairs === 1 ? 'paret är presenterat' : `alla ${par(p.pairs)} är presenterade`}` +
    (p.told > 0
      ? ` och ${count(p.told, { one: '# person har fått veta att hen står', other: '# personer har fått veta att de står' })} först i kön`
      : '') +
    '. :tada:',
  matchProgressDonePartly: (p) =>
    `*${p.name}*: ${p.introduced} av ${par(p.total)} presenterade` +
    (p.unmatched > 0 ? `, och ${p.told} av ${personer(p.unmatched)} utan matchning har fått veta att de står först i kön.` : '.'),
  matchProgressCheck: (p) =>
    `${count(p.failed, { one: '# meddelande', other: '# meddelanden' })} gick inte att leverera och ${p.unknown} kom kanske inte fram ` +
    `(appen stannade mitt i ett utskick). Stäm gärna av med dem direkt: ${p.people}`,
  matchProgressSkipped: (p) =>
    `${count(p.count, { one: '# meddelande skickades', other: '# meddelanden skickades' })} inte, eftersom mentorskapet hann avslutas eller någon lämnade.`,
  introText: (p) => `${p.mentor} och ${p.mentee} har parats ihop i omvänt mentorskap`,
  introHeader: 'Nu har ni parats ihop :wave:',
  introWho: (p) =>
    `${p.mentor} (${p.mentorDepartment}) är mentor och ${p.mentee} (${p.menteeDepartment}) adept i *${p.cohort}*. Välkomna, båda två!`,
  introWhy: (p) => `*Därför just ni*\n${p.reasons}`,
  introRules: (p) =>
    `*Spelregler*\n• Det ni pratar om stannar mellan er två. Att ni är ihopparade är ingen hemlighet.\n` +
    `• ${p.mentee} bokar det första mötet.\n• Ses 45–60 minuter och håll varje tid ni bokar.`,
  introFirstStep: (p) =>
    `*Första steget:* ${p.mentee}, boka 45–60 minuter under veckan som kommer. Börja med att berätta för varandra varför ni är med och vad ni hoppas lära er.`,
  introPromptsWeekly: (p) =>
    `Varje vecka lägger jag upp ett ämne och några frågor här som hjälp på vägen, ${count(p.sessions, { one: '# träff', other: '# träffar' })} totalt.`,
  introPromptsBiweekly: (p) =>
    `Varannan vecka lägger jag upp ett ämne och några frågor här som hjälp på vägen, ${count(p.sessions, { one: '# träff', other: '# träffar' })} totalt.`,
  unmatchedDm: (p) =>
    `Paren i *${p.cohort}* är klara, och den här gången fanns det ingen matchning som passade dig. Det handlar om antal, inte om dig. ` +
    'Du står först i kön till nästa omgång, och du hör av mig så snart du har parats ihop med någon.',
};
