import { enroll } from '../../src/db/repositories/cohorts';
import type { Pair } from '../../src/db/repositories/pairs';
import { messagesFor } from '../../src/i18n';
import { runTick } from '../../src/scheduler/tick';
import { ACTION, CALLBACK, MEETING_BOOK } from '../../src/views/ids';
import { heldBlockId } from '../../src/views/meetings';
import { snapshot } from '../hardening/rig';
import { addCohort, addPair } from '../helpers/prompts';
import type { StoredMessage } from '../support/fake-slack';
import { input } from '../support/slack-requests';
import { startHarness, type Harness } from './harness';

/**
 * The meeting buttons stay in the pair's group DM after the pairing is over, as a prompt's do: Book a meeting on
 * the prompt, Reschedule and Cancel on the booking message, and the answers to "Did you meet?". Like the prompt's
 * buttons (test/e2e/ended-pairing.test.ts), they then change nothing (no meeting moved, cancelled or counted, no
 * modal, no message rewritten) and the person who pressed is told why, privately, in their language.
 */

const T1 = '2026-03-16T08:00:00.000Z';
const ORG = 'U0ORG00001';
const MENTOR = 'U0MEN00001';
const MENTEE = 'U0MEE00001';
const en = messagesFor('en');
const sv = messagesFor('sv');

type Reply = { text: string; response_type?: string; replace_original?: boolean };
type Press = { actionId: string; message: StoredMessage; blockId?: string; value?: string };

describe("an ended pairing's meeting buttons", () => {
  let h: Harness;
  let pair: Pair;
  let meetingId: number;
  let presses: Press[];

  const tick = async (iso: string) => {
    h.setNow(iso);
    await runTick({ ...h.app.ctx.deliveryDeps, dispatch: { waitHorizonMs: 0 } }, new Date(iso));
    await h.settled();
  };
  const messageWith = (eventType: string) => h.fake.messagesIn(pair.channelId!).find((message) => message.metadata?.event_type === eventType);

  beforeEach(async () => {
    h = await startHarness({ now: T1, organizers: [ORG] });
    for (const id of [ORG, MENTOR, MENTEE]) h.fake.addUser({ id, name: id.toLowerCase() });
    const cohort = addCohort(h.db);
    pair = addPair(h.db, {
      cohort,
      mentor: { userId: MENTOR, role: 'mentor' },
      // The mentee reads Slack in Swedish: the refusal comes in their language.
      mentee: { userId: MENTEE, role: 'mentee', locale: 'sv-SE' },
    });
    for (const id of [MENTOR, MENTEE]) enroll(h.db, cohort.id, id, new Date(T1));
    await tick(T1);
    const prompt = messageWith('rm_nudge')!;

    // The mentor books from the prompt's Book button for Tuesday 13:00 UTC, 30 minutes.
    await h.slack.blockAction(MENTOR, { actionId: ACTION.meetingBook, channelId: pair.channelId!, messageTs: prompt.ts });
    await h.settled();
    expect(h.fake.latestView({ callbackId: CALLBACK.meetingBook, userId: MENTOR })?.private_metadata).toBe(`pair:${pair.id}`);
    const submitted = await h.slack.viewSubmission(MENTOR, {
      callbackId: CALLBACK.meetingBook,
      values: {
        [MEETING_BOOK.when]: { [MEETING_BOOK.when]: input.datetimepicker(Date.parse('2026-03-17T13:00:00Z') / 1000) },
        [MEETING_BOOK.length]: { [MEETING_BOOK.length]: input.staticSelect('30') },
        [MEETING_BOOK.where]: { [MEETING_BOOK.where]: input.plain(null) },
      },
    });
    expect(submitted.status).toBe(200);
    await h.settled();
    meetingId = (h.db.prepare('SELECT id FROM meetings WHERE pair_id = ?').get(pair.id) as { id: number }).id;
    // The reminder, then "Did you meet?" after the end.
    await tick('2026-03-17T12:05:00.000Z');
    await tick('2026-03-17T13:35:00.000Z');
    const booking = messageWith('rm_meeting')!;
    const followup = h.fake.messagesIn(pair.channelId!).find((message) => JSON.stringify(message.blocks ?? []).includes(ACTION.meetingHeld))!;
    expect(followup).toBeDefined();
    presses = [
      { actionId: ACTION.meetingBook, message: prompt },
      { actionId: ACTION.meetingReschedule, message: booking },
      { actionId: ACTION.meetingCancel, message: booking },
      ...(['yes', 'no', 'moved'] as const).map((answer) => ({ actionId: ACTION.meetingHeld, message: followup, blockId: heldBlockId(meetingId, answer), value: answer })),
    ];
  });
  afterEach(() => h.close());

  async function press(userId: string, { actionId, message, blockId, value }: Press): Promise<Reply[]> {
    const sent = await h.slack.blockAction(userId, { actionId, channelId: pair.channelId!, messageTs: message.ts, ...(blockId ? { blockId } : {}), ...(value ? { value } : {}) });
    expect(sent.status).toBe(200);
    await h.settled();
    return h.fake.responsesAt(decodeURIComponent((sent.payload.response_url as string).split('/').pop() as string)) as Reply[];
  }

  /** Presses every meeting button as both members, and checks what each was told. */
  async function pressEverything(expected: (messages: typeof en) => string): Promise<void> {
    for (const userId of [MENTOR, MENTEE]) {
      for (const button of presses) {
        const replies = await press(userId, button);
        expect({ userId, button: `${button.actionId} ${button.value ?? ''}`, replies }).toEqual({
          userId,
          button: `${button.actionId} ${button.value ?? ''}`,
          replies: [expect.objectContaining({ response_type: 'ephemeral', replace_original: false, text: expected(userId === MENTEE ? sv : en) })],
        });
      }
    }
  }

  /** Nothing reached Slack but the private replies: no modal, no chat.update, no upload, no message. */
  function slackUntouched(): void {
    expect(h.fake.calls.filter((call) => call.method !== 'auth.test' && call.method !== 'response_url').map((call) => call.method)).toEqual([]);
  }

  it('after cohort close: nothing is booked, moved, cancelled or counted, and each person is told in their language', async () => {
    expect((await h.slack.command(ORG, `cohort close ${pair.cohortId}`)).status).toBe(200);
    await h.settled();
    await h.slack.blockAction(ORG, { actionId: ACTION.cohortCloseConfirm, value: String(pair.cohortId), isEphemeral: true });
    await h.settled();
    expect(h.db.prepare('SELECT status FROM cohorts WHERE id = ?').get(pair.cohortId)).toEqual({ status: 'completed' });
    h.fake.clear();
    const before = snapshot(h.db);

    await pressEverything((messages) => messages.meetingCohortEnded);

    expect(snapshot(h.db)).toEqual(before);
    slackUntouched();
  });

  it('after unpair: nothing is booked, moved, cancelled or counted, and each person is told in their language', async () => {
    expect((await h.slack.command(ORG, `unpair <@${MENTEE}>`)).status).toBe(200);
    await h.settled();
    expect(h.db.prepare('SELECT status FROM pairs WHERE id = ?').get(pair.id)).toEqual({ status: 'ended' });
    h.fake.clear();
    const before = snapshot(h.db);

    await pressEverything((messages) => messages.meetingPairEnded);

    expect(snapshot(h.db)).toEqual(before);
    slackUntouched();
  });

  it('while the pairing runs, the same buttons work (the refusal is about the ending)', async () => {
    h.fake.clear();
    const [, reschedule, cancel, yes] = presses as [Press, Press, Press, Press];
    await press(MENTEE, reschedule);
    expect(h.fake.latestView({ callbackId: CALLBACK.meetingBook, userId: MENTEE })?.private_metadata).toBe(`meeting:${meetingId}`);
    await press(MENTOR, yes);
    expect(h.db.prepare('SELECT outcome FROM meetings WHERE id = ?').get(meetingId)).toEqual({ outcome: 'held' });
    await press(MENTOR, cancel);
    expect(h.db.prepare('SELECT status FROM meetings WHERE id = ?').get(meetingId)).toEqual({ status: 'cancelled' });
  });
});
