export const atRisk = {
  atRiskReasonNotMet: "They haven't met in their last two sessions.",
  atRiskReasonLowRating: 'One of them rated their latest conversation 1 or 2 out of 5.',
  atRiskReasonRematch: 'One of them has asked for a new match.',
  atRiskReasonNoFirstMeeting: "Ten days after their introduction they haven't had a first meeting, and none is booked.",
};
