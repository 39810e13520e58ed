import type { KnownBlock } from '@slack/types';
import type { Cohort } from '../db/repositories/cohorts';
import type { Messages } from '../i18n';
import type { MatchReason } from '../domain';
import { actions, context, header, section, type SlackMessage } from './blocks';
import { bookButton, MEETING_BLOCK } from './meetings';
import { reasonPhrases, type TopicTitles } from './match-reasons';
import { escapeMrkdwn, mention } from './mrkdwn';

/** Messages to participants when pairs are made or ended (PRODUCT.md §5, §11). Pure: data in, blocks out. */

export interface IntroductionData {
  /** The pair: what its Book a meeting button books for. */
  pairId: number;
  cohort: Pick<Cohort, 'name' | 'cadence'>;
  mentor: { userId: string; department: string };
  mentee: { userId: string; department: string };
  reasons: readonly MatchReason[];
  /** Topic titles in the pair's language. */
  titles: TopicTitles;
}

/**
 * The introduction in the pair's group DM: who they are, why they were matched, the ground rules (the talk is
 * confidential, the pairing is not; the mentee books the first meeting; 45–60 minutes) and the first step.
 */
export function introductionMessage(messages: Messages, data: IntroductionData): SlackMessage {
  const mentor = mention(data.mentor.userId);
  const mentee = mention(data.mentee.userId);
  const reasons = reasonPhrases(messages, data.reasons, data.titles).map((phrase) => `• ${phrase}`);
  const blocks: KnownBlock[] = [
    header(messages.introHeader),
    section(
      messages.introWho({
        mentor,
        mentorDepartment: escapeMrkdwn(data.mentor.department),
        mentee,
        menteeDepartment: escapeMrkdwn(data.mentee.department),
        cohort: escapeMrkdwn(data.cohort.name),
      }),
    ),
    section(messages.introWhy({ reasons: reasons.join('\n') })),
    section(messages.introRules({ mentee })),
    section(messages.introFirstStep({ mentee })),
    context(data.cohort.cadence === 'biweekly' ? messages.introPromptsBiweekly : messages.introPromptsWeekly),
    actions(MEETING_BLOCK.book, [bookButton(messages, data.pairId, 'primary')]),
  ];
  return { text: messages.introText({ mentor, mentee }), blocks };
}

/** The kind DM to someone left without a partner: first in line next time. */
export function unmatchedMessage(messages: Messages, cohortName: string): SlackMessage {
  const text = messages.unmatchedDm({ cohort: escapeMrkdwn(cohortName) });
  return { text, blocks: [section(text)] };
}

/** Told to each member of a pairing an organizer ended: no blame, no reason. */
export function pairEndedMessage(messages: Messages, partnerIds: readonly string[], cohortName: string): SlackMessage {
  const text = messages.pairEndedDm({ partners: partnerIds.map(mention).join(', '), cohort: escapeMrkdwn(cohortName) });
  return { text, blocks: [section(text)] };
}
