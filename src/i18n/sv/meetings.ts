import { plural } from '../catalog';
import type { Catalog } from '../catalog';
import type { meetings as English } from '../en/meetings';

const count = plural('sv');

export const meetings: Catalog<typeof English> = {
  helpBook: '`/reverse-mentor book` – boka ett möte vid en tid som passar er båda',
  meetingBookButton: 'Boka ett möte',
  meetingModalTitle: 'Boka ett möte',
  meetingModalMoveTitle: 'Flytta mötet',
  meetingModalSubmit: 'Boka',
  meetingModalMoveSubmit: 'Flytta',
  meetingModalClose: 'Avbryt',
  meetingModalIntro: (p) => `Ett möte med ${p.partner}. Det syns i er gemensamma konversation, med en inbjudan till era kalendrar.`,
  meetingModalMoveIntro: (p) => `Välj en ny tid. ${p.partner} ser ändringen, och den nya inbjudan ersätter den gamla i era kalendrar.`,
  meetingSuggestedLabel: 'En tid som passar er båda',
  meetingSuggestedHint: 'Inom era arbetstider (kl. 9–17, måndag till fredag), visat i din egen tid.',
  meetingSuggestedPlaceholder: 'Välj en tid',
  meetingNoSuggestions: 'Ingen tid de närmaste sju dagarna ligger inom era båda arbetstider, så välj dag och tid nedan.',
  meetingWhenLabel: 'Eller välj dag och tid',
  meetingWhenHint: 'I din egen tidszon. Om du väljer båda gäller den här.',
  meetingLengthLabel: 'Längd',
  meetingLengthOption: (p) => `${p.minutes} minuter`,
  meetingWhereLabel: 'Var',
  meetingWherePlaceholder: 'En videolänk eller en plats',
  meetingWhereHint: (p) => `Valfritt, högst ${p.max} tecken. Ni ser det båda.`,
  meetingErrorTimeRequired: 'Välj en av de föreslagna tiderna, eller dag och tid här.',
  meetingErrorInPast: 'Den tiden har redan varit. Välj en tid framåt.',
  meetingErrorAfterCohort: (p) => `Programmet slutar ${p.date}. Välj en tid före dess.`,

  meetingBookedTitle: (p) => `📅 *${p.booker} har bokat ett möte för er*`,
  meetingMovedTitle: (p) => `📅 *${p.booker} har flyttat ert möte*`,
  meetingCancelledTitle: (p) => `❌ *${p.user} har ställt in mötet*`,
  meetingWhenLine: (p) => `*När:* ${p.date}, ${p.minutes} minuter`,
  meetingWhereLine: (p) => `*Var:* ${p.place}`,
  meetingNoPlace: '*Var:* inte bestämt än. Kom överens här.',
  meetingCalendarNote: 'Öppna inbjudan nedan för att lägga in mötet i din kalender.',
  meetingCancelledNote: 'Har du lagt in mötet i din kalender tar avbokningen nedan bort det.',
  meetingBookedText: (p) => `${p.booker} har bokat ett möte för er: ${p.date}`,
  meetingMovedText: (p) => `${p.booker} har flyttat ert möte till ${p.date}`,
  meetingCancelledText: (p) => `${p.user} har ställt in ert möte`,
  meetingRescheduleButton: 'Flytta',
  meetingCancelButton: 'Ställ in mötet',
  meetingCancelConfirmTitle: 'Ställa in mötet?',
  meetingCancelConfirmText: 'Ni ser båda att mötet är inställt, och inbjudan dras tillbaka.',
  meetingCancelConfirmYes: 'Ställ in',
  meetingCancelConfirmNo: 'Behåll',
  meetingInvitationTitle: 'Mötesinbjudan',
  meetingCancellationTitle: 'Inställt möte',
  meetingInvitationComment: 'Inbjudan till era kalendrar.',
  meetingCancellationComment: 'Avbokningen till era kalendrar.',
  meetingInvitationSummary: (p) => `Omvänt mentorskap: ${p.mentor} och ${p.mentee}`,
  meetingInvitationSummaryNoNames: 'Möte i omvänt mentorskap',
  meetingInvitationDescription:
    'Bokat i Slack med Reverse Mentor. Det ni pratar om stannar mellan er två. Vill ni flytta eller ställa in mötet gör ni det med knapparna på bokningen i Slack.',

  meetingReminderText: (p) => `⏰ Ert möte börjar om en timme: ${p.date}.`,
  meetingFollowupText: (p) => `Blev det av? Ert möte ${p.date} borde vara över nu.`,
  meetingHeldYes: 'Ja, vi har träffats',
  meetingHeldNo: 'Nej, det blev inte av',
  meetingHeldMoved: 'Vi flyttade det',
  meetingHeldRecordedYes: (p) => `✅ ${p.user} har noterat att ni har träffats. En kort reflektion medan det är färskt hjälper er båda.`,
  meetingHeldRecordedNo: (p) => `${p.user} har noterat att mötet inte blev av. Boka en ny tid när det passar er.`,

  meetingNotYours: 'De här knapparna hör till paret som mötet bokades för.',
  meetingGone: 'Det här går inte längre att ändra: mentorskapet eller programmet har avslutats.',
  meetingCohortEnded: 'Den här omgången är avslutad, så det går inte längre att boka eller ändra möten här. Tack för att du var med!',
  meetingPairEnded: 'Det här mentorskapet är avslutat, så det går inte längre att boka eller ändra möten här.',
  meetingAlreadyCancelled: 'Det här mötet är inställt. Boka ett nytt när ni vill.',
  meetingNoPair: 'Du har ingen att träffa än. Du får ett meddelande från mig så snart du har parats ihop med någon.',
  meetingChoosePartner: 'Vem vill du boka ett möte med?',
  meetingWithPartner: (p) => `Med ${p.partner}`,

  firstMeetingNudgeText: (p) =>
    `Det har gått några dagar sedan du och ${p.mentor} presenterades för varandra. Som adept bokar du det första mötet: välj en tid som passar er båda, så hamnar inbjudan i bådas kalendrar.`,

  homeMeetingsHeader: '*Dina möten*',
  homeNextMeeting: (p) => `Med ${p.partner}: nästa möte ${p.date}`,
  homeNoMeeting: (p) => `Med ${p.partner}: inget bokat än`,
  homeCohortMeetings: (p) =>
    `Möten i Slack: ${count(p.booked, { one: '# bokat', other: '# bokade' })}, ${count(p.held, { one: '# genomfört', other: '# genomförda' })}`,
  summaryMeetingsBooked: (p) =>
    `*Möten bokade i Slack för träff ${p.cycle}:* ${count(p.booked, { one: '# möte', other: '# möten' })}, varav ${count(p.held, { one: '# genomfört', other: '# genomförda' })}.`,
  finalMeetingsBooked: (p) =>
    `*Möten bokade i Slack:* ${count(p.booked, { one: '# möte', other: '# möten' })}, varav ${count(p.held, { one: '# genomfört', other: '# genomförda' })}.`,
  exportColumnMeetingsBooked: 'Bokade möten',
  exportColumnMeetingsHeld: 'Genomförda möten',
};
