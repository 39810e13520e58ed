export const atRisk = {
  atRiskHeader: 'A pair may need a hand',
  atRiskText: (p: { cohort: string; cycle: number; cycles: number; mentor: string; mentee: string }) =>
    `*${p.cohort}*, week ${p.cycle} of ${p.cycles}: ${p.mentor} (mentor) and ${p.mentee} (mentee).`,
  atRiskTextBeforeFirst: (p: { cohort: string; mentor: string; mentee: string }) =>
    `*${p.cohort}*, before the first prompt: ${p.mentor} (mentor) and ${p.mentee} (mentee).`,
  atRiskReasonNotMet: "They haven't met for their last two prompts.",
  atRiskReasonLowRating: 'One of them rated their latest conversation 1 or 2 out of 5.',
  atRiskReasonRematch: 'One of them has asked for a new partner.',
  atRiskReasonNoFirstMeeting: "Ten days after their introduction they haven't had a first meeting, and none is booked.",
  atRiskFooter: 'Only organizers get this, and nothing anyone wrote is shared. A short, private check-in with each of them often helps.',
  atRiskFallback: (p: { cohort: string }) => `A pair in ${p.cohort} may need a hand.`,
};
