import { plural } from '../catalog';

const count = plural('en');

/** The midpoint check-in (PRODUCT.md §12.3): the invitation, the modal, what a channel and organizers see. */
export const checkin = {
  checkinFallback: (p: { cohort: string }) => `You're halfway through ${p.cohort}: time for a short check-in.`,
  checkinInvitation: (p: { cohort: string; partner: string; cycle: number; cycles: number }) =>
    `*You're halfway through ${p.cohort}* (session ${p.cycle} of ${p.cycles}). How is it going with ${p.partner}? Three quick questions.`,
  checkinInvitationPrivacy: (p: { date: string }) =>
    `Your answers never reach the other person. You can answer, or change your answers, until ${p.date}.`,
  checkinButton: 'Check in',

  checkinTitle: 'Halfway check-in',
  checkinSave: 'Send',
  checkinModalIntro: (p: { partner: string }) => `How is your mentorship with ${p.partner} going?`,
  checkinModalPrivacy:
    'The other person never sees your answers. Organizers see your scores, so they can help a pair that needs it; a channel only sees totals of at least 3 answers.',
  checkinModalEditable: (p: { date: string }) => `You can change them until ${p.date}.`,
  checkinRelationshipLabelMentee: 'How well does it work with your mentor?',
  checkinRelationshipLabelMentor: 'How well does it work with your mentee?',
  checkinRelationship1: '1 – Not well at all',
  checkinRelationship2: '2 – Not so well',
  checkinRelationship3: '3 – OK',
  checkinRelationship4: '4 – Well',
  checkinRelationship5: '5 – Very well',
  checkinProgressLabelMentee: 'How far have your goals come?',
  checkinProgressLabelMentor: "How far have your mentee's goals come?",
  checkinProgressNotStarted: 'Not started yet',
  checkinProgressSome: 'Some progress',
  checkinProgressOnTrack: 'On track',
  checkinProgressAchieved: 'Achieved',
  checkinNoteLabel: 'Anything the organizers should know?',
  checkinNoteHint: (p: { max: number }) => `Optional, up to ${count(p.max, { one: '# character', other: '# characters' })}. The organizers will read this, with your name. Nobody else will.`,

  checkinSaved: 'Thanks for checking in.',
  checkinUpdated: 'Your check-in is updated.',
  checkinSavedNote: 'The organizers will read your note, with your name, in their next digest.',
  checkinSavedNoNote: 'Your scores count in the programme totals; nobody else sees your answers.',
  checkinSavedEditable: (p: { date: string }) => `You can change it until ${p.date}: press Check in again.`,
  checkinNotAsked: "The check-in opens halfway through the programme, with that session's prompt.",
  checkinClosed: 'The check-in has closed. Thank you!',
  checkinNotYours: "This check-in belongs to another pair, so you can't open it.",
  checkinPairEnded: 'This pairing has ended, so its check-in is closed.',
  checkinCohortEnded: 'The programme has ended, so its check-in is closed.',

  summaryCheckinOpen: (p: { count: number; date: string }) =>
    `*Check-in:* ${count(p.count, { one: '# answer', other: '# answers' })} so far. Its figures appear here once it closes on ${p.date}.`,
  summaryCheckinFigures: (p: { average: string; count: number }) =>
    `*Check-in:* mentors and mentees say it works ${p.average} out of 5 on average, from ${count(p.count, { one: '# answer', other: '# answers' })}.`,
  summaryCheckinTooFew: (p: { count: number }) =>
    `*Check-in:* too few answers to show (${p.count}). Figures appear from 3 answers on, so nobody's own answer can be read from them.`,
  summaryCheckinProgress: (p: { notStarted: number; some: number; onTrack: number; achieved: number }) =>
    `Mentees' goals: ${p.notStarted} not started · ${p.some} some progress · ${p.onTrack} on track · ${p.achieved} achieved`,

  digestCheckinNotesHeader: (p: { count: number }) =>
    count(p.count, { one: '*A note for you from the check-in*', other: '*# notes for you from the check-in*' }),
  checkinNoteLine: (p: { user: string; role: string; partner: string; relationship: number }) =>
    `• ${p.user} (${p.role}, with ${p.partner}) says it works ${p.relationship} out of 5:`,
  digestReasonLowCheckin: 'one of them said at the check-in that it works 1 or 2 out of 5',
  atRiskReasonLowCheckin: 'One of them said at the check-in that it works 1 or 2 out of 5.',
};
