import type { Locale } from '../config';
import type { Db } from '../db/open';
import { inTransaction } from '../db/open';
import {
  approvePendingSuggestion,
  countPendingSuggestions,
  findSuggestion,
  insertSuggestion,
  listPendingSuggestions,
  openTopicTitles,
  rejectPendingSuggestion,
  type TopicSuggestion,
} from '../db/repositories/topic-suggestions';
import { addVote, removeVote, voteCounts, votedTopicIds } from '../db/repositories/topic-votes';
import { approvedTopicIds, listApprovedTopics, type Topic } from '../db/repositories/topics';
import { TOPIC_LIMITS } from '../domain';

/**
 * Topics beyond the catalogue (PRODUCT.md §3, §7): anyone suggests, organizers approve or reject, anyone votes.
 * A suggestion has a title and an optional "why"; the organizer who approves it writes the 2–3 discussion
 * questions, so every approved topic can carry a weekly prompt. Text arrives already cleaned (trimmed, no
 * control characters); the rules here are about lengths, duplicates and states.
 */

/** Length as a person counts it (code points), so an emoji counts once. */
function length(text: string): number {
  return [...text].length;
}

/** Titles compare without case, width or spacing differences: "AI at work" = "ai  at WORK". */
function titleKey(title: string): string {
  return title.normalize('NFKC').toLocaleLowerCase().replace(/\s+/g, ' ').trim();
}

// ---------------------------------------------------------------------------------------------------------------
// Suggesting
// ---------------------------------------------------------------------------------------------------------------

export interface SuggestionInput {
  title: string;
  description: string;
}

export type SuggestionField = keyof SuggestionInput;

/** What is wrong with a title or "why" as typed. */
export type TextError = 'title_required' | 'title_too_long' | 'description_too_long';

export type SuggestionError = TextError | 'duplicate' | 'too_many_pending';

export type SuggestionErrors = Partial<Record<SuggestionField, SuggestionError>>;

export type SuggestResult = { ok: true; suggestion: TopicSuggestion } | { ok: false; errors: SuggestionErrors };

/** The checks that need no database: every problem at once, per field. */
export function checkSuggestion(input: SuggestionInput): Partial<Record<SuggestionField, TextError>> {
  const errors: Partial<Record<SuggestionField, TextError>> = {};
  if (input.title === '') errors.title = 'title_required';
  else if (length(input.title) > TOPIC_LIMITS.titleChars) errors.title = 'title_too_long';
  if (length(input.description) > TOPIC_LIMITS.descriptionChars) errors.description = 'description_too_long';
  return errors;
}

/**
 * Records a suggestion as a pending topic in the suggester's language. Refused when the text is not valid, when
 * the same title is already approved or waiting, or when the person already has `pendingPerPerson` suggestions
 * waiting (so organizers are not flooded). The checks and the insert share the write lock.
 */
export function suggestTopic(db: Db, userId: string, locale: Locale, input: SuggestionInput, now: Date): SuggestResult {
  const errors = checkSuggestion(input);
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return inTransaction(db, (): SuggestResult => {
    if (countPendingSuggestions(db, userId) >= TOPIC_LIMITS.pendingPerPerson) return { ok: false, errors: { title: 'too_many_pending' } };
    const key = titleKey(input.title);
    if (openTopicTitles(db).some((title) => titleKey(title) === key)) return { ok: false, errors: { title: 'duplicate' } };
    return { ok: true, suggestion: insertSuggestion(db, { userId, locale, ...input }, now) };
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Voting
// ---------------------------------------------------------------------------------------------------------------

/** Sections per `topics` message: with the header, intro and paging that stays well inside 50 blocks. */
export const TOPICS_PER_PAGE = 20;

export interface VotableTopic {
  topic: Topic;
  votes: number;
  /** Whether the person looking has voted for it. */
  voted: boolean;
}

export interface TopicPage {
  topics: VotableTopic[];
  /** 1-based. */
  page: number;
  pageCount: number;
  total: number;
}

function pageOf(db: Db, topics: Topic[], userId: string, requested: number): TopicPage {
  const pageCount = Math.max(1, Math.ceil(topics.length / TOPICS_PER_PAGE));
  const page = Math.min(Math.max(1, Math.trunc(requested) || 1), pageCount);
  const shown = topics.slice((page - 1) * TOPICS_PER_PAGE, page * TOPICS_PER_PAGE);
  const ids = shown.map((topic) => topic.id);
  const counts = voteCounts(db, ids);
  const mine = votedTopicIds(db, userId, ids);
  return {
    topics: shown.map((topic) => ({ topic, votes: counts.get(topic.id) ?? 0, voted: mine.has(topic.id) })),
    page,
    pageCount,
    total: topics.length,
  };
}

/**
 * Approved topics in catalogue order (stable, so buttons do not move while people vote), in the person's
 * language where translated, with vote counts and the person's own votes. Pages out of range are clamped.
 */
export function topicPage(db: Db, locale: Locale, userId: string, page: number): TopicPage {
  return pageOf(db, listApprovedTopics(db, locale), userId, page);
}

/** The page that shows `topicId` (the first page when it is not listed): what a vote click redraws. */
export function topicPageWith(db: Db, locale: Locale, userId: string, topicId: string): TopicPage {
  const topics = listApprovedTopics(db, locale);
  const index = topics.findIndex((topic) => topic.id === topicId);
  return pageOf(db, topics, userId, index < 0 ? 1 : Math.floor(index / TOPICS_PER_PAGE) + 1);
}

/** What the button pressed says to do: the person's vote on, or off. */
export type VoteIntent = 'vote' | 'withdraw';

/** `unchanged`: the vote was already as asked (the same request again, or a stale list). */
export type VoteResult = 'added' | 'removed' | 'unchanged' | 'not_open';

/**
 * One vote per person per topic, set as the button says: voting twice leaves one vote, withdrawing twice leaves
 * none. Never a toggle, so a request that arrives again, even after a restart has emptied the memory of requests
 * already seen, cannot undo what the person did. Only approved topics take votes, so a crafted click on a pending,
 * rejected or unknown topic changes nothing.
 */
export function setVote(db: Db, topicId: string, userId: string, intent: VoteIntent, now: Date): VoteResult {
  return inTransaction(db, () => {
    if (!approvedTopicIds(db, [topicId]).has(topicId)) return 'not_open';
    if (intent === 'withdraw') return removeVote(db, topicId, userId) ? 'removed' : 'unchanged';
    return addVote(db, topicId, userId, now) ? 'added' : 'unchanged';
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Reviewing (organizers; rights are checked by the caller on every command, button and view)
// ---------------------------------------------------------------------------------------------------------------

/** Suggestions per review message: two blocks each (text and buttons), inside the 50-block limit. */
export const REVIEW_PAGE_SIZE = 20;

export interface ReviewQueue {
  /** The oldest pending suggestions, at most REVIEW_PAGE_SIZE. */
  suggestions: TopicSuggestion[];
  total: number;
}

export function reviewQueue(db: Db): ReviewQueue {
  return { suggestions: listPendingSuggestions(db, REVIEW_PAGE_SIZE), total: countPendingSuggestions(db) };
}

export type DecisionResult =
  | { ok: true; suggestion: TopicSuggestion }
  | { ok: false; reason: 'not_found' }
  | { ok: false; reason: 'already_decided'; suggestion: TopicSuggestion };

/** A suggestion the organizer may still decide on, or why not. */
export function pendingSuggestion(db: Db, topicId: string): DecisionResult {
  const suggestion = findSuggestion(db, topicId);
  if (!suggestion) return { ok: false, reason: 'not_found' };
  if (suggestion.status !== 'pending') return { ok: false, reason: 'already_decided', suggestion };
  return { ok: true, suggestion };
}

export function rejectSuggestion(db: Db, topicId: string, organizerId: string, now: Date): DecisionResult {
  return inTransaction(db, () => {
    const found = pendingSuggestion(db, topicId);
    if (!found.ok) return found;
    rejectPendingSuggestion(db, topicId, organizerId, now);
    return { ok: true, suggestion: findSuggestion(db, topicId) as TopicSuggestion };
  });
}

export interface ApprovalInput {
  title: string;
  description: string;
  /** As typed in the modal's question inputs, in order; '' for an empty one. */
  questions: string[];
}

export type ApprovalField = 'title' | 'description' | 'question1' | 'question2' | 'question3';

export type ApprovalError = TextError | 'duplicate' | 'question_required' | 'question_too_long';

export type ApprovalErrors = Partial<Record<ApprovalField, ApprovalError>>;

const QUESTION_FIELDS = ['question1', 'question2', 'question3'] as const satisfies readonly ApprovalField[];

/**
 * The approval's wording: a title and "why" as for a suggestion, and 2–3 questions. Empty question inputs are
 * skipped; when fewer than the minimum remain, the first empty inputs are marked.
 */
export function checkApproval(input: ApprovalInput): ApprovalErrors {
  const errors: ApprovalErrors = { ...checkSuggestion(input) };
  const slots = QUESTION_FIELDS.map((field, index) => ({ field, text: input.questions[index] ?? '' }));
  for (const { field, text } of slots) if (length(text) > TOPIC_LIMITS.questionChars) errors[field] = 'question_too_long';
  let missing = TOPIC_LIMITS.questionsMin - slots.filter(({ text }) => text !== '').length;
  for (const { field, text } of slots) {
    if (missing <= 0) break;
    if (text === '') {
      errors[field] = 'question_required';
      missing -= 1;
    }
  }
  return errors;
}

export type ApproveResult = DecisionResult | { ok: false; reason: 'invalid'; errors: ApprovalErrors };

/**
 * Approves a pending suggestion with the organizer's wording: it then appears in the join modal, in `topics`
 * and in the prompts' rotation (all of which list approved topics). Deciding twice changes nothing.
 */
export function approveSuggestion(db: Db, topicId: string, input: ApprovalInput, organizerId: string, now: Date): ApproveResult {
  const errors = checkApproval(input);
  if (Object.keys(errors).length > 0) return { ok: false, reason: 'invalid', errors };
  return inTransaction(db, (): ApproveResult => {
    const found = pendingSuggestion(db, topicId);
    if (!found.ok) return found;
    const key = titleKey(input.title);
    if (openTopicTitles(db, topicId).some((title) => titleKey(title) === key)) {
      return { ok: false, reason: 'invalid', errors: { title: 'duplicate' } };
    }
    const questions = input.questions.filter((question) => question !== '').slice(0, TOPIC_LIMITS.questionsMax);
    approvePendingSuggestion(db, topicId, found.suggestion.locale, { title: input.title, description: input.description, questions }, organizerId, now);
    return { ok: true, suggestion: findSuggestion(db, topicId) as TopicSuggestion };
  });
}
