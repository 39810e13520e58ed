import { messagesFor } from '../../src/i18n';
import type { PromptView } from '../../src/services/prompts';
import { ACTION } from '../../src/views/ids';
import { promptMessage, promptMetadata, reminderMessage } from '../../src/views/prompt-messages';

const en = messagesFor('en');
const sv = messagesFor('sv');

type AnyBlock = { type: string; block_id?: string; text?: { text: string }; elements?: Array<{ action_id?: string; value?: string; text?: { text: string } | string; style?: string }> };

const view: PromptView = {
  promptId: 42,
  pairId: 7,
  cycle: 3,
  cycles: 12,
  closing: false,
  locale: 'en',
  // A suggested topic is a person's text: it must not ping a channel or forge a link.
  topic: { title: 'Gen Z & <!channel>', description: 'See <https://evil.example|this>' },
  questions: ['What surprised you?', 'What would you <b>change</b>?'],
  nextAt: new Date('2026-03-23T08:00:00Z'),
  responses: [],
  agreement: { complete: true },
  channelId: 'G1',
  messageTs: '1.1',
};

const blocksOf = (message: { blocks?: unknown[] }) => (message.blocks ?? []) as AnyBlock[];
const buttons = (blocks: AnyBlock[]) => blocks.flatMap((block) => (block.type === 'actions' ? (block.elements ?? []) : []));

describe('prompt message', () => {
  it('shows session k of N, the topic and its questions escaped, and the four buttons carrying the prompt id', () => {
    const message = promptMessage(en, view);
    const blocks = blocksOf(message);
    expect(blocks[0]).toMatchObject({ type: 'header', text: { text: 'Session 3 of 12' } });
    expect(blocksOf(promptMessage(sv, view))[0]).toMatchObject({ type: 'header', text: { text: 'Träff 3 av 12' } });
    const all = JSON.stringify(blocks);
    expect(all).toContain('Gen Z &amp; &lt;!channel&gt;');
    expect(all).not.toContain('<!channel>');
    expect(all).not.toContain('<https://evil.example');
    expect(all).toContain('• What would you &lt;b&gt;change&lt;/b&gt;?');
    expect(buttons(blocks).map((b) => [b.action_id, b.value])).toEqual([
      [ACTION.nudgeMet, '42'],
      [ACTION.nudgeSkip, '42'],
      [ACTION.nudgeReflect, '42'],
      [ACTION.nudgeNewTopic, '42'],
      // Book a meeting, for the pair (PRODUCT.md §12.2).
      [ACTION.meetingBook, '7'],
    ]);
    expect(all).toContain('<!date^1774252800^{date_long}|2026-03-23 08:00 UTC>');
    expect(message.text).toBe('Session 3 of 12: Gen Z &amp; &lt;!channel&gt;');
    // Primary once: "We met" only.
    expect(buttons(blocks).filter((b) => (b as { style?: string }).style === 'primary').map((b) => b.action_id)).toEqual([ACTION.nudgeMet]);
    expect(all).not.toMatch(/week|weekly/i);
    expect(blocks.length).toBeLessThanOrEqual(50);
  });

  it('closes the programme in the last cycle and asks for a final reflection', () => {
    const blocks = blocksOf(promptMessage(en, { ...view, cycle: 12, closing: true }));
    expect(blocks[0]).toMatchObject({ text: { text: 'Session 12 of 12: the last one' } });
    const all = JSON.stringify(blocks);
    expect(all).toContain(en.promptClosingIntro);
    expect(all).toContain('final reflection');
    expect(all).not.toContain(en.promptIntro);
    expect(buttons(blocks).find((b) => b.action_id === ACTION.nudgeReflect)?.text).toMatchObject({ text: en.promptFinalReflect });
  });

  it('acknowledges who met, skipped or picked a new topic in a context line, keeping every button', () => {
    const blocks = blocksOf(
      promptMessage(sv, { ...view, responses: [{ userId: 'U2', kind: 'new_topic' }, { userId: 'U1', kind: 'met' }, { userId: 'U2', kind: 'skipped' }] }),
    );
    const context = blocks.at(-1) as AnyBlock & { elements: Array<{ text: string }> };
    expect(context.type).toBe('context');
    expect(context.elements[0]?.text).toBe(
      '🔄 <@U2> har bytt ämne\n✅ <@U1> har markerat att ni har träffats\n⏭️ <@U2> har markerat att ni hoppar över den här träffen',
    );
    expect(JSON.stringify(blocksOf(promptMessage(en, { ...view, responses: [{ userId: 'U2', kind: 'new_topic' }] })))).toContain('🔄 <@U2> picked a new topic');
    expect(buttons(blocks)).toHaveLength(5);
  });

  it('carries rm_nudge metadata with the prompt, pair and cycle', () => {
    expect(promptMetadata(view)).toEqual({ event_type: 'rm_nudge', event_payload: { prompt_id: 42, pair_id: 7, cycle: 3 } });
  });
});

describe('reminder', () => {
  it('is one gentle sentence with a Reflect button for the prompt', () => {
    const message = reminderMessage(en, { promptId: 42, cycle: 3, cycles: 12, closing: false });
    expect(message.text).toContain('session 3');
    expect(reminderMessage(sv, { promptId: 42, cycle: 3, cycles: 12, closing: false }).text).toContain('träff 3');
    expect(buttons(blocksOf(message))).toEqual([expect.objectContaining({ action_id: ACTION.nudgeReflect, value: '42' })]);
    expect(reminderMessage(sv, { promptId: 42, cycle: 12, cycles: 12, closing: true }).text).toBe(sv.reminderClosingText);
  });
});
