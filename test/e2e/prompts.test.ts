import type { Pair } from '../../src/db/repositories/pairs';
import { findPrompt, listPromptResponses, listPromptsOfPair } from '../../src/db/repositories/prompts';
import { runTick } from '../../src/scheduler/tick';
import { ACTION } from '../../src/views/ids';
import { addCohort, addPair } from '../helpers/prompts';
import { findElement, type StoredMessage } from '../support/fake-slack';
import { startHarness, type Harness } from './harness';

const T1 = '2026-03-16T08:00:00.000Z';
const MENTOR = 'U0MEN00001';
const MENTEE = 'U0MEE00001';
const OTHER_MENTOR = 'U0MEN00002';
const OUTSIDER = 'U0OUT00001';

type Reply = { text: string; response_type?: string; replace_original?: boolean };

/** The buttons on a posted prompt, pressed through the real Bolt receiver with signed requests. */
describe('prompt buttons', () => {
  let h: Harness;
  let pair: Pair;
  let otherPair: Pair;
  let message: StoredMessage;

  beforeEach(async () => {
    h = await startHarness({ now: T1 });
    for (const id of [MENTOR, MENTEE, OTHER_MENTOR, 'U0MEE00002', OUTSIDER]) h.fake.addUser({ id, name: id.toLowerCase() });
    const cohort = addCohort(h.db);
    pair = addPair(h.db, {
      cohort,
      mentor: { userId: MENTOR, role: 'mentor', topics: ['ai-at-work', 'hybrid-work'] },
      mentee: { userId: MENTEE, role: 'mentee', topics: ['ai-at-work'] },
    });
    otherPair = addPair(h.db, { cohort, mentor: { userId: OTHER_MENTOR, role: 'mentor' }, mentee: { userId: 'U0MEE00002', role: 'mentee' } });
    await runTick({ ...h.app.ctx.deliveryDeps, dispatch: { waitHorizonMs: 0 } }, new Date(T1));
    message = h.fake.messagesIn(pair.channelId!)[0]!;
    expect(message).toBeDefined();
    h.fake.clear();
  });
  afterEach(() => h.close());

  const promptOf = (p: Pair) => listPromptsOfPair(h.db, p.id)[0]!;

  async function click(userId: string, actionId: string, options: { channelId?: string; value?: string } = {}): Promise<Reply[]> {
    const channelId = options.channelId ?? pair.channelId!;
    const target = h.fake.messagesIn(channelId)[0]!;
    const sent = await h.slack.blockAction(userId, { actionId, channelId, messageTs: target.ts, ...(options.value ? { value: options.value } : {}) });
    expect(sent.status).toBe(200);
    await h.settled();
    const url = sent.payload.response_url as string;
    return h.fake.responsesAt(decodeURIComponent(url.split('/').pop() as string)) as Reply[];
  }

  it('nudge_new_topic swaps the topic in the same message with chat.update', async () => {
    const before = promptOf(pair);
    expect(before.topicId).toBe('ai-at-work');
    const replies = await click(MENTEE, ACTION.nudgeNewTopic);
    expect(replies).toEqual([]);

    const after = findPrompt(h.db, before.id)!;
    expect(after.topicId).toBe('hybrid-work');
    expect(after.passedTopics).toEqual(['ai-at-work']);
    expect(after.questions).not.toEqual(before.questions);
    const [update] = h.fake.callsTo('chat.update');
    expect(update?.args).toMatchObject({ channel: pair.channelId, ts: message.ts });
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(0);
    const updated = h.fake.message(pair.channelId!, message.ts)!;
    expect(updated.text).toBe('Session 1 of 3: Hybrid and flexible work');
    expect(JSON.stringify(updated.blocks)).not.toContain('AI at work');
    expect(findElement(updated.blocks, ACTION.nudgeNewTopic)?.element.value).toBe(String(before.id));
    expect(updated.metadata).toMatchObject({ event_type: 'rm_nudge', event_payload: { prompt_id: before.id } });

    // Another swap moves on again, never back to a topic already passed.
    await click(MENTOR, ACTION.nudgeNewTopic);
    expect(findPrompt(h.db, before.id)).toMatchObject({ topicId: 'digital-tools', passedTopics: ['ai-at-work', 'hybrid-work'] });
  });

  it("a non-member's click changes nothing, and only they are told", async () => {
    const before = promptOf(pair);
    for (const actionId of [ACTION.nudgeNewTopic, ACTION.nudgeMet, ACTION.nudgeSkip]) {
      const replies = await click(OUTSIDER, actionId);
      expect(replies).toEqual([expect.objectContaining({ response_type: 'ephemeral', replace_original: false, text: expect.stringContaining('belong to the pair') })]);
    }
    expect(findPrompt(h.db, before.id)).toEqual(before);
    expect(listPromptResponses(h.db, before.id)).toEqual([]);
    expect(h.fake.callsTo('chat.update')).toHaveLength(0);
  });

  it("a member of another pair cannot change this pair's prompt with a forged value", async () => {
    const target = promptOf(pair);
    // The button is on their own pair's prompt, but the value names the other pair's prompt.
    await click(OTHER_MENTOR, ACTION.nudgeNewTopic, { channelId: otherPair.channelId!, value: String(target.id) });
    await click(OTHER_MENTOR, ACTION.nudgeMet, { channelId: otherPair.channelId!, value: String(target.id) });
    expect(findPrompt(h.db, target.id)).toEqual(target);
    expect(listPromptResponses(h.db, target.id)).toEqual([]);
    expect(h.fake.callsTo('chat.update')).toHaveLength(0);
  });

  it('nudge_met and nudge_skip record the clicker and acknowledge in place, keeping the buttons for the partner', async () => {
    const prompt = promptOf(pair);
    await click(MENTOR, ACTION.nudgeMet);
    let shown = h.fake.message(pair.channelId!, message.ts)!;
    expect(JSON.stringify(shown.blocks)).toContain(`✅ <@${MENTOR}> marked that you met`);
    for (const actionId of [ACTION.nudgeMet, ACTION.nudgeSkip, ACTION.nudgeReflect, ACTION.nudgeNewTopic]) {
      expect(findElement(shown.blocks, actionId)).toBeDefined();
    }

    await click(MENTEE, ACTION.nudgeSkip);
    shown = h.fake.message(pair.channelId!, message.ts)!;
    expect(JSON.stringify(shown.blocks)).toContain(`✅ <@${MENTOR}> marked that you met`);
    expect(JSON.stringify(shown.blocks)).toContain(`⏭️ <@${MENTEE}> marked that you're skipping this session`);
    expect(listPromptResponses(h.db, prompt.id).map((r) => [r.userId, r.kind]).sort()).toEqual([
      [MENTEE, 'skipped'],
      [MENTOR, 'met'],
    ]);

    // The last press counts: the mentee did meet after all.
    await click(MENTEE, ACTION.nudgeMet);
    expect(listPromptResponses(h.db, prompt.id).map((r) => [r.userId, r.kind]).sort()).toEqual([
      [MENTEE, 'met'],
      [MENTOR, 'met'],
    ]);
    expect(h.fake.callsTo('chat.update').every((call) => call.args.ts === message.ts)).toBe(true);
    expect(h.fake.callsTo('chat.update')).toHaveLength(3);
  });
});
