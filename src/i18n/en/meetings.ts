import { plural } from '../catalog';

const count = plural('en');

/** Meetings booked in Slack (PRODUCT.md §12.2): the modal, the pair's booking message, reminder and follow-up. */
export const meetings = {
  helpBook: '`/reverse-mentor book` — book a meeting with your partner, at a time that suits you both',
  meetingBookButton: 'Book a meeting',
  meetingModalTitle: 'Book a meeting',
  meetingModalMoveTitle: 'Move the meeting',
  meetingModalSubmit: 'Book',
  meetingModalMoveSubmit: 'Move',
  meetingModalClose: 'Cancel',
  meetingModalIntro: (p: { partner: string }) =>
    `A meeting with ${p.partner}. It appears in your conversation together, with an invitation for both your calendars.`,
  meetingModalMoveIntro: (p: { partner: string }) =>
    `Pick a new time. ${p.partner} sees the change, and the new invitation replaces the old one in your calendars.`,
  meetingSuggestedLabel: 'A time that suits you both',
  meetingSuggestedHint: 'Within both your working hours (9 AM–5 PM, Monday to Friday), shown in your own time.',
  meetingSuggestedPlaceholder: 'Choose a time',
  meetingNoSuggestions: 'No time in the next seven days falls within both your working hours, so pick a date and time below.',
  meetingWhenLabel: 'Or choose a date and time',
  meetingWhenHint: 'In your own time zone. If you pick both, this one counts.',
  meetingLengthLabel: 'Length',
  meetingLengthOption: (p: { minutes: number }) => `${p.minutes} minutes`,
  meetingWhereLabel: 'Where',
  meetingWherePlaceholder: 'A video link or a place',
  meetingWhereHint: (p: { max: number }) => `Optional, up to ${p.max} characters. You both see it.`,
  meetingErrorTimeRequired: 'Choose one of the suggested times, or a date and time here.',
  meetingErrorInPast: 'That time has already passed. Choose one in the future.',
  meetingErrorAfterCohort: (p: { date: string }) => `The programme ends on ${p.date}. Choose a time before then.`,

  meetingBookedTitle: (p: { booker: string }) => `📅 *${p.booker} booked a meeting for you both*`,
  meetingMovedTitle: (p: { booker: string }) => `📅 *${p.booker} moved your meeting*`,
  meetingCancelledTitle: (p: { user: string }) => `❌ *${p.user} cancelled this meeting*`,
  meetingWhenLine: (p: { date: string; minutes: number }) => `*When:* ${p.date}, ${p.minutes} minutes`,
  meetingWhereLine: (p: { place: string }) => `*Where:* ${p.place}`,
  meetingNoPlace: '*Where:* not decided yet. Agree on it here.',
  meetingCalendarNote: 'Open the invitation below to add it to your calendar.',
  meetingCancelledNote: 'If you added it to your calendar, the cancellation below removes it.',
  meetingBookedText: (p: { booker: string; date: string }) => `${p.booker} booked a meeting for you both: ${p.date}`,
  meetingMovedText: (p: { booker: string; date: string }) => `${p.booker} moved your meeting to ${p.date}`,
  meetingCancelledText: (p: { user: string }) => `${p.user} cancelled your meeting`,
  meetingRescheduleButton: 'Reschedule',
  meetingCancelButton: 'Cancel meeting',
  meetingCancelConfirmTitle: 'Cancel the meeting?',
  meetingCancelConfirmText: 'You both see that it is cancelled, and the invitation is withdrawn.',
  meetingCancelConfirmYes: 'Cancel it',
  meetingCancelConfirmNo: 'Keep it',
  meetingInvitationTitle: 'Meeting invitation',
  meetingCancellationTitle: 'Cancelled meeting',
  meetingInvitationComment: 'The invitation for your calendars.',
  meetingCancellationComment: 'The cancellation for your calendars.',
  meetingInvitationSummary: (p: { mentor: string; mentee: string }) => `Reverse mentoring: ${p.mentor} and ${p.mentee}`,
  meetingInvitationSummaryNoNames: 'Reverse mentoring meeting',
  meetingInvitationDescription:
    'Booked in Slack with Reverse Mentor. What you talk about stays between the two of you. To move or cancel it, use the buttons on the booking message in Slack.',

  meetingReminderText: (p: { date: string }) => `⏰ Your meeting starts in an hour: ${p.date}.`,
  meetingFollowupText: (p: { date: string }) => `Did you meet? Your meeting of ${p.date} should be over by now.`,
  meetingHeldYes: 'Yes, we met',
  meetingHeldNo: "No, it didn't happen",
  meetingHeldMoved: 'We moved it',
  meetingHeldRecordedYes: (p: { user: string }) => `✅ ${p.user} recorded that you met. A short reflection while it's fresh helps you both.`,
  meetingHeldRecordedNo: (p: { user: string }) => `${p.user} recorded that the meeting didn't happen. Book a new time when it suits you.`,

  meetingNotYours: 'These buttons belong to the pair this meeting was booked for.',
  meetingGone: 'This can no longer be changed: the pairing or the programme has ended.',
  meetingCohortEnded: 'This cohort has ended, so meetings can no longer be booked or changed here. Thank you for taking part!',
  meetingPairEnded: 'This pairing has ended, so meetings can no longer be booked or changed here.',
  meetingAlreadyCancelled: 'This meeting was cancelled. Book a new one whenever you like.',
  meetingNoPair: "You don't have a partner to meet yet. You'll hear from me as soon as you're paired.",
  meetingChoosePartner: 'Who would you like to book a meeting with?',
  meetingWithPartner: (p: { partner: string }) => `With ${p.partner}`,

  firstMeetingNudgeText: (p: { mentor: string }) =>
    `It's been a few days since you and ${p.mentor} were introduced. As the mentee, you book the first meeting: pick a time that suits you both, and the invitation goes into both your calendars.`,

  homeMeetingsHeader: '*Your meetings*',
  homeNextMeeting: (p: { partner: string; date: string }) => `With ${p.partner}: next meeting ${p.date}`,
  homeNoMeeting: (p: { partner: string }) => `With ${p.partner}: nothing booked yet`,
  homeCohortMeetings: (p: { booked: number; held: number }) =>
    `Meetings in Slack: ${count(p.booked, { one: '# booked', other: '# booked' })}, ${count(p.held, { one: '# held', other: '# held' })}`,
  summaryMeetingsBooked: (p: { cycle: number; booked: number; held: number }) =>
    `*Meetings booked in Slack for session ${p.cycle}:* ${count(p.booked, { one: '# meeting', other: '# meetings' })}, ${p.held} of them held.`,
  finalMeetingsBooked: (p: { booked: number; held: number }) =>
    `*Meetings booked in Slack:* ${count(p.booked, { one: '# meeting', other: '# meetings' })}, ${p.held} of them held.`,
  exportColumnMeetingsBooked: 'Meetings booked',
  exportColumnMeetingsHeld: 'Meetings held',
};
