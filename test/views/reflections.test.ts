import { messagesFor, type Messages } from '../../src/i18n';
import { REFLECTION_LIMITS } from '../../src/services/reflections';
import { forgetMeOrganizerNotice, forgetMePartnerNotice, forgetMeQuestion } from '../../src/views/forget-me';
import { ACTION, CALLBACK, REFLECTION } from '../../src/views/ids';
import { SLACK_LIMITS } from '../../src/views/mrkdwn';
import {
  personLabel,
  reflectionModal,
  reflectionNoticeModal,
  reflectionSavedMessage,
  type ReflectionModalData,
} from '../../src/views/reflections';

const en = messagesFor('en');
const sv = messagesFor('sv');

type Option = { text: { text: string }; value: string; description?: { text: string } };
type AnyBlock = {
  type: string;
  block_id?: string;
  optional?: boolean;
  label?: { text: string };
  hint?: { text: string };
  text?: { text: string };
  elements?: Array<{ action_id?: string; value?: string; text?: { text: string } | string }>;
  element?: {
    type: string;
    action_id: string;
    max_length?: number;
    initial_value?: string;
    options?: Option[];
    initial_option?: Option;
    multiline?: boolean;
  };
};

const HOSTILE = '<!channel> & <https://evil.example|win>';
const ESCAPED = '&lt;!channel&gt; &amp; &lt;https://evil.example|win&gt;';

function data(overrides: Partial<ReflectionModalData> = {}): ReflectionModalData {
  return {
    promptId: 42,
    role: 'mentee',
    cycle: 2,
    cycles: 12,
    closing: false,
    topic: { id: 'ai-at-work', title: 'AI at work' },
    topics: [
      { id: 'digital-tools', title: 'Digital tools' },
      { id: 'ai-at-work', title: 'AI at work' },
    ],
    closesAt: new Date('2026-03-23T08:00:00Z'),
    ...overrides,
  };
}

const inputs = (blocks: unknown[]) => (blocks as AnyBlock[]).filter((block) => block.type === 'input');
const byId = (blocks: unknown[], id: string) => inputs(blocks).find((block) => block.block_id === id) as AnyBlock;

describe('reflection modal', () => {
  it('uses the stable ids: callback, block = action ids, option values, and the prompt id as private_metadata', () => {
    const modal = reflectionModal(en, data());
    expect(modal.callback_id).toBe(CALLBACK.reflection);
    expect(modal.private_metadata).toBe('42');
    const blocks = inputs(modal.blocks);
    expect(blocks.map((block) => block.block_id)).toEqual(['met', 'rating', 'topic', 'learned', 'next_step', 'sharing']);
    for (const block of blocks) expect(block.element?.action_id).toBe(block.block_id);
    expect(byId(modal.blocks, REFLECTION.met).element?.options?.map((o) => o.value)).toEqual(['yes', 'no', 'rescheduled']);
    expect(byId(modal.blocks, REFLECTION.rating).element?.options?.map((o) => o.value)).toEqual(['1', '2', '3', '4', '5']);
    expect(byId(modal.blocks, REFLECTION.sharing).element?.options?.map((o) => o.value)).toEqual(['private', 'anonymous', 'named']);
    // The prompt's topic first and chosen; each topic once.
    const topic = byId(modal.blocks, REFLECTION.topic).element;
    expect(topic?.options?.map((o) => o.value)).toEqual(['ai-at-work', 'digital-tools']);
    expect(topic?.initial_option?.value).toBe('ai-at-work');
  });

  it('marks what is optional, shares nothing by default, and names the text limits', () => {
    const modal = reflectionModal(en, data());
    expect(byId(modal.blocks, REFLECTION.met).optional).toBeUndefined();
    expect(byId(modal.blocks, REFLECTION.rating).optional).toBe(true);
    expect(byId(modal.blocks, REFLECTION.learned).optional).toBe(true);
    expect(byId(modal.blocks, REFLECTION.nextStep).optional).toBe(true);
    expect(byId(modal.blocks, REFLECTION.sharing).element?.initial_option?.value).toBe('private');
    expect(byId(modal.blocks, REFLECTION.met).element?.initial_option).toBeUndefined();
    const learned = byId(modal.blocks, REFLECTION.learned);
    expect(learned.element).toMatchObject({ type: 'plain_text_input', multiline: true, max_length: REFLECTION_LIMITS.learnedChars });
    expect(learned.hint?.text).toContain('2000');
    const nextStep = byId(modal.blocks, REFLECTION.nextStep);
    expect(nextStep.element?.max_length).toBe(REFLECTION_LIMITS.nextStepChars);
    expect(nextStep.hint?.text).toContain('500');
    expect(REFLECTION_LIMITS).toEqual({ learnedChars: 2000, nextStepChars: 500 });
  });

  it('is worded for the side of the pair, in both languages', () => {
    const label = (messages: Messages, role: 'mentor' | 'mentee', id: string) =>
      byId(reflectionModal(messages, data({ role })).blocks, id).label?.text;
    expect(label(en, 'mentee', REFLECTION.learned)).toBe('What did you learn from your mentor?');
    expect(label(en, 'mentor', REFLECTION.learned)).toBe("What did you notice about your leader's questions?");
    expect(label(en, 'mentee', REFLECTION.met)).toBe('Did you meet your mentor?');
    expect(label(en, 'mentor', REFLECTION.met)).toBe('Did you meet your leader?');
    expect(label(sv, 'mentee', REFLECTION.learned)).toBe('Vad lärde du dig av din mentor?');
    expect(label(sv, 'mentor', REFLECTION.learned)).toBe('Vad lade du märke till i din adepts frågor?');
    for (const id of [REFLECTION.met, REFLECTION.rating, REFLECTION.learned, REFLECTION.nextStep]) {
      expect(label(en, 'mentor', id)).not.toBe(label(en, 'mentee', id));
      expect(label(sv, 'mentor', id)).not.toBe(label(sv, 'mentee', id));
    }
    expect(reflectionModal(sv, data()).title.text).toBe('Reflektion');
    expect(reflectionModal(en, data({ closing: true, cycle: 12 })).title.text).toBe('Final reflection');
  });

  it('opens pre-filled with what the person saved before', () => {
    const modal = reflectionModal(
      en,
      data({ existing: { met: 'yes', rating: 4, topicId: 'digital-tools', learned: 'I learned a lot', nextStep: 'Try it', sharing: 'named' } }),
    );
    expect(byId(modal.blocks, REFLECTION.met).element?.initial_option?.value).toBe('yes');
    expect(byId(modal.blocks, REFLECTION.rating).element?.initial_option?.value).toBe('4');
    expect(byId(modal.blocks, REFLECTION.topic).element?.initial_option?.value).toBe('digital-tools');
    expect(byId(modal.blocks, REFLECTION.learned).element?.initial_value).toBe('I learned a lot');
    expect(byId(modal.blocks, REFLECTION.nextStep).element?.initial_value).toBe('Try it');
    expect(byId(modal.blocks, REFLECTION.sharing).element?.initial_option?.value).toBe('named');
    // An initial option is one of the options, exactly (Slack rejects the view otherwise).
    for (const block of inputs(modal.blocks)) {
      const initial = block.element?.initial_option;
      if (initial) expect(block.element?.options).toContainEqual(initial);
    }
  });

  it('escapes the topic title and keeps to Block Kit limits in both languages', () => {
    for (const messages of [en, sv]) {
      for (const role of ['mentor', 'mentee'] as const) {
        for (const closing of [false, true]) {
          const modal = reflectionModal(messages, data({ role, closing, topic: { id: 'x', title: HOSTILE } }));
          expect(JSON.stringify(modal.blocks)).toContain(ESCAPED);
          expect(modal.title.text.length).toBeLessThanOrEqual(SLACK_LIMITS.modalTitle);
          expect(modal.submit?.text.length).toBeLessThanOrEqual(24);
          expect(modal.close?.text.length).toBeLessThanOrEqual(24);
          expect(modal.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocksPerView);
          for (const block of inputs(modal.blocks)) {
            expect(block.label?.text.length).toBeLessThanOrEqual(2000);
            for (const option of block.element?.options ?? []) {
              expect(option.text.text.length).toBeLessThanOrEqual(75);
              expect(option.description?.text.length ?? 0).toBeLessThanOrEqual(75);
            }
          }
        }
      }
    }
    const many = Array.from({ length: 150 }, (_, i) => ({ id: `t-${i}`, title: `Topic ${i}` }));
    expect(byId(reflectionModal(en, data({ topics: many })).blocks, REFLECTION.topic).element?.options).toHaveLength(100);
  });

  it('a refusal replaces the modal with the reason and no submit button', () => {
    const notice = reflectionNoticeModal(en, en.reflectionNotYours);
    expect(notice.submit).toBeUndefined();
    expect(notice.close?.text).toBe('Close');
    expect(JSON.stringify(notice.blocks)).toContain('belongs to another pair');
  });

  it('the thanks say who may read it, never what was written', () => {
    const saved = reflectionSavedMessage(en, { created: true, cycle: 3, sharing: 'anonymous', closesAt: new Date('2026-03-30T07:00:00Z') });
    expect(saved.text).toBe('Thanks! Your reflection on week 3 is saved.');
    expect(JSON.stringify(saved.blocks)).toContain('without your name');
    expect(JSON.stringify(saved.blocks)).toContain('<!date^');
    expect(reflectionSavedMessage(sv, { created: false, cycle: 3, sharing: 'private', closesAt: new Date() }).text).toBe(
      'Din reflektion om vecka 3 är uppdaterad.',
    );
  });
});

describe('people as organizers read them', () => {
  it('shows a forgotten person as a former participant, never as a mention', () => {
    expect(personLabel(sv, 'former:1')).toBe('en tidigare deltagare');
    expect(personLabel(en, 'U0MEN00001')).toBe('<@U0MEN00001>');
  });
});
