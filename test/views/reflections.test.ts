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
    summaryChannel: 'C0SUMMARY1',
    ...overrides,
  };
}

const inputs = (blocks: unknown[]) => (blocks as AnyBlock[]).filter((block) => block.type === 'input');
const byId = (blocks: unknown[], id: string) => inputs(blocks).find((block) => block.block_id === id) as AnyBlock;

describe('reflection modal', () => {
  it('uses the stable ids: callback, block = action ids, option values, and the prompt id as private_metadata', () => {
    const modal = reflectionModal(en, data({ existing: { met: 'yes' } }));
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

  it('one rule for the rating, visible before submitting: asked for, and required, exactly when they met', () => {
    // Not answered yet: no rating, and the met question says a rating comes with "Yes, we met".
    const fresh = reflectionModal(en, data());
    expect(byId(fresh.blocks, REFLECTION.rating)).toBeUndefined();
    expect(byId(fresh.blocks, REFLECTION.met).hint?.text).toBe('Choose “Yes, we met” and you can rate the conversation.');
    expect((byId(fresh.blocks, REFLECTION.met) as AnyBlock & { dispatch_action?: boolean }).dispatch_action).toBe(true);
    // They met: the rating is there and required (Slack shows no "(optional)"), with no hint that contradicts it.
    const met = reflectionModal(en, data({ existing: { met: 'yes' } }));
    expect(byId(met.blocks, REFLECTION.rating).optional).toBeUndefined();
    expect(byId(met.blocks, REFLECTION.rating).hint?.text).toBe('1 is poor, 5 is great.');
    expect(byId(met.blocks, REFLECTION.met).hint).toBeUndefined();
    // They did not: nothing to rate.
    for (const answer of ['no', 'rescheduled'] as const) expect(byId(reflectionModal(sv, data({ existing: { met: answer } })).blocks, REFLECTION.rating)).toBeUndefined();
  });

  it("chooses what the prompt's buttons recorded, unless the person answered otherwise", () => {
    const afterWeMet = reflectionModal(en, data({ recordedMet: 'yes' }));
    expect(byId(afterWeMet.blocks, REFLECTION.met).element?.initial_option?.value).toBe('yes');
    expect(byId(afterWeMet.blocks, REFLECTION.rating)).toBeDefined();
    const afterSkip = reflectionModal(en, data({ recordedMet: 'no' }));
    expect(byId(afterSkip.blocks, REFLECTION.met).element?.initial_option?.value).toBe('no');
    const ownAnswer = reflectionModal(en, data({ recordedMet: 'yes', existing: { met: 'rescheduled' } }));
    expect(byId(ownAnswer.blocks, REFLECTION.met).element?.initial_option?.value).toBe('rescheduled');
  });

  it('the sharing choices name the summary channel and say what organizers see, in both languages', () => {
    const sharing = (messages: Messages) => byId(reflectionModal(messages, data()).blocks, REFLECTION.sharing).element?.options ?? [];
    const [mine, anonymous, named] = sharing(en);
    expect(mine?.text.text).toBe('Only me');
    expect(mine?.description?.text).toBe('Organizers see that you reflected and your rating, never your words.');
    expect(anonymous?.text).toEqual({ type: 'mrkdwn', text: 'Quoted in <#C0SUMMARY1>, without my name' });
    expect(anonymous?.description?.text).toContain('Leave out names');
    expect(named?.text.text).toBe('Quoted in <#C0SUMMARY1>, with my name');
    const [, svAnonymous, svNamed] = sharing(sv);
    expect(svAnonymous?.text.text).toBe('Citeras i <#C0SUMMARY1>, utan mitt namn');
    expect(svAnonymous?.description?.text).toContain('Skriv inga namn');
    expect(svNamed?.text.text).toBe('Citeras i <#C0SUMMARY1>, med mitt namn');
  });

  it('marks what is optional, shares nothing by default, and names the text limits', () => {
    const modal = reflectionModal(en, data());
    expect(byId(modal.blocks, REFLECTION.met).optional).toBeUndefined();
    expect(byId(modal.blocks, REFLECTION.learned).optional).toBe(true);
    expect(byId(modal.blocks, REFLECTION.nextStep).optional).toBe(true);
    expect(byId(modal.blocks, REFLECTION.sharing).element?.initial_option?.value).toBe('private');
    expect(byId(modal.blocks, REFLECTION.met).element?.initial_option).toBeUndefined();
    const learned = byId(modal.blocks, REFLECTION.learned);
    expect(learned.element).toMatchObject({ type: 'plain_text_input', multiline: true, max_length: REFLECTION_LIMITS.learnedChars });
    expect(learned.hint?.text).toBe('Up to 2,000 characters.');
    const nextStep = byId(modal.blocks, REFLECTION.nextStep);
    expect(nextStep.element?.max_length).toBe(REFLECTION_LIMITS.nextStepChars);
    expect(nextStep.hint?.text).toBe('Up to 500 characters.');
    expect(byId(reflectionModal(sv, data()).blocks, REFLECTION.learned).hint?.text).toBe('Högst 2\u00a0000 tecken.');
    expect(REFLECTION_LIMITS).toEqual({ learnedChars: 2000, nextStepChars: 500 });
  });

  it('is worded for the side of the pair, in both languages', () => {
    const label = (messages: Messages, role: 'mentor' | 'mentee', id: string) =>
      byId(reflectionModal(messages, data({ role })).blocks, id).label?.text;
    expect(label(en, 'mentee', REFLECTION.learned)).toBe('What did you learn from your mentor?');
    expect(label(en, 'mentor', REFLECTION.learned)).toBe("What did you notice about your mentee's questions?");
    expect(label(en, 'mentee', REFLECTION.met)).toBe('Did you meet your mentor?');
    expect(label(en, 'mentor', REFLECTION.met)).toBe('Did you meet your mentee?');
    expect(label(sv, 'mentee', REFLECTION.learned)).toBe('Vad lärde du dig av din mentor?');
    expect(label(sv, 'mentor', REFLECTION.learned)).toBe('Vad lade du märke till i din adepts frågor?');
    for (const id of [REFLECTION.met, REFLECTION.learned, REFLECTION.nextStep]) {
      expect(label(en, 'mentor', id)).not.toBe(label(en, 'mentee', id));
      expect(label(sv, 'mentor', id)).not.toBe(label(sv, 'mentee', id));
    }
    const rating = (messages: Messages, role: 'mentor' | 'mentee') => byId(reflectionModal(messages, data({ role, existing: { met: 'yes' } })).blocks, REFLECTION.rating).label?.text;
    expect(rating(en, 'mentor')).not.toBe(rating(en, 'mentee'));
    expect(rating(sv, 'mentor')).not.toBe(rating(sv, 'mentee'));
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
          const modal = reflectionModal(messages, data({ role, closing, topic: { id: 'x', title: HOSTILE }, existing: { met: 'yes' }, summaryChannel: 'C0123456789AB' }));
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
              // Nothing a person chooses between is cut short.
              if (block.block_id !== REFLECTION.topic) expect(option.text.text).not.toMatch(/…$/);
              if (option.description) expect(option.description.text).not.toMatch(/…$/);
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
    const saved = reflectionSavedMessage(en, { created: true, cycle: 3, sharing: 'anonymous', closesAt: new Date('2026-03-30T07:00:00Z'), summaryChannel: 'C0SUMMARY1' });
    expect(saved.text).toBe('Thanks! Your reflection on session 3 is saved.');
    expect(JSON.stringify(saved.blocks)).toContain('It may be quoted in <#C0SUMMARY1>, without your name.');
    expect(JSON.stringify(saved.blocks)).toContain('<!date^');
    expect(reflectionSavedMessage(sv, { created: false, cycle: 3, sharing: 'private', closesAt: new Date(), summaryChannel: 'C1' }).text).toBe(
      'Din reflektion om träff 3 är uppdaterad.',
    );
  });
});

describe('people as organizers read them', () => {
  it('shows a forgotten person as a former participant, never as a mention', () => {
    expect(personLabel(sv, 'former:1')).toBe('en tidigare deltagare');
    expect(personLabel(en, 'U0MEN00001')).toBe('<@U0MEN00001>');
  });
});

describe('forget-me messages', () => {
  it('asks first, with a confirm and a keep button', () => {
    const question = forgetMeQuestion(en);
    const actions = (question.blocks as AnyBlock[]).find((block) => block.type === 'actions');
    expect(actions?.elements?.map((element) => element.action_id)).toEqual([ACTION.forgetMeConfirm, ACTION.forgetMeCancel]);
    expect(ACTION.forgetMeConfirm).toBe('forget_me_confirm');
    expect(ACTION.forgetMeCancel).toBe('forget_me_cancel');
    expect(question.text).toContain('cannot be undone');
  });

  it("tells the partner kindly and organizers whose pairing ended, without the forgotten person's name", () => {
    expect(forgetMePartnerNotice(en, HOSTILE, 'mentor').text).toContain(ESCAPED);
    expect(forgetMePartnerNotice(en, 'Spring', 'mentor').text).toMatch(/^Your mentor in \*Spring\* has left/);
    expect(forgetMePartnerNotice(sv, 'Våren', 'mentee').text).toMatch(/^Din adept i \*Våren\* har lämnat/);
    const organizer = forgetMeOrganizerNotice(en, 'U0PARTNER1', 'Spring');
    expect(organizer.text).toContain('<@U0PARTNER1>');
    expect(organizer.text.match(/<@/g)).toHaveLength(1);
  });
});
