import { findCohort } from '../../src/db/repositories/cohorts';
import { findDeliveryByKey, listDeliveries } from '../../src/db/repositories/deliveries';
import { endPair, findPair } from '../../src/db/repositories/pairs';
import { setParticipantStatus } from '../../src/db/repositories/participants';
import { findPrompt, listPromptsOfPair, recordPromptResponse } from '../../src/db/repositories/prompts';
import type { Db } from '../../src/db/open';
import { addVote } from '../../src/db/repositories/topic-votes';
import { participantStatus } from '../../src/services/enrollment';
import { dispatchDue } from '../../src/services/delivery';
import { NUDGE_KIND, nextTopic, nudgeKey, recordMeeting, reminderKey, rotationOrder } from '../../src/services/prompts';
import { createDeliveryHandlers } from '../../src/scheduler/deliveries';
import { runTick, type TickDeps } from '../../src/scheduler/tick';
import { ACTION, METADATA_EVENT } from '../../src/views/ids';
import { freshDatabase } from '../helpers/db';
import { addCohort, addPair, pause, PROMPTS_TOKEN, tickDeps } from '../helpers/prompts';
import { findElement, startFakeSlack, type FakeCall, type FakeSlack } from '../support/fake-slack';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const at = (iso: string) => new Date(iso);
const later = (date: Date, ms: number) => new Date(date.getTime() + ms);

/** Monday 16 March 2026, 09:00 in Stockholm: cycle 1 of the default test cohort. */
const T1 = at('2026-03-16T08:00:00Z');

interface PostedPrompt {
  call: FakeCall;
  channel: string;
  promptId: number;
  pairId: number;
  cycle: number;
  header: string;
  json: string;
}

function promptPosts(fake: FakeSlack): PostedPrompt[] {
  return fake
    .callsTo('chat.postMessage')
    .filter((call) => !call.fault && (call.args.metadata as { event_type?: string } | undefined)?.event_type === METADATA_EVENT.nudge)
    .map((call) => {
      const payload = (call.args.metadata as { event_payload: { prompt_id: number; pair_id: number; cycle: number } }).event_payload;
      const blocks = call.args.blocks as Array<{ type: string; text?: { text: string } }>;
      return {
        call,
        channel: String(call.args.channel),
        promptId: payload.prompt_id,
        pairId: payload.pair_id,
        cycle: payload.cycle,
        header: blocks.find((block) => block.type === 'header')?.text?.text ?? '',
        json: JSON.stringify(blocks),
      };
    });
}

function ledger(db: Db, kind: string) {
  return listDeliveries(db, { kind });
}

describe('weekly prompts: schedule and delivery through the ledger', () => {
  let fake: FakeSlack;
  let db: Db;
  let deps: TickDeps;
  let path: string;
  beforeEach(async () => {
    fake = await startFakeSlack({ botToken: PROMPTS_TOKEN });
    ({ db, path } = freshDatabase());
    deps = tickDeps(db, fake, path);
  });
  afterEach(async () => {
    await fake.close();
    db.close();
  });

  it('posts every pair exactly one prompt per cycle at its own instant, across time zones and DST changes', async () => {
    // Five Mondays from 2 March 2026: New York moves its clocks on 8 March, Stockholm on 29 March.
    const cohort = addCohort(db, { startDate: '2026-03-02', weeks: 5 });
    const pairs = {
      stockholm: addPair(db, { cohort, mentor: { userId: 'U0STH00001', role: 'mentor' }, mentee: { userId: 'U0STH00002', role: 'mentee' } }),
      newYork: addPair(db, {
        cohort,
        mentor: { userId: 'U0NYC00001', role: 'mentor', timezone: 'America/New_York' },
        mentee: { userId: 'U0STH00003', role: 'mentee' },
      }),
      dateLine: addPair(db, {
        cohort,
        mentor: { userId: 'U0AKL00001', role: 'mentor', timezone: 'Pacific/Auckland' },
        mentee: { userId: 'U0LAX00001', role: 'mentee', timezone: 'America/Los_Angeles' },
      }),
      unknownZone: addPair(db, {
        cohort,
        mentor: { userId: 'U0UNK00001', role: 'mentor', timezone: null },
        mentee: { userId: 'U0TYO00001', role: 'mentee', timezone: 'Asia/Tokyo' },
      }),
    };
    const expected: Record<keyof typeof pairs, string[]> = {
      stockholm: ['2026-03-02T08:00', '2026-03-09T08:00', '2026-03-16T08:00', '2026-03-23T08:00', '2026-03-30T07:00'],
      newYork: ['2026-03-02T14:00', '2026-03-09T13:00', '2026-03-16T13:00', '2026-03-23T13:00', '2026-03-30T13:00'],
      dateLine: ['2026-03-02T17:00', '2026-03-09T16:00', '2026-03-16T16:00', '2026-03-23T16:00', '2026-03-30T16:00'],
      // Unknown zone: the cohort's (Stockholm), which is later than Tokyo's 09:00.
      unknownZone: ['2026-03-02T08:00', '2026-03-09T08:00', '2026-03-16T08:00', '2026-03-23T08:00', '2026-03-30T07:00'],
    };
    const schedule = new Map<number, Array<{ pairId: number; cycle: number }>>();
    for (const [name, dues] of Object.entries(expected) as Array<[keyof typeof pairs, string[]]>) {
      dues.forEach((due, index) => {
        const instant = at(`${due}:00Z`).getTime();
        schedule.set(instant, [...(schedule.get(instant) ?? []), { pairId: pairs[name].id, cycle: index + 1 }]);
      });
    }

    for (const instant of [...schedule.keys()].sort((a, b) => a - b)) {
      const before = promptPosts(fake).length;
      await runTick(deps, new Date(instant - MINUTE));
      expect(promptPosts(fake).length).toBe(before);

      await runTick(deps, new Date(instant));
      const fresh = promptPosts(fake).slice(before);
      const wanted = schedule.get(instant) ?? [];
      expect(fresh.map((post) => ({ pairId: post.pairId, cycle: post.cycle })).sort((a, b) => a.pairId - b.pairId)).toEqual(
        [...wanted].sort((a, b) => a.pairId - b.pairId),
      );
      for (const post of fresh) {
        expect(post.header).toBe(post.cycle === 5 ? 'Session 5 of 5: the last one' : `Session ${post.cycle} of 5`);
        expect(post.channel).toBe(findPair(db, post.pairId)?.channelId);
      }
      // The same instant again, and a little later: nothing is posted twice.
      await runTick(deps, new Date(instant));
      await runTick(deps, new Date(instant + 30 * MINUTE));
      expect(promptPosts(fake).length).toBe(before + wanted.length);
    }

    expect(promptPosts(fake)).toHaveLength(20);
    for (const [name, dues] of Object.entries(expected) as Array<[keyof typeof pairs, string[]]>) {
      const prompts = listPromptsOfPair(db, pairs[name].id);
      expect(prompts.map((prompt) => prompt.dueAt)).toEqual(dues.map((due) => `${due}:00.000Z`));
      expect(prompts.every((prompt) => prompt.deliveryStatus === 'sent' && prompt.messageTs !== null)).toBe(true);
    }
    expect(new Set(ledger(db, 'nudge').map((row) => row.dedupeKey)).size).toBe(20);
  });

  it('posts the prompt with the topic, 2–3 questions, the four buttons (value = prompt id) and rm_nudge metadata', async () => {
    const cohort = addCohort(db);
    const pair = addPair(db, {
      cohort,
      mentor: { userId: 'U0MEN00001', role: 'mentor', topics: ['ai-at-work', 'hybrid-work'] },
      mentee: { userId: 'U0MEE00001', role: 'mentee', topics: ['ai-at-work'] },
    });
    const report = await runTick(deps, T1);
    expect(report).toMatchObject({ promptsPlanned: 2, deliveries: { sent: 1 } });
    const [post] = promptPosts(fake);
    const prompt = findPrompt(db, post!.promptId)!;
    expect(post!.call.args.metadata).toEqual({
      event_type: 'rm_nudge',
      event_payload: { prompt_id: prompt.id, pair_id: pair.id, cycle: 1 },
    });
    expect(post!.call.args.text).toBe('Session 1 of 3: AI at work');
    expect(prompt).toMatchObject({ topicId: 'ai-at-work', locale: 'en', channelId: pair.channelId });
    expect(prompt.questions.length).toBeGreaterThanOrEqual(2);
    expect(prompt.questions.length).toBeLessThanOrEqual(3);
    for (const question of prompt.questions) expect(post!.json).toContain(question.slice(0, 40));
    const blocks = post!.call.args.blocks as unknown[];
    for (const actionId of [ACTION.nudgeMet, ACTION.nudgeSkip, ACTION.nudgeReflect, ACTION.nudgeNewTopic]) {
      expect(findElement(blocks, actionId)?.element.value).toBe(String(prompt.id));
    }
    // The next prompt's date is written with Slack's date formatting (everyone reads their own time).
    expect(post!.json).toContain(`<!date^${Math.floor(at('2026-03-23T08:00:00Z').getTime() / 1000)}^`);
  });

  it("writes the prompt in the pair's language", async () => {
    const cohort = addCohort(db);
    addPair(db, {
      cohort,
      mentor: { userId: 'U0MEN00001', role: 'mentor', locale: 'sv-SE', topics: ['sustainability'] },
      mentee: { userId: 'U0MEE00001', role: 'mentee', locale: 'en-GB', topics: ['sustainability'] },
    });
    await runTick(deps, T1);
    const [post] = promptPosts(fake);
    expect(post!.header).toBe('Träff 1 av 3');
    expect(post!.json).toContain('Vi har träffats');
    expect(post!.json).toContain('Hållbarhet');
  });

  it('opens the group DM when the introduction has not, and keeps it for the pair', async () => {
    const cohort = addCohort(db);
    const pair = addPair(db, { cohort, mentor: { userId: 'U0MEN00001', role: 'mentor' }, mentee: { userId: 'U0MEE00001', role: 'mentee' }, channelId: null });
    await runTick(deps, T1);
    const [open] = fake.callsTo('conversations.open');
    expect(String(open?.args.users).split(',').sort()).toEqual(['U0MEE00001', 'U0MEN00001']);
    const stored = findPair(db, pair.id)?.channelId;
    expect(stored).toMatch(/^G/);
    expect(promptPosts(fake)[0]?.channel).toBe(stored);
    await runTick(deps, at('2026-03-23T08:00:00Z'));
    expect(fake.callsTo('conversations.open')).toHaveLength(1);
    expect(promptPosts(fake).map((post) => post.channel)).toEqual([stored, stored]);
  });

  it('rotates topics: shared first, then their other topics, then the catalogue; never repeating', async () => {
    const cohort = addCohort(db, { weeks: 6 });
    addPair(db, {
      cohort,
      mentor: { userId: 'U0MEN00001', role: 'mentor', topics: ['sustainability', 'hybrid-work', 'ai-at-work'] },
      mentee: { userId: 'U0MEE00001', role: 'mentee', topics: ['hybrid-work', 'social-media', 'sustainability'] },
    });
    // Votes break the tie between the two shared topics.
    addVote(db, 'sustainability', 'U0VOTER001', T1);
    for (let week = 0; week < 6; week += 1) await runTick(deps, later(T1, week * 7 * 24 * HOUR + HOUR));
    const topics = promptPosts(fake).map((post) => findPrompt(db, post.promptId)?.topicId);
    expect(topics).toEqual(['sustainability', 'hybrid-work', 'ai-at-work', 'social-media', 'digital-tools', 'next-generation']);
  });

  it('honours Retry-After on a 429 and still posts once', async () => {
    const cohort = addCohort(db);
    const pair = addPair(db, { cohort, mentor: { userId: 'U0MEN00001', role: 'mentor' }, mentee: { userId: 'U0MEE00001', role: 'mentee' } });
    // 7 s, not 1 s: a pass that ignored the header would fall back to waiting 1 s. The pass's clock is moved by
    // its own waits, so the 7 s go by without a real second.
    let clock = T1.getTime();
    const time = { now: () => new Date(clock), sleep: async (ms: number) => void (clock += ms) };
    const postedAt: number[] = [];
    fake.setFaultPolicy('chat.postMessage', (index) => {
      postedAt.push(clock);
      return index === 0 ? { retryAfter: 7 } : undefined;
    });
    // The default pass waits for rows that become due within 15 s, so the retry happens in the same tick.
    const report = await runTick({ ...deps, dispatch: {}, time }, T1);
    expect(report.deliveries).toMatchObject({ sent: 1, rateLimited: 1 });
    const calls = fake.callsTo('chat.postMessage');
    expect(calls).toHaveLength(2);
    expect(calls[0]?.fault?.status).toBe(429);
    expect(postedAt).toHaveLength(2);
    expect(postedAt[1]! - postedAt[0]!).toBeGreaterThanOrEqual(7_000);
    expect(fake.messagesIn(pair.channelId!)).toHaveLength(1);
    expect(findDeliveryByKey(db, nudgeKey(pair.id, 1))).toMatchObject({ status: 'sent', attempts: 1 });
  });

  it('retries 5xx with back-off: delivered on a later attempt, or failed after 5; channel_not_found fails at once; others go', async () => {
    const cohort = addCohort(db);
    const person = (n: number, role: 'mentor' | 'mentee') => ({ userId: `U0P${role === 'mentor' ? 'R' : 'E'}${String(n).padStart(6, '0')}`, role });
    const flaky = addPair(db, { cohort, mentor: person(1, 'mentor'), mentee: person(1, 'mentee') });
    const broken = addPair(db, { cohort, mentor: person(2, 'mentor'), mentee: person(2, 'mentee') });
    const gone = addPair(db, { cohort, mentor: person(3, 'mentor'), mentee: person(3, 'mentee') });
    const fine = [4, 5, 6].map((n) => addPair(db, { cohort, mentor: person(n, 'mentor'), mentee: person(n, 'mentee') }));
    const attempts = new Map<string, number>();
    fake.setFaultPolicy('chat.postMessage', (_index, args) => {
      const channel = String(args.channel);
      attempts.set(channel, (attempts.get(channel) ?? 0) + 1);
      if (channel === broken.channelId) return { status: 500 };
      if (channel === flaky.channelId && (attempts.get(channel) ?? 0) <= 2) return { status: 503 };
      if (channel === gone.channelId) return { error: 'channel_not_found' };
      return undefined;
    });
    // Each tick moves time on past the back-off (2, 4, 8, 16 s).
    for (const offset of [0, 3, 8, 17, 34, 60]) await runTick(deps, later(T1, offset * 1000));

    expect(findDeliveryByKey(db, nudgeKey(flaky.id, 1))).toMatchObject({ status: 'sent', attempts: 3 });
    expect(findDeliveryByKey(db, nudgeKey(broken.id, 1))).toMatchObject({ status: 'failed', attempts: 5, error: 'http_500' });
    expect(findDeliveryByKey(db, nudgeKey(gone.id, 1))).toMatchObject({ status: 'failed', attempts: 1, error: 'channel_not_found' });
    expect(attempts.get(broken.channelId!)).toBe(5);
    expect(attempts.get(gone.channelId!)).toBe(1);
    for (const pair of [flaky, ...fine]) {
      expect(findDeliveryByKey(db, nudgeKey(pair.id, 1))?.status).toBe('sent');
      expect(fake.messagesIn(pair.channelId!)).toHaveLength(1);
    }
    expect(fake.messagesIn(broken.channelId!)).toHaveLength(0);
  });

  it('catches up after downtime: 47 hours late is sent, 49 hours late is missed', async () => {
    const cohort = addCohort(db);
    // Due 08:00Z (Stockholm) and 13:00Z (New York) on 16 March; the app comes back at 09:00Z on the 18th.
    const early = addPair(db, { cohort, mentor: { userId: 'U0MEN00001', role: 'mentor' }, mentee: { userId: 'U0MEE00001', role: 'mentee' } });
    const late = addPair(db, {
      cohort,
      mentor: { userId: 'U0MEN00002', role: 'mentor' },
      mentee: { userId: 'U0MEE00002', role: 'mentee', timezone: 'America/New_York' },
    });
    const back = later(T1, 49 * HOUR);
    expect(back.getTime() - at('2026-03-16T13:00:00Z').getTime()).toBe(44 * HOUR);
    const report = await runTick(deps, back);
    expect(report.deliveries).toMatchObject({ sent: 1, missed: 1 });
    expect(findDeliveryByKey(db, nudgeKey(early.id, 1))).toMatchObject({ status: 'missed', error: 'too_late' });
    expect(findDeliveryByKey(db, nudgeKey(late.id, 1))?.status).toBe('sent');
    expect(promptPosts(fake).map((post) => post.pairId)).toEqual([late.id]);
  });

  it('sends a prompt 47 hours late, but not one 49 hours late (same pair, boundary each side)', async () => {
    const cohort = addCohort(db);
    const pair = addPair(db, { cohort, mentor: { userId: 'U0MEN00001', role: 'mentor' }, mentee: { userId: 'U0MEE00001', role: 'mentee' } });
    await runTick(deps, later(T1, 47 * HOUR));
    expect(findDeliveryByKey(db, nudgeKey(pair.id, 1))?.status).toBe('sent');
    await runTick(deps, later(at('2026-03-23T08:00:00Z'), 49 * HOUR));
    expect(findDeliveryByKey(db, nudgeKey(pair.id, 2))?.status).toBe('missed');
    expect(promptPosts(fake).map((post) => post.cycle)).toEqual([1]);
  });

  it.each([
    ['a minute short of 48 hours late', 'sent', 48 * HOUR - MINUTE],
    // PRODUCT.md §6: sent "if less than 48 hours late" (PROMPT_MAX_LATENESS_MS), so exactly 48 hours is missed.
    ['exactly 48 hours late', 'missed', 48 * HOUR],
    ['a minute more than 48 hours late', 'missed', 48 * HOUR + MINUTE],
  ])('the catch-up boundary: a prompt %s is %s', async (_name, status, lateness) => {
    const cohort = addCohort(db);
    const pair = addPair(db, { cohort, mentor: { userId: 'U0MEN00001', role: 'mentor' }, mentee: { userId: 'U0MEE00001', role: 'mentee' } });
    const back = later(T1, lateness);
    // Planned by a tick that sends nothing, then one pass on a clock that stands still: `runTick`'s moves on with
    // real time, which would make "exactly 48 hours" a few milliseconds more.
    await runTick({ ...deps, dispatch: { kinds: [] } }, back);
    const report = await dispatchDue(db, createDeliveryHandlers(deps), () => back, deps.logger, { kinds: [NUDGE_KIND], waitHorizonMs: 0 });
    expect(findDeliveryByKey(db, nudgeKey(pair.id, 1))).toMatchObject(status === 'sent' ? { status: 'sent' } : { status: 'missed', error: 'too_late' });
    expect(report).toMatchObject(status === 'sent' ? { sent: 1, missed: 0 } : { sent: 0, missed: 1 });
    expect(fake.messagesIn(pair.channelId!)).toHaveLength(status === 'sent' ? 1 : 0);
  });

  it('skips pairs with a member paused past the due time or gone, and ended pairs; decided at delivery time', async () => {
    const cohort = addCohort(db);
    const member = (id: string, role: 'mentor' | 'mentee') => ({ userId: id, role });
    const paused = addPair(db, { cohort, mentor: member('U0MEN00001', 'mentor'), mentee: member('U0MEE00001', 'mentee') });
    const pauseOver = addPair(db, { cohort, mentor: member('U0MEN00002', 'mentor'), mentee: member('U0MEE00002', 'mentee') });
    const left = addPair(db, { cohort, mentor: member('U0MEN00003', 'mentor'), mentee: member('U0MEE00003', 'mentee') });
    const ended = addPair(db, { cohort, mentor: member('U0MEN00004', 'mentor'), mentee: member('U0MEE00004', 'mentee') });
    const fine = addPair(db, { cohort, mentor: member('U0MEN00005', 'mentor'), mentee: member('U0MEE00005', 'mentee') });
    // Planned a day before; what happens meanwhile decides.
    await runTick(deps, later(T1, -24 * HOUR));
    pause(db, 'U0MEE00001', at('2026-03-20T00:00:00Z'));
    pause(db, 'U0MEN00002', at('2026-03-16T07:00:00Z'));
    setParticipantStatus(db, 'U0MEN00003', 'left', null, T1);
    endPair(db, ended.id, T1);

    const report = await runTick(deps, T1);
    expect(report.resumed).toBe(1);
    expect(findDeliveryByKey(db, nudgeKey(paused.id, 1))).toMatchObject({ status: 'skipped', error: 'member_paused' });
    expect(findDeliveryByKey(db, nudgeKey(left.id, 1))).toMatchObject({ status: 'skipped', error: 'member_left' });
    expect(findDeliveryByKey(db, nudgeKey(ended.id, 1))).toMatchObject({ status: 'skipped', error: 'pair_ended' });
    expect(promptPosts(fake).map((post) => post.pairId).sort()).toEqual([pauseOver.id, fine.id].sort());

    // The pause is over by the next cycle: that pair gets it. The others get nothing more.
    await runTick(deps, at('2026-03-23T08:00:00Z'));
    expect(promptPosts(fake).filter((post) => post.cycle === 2).map((post) => post.pairId).sort()).toEqual([paused.id, pauseOver.id, fine.id].sort());
  });

  it('re-times an upcoming prompt when a member moves to another time zone', async () => {
    const cohort = addCohort(db);
    const pair = addPair(db, { cohort, mentor: { userId: 'U0MEN00001', role: 'mentor' }, mentee: { userId: 'U0MEE00001', role: 'mentee' } });
    await runTick(deps, later(T1, -2 * HOUR));
    expect(findPrompt(db, listPromptsOfPair(db, pair.id)[0]!.id)?.dueAt).toBe('2026-03-16T08:00:00.000Z');
    db.prepare("UPDATE participants SET timezone = 'America/New_York' WHERE user_id = 'U0MEE00001'").run();
    const report = await runTick(deps, later(T1, -HOUR));
    expect(report.promptsRetimed).toBe(1);
    await runTick(deps, T1);
    expect(promptPosts(fake)).toHaveLength(0);
    await runTick(deps, at('2026-03-16T13:00:00Z'));
    expect(promptPosts(fake)).toHaveLength(1);
    expect(findDeliveryByKey(db, nudgeKey(pair.id, 1))?.dueAt).toBe('2026-03-16T13:00:00.000Z');
  });

  it('reminds, 72 hours later, only the members who neither pressed a button nor reflected', async () => {
    const cohort = addCohort(db);
    const one = addPair(db, { cohort, mentor: { userId: 'U0MEN00001', role: 'mentor' }, mentee: { userId: 'U0MEE00001', role: 'mentee', locale: 'sv-SE' } });
    const two = addPair(db, { cohort, mentor: { userId: 'U0MEN00002', role: 'mentor' }, mentee: { userId: 'U0MEE00002', role: 'mentee' } });
    const report = await runTick(deps, T1);
    expect(report.remindersPlanned).toBe(4);
    const [promptOne, promptTwo] = [listPromptsOfPair(db, one.id)[0]!, listPromptsOfPair(db, two.id)[0]!];
    const postedAt = new Date(promptOne.postedAt!);

    expect(recordMeeting(db, promptOne.id, 'U0MEN00001', 'met', later(T1, HOUR))).toEqual({ ok: true, promptId: promptOne.id });
    // The reflection flow records a reflection on the prompt the same way.
    recordPromptResponse(db, { promptId: promptTwo.id, userId: 'U0MEE00002', kind: 'reflected' }, later(T1, 2 * HOUR));

    await runTick(deps, later(postedAt, 72 * HOUR - MINUTE));
    expect(fake.callsTo('chat.postMessage')).toHaveLength(2);

    await runTick(deps, later(postedAt, 72 * HOUR + MINUTE));
    const dms = fake.callsTo('chat.postMessage').slice(2);
    expect(dms.map((call) => call.args.channel).sort()).toEqual(['U0MEE00001', 'U0MEN00002']);
    const swedish = dms.find((call) => call.args.channel === 'U0MEE00001')!;
    expect(String(swedish.args.text)).toContain('påminnelse om träff 1');
    expect(findElement(swedish.args.blocks as unknown[], ACTION.nudgeReflect)?.element.value).toBe(String(promptOne.id));
    expect(findDeliveryByKey(db, reminderKey(promptOne.id, 'U0MEN00001'))).toMatchObject({ status: 'skipped', error: 'responded' });
    expect(findDeliveryByKey(db, reminderKey(promptTwo.id, 'U0MEE00002'))).toMatchObject({ status: 'skipped', error: 'responded' });
    // One reminder per member per cycle: later ticks add none.
    await runTick(deps, later(postedAt, 80 * HOUR));
    expect(fake.callsTo('chat.postMessage')).toHaveLength(4);
    expect(ledger(db, 'reminder')).toHaveLength(4);
  });

  it('closes the programme in the last cycle and completes the cohort a cadence later', async () => {
    const cohort = addCohort(db, { weeks: 2 });
    addPair(db, { cohort, mentor: { userId: 'U0MEN00001', role: 'mentor' }, mentee: { userId: 'U0MEE00001', role: 'mentee' } });
    await runTick(deps, T1);
    await runTick(deps, at('2026-03-23T08:00:00Z'));
    const [first, last] = promptPosts(fake);
    expect(first!.header).toBe('Session 1 of 2');
    expect(first!.json).not.toContain('last prompt of the programme');
    expect(last!.header).toBe('Session 2 of 2: the last one');
    expect(last!.json).toContain('This is the last prompt of the programme');
    expect(last!.json).toContain('final reflection');
    expect(findElement(last!.call.args.blocks as unknown[], ACTION.nudgeReflect)?.element.text).toMatchObject({ text: 'Write a final reflection' });
    // Completed at 09:00 Stockholm time, one week after the last cycle (30 March, after the DST change: 07:00Z).
    expect((await runTick(deps, at('2026-03-30T06:59:00Z'))).cohortsCompleted).toEqual([]);
    expect(findCohort(db, cohort.id)?.status).toBe('active');
    expect((await runTick(deps, at('2026-03-30T07:00:00Z'))).cohortsCompleted).toEqual([cohort.id]);
    expect(findCohort(db, cohort.id)).toMatchObject({ status: 'completed', completedAt: '2026-03-30T07:00:00.000Z' });
    await runTick(deps, at('2026-04-06T08:00:00Z'));
    expect(promptPosts(fake)).toHaveLength(2);
  });

  it('gives a pair made mid-cohort the remaining cycles, and shows the next prompt and the latest one in status', async () => {
    const cohort = addCohort(db, { weeks: 4 });
    const early = addPair(db, { cohort, mentor: { userId: 'U0MEN00001', role: 'mentor' }, mentee: { userId: 'U0MEE00001', role: 'mentee' } });
    await runTick(deps, T1);
    await runTick(deps, at('2026-03-23T08:00:00Z'));
    const madeAt = at('2026-03-24T10:00:00Z');
    const late = addPair(db, { cohort, mentor: { userId: 'U0MEN00002', role: 'mentor' }, mentee: { userId: 'U0MEE00002', role: 'mentee' }, createdAt: madeAt });
    await runTick(deps, madeAt);
    expect(listPromptsOfPair(db, late.id).map((prompt) => prompt.cycle)).toEqual([3]);
    expect(participantStatus(db, 'U0MEE00002', madeAt)).toMatchObject({ nextPromptAt: at('2026-03-30T07:00:00Z'), latestPromptId: null });

    await runTick(deps, at('2026-03-30T07:00:00Z'));
    await runTick(deps, at('2026-04-06T07:00:00Z'));
    expect(promptPosts(fake).filter((post) => post.pairId === late.id).map((post) => post.header)).toEqual(['Session 3 of 4', 'Session 4 of 4: the last one']);
    expect(listPromptsOfPair(db, early.id).map((prompt) => prompt.cycle)).toEqual([1, 2, 3, 4]);
    const latest = listPromptsOfPair(db, late.id).at(-1)!;
    expect(participantStatus(db, 'U0MEN00002', at('2026-04-06T08:00:00Z'))).toMatchObject({ nextPromptAt: null, latestPromptId: latest.id });
  });

  it('leaves a paused person no next prompt inside the pause', async () => {
    const cohort = addCohort(db);
    addPair(db, { cohort, mentor: { userId: 'U0MEN00001', role: 'mentor' }, mentee: { userId: 'U0MEE00001', role: 'mentee' } });
    await runTick(deps, later(T1, -HOUR));
    expect(participantStatus(db, 'U0MEE00001', later(T1, -HOUR))?.nextPromptAt).toEqual(T1);
    pause(db, 'U0MEE00001', at('2026-03-18T00:00:00Z'));
    expect(participantStatus(db, 'U0MEE00001', later(T1, -HOUR))?.nextPromptAt).toBeNull();
  });
});

describe('topic rotation', () => {
  const catalogue = ['a', 'b', 'c', 'd', 'e'];
  const base = { mentorTopics: ['d', 'b', 'x'], menteeTopics: ['b', 'e', 'd'], catalogue, votes: new Map<string, number>(), used: [] as string[] };

  it('orders shared topics, then either member’s other topics, then the rest; unapproved topics never appear', () => {
    expect(rotationOrder(base)).toEqual(['b', 'd', 'e', 'a', 'c']);
  });

  it('lets votes break ties inside each group', () => {
    expect(rotationOrder({ ...base, votes: new Map([['d', 3], ['c', 1]]) })).toEqual(['d', 'b', 'e', 'c', 'a']);
  });

  it('never repeats while an alternative exists, then starts again with the least used', () => {
    const picks: string[] = [];
    for (let i = 0; i < 7; i += 1) picks.push(nextTopic({ ...base, used: picks })!);
    expect(picks).toEqual(['b', 'd', 'e', 'a', 'c', 'b', 'd']);
    expect(nextTopic({ ...base, used: ['b', 'b', 'd', 'e', 'a', 'c'], exclude: new Set(['d']) })).toBe('e');
    expect(nextTopic({ ...base, catalogue: ['b'], exclude: new Set(['b']) })).toBeUndefined();
  });
});
