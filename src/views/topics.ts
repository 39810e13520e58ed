import type { Button, KnownBlock, ModalView, SectionBlock } from '@slack/types';
import type { Locale } from '../config';
import type { TopicSuggestion } from '../db/repositories/topic-suggestions';
import { TOPIC_LIMITS } from '../domain';
import type { Messages } from '../i18n';
import type { DecisionResult, ReviewQueue, TopicPage } from '../services/topics';
import { actions, button, context, header, plain, section, type SlackMessage } from './blocks';
import { ACTION, CALLBACK, TOPIC_FORM } from './ids';
import { SLACK_LIMITS, escapeMrkdwn, mention, slackDate, truncate } from './mrkdwn';

/**
 * Topic suggestions, votes and review (PRODUCT.md §3, §4): modals, messages and DMs. Pure: data in, blocks out.
 * Titles and descriptions are people's text: escaped wherever Slack reads mrkdwn, as typed in plain text.
 */

export function languageName(messages: Messages, locale: Locale): string {
  return locale === 'sv' ? messages.topicLanguageSv : messages.topicLanguageEn;
}

function textInput(
  blockId: string,
  label: string,
  options: { max: number; optional?: boolean; multiline?: boolean; hint?: string; placeholder?: string; initial?: string },
): KnownBlock {
  return {
    type: 'input',
    block_id: blockId,
    label: plain(label),
    ...(options.optional ? { optional: true } : {}),
    ...(options.hint ? { hint: plain(options.hint) } : {}),
    element: {
      type: 'plain_text_input',
      action_id: blockId,
      max_length: options.max,
      ...(options.multiline ? { multiline: true } : {}),
      ...(options.placeholder ? { placeholder: plain(options.placeholder) } : {}),
      ...(options.initial ? { initial_value: options.initial } : {}),
    },
  };
}

/** A modal with a line of text and a Close button: what a submitted form turns into. */
function noticeModal(title: string, text: string, close: string): ModalView {
  return { type: 'modal', title: plain(truncate(title, SLACK_LIMITS.modalTitle)), close: plain(close), blocks: [section(text)] };
}

/** The `topic_suggest` modal: a title (required) and why it is worth talking about (optional). */
export function topicSuggestModal(messages: Messages): ModalView {
  return {
    type: 'modal',
    callback_id: CALLBACK.topicSuggest,
    title: plain(messages.topicSuggestModalTitle),
    submit: plain(messages.topicSuggestModalSubmit),
    close: plain(messages.cancel),
    blocks: [
      section(messages.topicSuggestModalIntro),
      textInput(TOPIC_FORM.title, messages.topicTitleLabel, {
        max: TOPIC_LIMITS.titleChars,
        hint: messages.topicTitleHint({ max: TOPIC_LIMITS.titleChars }),
        placeholder: messages.topicTitlePlaceholder,
      }),
      textInput(TOPIC_FORM.description, messages.topicDescriptionLabel, {
        max: TOPIC_LIMITS.descriptionChars,
        optional: true,
        multiline: true,
        hint: messages.topicDescriptionHint({ max: TOPIC_LIMITS.descriptionChars }),
      }),
    ],
  };
}

export function suggestionThanksText(messages: Messages, suggestion: Pick<TopicSuggestion, 'title'>): string {
  return messages.topicSuggestThanks({ title: escapeMrkdwn(suggestion.title) });
}

/** What the suggest modal turns into once the suggestion is stored. */
export function suggestionThanksView(messages: Messages, suggestion: Pick<TopicSuggestion, 'title'>): ModalView {
  return noticeModal(messages.topicSuggestThanksTitle, suggestionThanksText(messages, suggestion), messages.topicModalClose);
}

/** The DM each organizer gets about a new suggestion. */
export function newSuggestionNotice(messages: Messages, suggestion: TopicSuggestion): SlackMessage {
  const text = messages.topicSuggestionNotice({
    user: suggestion.suggestedBy ? mention(suggestion.suggestedBy) : '',
    title: escapeMrkdwn(suggestion.title),
  });
  const blocks: KnownBlock[] = [section(text)];
  if (suggestion.description) blocks.push(context(escapeMrkdwn(suggestion.description)));
  return { text, blocks };
}

function topicText(title: string, description: string, extra: string): string {
  const lines = [`*${escapeMrkdwn(title)}*`];
  if (description) lines.push(escapeMrkdwn(description));
  lines.push(extra);
  return truncate(lines.join('\n'), SLACK_LIMITS.sectionText);
}

/**
 * `topics`: one section per approved topic with its vote count and a button (value = topic id) that says what it
 * does for the person looking: "Vote" (`topic_vote`) or "Take back vote" (`topic_vote_withdraw`); and a button to
 * the next page when there is one.
 */
export function topicListMessage(messages: Messages, page: TopicPage): SlackMessage {
  if (page.total === 0) return { text: messages.topicsEmpty, blocks: [section(messages.topicsEmpty)] };
  const blocks: KnownBlock[] = [header(messages.topicsHeader), context(messages.topicsIntro)];
  for (const { topic, votes, voted } of page.topics) {
    const vote: Button = voted
      ? button(messages.topicUnvoteButton, ACTION.topicVoteWithdraw, topic.id)
      : button(messages.topicVoteButton, ACTION.topicVote, topic.id, 'primary');
    const block: SectionBlock = {
      type: 'section',
      block_id: `topic-${topic.id}`,
      text: { type: 'mrkdwn', text: topicText(topic.title, topic.description, `_${messages.topicVoteCount({ count: votes })}_`) },
      accessory: vote,
    };
    blocks.push(block);
  }
  if (page.pageCount > 1) {
    const last = page.page >= page.pageCount;
    blocks.push(
      context(messages.topicsPageOf({ page: page.page, pages: page.pageCount })),
      actions('topic-pages', [button(last ? messages.topicsFirstPage : messages.topicsNextPage, ACTION.topicPage, String(last ? 1 : page.page + 1))]),
    );
  }
  blocks.push(context(messages.topicsSuggestHint));
  return { text: messages.topicsHeader, blocks };
}

function suggestedByLine(messages: Messages, suggestion: TopicSuggestion): string {
  const date = slackDate(new Date(suggestion.createdAt), '{date_short}');
  return suggestion.suggestedBy
    ? messages.topicReviewSuggestedBy({ user: mention(suggestion.suggestedBy), date })
    : messages.topicReviewSuggestedByFormer({ date });
}

/**
 * `topics review`: the oldest pending suggestions, each with `topic_approve` / `topic_reject` (value = topic id).
 * `note` (already escaped) says what just happened, when the list is redrawn after a decision.
 */
export function topicReviewMessage(messages: Messages, queue: ReviewQueue, note?: string): SlackMessage {
  const blocks: KnownBlock[] = note ? [section(note)] : [];
  if (queue.suggestions.length === 0) {
    blocks.push(section(messages.topicReviewEmpty));
    return { text: note ?? messages.topicReviewEmpty, blocks };
  }
  blocks.push(header(messages.topicReviewHeader));
  for (const suggestion of queue.suggestions) {
    blocks.push(
      section(topicText(suggestion.title, suggestion.description, `_${suggestedByLine(messages, suggestion)}_`)),
      actions(`review-${suggestion.id}`, [
        button(messages.topicApproveButton, ACTION.topicApprove, suggestion.id, 'primary'),
        button(messages.topicRejectButton, ACTION.topicReject, suggestion.id, 'danger'),
      ]),
    );
  }
  if (queue.total > queue.suggestions.length) {
    blocks.push(context(messages.topicReviewMore({ shown: queue.suggestions.length, total: queue.total })));
  }
  return { text: note ?? messages.topicReviewHeader, blocks };
}

/**
 * The `topic_approve` modal: the suggestion's wording to confirm or polish, and 2–3 questions to write in the
 * suggestion's language. private_metadata carries the topic id (checked again on submission).
 */
export function topicApproveModal(messages: Messages, suggestion: TopicSuggestion): ModalView {
  const question = (blockId: string, number: number, optional: boolean) =>
    textInput(blockId, messages.topicQuestionLabel({ number }), {
      max: TOPIC_LIMITS.questionChars,
      optional,
      ...(number === 1
        ? { hint: messages.topicQuestionsHint({ language: languageName(messages, suggestion.locale), max: TOPIC_LIMITS.questionChars }) }
        : {}),
    });
  return {
    type: 'modal',
    callback_id: CALLBACK.topicApprove,
    private_metadata: suggestion.id,
    title: plain(messages.topicApproveModalTitle),
    submit: plain(messages.topicApproveButton),
    close: plain(messages.cancel),
    blocks: [
      section(messages.topicApproveModalIntro),
      context(suggestedByLine(messages, suggestion)),
      textInput(TOPIC_FORM.title, messages.topicTitleLabel, {
        max: TOPIC_LIMITS.titleChars,
        initial: suggestion.title,
        hint: messages.topicTitleHint({ max: TOPIC_LIMITS.titleChars }),
      }),
      textInput(TOPIC_FORM.description, messages.topicDescriptionLabel, {
        max: TOPIC_LIMITS.descriptionChars,
        optional: true,
        multiline: true,
        initial: suggestion.description,
      }),
      question(TOPIC_FORM.question1, 1, false),
      question(TOPIC_FORM.question2, 2, false),
      question(TOPIC_FORM.question3, 3, true),
    ],
  };
}

/** What the approve modal turns into once the topic is approved. */
export function topicApprovedView(messages: Messages, suggestion: TopicSuggestion): ModalView {
  return noticeModal(messages.topicApprovedTitle, messages.topicApproved({ title: escapeMrkdwn(suggestion.title) }), messages.topicModalClose);
}

/** Why a decision changed nothing: the suggestion is gone, or someone already decided. */
export function notPendingText(messages: Messages, result: Exclude<DecisionResult, { ok: true }>): string {
  if (result.reason === 'not_found') return messages.topicSuggestionNotFound;
  const title = escapeMrkdwn(result.suggestion.title);
  return result.suggestion.status === 'approved' ? messages.topicAlreadyApproved({ title }) : messages.topicAlreadyRejected({ title });
}

/** What the approve modal turns into when there was nothing left to decide. */
export function notPendingView(messages: Messages, result: Exclude<DecisionResult, { ok: true }>): ModalView {
  return noticeModal(messages.topicNotDecidedTitle, notPendingText(messages, result), messages.topicModalClose);
}

export function topicRejectedNote(messages: Messages, suggestion: TopicSuggestion): string {
  return messages.topicRejected({ title: escapeMrkdwn(suggestion.title) });
}

/** The kind DM to the person who suggested a topic, once an organizer has decided. */
export function suggesterDecisionMessage(messages: Messages, suggestion: TopicSuggestion): SlackMessage {
  const title = escapeMrkdwn(suggestion.title);
  const text = suggestion.status === 'approved' ? messages.topicSuggesterApproved({ title }) : messages.topicSuggesterRejected({ title });
  return { text, blocks: [section(text)] };
}
