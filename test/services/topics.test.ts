import type { Db } from '../../src/db/open';
import { findSuggestion } from '../../src/db/repositories/topic-suggestions';
import { voteCounts } from '../../src/db/repositories/topic-votes';
import { approvedTopicIds, listApprovedTopics } from '../../src/db/repositories/topics';
import {
  approveSuggestion,
  checkApproval,
  checkSuggestion,
  rejectSuggestion,
  reviewQueue,
  suggestTopic,
  setVote,
  topicPage,
  topicPageWith,
  TOPICS_PER_PAGE,
  REVIEW_PAGE_SIZE,
} from '../../src/services/topics';
import { freshDatabase } from '../helpers/db';

const NOW = new Date('2026-11-27T10:00:00Z');
const ADA = 'U0ADA00001';
const BEA = 'U0BEA00001';
const ORG = 'U0ORG00001';

function suggest(db: Db, title: string, userId = ADA, locale: 'en' | 'sv' = 'en', description = '') {
  const result = suggestTopic(db, userId, locale, { title, description }, NOW);
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.errors)}`);
  return result.suggestion;
}

const QUESTIONS = ['What surprised you?', 'What would you try?', ''];

describe('topic suggestions', () => {
  let db: Db;
  beforeEach(() => {
    db = freshDatabase().db;
  });
  afterEach(() => db.close());

  it('checks the title (required, at most 75 characters as people count them) and the why (at most 300)', () => {
    expect(checkSuggestion({ title: '', description: '' })).toEqual({ title: 'title_required' });
    expect(checkSuggestion({ title: 'x'.repeat(75), description: 'y'.repeat(300) })).toEqual({});
    expect(checkSuggestion({ title: 'x'.repeat(76), description: 'y'.repeat(301) })).toEqual({ title: 'title_too_long', description: 'description_too_long' });
    // 75 emoji are 150 UTF-16 units but 75 characters to the person typing them.
    expect(checkSuggestion({ title: '🚀'.repeat(75), description: '' })).toEqual({});
  });

  it('stores a pending suggestion with its author, language and an id usable as a Slack option value', () => {
    const first = suggest(db, 'Working with AI assistants', ADA, 'sv', 'Many of us use them daily');
    const second = suggest(db, 'Mentoring across time zones', BEA);
    expect(first).toMatchObject({ id: 's-1', status: 'pending', suggestedBy: ADA, locale: 'sv', title: 'Working with AI assistants', description: 'Many of us use them daily', questions: [] });
    expect(second.id).toBe('s-2');
    expect(db.prepare("SELECT source, status, suggested_by FROM topics WHERE id = 's-1'").get()).toEqual({ source: 'suggested', status: 'pending', suggested_by: ADA });
    expect(db.prepare("SELECT locale, questions FROM topic_texts WHERE topic_id = 's-1'").all()).toEqual([{ locale: 'sv', questions: '[]' }]);
    // Not offered anywhere until approved.
    expect(approvedTopicIds(db, ['s-1'])).toEqual(new Set());
    expect(listApprovedTopics(db, 'en').map((t) => t.id)).not.toContain('s-1');
  });

  it('refuses a title that is already a topic or waiting, whatever its case and spacing', () => {
    suggest(db, 'Mentoring across time zones');
    for (const title of ['ai  AT work', 'MENTORING across time zones']) {
      expect(suggestTopic(db, BEA, 'en', { title, description: '' }, NOW)).toEqual({ ok: false, errors: { title: 'duplicate' } });
    }
    // The Swedish catalogue title counts too.
    expect(suggestTopic(db, BEA, 'sv', { title: 'Ai på jobbet', description: '' }, NOW)).toMatchObject({ ok: false });
  });

  it('a rejected title may be suggested again', () => {
    const rejected = suggest(db, 'Office dogs');
    rejectSuggestion(db, rejected.id, ORG, NOW);
    expect(suggestTopic(db, BEA, 'en', { title: 'office dogs', description: '' }, NOW)).toMatchObject({ ok: true, suggestion: { id: 's-2' } });
  });

  it('allows at most five suggestions waiting per person', () => {
    for (let i = 1; i <= 5; i += 1) suggest(db, `Idea ${i}`);
    expect(suggestTopic(db, ADA, 'en', { title: 'Idea 6', description: '' }, NOW)).toEqual({ ok: false, errors: { title: 'too_many_pending' } });
    expect(suggestTopic(db, BEA, 'en', { title: 'Idea 6', description: '' }, NOW).ok).toBe(true);
    rejectSuggestion(db, 's-1', ORG, NOW);
    expect(suggestTopic(db, ADA, 'en', { title: 'Idea 7', description: '' }, NOW).ok).toBe(true);
  });

  it('stores nothing when refused', () => {
    suggestTopic(db, ADA, 'en', { title: 'x'.repeat(76), description: '' }, NOW);
    suggestTopic(db, ADA, 'en', { title: 'AI at work', description: '' }, NOW);
    expect(db.prepare("SELECT COUNT(*) AS n FROM topics WHERE source = 'suggested'").get()).toEqual({ n: 0 });
  });
});

describe('reviewing suggestions', () => {
  let db: Db;
  beforeEach(() => {
    db = freshDatabase().db;
  });
  afterEach(() => db.close());

  it('lists the oldest pending suggestions first, at most a page, with the total', () => {
    for (let i = 1; i <= REVIEW_PAGE_SIZE + 3; i += 1) suggest(db, `Idea ${i}`, `U0PERSON${String(i).padStart(3, '0')}`);
    rejectSuggestion(db, 's-2', ORG, NOW);
    const queue = reviewQueue(db);
    expect(queue.total).toBe(REVIEW_PAGE_SIZE + 2);
    expect(queue.suggestions).toHaveLength(REVIEW_PAGE_SIZE);
    expect(queue.suggestions.slice(0, 3).map((s) => s.id)).toEqual(['s-1', 's-3', 's-4']);
  });

  it('approving needs at least two questions and checks every length; empty inputs in between are skipped', () => {
    const base = { title: 'Topic', description: '' };
    expect(checkApproval({ ...base, questions: ['', '', ''] })).toEqual({ question1: 'question_required', question2: 'question_required' });
    expect(checkApproval({ ...base, questions: ['One?', '', ''] })).toEqual({ question2: 'question_required' });
    expect(checkApproval({ ...base, questions: ['One?', '', 'Three?'] })).toEqual({});
    expect(checkApproval({ title: '', description: 'd'.repeat(301), questions: ['q'.repeat(251), 'Two?', ''] })).toEqual({
      title: 'title_required',
      description: 'description_too_long',
      question1: 'question_too_long',
    });
  });

  it('approving stores the final wording and questions, and the topic enters the lists', () => {
    const suggestion = suggest(db, 'Working with AI assistnats', ADA, 'sv');
    const result = approveSuggestion(db, suggestion.id, { title: 'Working with AI assistants', description: 'Why it matters', questions: ['One?', '', 'Three?'] }, ORG, NOW);
    expect(result).toMatchObject({ ok: true, suggestion: { status: 'approved', title: 'Working with AI assistants', questions: ['One?', 'Three?'], decidedBy: ORG } });
    expect(approvedTopicIds(db, [suggestion.id])).toEqual(new Set([suggestion.id]));
    // Written in Swedish, offered to English speakers too (in Swedish), after the catalogue.
    const english = listApprovedTopics(db, 'en');
    expect(english.at(-1)).toMatchObject({ id: suggestion.id, title: 'Working with AI assistants', questions: ['One?', 'Three?'] });
    expect(english).toHaveLength(14);
  });

  it('deciding twice changes nothing and says what was decided', () => {
    const suggestion = suggest(db, 'Office dogs');
    expect(rejectSuggestion(db, suggestion.id, ORG, NOW).ok).toBe(true);
    const again = approveSuggestion(db, suggestion.id, { title: 'Office dogs', description: '', questions: QUESTIONS }, 'U0OTHER001', NOW);
    expect(again).toMatchObject({ ok: false, reason: 'already_decided', suggestion: { status: 'rejected' } });
    expect(rejectSuggestion(db, suggestion.id, 'U0OTHER001', NOW)).toMatchObject({ ok: false, reason: 'already_decided' });
    expect(findSuggestion(db, suggestion.id)).toMatchObject({ status: 'rejected', decidedBy: ORG, questions: [] });
  });

  it('a catalogue topic or an unknown id cannot be decided on', () => {
    expect(rejectSuggestion(db, 'ai-at-work', ORG, NOW)).toEqual({ ok: false, reason: 'not_found' });
    expect(approveSuggestion(db, 'nope', { title: 'X', description: '', questions: QUESTIONS }, ORG, NOW)).toEqual({ ok: false, reason: 'not_found' });
    expect(approvedTopicIds(db, ['ai-at-work']).size).toBe(1);
  });

  it('approving under a title another topic already has is refused', () => {
    const suggestion = suggest(db, 'Robots');
    expect(approveSuggestion(db, suggestion.id, { title: 'AI AT WORK', description: '', questions: QUESTIONS }, ORG, NOW)).toEqual({
      ok: false,
      reason: 'invalid',
      errors: { title: 'duplicate' },
    });
    // Keeping its own title is fine.
    expect(approveSuggestion(db, suggestion.id, { title: 'robots', description: '', questions: QUESTIONS }, ORG, NOW).ok).toBe(true);
  });
});

describe('votes', () => {
  let db: Db;
  beforeEach(() => {
    db = freshDatabase().db;
  });
  afterEach(() => db.close());

  it('one vote per person per topic, set as the button says: the same press twice changes nothing the second time', () => {
    expect(setVote(db, 'ai-at-work', ADA, 'vote', NOW)).toBe('added');
    expect(setVote(db, 'ai-at-work', ADA, 'vote', NOW)).toBe('unchanged');
    expect(setVote(db, 'ai-at-work', BEA, 'vote', NOW)).toBe('added');
    expect(voteCounts(db, ['ai-at-work']).get('ai-at-work')).toBe(2);
    expect(setVote(db, 'ai-at-work', ADA, 'withdraw', NOW)).toBe('removed');
    expect(setVote(db, 'ai-at-work', ADA, 'withdraw', NOW)).toBe('unchanged');
    expect(voteCounts(db, ['ai-at-work']).get('ai-at-work')).toBe(1);
    expect(setVote(db, 'ai-at-work', ADA, 'vote', NOW)).toBe('added');
    expect(db.prepare('SELECT topic_id, user_id FROM topic_votes ORDER BY user_id').all()).toEqual([
      { topic_id: 'ai-at-work', user_id: ADA },
      { topic_id: 'ai-at-work', user_id: BEA },
    ]);
  });

  it('only approved topics take votes', () => {
    const pending = suggest(db, 'Office dogs');
    expect(setVote(db, pending.id, ADA, 'vote', NOW)).toBe('not_open');
    expect(setVote(db, 'made-up', ADA, 'vote', NOW)).toBe('not_open');
    expect(voteCounts(db)).toEqual(new Map());
  });

  it('voteCounts gives every topic asked for (0 without votes), or every topic with votes', () => {
    setVote(db, 'ai-at-work', ADA, 'vote', NOW);
    setVote(db, 'sustainability', ADA, 'vote', NOW);
    setVote(db, 'sustainability', BEA, 'vote', NOW);
    expect(voteCounts(db, ['sustainability', 'digital-tools'])).toEqual(new Map([['sustainability', 2], ['digital-tools', 0]]));
    expect(voteCounts(db)).toEqual(new Map([['ai-at-work', 1], ['sustainability', 2]]));
  });

  it('a page shows counts and the viewer\'s own votes, in catalogue order', () => {
    setVote(db, 'ai-at-work', ADA, 'vote', NOW);
    setVote(db, 'ai-at-work', BEA, 'vote', NOW);
    const page = topicPage(db, 'en', BEA, 1);
    expect(page).toMatchObject({ page: 1, pageCount: 1, total: 13 });
    expect(page.topics[0]?.topic.id).toBe('digital-tools');
    expect(page.topics.find((t) => t.topic.id === 'ai-at-work')).toMatchObject({ votes: 2, voted: true });
    expect(page.topics.find((t) => t.topic.id === 'digital-tools')).toMatchObject({ votes: 0, voted: false });
  });

  it('pages hold TOPICS_PER_PAGE topics; out-of-range pages are clamped; a vote redraws the page with its topic', () => {
    for (let i = 1; i <= 20; i += 1) {
      const suggestion = suggest(db, `Idea ${i}`, `U0PERSON${String(i).padStart(3, '0')}`);
      approveSuggestion(db, suggestion.id, { title: `Idea ${i}`, description: '', questions: QUESTIONS }, ORG, NOW);
    }
    const second = topicPage(db, 'en', ADA, 2);
    expect(second).toMatchObject({ page: 2, pageCount: 2, total: 33 });
    expect(second.topics).toHaveLength(33 - TOPICS_PER_PAGE);
    expect(topicPage(db, 'en', ADA, 99).page).toBe(2);
    expect(topicPage(db, 'en', ADA, 0).page).toBe(1);
    expect(topicPageWith(db, 'en', ADA, 's-20').page).toBe(2);
    expect(topicPageWith(db, 'en', ADA, 'digital-tools').page).toBe(1);
  });
});
