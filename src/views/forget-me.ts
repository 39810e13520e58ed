import type { Role } from '../domain';
import type { Messages } from '../i18n';
import { actions, button, section, type SlackMessage } from './blocks';
import { ACTION } from './ids';
import { escapeMrkdwn, mention } from './mrkdwn';

/** `/reverse-mentor forget-me`: the question first, and the kind notices afterwards. Pure builders. */

export const FORGET_ME_BLOCK = 'forget_me';

export function forgetMeQuestion(messages: Messages): SlackMessage {
  return {
    text: messages.forgetMeQuestion,
    blocks: [
      section(messages.forgetMeQuestion),
      actions(FORGET_ME_BLOCK, [
        button(messages.forgetMeConfirm, ACTION.forgetMeConfirm, 'forget', 'danger'),
        button(messages.forgetMeKeep, ACTION.forgetMeCancel, 'keep'),
      ]),
    ],
  };
}

/** To the partner: the pairing has ended; `role` is the side of the one who left ("your mentor"), never their name. */
export function forgetMePartnerNotice(messages: Messages, cohortName: string, role: Role): SlackMessage {
  const text = messages.forgetMePartnerNotice({ cohort: escapeMrkdwn(cohortName), role });
  return { text, blocks: [section(text)] };
}

/** To organizers: whose pairing ended and that they may need a new partner; never who asked to be forgotten. */
export function forgetMeOrganizerNotice(messages: Messages, partnerId: string, cohortName: string): SlackMessage {
  const text = messages.forgetMeOrganizerNotice({ partner: mention(partnerId), cohort: escapeMrkdwn(cohortName) });
  return { text, blocks: [section(text)] };
}
