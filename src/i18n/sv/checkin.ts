import { plural } from '../catalog';
import type { Catalog } from '../catalog';
import type { checkin as English } from '../en/checkin';

const count = plural('sv');

export const checkin: Catalog<typeof English> = {
  checkinFallback: (p) => `Halva ${p.cohort} har gått: dags för en kort avstämning.`,
  checkinInvitation: (p) =>
    `*Halva ${p.cohort} har gått* (träff ${p.cycle} av ${p.cycles}). Hur går det med ${p.partner}? Tre snabba frågor.`,
  checkinInvitationPrivacy: (p) => `Dina svar når aldrig den andra i mentorskapet. Du kan svara, eller ändra dina svar, till ${p.date}.`,
  checkinButton: 'Stäm av',

  checkinTitle: 'Avstämning halvvägs',
  checkinSave: 'Skicka',
  checkinModalIntro: (p) => `Hur går mentorskapet med ${p.partner}?`,
  checkinModalPrivacy:
    'Den andra i mentorskapet ser aldrig dina svar. De programansvariga ser dina siffror, så att de kan stötta om det behövs; en kanal ser bara summor av minst 3 svar.',
  checkinModalEditable: (p) => `Du kan ändra dem till ${p.date}.`,
  checkinRelationshipLabelMentee: 'Hur bra fungerar det med din mentor?',
  checkinRelationshipLabelMentor: 'Hur bra fungerar det med din adept?',
  checkinRelationship1: '1 – Inte alls bra',
  checkinRelationship2: '2 – Inte så bra',
  checkinRelationship3: '3 – Okej',
  checkinRelationship4: '4 – Bra',
  checkinRelationship5: '5 – Mycket bra',
  checkinProgressLabelMentee: 'Hur långt har du kommit med dina mål?',
  checkinProgressLabelMentor: 'Hur långt har din adept kommit med sina mål?',
  checkinProgressNotStarted: 'Inte påbörjat än',
  checkinProgressSome: 'En bit på väg',
  checkinProgressOnTrack: 'Enligt plan',
  checkinProgressAchieved: 'Uppnått',
  checkinNoteLabel: 'Något de programansvariga borde veta?',
  checkinNoteHint: (p) => `Frivilligt, högst ${count(p.max, { one: '# tecken', other: '# tecken' })}. De programansvariga läser det här, med ditt namn. Ingen annan gör det.`,

  checkinSaved: 'Tack för din avstämning.',
  checkinUpdated: 'Din avstämning är uppdaterad.',
  checkinSavedNote: 'De programansvariga läser din kommentar, med ditt namn, i sin nästa sammanställning.',
  checkinSavedNoNote: 'Dina siffror räknas in i programmets summor; ingen annan ser dina svar.',
  checkinSavedEditable: (p) => `Du kan ändra den till ${p.date}: tryck på Stäm av igen.`,
  checkinNotAsked: 'Avstämningen öppnar halvvägs in i programmet, med den träffens utskick.',
  checkinClosed: 'Avstämningen är stängd. Tack!',
  checkinNotYours: 'Den här avstämningen hör till två andra, så du kan inte öppna den.',
  checkinPairEnded: 'Mentorskapet har avslutats, så avstämningen är stängd.',
  checkinCohortEnded: 'Programmet är slut, så avstämningen är stängd.',

  summaryCheckinOpen: (p) =>
    `*Avstämning:* ${count(p.count, { one: '# svar', other: '# svar' })} hittills. Siffrorna visas här när den stänger ${p.date}.`,
  summaryCheckinFigures: (p) =>
    `*Avstämning:* mentorer och adepter ger samarbetet ${p.average} av 5 i snitt, från ${count(p.count, { one: '# svar', other: '# svar' })}.`,
  summaryCheckinTooFew: (p) =>
    `*Avstämning:* för få svar för att visas (${p.count}). Siffror visas från 3 svar, så att ingens eget svar går att räkna ut.`,
  summaryCheckinProgress: (p) =>
    `Adepternas mål: ${p.notStarted} inte påbörjade · ${p.some} en bit på väg · ${p.onTrack} enligt plan · ${p.achieved} uppnådda`,

  digestCheckinNotesHeader: (p) =>
    count(p.count, { one: '*En kommentar till dig från avstämningen*', other: '*# kommentarer till dig från avstämningen*' }),
  checkinNoteLine: (p) => `• ${p.user} (${p.role}, med ${p.partner}) ger samarbetet ${p.relationship} av 5:`,
  digestReasonLowCheckin: 'en av dem gav samarbetet 1 eller 2 av 5 i avstämningen',
  atRiskReasonLowCheckin: 'En av dem gav samarbetet 1 eller 2 av 5 i avstämningen.',
};
