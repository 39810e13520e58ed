import { plural } from '../catalog';

const count = plural('en');

export const pairs = {
  pairUsage: 'Write the mentor first, then the mentee: `/reverse-mentor pair @mentor @mentee`.',
  unpairUsage: 'Mention the person whose pairing should end: `/reverse-mentor unpair @person`.',
  pairNotParticipant: (p: { user: string }) => `${p.user} isn't taking part in Reverse Mentor right now.`,
  pairWrongRoleMentor: (p: { user: string }) =>
    `${p.user} joined as a mentee, so they can't be the mentor. Write the mentor first: \`pair @mentor @mentee\`.`,
  pairWrongRoleMentee: (p: { user: string }) =>
    `${p.user} joined as a mentor, so they can't be the mentee. Write the mentor first: \`pair @mentor @mentee\`.`,
  pairNotInActiveCohort: (p: { user: string }) =>
    `${p.user} isn't in a matched cohort. Manual pairs are for cohorts that have been matched (\`/reverse-mentor match\`).`,
  pairDifferentCohorts: (p: { mentor: string; mentee: string }) => `${p.mentor} and ${p.mentee} are in different cohorts.`,
  pairRuleSamePerson: 'Nobody can be paired with themselves.',
  pairRuleManager: (p: { mentor: string; mentee: string }) =>
    `I can't pair ${p.mentor} with ${p.mentee}: one is the other's manager. The rules never pair anyone with their manager or with someone who reports to them.`,
  pairRulePreviousPair: (p: { mentor: string; mentee: string }) =>
    `I can't pair ${p.mentor} with ${p.mentee}: they have been a pair before. The rules never repeat a pair.`,
  pairRuleSeniority: (p: { mentor: string; mentee: string }) =>
    `I can't pair ${p.mentor} with ${p.mentee}: the mentor is more senior than the mentee. In reverse mentoring the mentor is the newer one.`,
  pairRuleCapacity: (p: { mentor: string; count: number; capacity: number }) =>
    `I can't give ${p.mentor} another mentee: they already have ${count(p.count, { one: '# mentee', other: '# mentees' })}, the most this cohort allows.`,
  pairMenteeTaken: (p: { mentee: string; mentor: string }) =>
    `${p.mentee} already has a mentor in this cohort (${p.mentor}). End that pairing first with \`/reverse-mentor unpair\`.`,
  pairAlreadyPaired: (p: { mentor: string; mentee: string }) => `${p.mentor} and ${p.mentee} are already a pair.`,
  pairDone: (p: { mentor: string; mentee: string }) => `Paired ${p.mentor} with ${p.mentee}. Their introduction is on its way.`,
  unpairNoPair: (p: { user: string }) => `${p.user} has no active pair, so there's nothing to end.`,
  unpairDone: (p: { user: string; partners: string }) => `Ended the pairing of ${p.user} with ${p.partners}. Both have been told, kindly.`,
  pairEndedDm: (p: { partners: string; cohort: string }) =>
    `Your pairing with ${p.partners} in *${p.cohort}* has come to an end. That happens, and it's nobody's fault. ` +
    'Thank you for the time you have given. The organizers will be in touch about what comes next.',
  rematchNoPair: "You aren't paired with anyone right now, so there's nothing to rematch. `/reverse-mentor status` shows where you stand.",
  rematchModalTitle: 'Ask for a new match',
  rematchModalSubmit: 'Send',
  rematchModalIntro: 'Only the organizers see this. Your partner is not told that you asked.',
  rematchPartnerLabel: 'Which pairing?',
  rematchPartnerUnnamed: (p: { number: number }) => `Mentee ${p.number}`,
  rematchReasonLabel: "What isn't working?",
  rematchReasonHint: (p: { max: number }) => `Up to ${count(p.max, { one: '# character', other: '# characters' })}. Only the organizers read it.`,
  rematchWhichPartner: 'You have more than one partner. Say which one: `/reverse-mentor rematch @partner [reason]`.',
  rematchDone: "Thanks for telling us. The organizers will get back to you privately, and your partner isn't told.",
  rematchOrganizerNotice: (p: { user: string; partner: string; cohort: string }) =>
    `${p.user} asks for a new partner in *${p.cohort}* (paired with ${p.partner}). Their partner has not been told.`,
  rematchOrganizerReason: (p: { reason: string }) => `*Reason:*\n${p.reason}`,
  rematchOrganizerNoReason: 'No reason given.',
};
