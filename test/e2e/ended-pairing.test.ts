import { enroll } from '../../src/db/repositories/cohorts';
import type { Pair } from '../../src/db/repositories/pairs';
import { messagesFor } from '../../src/i18n';
import { runTick } from '../../src/scheduler/tick';
import { ACTION } from '../../src/views/ids';
import { snapshot } from '../hardening/rig';
import { addCohort, addPair } from '../helpers/prompts';
import { startHarness, type Harness } from './harness';

/**
 * A weekly prompt stays in the pair's group DM after the pairing is over (`cohort close`, `unpair`). Its buttons
 * must then change nothing: no response recorded, no topic swapped, no message rewritten, no modal opened. The
 * person who pressed is told why, privately, in their language.
 */

const T1 = '2026-03-16T08:00:00.000Z';
const ORG = 'U0ORG00001';
const MENTOR = 'U0MEN00001';
const MENTEE = 'U0MEE00001';
const en = messagesFor('en');
const sv = messagesFor('sv');

type Reply = { text: string; response_type?: string; replace_original?: boolean };

const PROMPT_BUTTONS = [ACTION.nudgeMet, ACTION.nudgeSkip, ACTION.nudgeNewTopic, ACTION.nudgeReflect] as const;

describe("an ended pairing's prompt", () => {
  let h: Harness;
  let pair: Pair;

  beforeEach(async () => {
    h = await startHarness({ now: T1, organizers: [ORG] });
    for (const id of [ORG, MENTOR, MENTEE]) h.fake.addUser({ id, name: id.toLowerCase() });
    const cohort = addCohort(h.db);
    pair = addPair(h.db, {
      cohort,
      mentor: { userId: MENTOR, role: 'mentor', topics: ['ai-at-work', 'hybrid-work'] },
      // The mentee reads Slack in Swedish: the refusal comes in their language.
      mentee: { userId: MENTEE, role: 'mentee', topics: ['ai-at-work'], locale: 'sv-SE' },
    });
    for (const id of [MENTOR, MENTEE]) enroll(h.db, cohort.id, id, new Date(T1));
    await runTick({ ...h.app.ctx.deliveryDeps, dispatch: { waitHorizonMs: 0 } }, new Date(T1));
    expect(h.fake.messagesIn(pair.channelId!)).toHaveLength(1);
  });
  afterEach(() => h.close());

  async function press(userId: string, actionId: string): Promise<Reply[]> {
    const message = h.fake.messagesIn(pair.channelId!)[0]!;
    const sent = await h.slack.blockAction(userId, { actionId, channelId: pair.channelId!, messageTs: message.ts });
    expect(sent.status).toBe(200);
    await h.settled();
    return h.fake.responsesAt(decodeURIComponent((sent.payload.response_url as string).split('/').pop() as string)) as Reply[];
  }

  async function organizerCommand(text: string): Promise<void> {
    expect((await h.slack.command(ORG, text)).status).toBe(200);
    await h.settled();
  }

  /** Presses every prompt button as both members; returns what each was told. */
  async function pressEverything(): Promise<Array<{ userId: string; actionId: string; replies: Reply[] }>> {
    const told = [];
    for (const userId of [MENTOR, MENTEE]) {
      for (const actionId of PROMPT_BUTTONS) told.push({ userId, actionId, replies: await press(userId, actionId) });
    }
    return told;
  }

  /** Nothing reached Slack but the private replies: no chat.update, no modal, no message. */
  function slackUntouched(): void {
    expect(h.fake.calls.filter((call) => call.method !== 'auth.test' && call.method !== 'response_url').map((call) => call.method)).toEqual([]);
  }

  it('after cohort close: every button changes nothing, and each person is told kindly in their language', async () => {
    await organizerCommand(`cohort close ${pair.cohortId}`);
    const confirmed = await h.slack.blockAction(ORG, { actionId: ACTION.cohortCloseConfirm, value: String(pair.cohortId), isEphemeral: true });
    expect(confirmed.status).toBe(200);
    await h.settled();
    expect(h.db.prepare('SELECT status FROM cohorts WHERE id = ?').get(pair.cohortId)).toEqual({ status: 'completed' });
    h.fake.clear();
    const before = snapshot(h.db);

    const told = await pressEverything();

    expect(snapshot(h.db)).toEqual(before);
    slackUntouched();
    for (const { userId, actionId, replies } of told) {
      const messages = userId === MENTEE ? sv : en;
      const expected = actionId === ACTION.nudgeReflect ? messages.reflectionClosedFinal : messages.promptCohortEnded;
      expect({ userId, actionId, replies }).toEqual({
        userId,
        actionId,
        replies: [expect.objectContaining({ response_type: 'ephemeral', replace_original: false, text: expected })],
      });
    }
  });

  it('after unpair: every button changes nothing, and each person is told kindly in their language', async () => {
    await organizerCommand(`unpair <@${MENTEE}>`);
    expect(h.db.prepare('SELECT status FROM pairs WHERE id = ?').get(pair.id)).toEqual({ status: 'ended' });
    h.fake.clear();
    const before = snapshot(h.db);

    const told = await pressEverything();

    expect(snapshot(h.db)).toEqual(before);
    slackUntouched();
    for (const { userId, actionId, replies } of told) {
      const messages = userId === MENTEE ? sv : en;
      const expected = actionId === ACTION.nudgeReflect ? messages.reflectionPairEnded : messages.promptPairEnded;
      expect({ userId, actionId, replies }).toEqual({
        userId,
        actionId,
        replies: [expect.objectContaining({ response_type: 'ephemeral', replace_original: false, text: expected })],
      });
    }
  });

  it('while the pairing runs, the same presses do change the prompt (the refusal is about the ending, not the buttons)', async () => {
    h.fake.clear();
    await press(MENTOR, ACTION.nudgeMet);
    await press(MENTEE, ACTION.nudgeNewTopic);
    expect(h.fake.callsTo('chat.update')).toHaveLength(2);
    expect(h.db.prepare('SELECT user_id, kind FROM prompt_responses').all()).toEqual([{ user_id: MENTOR, kind: 'met' }]);
  });

  it("after unpair: the agreement, check-in and final evaluation buttons open nothing and say why, in the person's language", async () => {
    await organizerCommand(`unpair <@${MENTEE}>`);
    h.fake.clear();
    const before = snapshot(h.db);
    const told: Array<{ actionId: string; userId: string; replies: Reply[] }> = [];
    // kickoff_open is on the prompt (the agreement was never written); the others are pressed from a direct message
    // that asked for them, with the same pair id.
    for (const userId of [MENTOR, MENTEE]) {
      told.push({ actionId: ACTION.kickoffOpen, userId, replies: await press(userId, ACTION.kickoffOpen) });
      for (const actionId of [ACTION.checkinOpen, ACTION.finalOpen]) {
        const sent = await h.slack.blockAction(userId, { actionId, value: String(pair.id), allowMissing: true });
        await h.settled();
        told.push({ actionId, userId, replies: h.fake.responsesAt(decodeURIComponent((sent.payload.response_url as string).split('/').pop() as string)) as Reply[] });
      }
    }
    expect(snapshot(h.db)).toEqual(before);
    slackUntouched();
    for (const { userId, actionId, replies } of told) {
      const messages = userId === MENTEE ? sv : en;
      const expected = { [ACTION.kickoffOpen]: messages.kickoffPairEnded, [ACTION.checkinOpen]: messages.checkinPairEnded, [ACTION.finalOpen]: messages.finalPairEnded }[actionId];
      expect({ userId, actionId, replies }).toEqual({ userId, actionId, replies: [expect.objectContaining({ response_type: 'ephemeral', text: expected })] });
    }
  });
});
