import type { ModalView } from '@slack/types';
import type { Cohort } from '../db/repositories/cohorts';
import type { Messages } from '../i18n';
import { plain, section } from './blocks';
import { CALLBACK, SUMMARY_POST } from './ids';
import { escapeMrkdwn, SLACK_LIMITS, truncate } from './mrkdwn';

/**
 * "Post summary" from App Home. The command posts "here", in the channel it is typed in; the Home tab has no
 * channel, so the organizer picks one, with the cohort's summary channel already chosen: one click posts where
 * the cohort's summaries always go, and any other channel is a choice away. private_metadata = the cohort id.
 */
export function summaryPostModal(messages: Messages, cohort: Pick<Cohort, 'id' | 'name' | 'summaryChannel'>): ModalView {
  return {
    type: 'modal',
    callback_id: CALLBACK.summaryPost,
    private_metadata: String(cohort.id),
    title: plain(truncate(messages.orgHomeSummaryTitle, SLACK_LIMITS.modalTitle)),
    submit: plain(messages.orgHomeSummaryPost),
    close: plain(messages.cancel),
    blocks: [
      section(messages.orgHomeSummaryIntro({ cohort: escapeMrkdwn(cohort.name) })),
      {
        type: 'input',
        block_id: SUMMARY_POST.channel,
        label: plain(messages.orgHomeSummaryChannel),
        hint: plain(messages.orgHomeSummaryChannelHint),
        element: {
          type: 'conversations_select',
          action_id: SUMMARY_POST.channel,
          initial_conversation: cohort.summaryChannel,
          filter: { include: ['public', 'private'], exclude_bot_users: true, exclude_external_shared_channels: true },
        },
      },
    ],
  };
}
