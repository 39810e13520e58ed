import type { Role } from '../../domain';
import { plural } from '../catalog';
import { yourRole } from './common';

const count = plural('en');

/** "your mentee" or "your mentees" for `n` partners of someone whose partners have `role`. */
function yourPartners(role: Role, n: number): string {
  return n === 1 ? yourRole(role) : `${yourRole(role)}s`;
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export const participation = {
  statusHeader: 'Your Reverse Mentor status',
  statusNotJoined: "You haven't joined yet. Type `/reverse-mentor join` — it takes two minutes.",
  statusRole: (p: { role: string }) => `*Role:* ${p.role}`,
  statusCohort: (p: { cohort: string }) => `*Cohort:* ${p.cohort}`,
  statusCohortCompleted: (p: { cohort: string }) => `*Cohort:* ${p.cohort} (completed)`,
  statusNoCohort: '*Cohort:* waiting for the next one',
  statusNotMatched: '*Your match:* not made yet',
  /** `role` is the role of the partners listed (a mentor's partners are mentees). */
  statusPartners: (p: { role: Role; count: number; partners: string }) => `*${capital(yourPartners(p.role, p.count))}:* ${p.partners}`,
  statusPartnersWere: (p: { partners: string }) => `*You were paired with:* ${p.partners}`,
  statusNextPrompt: (p: { date: string }) => `*Next prompt:* ${p.date}`,
  statusReflections: (p: { count: number }) => `*Your reflections so far:* ${p.count}`,
  statusReflectionsCompleted: (p: { count: number }) =>
    `*You wrote:* ${p.count === 0 ? 'no reflections' : count(p.count, { one: '# reflection', other: '# reflections' })}. Thank you for the time you gave.`,
  statusNextAfterCompleted:
    "*What's next:* you're enrolled in the next cohort as soon as an organizer opens one. Rather not? `/reverse-mentor leave`.",
  statusPaused: (p: { until: string }) => `*Paused* until ${p.until}. \`/reverse-mentor resume\` to start again sooner.`,
  statusLeft: 'You have left the programme.',
  statusActive: '*Status:* active',

  pauseDone: (p: { until: string }) => `Paused. No prompts until ${p.until}; then they start again by themselves.`,
  /** `role` is the role of the partners (a mentor pausing has mentees). */
  pauseDoneWithPartners: (p: { until: string; role: Role; count: number; partners: string }) =>
    `Paused until ${p.until}. Prompts are for the two of you, so ${yourPartners(p.role, p.count)} ${p.partners} ` +
    `${p.count === 1 ? 'gets' : 'get'} none until then either. I'm letting ${p.count === 1 ? 'them' : 'them all'} know you're taking a break, not why. ` +
    'Prompts start again by themselves.',
  pauseInvalidWeeks: (p: { max: number }) => `Pause for a whole number of weeks, from 1 to ${p.max}. For example \`/reverse-mentor pause 2\`.`,
  resumeDone: "Welcome back! You'll get prompts again from the next one.",
  resumeDoneWithPartners: (p: { partners: string }) =>
    `Welcome back! Prompts start again from the next one, and I'm letting ${p.partners} know.`,
  notPaused: "You're not paused, so there's nothing to resume.",
  /** `partner` is the role of the person's partner, or null when they have none. */
  leaveQuestion: (p: { partner: Role | null }) =>
    p.partner === null
      ? 'Leave Reverse Mentor? The organizers will be told you have left, not why.'
      : `Leave Reverse Mentor? Your pairing ends, and ${yourRole(p.partner)} and the organizers will be told you have left, not why.`,
  leaveConfirm: 'Leave the programme',
  leaveKeep: 'Stay',
  leaveDone: 'You have left the programme. Thank you for taking part. :pray:',
  leaveKept: "Glad you're staying!",
  organizerParticipantLeft: (p: { user: string }) => `${p.user} has left the Reverse Mentor programme.`,
  organizerParticipantLeftPaired: (p: { user: string; partners: string; cohort: string }) =>
    `${p.user} has left the Reverse Mentor programme. Their pairing in *${p.cohort}* has ended, so ${p.partners} may need a new match: ` +
    '`/reverse-mentor pair @mentor @mentee`.',
  /** To the partner of someone who left; `role` is the role of the one who left. */
  partnerLeft: (p: { user: string; role: Role; cohort: string }) =>
    `${capital(yourRole(p.role))} ${p.user} has had to leave the programme, so your pairing in *${p.cohort}* has ended. ` +
    "That's nobody's fault. Thank you for the time you gave it — the organizers will be in touch about what comes next.",
  /** To the partner of someone who paused; `role` is the role of the one who paused. No reason is given. */
  partnerPaused: (p: { user: string; role: Role; until: string }) =>
    `${capital(yourRole(p.role))} ${p.user} is taking a short break until ${p.until}, so there are no prompts for the two of you until then. ` +
    "There's nothing you need to do; I'll tell you when they're back.",
  partnerResumed: (p: { user: string; role: Role }) =>
    `${capital(yourRole(p.role))} ${p.user} is back, so your prompts start again with the next one.`,
  partnerResumedOn: (p: { user: string; role: Role; date: string }) =>
    `${capital(yourRole(p.role))} ${p.user} is back, so your prompts start again with the next one, on ${p.date}.`,
};
