import { plural } from '../catalog';

const count = plural('en');

/** The final evaluation, the waiting list for the next cohort and the 30-day follow-up (PRODUCT.md §12.4). */
export const finalEvaluation = {
  finalInvitationFallback: (p: { cohort: string }) => `The last session of ${p.cohort}: your final evaluation.`,
  finalInvitation: (p: { cohort: string; partner: string }) =>
    `*This is the last session of ${p.cohort}.* Before it ends: how did it go with ${p.partner}, and what will stay with you? ` +
    'Your final evaluation takes three minutes.',
  finalInvitationClose: (p: { date: string }) => `It's open until ${p.date}, when the programme closes.`,
  finalButton: 'Final evaluation',

  finalTitle: 'Final evaluation',
  finalSave: 'Send',
  finalModalIntroMentee: (p: { partner: string }) => `Looking back on your sessions with ${p.partner}: what did they change for you?`,
  finalModalIntroMentor: (p: { partner: string }) => `Looking back on your sessions with ${p.partner}: what did you see change, and what did you learn?`,
  finalModalPrivacy: (p: { channel: string }) =>
    `The other person never sees your answers. Scores reach ${p.channel} only as totals (from 3 answers; the recommendation score from 5). ` +
    'What you write stays with you unless you choose to share it below.',
  finalModalEditable: (p: { date: string }) => `You can change it until ${p.date}.`,
  finalGoalsLabelMentee: 'How far did you get with your goals?',
  finalGoalsLabelMentor: 'How far did your mentee get with their goals?',
  finalGoals1: '1 – Not at all',
  finalGoals2: '2 – A little',
  finalGoals3: '3 – Part of the way',
  finalGoals4: '4 – Most of the way',
  finalGoals5: '5 – All the way',
  finalChangedLabelMentee: 'What will you do differently from now on?',
  finalChangedLabelMentor: 'What did you learn about leading?',
  finalChangedHintMentee: (p: { max: number }) => `Up to ${count(p.max, { one: '# character', other: '# characters' })}. In thirty days we'll send you your own words, to see how it went.`,
  finalChangedHintMentor: (p: { max: number }) => `Up to ${count(p.max, { one: '# character', other: '# characters' })}.`,
  finalSharingLabel: 'Who may read what you wrote?',
  finalSharingPrivate: 'Only me',
  finalSharingPrivateHint: 'Nobody else reads it; organizers only see that you answered.',
  finalSharingAnonymous: 'The final report, without my name',
  finalSharingAnonymousHint: 'It may be quoted in the final report, with no name.',
  finalSharingNamed: 'The final report, with my name',
  finalSharingNamedHint: 'It may be quoted in the final report, with your name.',
  finalRecommendLabel: 'Would you recommend the programme to a colleague?',
  finalRecommendHint: '0 means not at all likely, 10 extremely likely.',
  finalRecommend0: '0 – Not at all likely',
  finalRecommend10: '10 – Extremely likely',
  finalAgainLabel: 'Would you take part again?',
  finalAgainHint: 'Optional. Choose mentor or mentee and you will be enrolled in the next cohort in that role.',
  finalAgainMentor: 'Yes, as a mentor',
  finalAgainMentee: 'Yes, as a mentee',
  finalAgainNo: 'No, not now',
  finalErrorRequired: 'Please answer this one.',
  finalErrorChanged: 'Please write a few words.',

  finalSaved: 'Thank you for your final evaluation, and for taking part.',
  finalUpdated: 'Your final evaluation is updated.',
  finalSavedPrivate: 'Only you can read what you wrote.',
  finalSavedAnonymous: 'What you wrote may be quoted in the final report, without your name.',
  finalSavedNamed: 'What you wrote may be quoted in the final report, with your name.',
  finalSavedWaitingList: (p: { role: string }) =>
    `You're on the waiting list for the next cohort, as a ${p.role}: you'll be enrolled when it opens, and told. \`/reverse-mentor leave\` takes you off.`,
  finalSavedNotAgain: "You won't be enrolled in the next cohort. Changed your mind? Join again any time with `/reverse-mentor join`.",
  finalSavedFollowup: "In thirty days we'll send you what you said you'd do differently, to see how it went.",
  finalSavedEditable: (p: { date: string }) => `You can change it until ${p.date}: press Final evaluation again.`,
  finalNotAsked: "The final evaluation opens with the last session's prompt.",
  finalClosed: 'The final evaluation has closed now that the programme has ended. Thank you for taking part!',
  finalNotYours: "This final evaluation belongs to another pair, so you can't open it.",
  finalPairEnded: 'This pairing has ended, so its final evaluation is closed.',

  followupFallback: (p: { cohort: string }) => `Thirty days after ${p.cohort}: how did it go?`,
  followupIntro: (p: { cohort: string }) =>
    `It's thirty days since *${p.cohort}* came to an end. In your final evaluation you wrote what you would do differently from then on:`,
  followupQuestion: 'How has it gone?',
  followupDone: 'Done',
  followupPartly: 'Partly',
  followupNotYet: 'Not yet',
  followupAnswered: (p: { answer: string }) => `You answered *${p.answer}*. Thank you! Press another button to change it.`,
  followupPrivacy: (p: { date: string }) =>
    `Only you see your words. Organizers only learn how many answered each way. You can answer until ${p.date}.`,
  followupClosed: 'The follow-up has closed. Thank you!',
  followupClosedAnswered: (p: { answer: string }) => `You answered *${p.answer}*. The follow-up has closed: thank you!`,
  followupNotYours: 'This follow-up belongs to someone else.',

  nextCohortEnrolled: (p: { cohort: string; role: string }) =>
    `You're enrolled in *${p.cohort}* as a ${p.role}, as you asked in your final evaluation. You'll hear who you're paired with ` +
    'once the organizers have matched everyone. Changed your mind? `/reverse-mentor leave`.',
};
