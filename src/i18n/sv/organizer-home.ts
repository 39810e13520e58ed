import { plural } from '../catalog';
import type { Catalog } from '../catalog';
import type { organizerHome as English } from '../en/organizer-home';

const count = plural('sv');

export const organizerHome: Catalog<typeof English> = {
  orgHomeHeader: 'Ditt program',
  orgHomePrivate: (p) => `Bara du ser det här, med namn: det är för programansvariga. Läget ${p.date}.`,
  orgHomeNoCohorts: 'Inga omgångar än. *Ny omgång* startar en, och alla som har anmält sig kommer med i den.',
  orgHomeSuggestions: (p) =>
    count(p.count, { one: ':bulb: *Ett ämnesförslag* väntar på att du går igenom det.', other: ':bulb: *# ämnesförslag* väntar på att du går igenom dem.' }),
  orgHomeNewCohort: 'Ny omgång',
  orgHomeReviewTopics: 'Gå igenom ämnen',
  orgHomeMatch: 'Para ihop',
  orgHomeSummary: 'Publicera sammanfattning',
  orgHomeExport: 'Exportera CSV',
  orgHomeClose: 'Avsluta omgången',
  orgHomeCloseTitle: 'Avsluta omgången?',
  orgHomeCloseActive: (p) =>
    `*${p.cohort}* avslutas nu: inga fler utskick, och den avslutande sammanfattningen publiceras i kanalen. Det går inte att ångra.`,
  orgHomeCloseEnrolling: (p) =>
    `*${p.cohort}* slutar ta emot anmälningar, och de anmälda får vänta på nästa omgång. Det går inte att ångra.`,
  orgHomeCloseConfirm: 'Avsluta',
  orgHomeCloseDeny: 'Behåll',
  orgHomeTitle: (p) => `*${p.cohort}* · ${p.status}`,
  orgHomeEnrolling: (p) => `tar emot anmälningar, första träffen ${p.date}`,
  orgHomeMatched: (p) => `paren är klara, första träffen ${p.date}`,
  orgHomeSession: (p) => `träff ${p.cycle} av ${p.cycles} pågår`,
  orgHomeEnrolled: (p) =>
    `${count(p.enrolled, { one: '# anmäld', other: '# anmälda' })}: ` +
    `${count(p.mentors, { one: '# mentor', other: '# mentorer' })} och ${count(p.mentees, { one: '# adept', other: '# adepter' })}`,
  orgHomePeople: (p) =>
    `${count(p.enrolled, { one: '# anmäld', other: '# anmälda' })} · ${p.paired} ihopparade i ${p.pairs} par · ` +
    `${p.unmatched} ännu inte ihopparade · ${count(p.paused, { one: '# pausad', other: '# pausade' })} · ${p.left} har lämnat`,
  orgHomeThisSession: (p) =>
    `*Träff ${p.cycle} hittills:* ${p.met} av ${p.prompted} par har träffats · ` +
    `${count(p.reflections, { one: '# reflektion', other: '# reflektioner' })}`,
  orgHomeThisSessionNoPrompts: (p) => `*Träff ${p.cycle}:* utskicken är på väg.`,
  orgHomeMeetingRates: (p) => `*Andel par som träffades per träff:* ${p.sparkline}  ${p.rates}`,
  sessionRateSoFar: (p) => `${p.rate} hittills`,
  orgHomeAttention: '*Behöver din uppmärksamhet*',
  orgHomeAllWell: 'Inget här behöver din uppmärksamhet.',
  orgHomeAtRisk: (p) => count(p.count, { one: '*Ett par kan behöva stöd*', other: '*# par kan behöva stöd*' }),
  orgHomeRematch: (p) => `• ${p.user} vill paras ihop med någon annan (ihopparad med ${p.partner}), sedan ${p.date}`,
  orgHomePromptFailed: (p) => `• Utskicket för träff ${p.cycle} nådde inte fram till ${p.pair}`,
  orgHomePromptUnknown: (p) => `• Utskicket för träff ${p.cycle} kanske inte nådde fram till ${p.pair}`,
  orgHomeOtherUndelivered: (p) =>
    count(p.count, { one: '• # annat meddelande nådde inte fram, eller kanske inte', other: '• # andra meddelanden nådde inte fram, eller kanske inte' }),
  orgHomeMore: (p) => `…och ${p.count} till`,
  orgHomeOtherCohorts: '*Andra omgångar*',
  orgHomeCohortLine: (p) => `• *${p.cohort}* – ${p.status}, ${count(p.enrolled, { one: '# anmäld', other: '# anmälda' })}`,
  orgHomeCompletedOn: (p) => `avslutad ${p.date}`,
  orgHomeShowAll: (p) => `Visa alla ${p.count}`,
  orgHomeShowFewer: 'Visa färre',
  orgHomeListCapped: (p) => `De ${p.shown} senaste av ${p.total}.`,
  orgHomeYouHeader: 'Ditt eget mentorskap',
  orgHomeNotTakingPart: 'Du är inte med som deltagare själv. *Gå med* om du vill ha en egen mentor eller adept.',
  orgHomeSummaryTitle: 'Publicera sammanfattning',
  orgHomeSummaryPost: 'Publicera',
  orgHomeSummaryIntro: (p) =>
    `Sammanfattningen av *${p.cohort}* visas för alla i kanalen du väljer. Den del som nämner personer får bara du.`,
  orgHomeSummaryChannel: 'Kanal',
  orgHomeSummaryChannelHint: 'Kanalen för sammanfattningar är förvald. Reverse Mentor måste vara med i den kanal du väljer.',
  orgHomeSummaryPosted: (p) => `Sammanfattningen av *${p.cohort}* är publicerad i ${p.channel}.`,
  orgHomeSummaryPostedNoChart: (p) =>
    `Sammanfattningen av *${p.cohort}* är publicerad i ${p.channel}, men diagrammet gick inte att ladda upp. Alla siffror finns i texten.`,
  orgHomeSummaryFailed: (p) => `Sammanfattningen gick inte att publicera i ${p.channel}. Försök igen om en stund.`,
  orgStatusHeader: 'Ditt program i en överblick',
  orgStatusHomeHint: 'Under fliken Hem i Reverse Mentor ser du samma sak, med knappar för nästa steg.',
};
