import type { TopicSuggestion } from '../../src/db/repositories/topic-suggestions';
import type { Topic } from '../../src/db/repositories/topics';
import { messagesFor } from '../../src/i18n';
import { REVIEW_PAGE_SIZE, TOPICS_PER_PAGE, type TopicPage } from '../../src/services/topics';
import { ACTION, CALLBACK, TOPIC_FORM } from '../../src/views/ids';
import { joinModal } from '../../src/views/join-modal';
import {
  newSuggestionNotice,
  notPendingText,
  suggesterDecisionMessage,
  suggestionThanksView,
  topicApproveModal,
  topicApprovedView,
  topicListMessage,
  topicReviewMessage,
  topicSuggestModal,
} from '../../src/views/topics';

const en = messagesFor('en');
const sv = messagesFor('sv');

type AnyBlock = {
  type: string;
  block_id?: string;
  optional?: boolean;
  text?: { type: string; text: string };
  accessory?: { type: string; action_id: string; value: string; text: { text: string } };
  elements?: Array<{ action_id?: string; value?: string; text?: { text: string } }>;
  element?: { type: string; action_id: string; max_length?: number; initial_value?: string };
};

const HOSTILE = '<!channel> & <https://evil.example|win>';
const ESCAPED = '&lt;!channel&gt; &amp; &lt;https://evil.example|win&gt;';

function suggestion(overrides: Partial<TopicSuggestion> = {}): TopicSuggestion {
  return {
    id: 's-7',
    status: 'pending',
    suggestedBy: 'U0ADA00001',
    locale: 'sv',
    title: HOSTILE,
    description: `Why: ${HOSTILE}`,
    questions: [],
    createdAt: '2026-11-27T10:00:00.000Z',
    decidedBy: null,
    decidedAt: null,
    ...overrides,
  };
}

function topic(i: number, title = `Topic ${i}`): Topic {
  return { id: `s-${i}`, title, description: 'd'.repeat(300), questions: ['a', 'b'] };
}

function page(topics: Topic[], overrides: Partial<TopicPage> = {}): TopicPage {
  return {
    topics: topics.map((t, i) => ({ topic: t, votes: i, voted: i % 2 === 1 })),
    page: 1,
    pageCount: 1,
    total: topics.length,
    ...overrides,
  };
}

function sectionTexts(blocks: unknown[] | undefined): string[] {
  return ((blocks ?? []) as AnyBlock[]).filter((b) => b.type === 'section').map((b) => b.text?.text ?? '');
}

describe('topic_suggest modal', () => {
  it('carries the stable ids, block_id = action_id, and the limits in Slack and in words', () => {
    for (const messages of [en, sv]) {
      const view = topicSuggestModal(messages);
      expect(view.callback_id).toBe(CALLBACK.topicSuggest);
      expect(view.title.text.length).toBeLessThanOrEqual(24);
      const inputs = (view.blocks as AnyBlock[]).filter((b) => b.type === 'input');
      expect(inputs.map((b) => b.block_id)).toEqual([TOPIC_FORM.title, TOPIC_FORM.description]);
      for (const input of inputs) expect(input.element?.action_id).toBe(input.block_id);
      expect(inputs.map((b) => b.element?.max_length)).toEqual([75, 300]);
      expect(inputs.map((b) => Boolean(b.optional))).toEqual([false, true]);
    }
    expect(JSON.stringify(topicSuggestModal(en))).toContain('up to 75 characters');
  });

  it('turns into a thank-you that echoes the title escaped', () => {
    const view = suggestionThanksView(en, suggestion());
    expect(view.title.text.length).toBeLessThanOrEqual(24);
    expect(JSON.stringify(view)).toContain(ESCAPED);
    expect(JSON.stringify(view)).not.toContain('<!channel>');
  });
});

describe('organizer notice and suggester DMs', () => {
  it('tells organizers who suggested what, escaped, and how to review it', () => {
    const message = newSuggestionNotice(en, suggestion());
    expect(message.text).toBe(`<@U0ADA00001> suggested a new topic: *${ESCAPED}*. Review it with \`/reverse-mentor topics review\`.`);
    expect(JSON.stringify(message)).not.toContain('<!channel>');
  });

  it('tells the suggester kindly, in their language, whichever way it went', () => {
    const approved = suggesterDecisionMessage(sv, suggestion({ status: 'approved' }));
    expect(approved.text).toContain('Goda nyheter');
    expect(approved.text).toContain(ESCAPED);
    const rejected = suggesterDecisionMessage(en, suggestion({ status: 'rejected' }));
    expect(rejected.text).toContain('Thank you for suggesting');
    expect(rejected.text).toContain('/reverse-mentor suggest');
    expect(JSON.stringify([approved, rejected])).not.toContain('<!channel>');
  });

  it('says why nothing changed', () => {
    expect(notPendingText(en, { ok: false, reason: 'not_found' })).toBe(en.topicSuggestionNotFound);
    expect(notPendingText(en, { ok: false, reason: 'already_decided', suggestion: suggestion({ status: 'approved' }) })).toBe(
      `*${ESCAPED}* was already approved, so nothing changed.`,
    );
  });
});

describe('topics message', () => {
  it('one section per topic with a button that says what it does (value = topic id) and the count', () => {
    const message = topicListMessage(en, page([topic(1, HOSTILE), topic(2)]));
    const sections = (message.blocks as AnyBlock[]).filter((b) => b.accessory);
    expect(sections.map((b) => [b.accessory?.action_id, b.accessory?.value])).toEqual([
      [ACTION.topicVote, 's-1'],
      [ACTION.topicVoteWithdraw, 's-2'],
    ]);
    expect(sections.map((b) => b.accessory?.text.text)).toEqual(['Vote', 'Take back vote']);
    expect(sections[0]?.text?.text).toContain('_No votes yet_');
    expect(sections[1]?.text?.text).toContain('_1 vote_');
    expect(JSON.stringify(message)).toContain(ESCAPED);
    expect(JSON.stringify(message)).not.toContain('<!channel>');
    // One page: no paging button.
    expect(JSON.stringify(message)).not.toContain(ACTION.topicPage);
  });

  it('a full page with the longest texts stays within 50 blocks and 3000 characters per section', () => {
    const longest = 'x'.repeat(75).replace(/x/g, '<');
    const topics = Array.from({ length: TOPICS_PER_PAGE }, (_, i) => topic(i, longest));
    const message = topicListMessage(en, page(topics, { pageCount: 3, page: 2, total: 50 }));
    expect(message.blocks!.length).toBeLessThanOrEqual(50);
    for (const text of sectionTexts(message.blocks)) expect(text.length).toBeLessThanOrEqual(3000);
    const paging = (message.blocks as AnyBlock[]).find((b) => b.elements?.some((e) => e.action_id === ACTION.topicPage));
    expect(paging?.elements?.[0]).toMatchObject({ value: '3', text: { text: 'More topics' } });
    const last = topicListMessage(en, page(topics, { pageCount: 3, page: 3, total: 50 }));
    const back = (last.blocks as AnyBlock[]).find((b) => b.elements?.some((e) => e.action_id === ACTION.topicPage));
    expect(back?.elements?.[0]).toMatchObject({ value: '1' });
  });

  it('says so when there are no topics', () => {
    expect(topicListMessage(sv, page([])).text).toBe(sv.topicsEmpty);
  });
});

describe('topics review message', () => {
  it('each suggestion with topic_approve / topic_reject (value = topic id), who suggested it, escaped', () => {
    const message = topicReviewMessage(en, { suggestions: [suggestion(), suggestion({ id: 's-8', suggestedBy: null, description: '' })], total: 2 });
    const buttons = (message.blocks as AnyBlock[]).flatMap((b) => b.elements ?? []);
    expect(buttons.map((e) => [e.action_id, e.value])).toEqual([
      [ACTION.topicApprove, 's-7'],
      [ACTION.topicReject, 's-7'],
      [ACTION.topicApprove, 's-8'],
      [ACTION.topicReject, 's-8'],
    ]);
    const text = JSON.stringify(message);
    expect(text).toContain('Suggested by <@U0ADA00001>');
    expect(text).toContain('Suggested by a former participant');
    expect(text).toContain(ESCAPED);
    expect(text).not.toContain('<!channel>');
  });

  it('a full queue stays within 50 blocks and says how many more wait', () => {
    const suggestions = Array.from({ length: REVIEW_PAGE_SIZE }, (_, i) => suggestion({ id: `s-${i}`, title: '&'.repeat(75), description: '>'.repeat(300) }));
    const message = topicReviewMessage(en, { suggestions, total: REVIEW_PAGE_SIZE + 5 }, 'A note');
    expect(message.blocks!.length).toBeLessThanOrEqual(50);
    for (const text of sectionTexts(message.blocks)) expect(text.length).toBeLessThanOrEqual(3000);
    expect(sectionTexts(message.blocks)[0]).toBe('A note');
    expect(JSON.stringify(message)).toContain(`Showing the ${REVIEW_PAGE_SIZE} oldest of ${REVIEW_PAGE_SIZE + 5} suggestions`);
  });

  it('an empty queue says nothing is waiting', () => {
    expect(sectionTexts(topicReviewMessage(sv, { suggestions: [], total: 0 }).blocks)).toEqual([sv.topicReviewEmpty]);
  });
});

describe('topic_approve modal', () => {
  it('is pre-filled with the suggestion as typed (plain text), asks for 2 questions and an optional third', () => {
    for (const messages of [en, sv]) {
      const view = topicApproveModal(messages, suggestion());
      expect(view.callback_id).toBe(CALLBACK.topicApprove);
      expect(view.private_metadata).toBe('s-7');
      expect(view.title.text.length).toBeLessThanOrEqual(24);
      const inputs = (view.blocks as AnyBlock[]).filter((b) => b.type === 'input');
      expect(inputs.map((b) => b.block_id)).toEqual(Object.values(TOPIC_FORM));
      for (const input of inputs) expect(input.element?.action_id).toBe(input.block_id);
      expect(inputs.map((b) => Boolean(b.optional))).toEqual([false, true, false, false, true]);
      expect(inputs[0]?.element?.initial_value).toBe(HOSTILE);
      expect(inputs.map((b) => b.element?.max_length)).toEqual([75, 300, 250, 250, 250]);
    }
    // The questions are to be written in the suggestion's language.
    expect(JSON.stringify(topicApproveModal(en, suggestion()))).toContain('In Swedish, like the suggestion.');
    expect(JSON.stringify(topicApproveModal(sv, suggestion({ locale: 'en' })))).toContain('På engelska, som förslaget.');
  });

  it('turns into a confirmation that fits a modal title', () => {
    for (const messages of [en, sv]) {
      const view = topicApprovedView(messages, suggestion({ status: 'approved' }));
      expect(view.title.text.length).toBeLessThanOrEqual(24);
      expect(JSON.stringify(view)).toContain(ESCAPED);
    }
  });
});

describe('join modal with suggested topics', () => {
  it('offers a 75-character suggestion title whole, within the option limit', () => {
    const title = 'T'.repeat(75);
    const view = joinModal(en, [{ id: 's-1', title, description: '', questions: ['a', 'b'] }]);
    const select = (view.blocks as AnyBlock[]).find((b) => b.block_id === 'topics')?.element as unknown as { options: Array<{ text: { text: string }; value: string }> };
    expect(select.options).toEqual([expect.objectContaining({ value: 's-1', text: expect.objectContaining({ text: title }) })]);
  });
});
