import type { Role } from '../../domain';
import { yourRole } from './common';

export const forgetMe = {
  formerParticipant: 'a former participant',
  forgetMeQuestion:
    'Delete your personal data from Reverse Mentor? Your profile, topics, goals, votes and everything you wrote in reflections ' +
    'will be deleted, and a pairing you are in will end. Totals (such as how many pairs met) keep counting you as a former ' +
    'participant, with no name. Messages already sent in Slack stay where they are. This cannot be undone.',
  forgetMeConfirm: 'Delete my data',
  forgetMeKeep: 'Keep my data',
  forgetMeKept: 'Nothing was deleted. You can ask again any time with `/reverse-mentor forget-me`.',
  forgetMeDone:
    "Done. Your personal data is deleted from Reverse Mentor, and in totals you're now a former participant with no name. " +
    "Thank you for the time you gave. You're always welcome back with `/reverse-mentor join`.",
  /** `role` is the role of the one who left (the reader's mentor or mentee). */
  forgetMePartnerNotice: (p: { cohort: string; role: Role }) =>
    `${yourRole(p.role).replace(/^y/, 'Y')} in *${p.cohort}* has left Reverse Mentor, so your pairing has ended. That's nobody's fault. ` +
    'The organizers will be in touch about a new match.',
  forgetMeOrganizerNotice: (p: { partner: string; cohort: string }) =>
    `${p.partner}'s pairing in *${p.cohort}* has ended because the other person left the programme. ` +
    'They may need a new match: `/reverse-mentor pair @mentor @mentee`.',
};
