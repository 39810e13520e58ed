import { enroll } from '../../src/db/repositories/cohorts';
import type { Pair } from '../../src/db/repositories/pairs';
import { listPromptResponses, listPromptsOfPair, type Prompt } from '../../src/db/repositories/prompts';
import { findOwnReflection } from '../../src/db/repositories/reflections';
import { runTick } from '../../src/scheduler/tick';
import { reflectionStats, sharedHighlights } from '../../src/services/reflection-insights';
import { ACTION, CALLBACK, REFLECTION } from '../../src/views/ids';
import { addCohort, addPair } from '../helpers/prompts';
import { findElement, type StoredView } from '../support/fake-slack';
import { input, type StateValues } from '../support/slack-requests';
import { startHarness, type Harness } from './harness';

const T1 = '2026-03-16T08:00:00.000Z';
const CYCLE2 = '2026-03-23T08:00:00.000Z';
const MENTOR = 'U0MEN00001';
const MENTEE = 'U0MEE00001';
const OTHER_MENTOR = 'U0MEN00002';
const OTHER_MENTEE = 'U0MEE00002';
const ORG = 'U0ORG00001';

type Reply = { text: string; response_type?: string; replace_original?: boolean };

interface FormInput {
  met?: string | null;
  rating?: string | null;
  topic?: string | null;
  learned?: string | null;
  nextStep?: string | null;
  sharing?: string | null;
}

/** view.state.values as Slack sends them: an empty optional input is null. */
function form(values: FormInput): StateValues {
  return {
    [REFLECTION.met]: { [REFLECTION.met]: input.radio(values.met ?? null) },
    [REFLECTION.rating]: { [REFLECTION.rating]: input.staticSelect(values.rating ?? null) },
    [REFLECTION.topic]: { [REFLECTION.topic]: input.staticSelect(values.topic ?? null) },
    [REFLECTION.learned]: { [REFLECTION.learned]: input.plain(values.learned ?? null) },
    [REFLECTION.nextStep]: { [REFLECTION.nextStep]: input.plain(values.nextStep ?? null) },
    [REFLECTION.sharing]: { [REFLECTION.sharing]: input.radio(values.sharing ?? null) },
  };
}

type InputBlock = { type: string; block_id?: string; label?: { text: string }; element?: Record<string, unknown> };
const inputBlock = (view: StoredView, id: string) => (view.blocks as InputBlock[]).find((block) => block.block_id === id);
const initialOf = (view: StoredView, id: string) => (inputBlock(view, id)?.element?.initial_option as { value: string } | undefined)?.value;
const initialText = (view: StoredView, id: string) => inputBlock(view, id)?.element?.initial_value as string | undefined;

describe('reflections through Slack', () => {
  let h: Harness;
  let pair: Pair;
  let otherPair: Pair;
  let prompt: Prompt;

  beforeEach(async () => {
    h = await startHarness({ now: T1, organizers: [ORG] });
    for (const id of [MENTOR, MENTEE, OTHER_MENTOR, OTHER_MENTEE, ORG]) h.fake.addUser({ id, name: id.toLowerCase() });
    const cohort = addCohort(h.db);
    pair = addPair(h.db, { cohort, mentor: { userId: MENTOR, role: 'mentor', topics: ['ai-at-work'] }, mentee: { userId: MENTEE, role: 'mentee', topics: ['ai-at-work'] } });
    otherPair = addPair(h.db, { cohort, mentor: { userId: OTHER_MENTOR, role: 'mentor' }, mentee: { userId: OTHER_MENTEE, role: 'mentee' } });
    for (const id of [MENTOR, MENTEE, OTHER_MENTOR, OTHER_MENTEE]) enroll(h.db, cohort.id, id, new Date(T1));
    // The real flow: the scheduler posts the week's prompts through the fake Slack.
    await runTick({ ...h.app.ctx.deliveryDeps, dispatch: { waitHorizonMs: 0 } }, new Date(T1));
    prompt = listPromptsOfPair(h.db, pair.id)[0]!;
    expect(prompt.messageTs).toBeTruthy();
    h.fake.clear();
  });
  afterEach(() => h.close());

  /** Presses Reflect on a prompt message (by default this pair's) and returns what the clicker was told. */
  async function pressReflect(userId: string, options: { channelId?: string; value?: string } = {}): Promise<Reply[]> {
    const channelId = options.channelId ?? pair.channelId!;
    const target = h.fake.messagesIn(channelId)[0]!;
    const sent = await h.slack.blockAction(userId, {
      actionId: ACTION.nudgeReflect,
      channelId,
      messageTs: target.ts,
      ...(options.value ? { value: options.value } : {}),
    });
    expect(sent.status).toBe(200);
    await h.settled();
    return h.fake.responsesAt(decodeURIComponent((sent.payload.response_url as string).split('/').pop() as string)) as Reply[];
  }

  function latestModal(userId: string): StoredView | undefined {
    return h.fake.latestView({ callbackId: CALLBACK.reflection, userId });
  }

  /** Chooses whether they met in the open modal, as Slack sends it (dispatch_action): the app redraws the modal. */
  async function chooseMet(userId: string, met: string, values: FormInput = {}) {
    const modal = latestModal(userId)!;
    const sent = await h.slack.blockAction(userId, {
      actionId: REFLECTION.met,
      view: { id: modal.id },
      selectedOption: met,
      values: present(modal, form({ ...values, met })),
    });
    expect(sent.status).toBe(200);
    await h.settled();
  }

  /** Only the inputs the modal shows (a rating exists only once they said they met). */
  function present(modal: StoredView, values: StateValues): StateValues {
    return Object.fromEntries(Object.entries(values).filter(([blockId]) => inputBlock(modal, blockId) !== undefined));
  }

  /** Fills in the modal as a person would: choosing whether they met first (which redraws it), then the rest. */
  async function submit(userId: string, values: FormInput, privateMetadata?: string) {
    if (values.met && initialOf(latestModal(userId)!, REFLECTION.met) !== values.met) await chooseMet(userId, values.met);
    const sent = await h.slack.viewSubmission(userId, {
      callbackId: CALLBACK.reflection,
      values: present(latestModal(userId)!, form(values)),
      ...(privateMetadata !== undefined ? { privateMetadata } : {}),
    });
    expect(sent.status).toBe(200);
    await h.settled();
    return sent.json as { response_action?: string; errors?: Record<string, string>; view?: { blocks: unknown[] } } | undefined;
  }

  const countReflections = () => (h.db.prepare('SELECT COUNT(*) AS n FROM reflections').get() as { n: number }).n;

  const cases = [
    { role: 'mentee', userId: MENTEE, learnedLabel: 'What did you learn from your mentor?', sharing: 'private' },
    { role: 'mentee', userId: MENTEE, learnedLabel: 'What did you learn from your mentor?', sharing: 'anonymous' },
    { role: 'mentee', userId: MENTEE, learnedLabel: 'What did you learn from your mentor?', sharing: 'named' },
    { role: 'mentor', userId: MENTOR, learnedLabel: "What did you notice about your mentee's questions?", sharing: 'private' },
    { role: 'mentor', userId: MENTOR, learnedLabel: "What did you notice about your mentee's questions?", sharing: 'anonymous' },
    { role: 'mentor', userId: MENTOR, learnedLabel: "What did you notice about your mentee's questions?", sharing: 'named' },
  ] as const;

  it.each(cases)('round trip for a $role sharing $sharing: open, save, reopen pre-filled, save again replaces', async ({ role, userId, learnedLabel, sharing }) => {
    expect(await pressReflect(userId)).toEqual([]);
    const modal = latestModal(userId)!;
    expect(modal).toBeDefined();
    expect(modal.private_metadata).toBe(String(prompt.id));
    expect(inputBlock(modal, REFLECTION.learned)?.label?.text).toBe(learnedLabel);
    expect(initialOf(modal, REFLECTION.sharing)).toBe('private');
    expect(initialOf(modal, REFLECTION.topic)).toBe(prompt.topicId);
    expect(initialText(modal, REFLECTION.learned)).toBeUndefined();

    const learned = `What ${role} learned <@U0HACKER1> & more`;
    expect(await submit(userId, { met: 'yes', rating: '4', topic: prompt.topicId, learned, nextStep: 'Try one thing', sharing })).toBeUndefined();
    expect(findOwnReflection(h.db, prompt.id, userId)).toMatchObject({ role, met: 'yes', rating: 4, learned, nextStep: 'Try one thing', sharing, cycle: 1 });
    expect(listPromptResponses(h.db, prompt.id)).toEqual([expect.objectContaining({ userId, kind: 'reflected' })]);
    // The thanks come by DM and never repeat the text.
    const thanks = h.fake.messagesIn(userId).at(-1)!;
    expect(thanks.text).toBe('Thanks! Your reflection on session 1 is saved.');
    expect(JSON.stringify(thanks)).not.toContain('U0HACKER1');

    // Open again: the same modal, pre-filled.
    await pressReflect(userId);
    const reopened = latestModal(userId)!;
    expect(reopened.id).not.toBe(modal.id);
    expect(initialOf(reopened, REFLECTION.met)).toBe('yes');
    expect(initialOf(reopened, REFLECTION.rating)).toBe('4');
    expect(initialText(reopened, REFLECTION.learned)).toBe(learned);
    expect(initialText(reopened, REFLECTION.nextStep)).toBe('Try one thing');
    expect(initialOf(reopened, REFLECTION.sharing)).toBe(sharing);

    expect(await submit(userId, { met: 'rescheduled', topic: 'digital-tools', learned: 'Changed my mind', sharing })).toBeUndefined();
    expect(countReflections()).toBe(1);
    expect(findOwnReflection(h.db, prompt.id, userId)).toMatchObject({ met: 'rescheduled', rating: null, topicId: 'digital-tools', learned: 'Changed my mind', nextStep: null, sharing });
    expect(h.fake.messagesIn(userId).at(-1)?.text).toBe('Your reflection on session 1 is updated.');
  });

  it('invalid input gets inline errors against its blocks and stores nothing', async () => {
    await pressReflect(MENTEE);
    const tooLong = await submit(MENTEE, { met: 'yes', topic: prompt.topicId, learned: 'x'.repeat(2001), nextStep: '🙂'.repeat(501) });
    expect(tooLong).toEqual({
      response_action: 'errors',
      errors: {
        [REFLECTION.rating]: 'You met, so please rate the conversation.',
        [REFLECTION.learned]: 'Please keep it to 2,000 characters or fewer.',
        [REFLECTION.nextStep]: 'Please keep it to 500 characters or fewer.',
      },
    });
    const noMet = await submit(MENTEE, { topic: prompt.topicId });
    expect(noMet?.errors).toEqual({ [REFLECTION.met]: 'Tell us whether you met.' });
    const forgedChoice = await submit(MENTEE, { met: 'yes', rating: '9', topic: 'not-a-topic', sharing: 'everyone' });
    expect(Object.keys(forgedChoice?.errors ?? {}).sort()).toEqual([REFLECTION.rating, REFLECTION.sharing, REFLECTION.topic].sort());
    expect(countReflections()).toBe(0);
    expect(listPromptResponses(h.db, prompt.id)).toEqual([]);
    expect(h.fake.messagesIn(MENTEE)).toEqual([]);
    // 500 emoji are 500 characters as a person counts them (1000 UTF-16 units): accepted.
    expect(await submit(MENTEE, { met: 'no', topic: prompt.topicId, nextStep: '🙂'.repeat(500) })).toBeUndefined();
    expect(countReflections()).toBe(1);
  });

  it("a forged prompt id (another pair's) is refused on the button and on submit, and nothing is stored", async () => {
    // The button is on their own pair's prompt, but the value names this pair's prompt.
    const replies = await pressReflect(OTHER_MENTOR, { channelId: otherPair.channelId!, value: String(prompt.id) });
    expect(replies).toEqual([expect.objectContaining({ response_type: 'ephemeral', text: "This prompt belongs to another pair, so you can't reflect on it." })]);
    expect(latestModal(OTHER_MENTOR)).toBeUndefined();

    // A modal opened for their own prompt, submitted with this pair's prompt id in private_metadata.
    await pressReflect(OTHER_MENTOR, { channelId: otherPair.channelId! });
    const answer = await submit(OTHER_MENTOR, { met: 'yes', rating: '5', learned: 'forged' }, String(prompt.id));
    expect(answer?.response_action).toBe('update');
    expect(JSON.stringify(answer?.view?.blocks)).toContain('belongs to another pair');
    const garbage = await submit(OTHER_MENTOR, { met: 'yes', rating: '5' }, 'DROP TABLE');
    expect(garbage?.response_action).toBe('update');
    expect(countReflections()).toBe(0);
    expect(listPromptResponses(h.db, prompt.id)).toEqual([]);
  });

  it('once the next week is due the cycle is closed: nothing opens or saves', async () => {
    await pressReflect(MENTEE);
    h.setNow(CYCLE2);
    const answer = await submit(MENTEE, { met: 'yes', rating: '3', topic: prompt.topicId });
    expect(answer?.response_action).toBe('update');
    expect(JSON.stringify(answer?.view?.blocks)).toContain('Reflections on session 1 are closed');
    expect(countReflections()).toBe(0);
    const replies = await pressReflect(MENTEE);
    expect(replies[0]?.text).toContain('Reflections on session 1 are closed');
  });

  it('the partner and organizers never see private text, anywhere', async () => {
    const secret = 'SECRET-mentee-only-words';
    await pressReflect(MENTEE);
    await submit(MENTEE, { met: 'yes', rating: '5', topic: prompt.topicId, learned: secret, nextStep: `${secret} step`, sharing: 'private' });
    expect(findOwnReflection(h.db, prompt.id, MENTEE)?.learned).toBe(secret);
    h.fake.clear();

    // The partner reflects on the same prompt: their modal is empty.
    await pressReflect(MENTOR);
    const partnerModal = latestModal(MENTOR)!;
    expect(initialText(partnerModal, REFLECTION.learned)).toBeUndefined();
    // Status and App Home, for the partner and for an organizer.
    for (const userId of [MENTOR, ORG]) {
      const status = await h.slack.command(userId, 'status');
      expect(status.status).toBe(200);
      await h.slack.appHomeOpened(userId);
    }
    await h.settled();
    // Every organizer-facing query.
    expect(sharedHighlights(h.db, pair.cohortId)).toEqual([]);
    expect(reflectionStats(h.db, pair.cohortId)).toMatchObject({ reflections: 1, sharing: { private: 1 } });

    expect(h.fake.calls.length).toBeGreaterThan(0);
    expect(JSON.stringify(h.fake.calls)).not.toContain(secret);
    expect(h.logs.join('\n')).not.toContain(secret);
  });

  it('status and App Home count your reflections, and App Home and `reflect` open your latest prompt', async () => {
    await h.slack.appHomeOpened(MENTEE);
    await h.settled();
    const home = h.fake.homeOf(MENTEE)!;
    const reflectButton = findElement(home.blocks, ACTION.homeReflect);
    expect(reflectButton?.element.value).toBe(String(prompt.id));

    await h.slack.blockAction(MENTEE, { actionId: ACTION.homeReflect, view: 'home' });
    await h.settled();
    expect(latestModal(MENTEE)?.private_metadata).toBe(String(prompt.id));
    await submit(MENTEE, { met: 'no', topic: prompt.topicId });

    const status = await h.slack.command(MENTEE, 'status');
    await h.settled();
    expect(JSON.stringify(h.fake.responsesAt(decodeURIComponent(status.responseUrl.split('/').pop()!)))).toContain('reflections so far:* 1');
    expect(JSON.stringify(h.fake.homeOf(MENTEE)?.blocks)).toContain('reflections so far:* 1');

    h.fake.clear();
    await h.slack.command(MENTOR, 'reflect');
    await h.settled();
    const mentorModal = latestModal(MENTOR)!;
    expect(mentorModal.private_metadata).toBe(String(prompt.id));
    expect(inputBlock(mentorModal, REFLECTION.learned)?.label?.text).toBe("What did you notice about your mentee's questions?");

    const outsider = await h.slack.command('U0NOBODY01', 'reflect');
    await h.settled();
    expect(JSON.stringify(h.fake.responsesAt(decodeURIComponent(outsider.responseUrl.split('/').pop()!)))).toContain('nothing to reflect on yet');
  });

  it('whoever reflected gets no 72-hour reminder; the partner who did nothing does, with a Reflect button that works', async () => {
    await pressReflect(MENTEE);
    await submit(MENTEE, { met: 'yes', rating: '4', topic: prompt.topicId });
    h.fake.clear();
    const postedAt = new Date(prompt.postedAt!);
    await runTick({ ...h.app.ctx.deliveryDeps, dispatch: { waitHorizonMs: 0 } }, new Date(postedAt.getTime() + 72 * 3600_000 + 60_000));
    const dms = h.fake.callsTo('chat.postMessage').map((call) => call.args.channel);
    expect(dms).toContain(MENTOR);
    expect(dms).not.toContain(MENTEE);

    // The reminder's button opens the mentor's modal.
    const reminder = h.fake.messagesIn(MENTOR).at(-1)!;
    expect(findElement(reminder.blocks, ACTION.nudgeReflect)?.element.value).toBe(String(prompt.id));
    await h.slack.blockAction(MENTOR, { actionId: ACTION.nudgeReflect, channelId: h.fake.dmOf(MENTOR)!, messageTs: reminder.ts });
    await h.settled();
    expect(latestModal(MENTOR)?.private_metadata).toBe(String(prompt.id));
  });

  it('nudge_met and nudge_skip record the meeting without a reflection', async () => {
    const target = h.fake.messagesIn(pair.channelId!)[0]!;
    await h.slack.blockAction(MENTOR, { actionId: ACTION.nudgeMet, channelId: pair.channelId!, messageTs: target.ts });
    await h.slack.blockAction(MENTEE, { actionId: ACTION.nudgeSkip, channelId: pair.channelId!, messageTs: target.ts });
    await h.settled();
    expect(listPromptResponses(h.db, prompt.id).map((r) => [r.userId, r.kind]).sort()).toEqual([
      [MENTEE, 'skipped'],
      [MENTOR, 'met'],
    ]);
    expect(countReflections()).toBe(0);
  });
});
