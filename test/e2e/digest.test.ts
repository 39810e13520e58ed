import { enroll } from '../../src/db/repositories/cohorts';
import { listDeliveries } from '../../src/db/repositories/deliveries';
import { addOrganizer } from '../../src/db/repositories/organizers';
import type { Pair } from '../../src/db/repositories/pairs';
import { runTick } from '../../src/scheduler/tick';
import { DIGEST_KIND } from '../../src/services/digest';
import { isWorkingMoment } from '../../src/services/working-hours';
import { ACTION, CALLBACK, REFLECTION } from '../../src/views/ids';
import { addCohort, addPair } from '../helpers/prompts';
import type { StoredMessage } from '../support/fake-slack';
import { input } from '../support/slack-requests';
import { startHarness, type Harness } from './harness';

const T1 = new Date('2026-03-16T08:00:00.000Z');
const HOUR = 60 * 60 * 1000;
const WEEK = 7 * 24 * HOUR;
const ORG_EN = 'U0ORG00001';
const ORG_SV = 'U0ORG00002';
const ZONES: Record<string, string> = { [ORG_EN]: 'Europe/Stockholm', [ORG_SV]: 'America/New_York' };
const REASON = 'we <!channel> never find a time';

/**
 * Everything the app posted in an organizer's direct message with it while the cohort ran (the final report's
 * private part, once it has ended, is tested in test/e2e/outcomes.test.ts).
 */
function organizerMessages(h: Harness, organizerId: string): StoredMessage[] {
  return h.fake.messagesIn(organizerId).filter((message) => !/what only organizers see|ser bara programansvariga/.test(message.text));
}

describe("at-risk news: one digest per organizer per session, never one message per pair, only in working hours", () => {
  let h: Harness;
  let pairs: Record<'a' | 'b' | 'c' | 'd', Pair>;
  /** The last prompt each pair's member pressed "We met" on. */
  const pressed = new Map<string, string>();

  const tick = async (now: Date) => {
    h.setNow(now.toISOString());
    await runTick({ ...h.app.ctx.deliveryDeps, dispatch: { waitHorizonMs: 0 } }, now);
    await h.settled();
  };

  /** Pairs C and D meet every session: one member presses "We met" on each new prompt. */
  async function meet(pair: Pair): Promise<StoredMessage | undefined> {
    const prompt = h.fake.messagesIn(pair.channelId!).filter((message) => message.metadata?.event_type === 'rm_nudge').at(-1);
    if (!prompt || pressed.get(pair.channelId!) === prompt.ts) return undefined;
    pressed.set(pair.channelId!, prompt.ts);
    await h.slack.blockAction(pair.mentorId, { actionId: ACTION.nudgeMet, channelId: pair.channelId!, messageTs: prompt.ts });
    await h.settled();
    return prompt;
  }

  beforeAll(async () => {
    h = await startHarness({ now: T1.toISOString(), organizers: [ORG_EN] });
    h.fake.addUser({ id: ORG_EN, name: 'grace', tz: ZONES[ORG_EN] });
    h.fake.addUser({ id: ORG_SV, name: 'karin', locale: 'sv-SE', tz: ZONES[ORG_SV] });
    addOrganizer(h.db, ORG_SV, ORG_EN, T1);
    const cohort = addCohort(h.db, { weeks: 8 });
    const make = (n: number) => {
      const mentor = `U0MEN0000${n}`;
      const mentee = `U0MEE0000${n}`;
      for (const id of [mentor, mentee]) h.fake.addUser({ id, name: id.toLowerCase() });
      const pair = addPair(h.db, { cohort, mentor: { userId: mentor, role: 'mentor' }, mentee: { userId: mentee, role: 'mentee' } });
      for (const id of [mentor, mentee]) enroll(h.db, cohort.id, id, T1);
      return pair;
    };
    pairs = { a: make(1), b: make(2), c: make(3), d: make(4) };

    // Eight sessions and the week after, a scheduler pass every three hours, day and night in both zones.
    for (let at = T1.getTime(); at <= T1.getTime() + 8 * WEEK + 6 * HOUR; at += 3 * HOUR) {
      await tick(new Date(at));
      const session = Math.floor((at - T1.getTime()) / WEEK) + 1;
      const c5 = await meet(pairs.c);
      await meet(pairs.d);
      // In session 5 pair C's mentee rates their conversation 1 out of 5.
      if (c5 && session === 5) {
        await h.slack.blockAction(pairs.c.menteeId, { actionId: ACTION.nudgeReflect, channelId: pairs.c.channelId!, messageTs: c5.ts });
        await h.settled();
        await h.slack.viewSubmission(pairs.c.menteeId, {
          callbackId: CALLBACK.reflection,
          values: {
            [REFLECTION.met]: { [REFLECTION.met]: input.radio('yes') },
            [REFLECTION.rating]: { [REFLECTION.rating]: input.staticSelect('1') },
          },
        });
        await h.settled();
      }
      // On the Tuesday of session 6, pair A's mentee asks for a new partner.
      if (at - T1.getTime() === 5 * WEEK + 24 * HOUR) {
        await h.slack.command(pairs.a.menteeId, `rematch ${REASON}`);
        await h.settled();
      }
    }
  }, 120_000);
  afterAll(() => h.close());

  it('sends each organizer one digest in the sessions with news (3, 5 and 6), each listing every pair at once', () => {
    const sent = listDeliveries(h.db, { kind: DIGEST_KIND }).filter((row) => row.status === 'sent');
    const sessions = (organizerId: string) =>
      sent.filter((row) => row.userId === organizerId).map((row) => Number(/:cycle:(\d+):/.exec(row.dedupeKey)?.[1]));
    expect(sessions(ORG_EN)).toEqual([3, 5, 6]);
    expect(sessions(ORG_SV)).toEqual([3, 5, 6]);
    // Nothing else reached the organizers: no message per pair, no message per rematch request.
    expect(organizerMessages(h, ORG_EN)).toHaveLength(3);
    expect(organizerMessages(h, ORG_SV)).toHaveLength(3);

    const [third, fifth, sixth] = organizerMessages(h, ORG_EN).map((message) => JSON.stringify(message.blocks));
    expect(third).toContain('session 3 of 8');
    expect(third).toContain('2 pairs may need a hand');
    for (const pair of [pairs.a, pairs.b]) expect(third).toContain(`<@${pair.mentorId}> (mentor) and <@${pair.menteeId}> (mentee): no meeting recorded`);
    expect(third).not.toContain(pairs.c.mentorId);

    // Session 5: pair C is new; A and B, told about before, are still at risk (listed, not news).
    expect(fifth).toContain('session 5 of 8');
    expect(fifth).toContain('A pair may need a hand');
    expect(fifth).toContain(`<@${pairs.c.mentorId}> (mentor) and <@${pairs.c.menteeId}> (mentee): one of them rated session 5 1 or 2 out of 5`);
    expect(fifth).toContain('Still at risk: 2 pairs');

    // Session 6: the rematch request, its reason escaped; A is still at risk, now for two reasons.
    expect(sixth).toContain('session 6 of 8');
    expect(sixth).toContain('A request for a new partner');
    expect(sixth).toContain(`<@${pairs.a.menteeId}> asks for a new partner`);
    expect(sixth).toContain('&lt;!channel&gt;');
    expect(sixth).not.toContain('<!channel>');
    expect(sixth).toContain('no meeting recorded in their last two sessions; one of them has asked for a new partner');
    expect(sixth).not.toContain('may need a hand');

    // The Swedish organizer reads it in Swedish.
    const swedish = organizerMessages(h, ORG_SV).map((message) => JSON.stringify(message.blocks));
    expect(swedish[0]).toContain('träff 3 av 8');
    expect(swedish[0]).toContain('2 par kan behöva stöd');
    expect(swedish[1]).toContain('Behöver fortfarande stöd: 2 par');
  });

  it('posts every digest inside the organizer’s working hours, in their own time zone', () => {
    const sent = listDeliveries(h.db, { kind: DIGEST_KIND }).filter((row) => row.status === 'sent');
    expect(sent).toHaveLength(6);
    for (const row of sent) {
      expect({ key: row.dedupeKey, sentAt: row.sentAt, working: isWorkingMoment(new Date(row.sentAt!), ZONES[row.userId!]!) }).toEqual({
        key: row.dedupeKey,
        sentAt: row.sentAt,
        working: true,
      });
    }
    // The news of session 3 came at 13:00 in Stockholm, 07:00 in New York: the Stockholm organizer had it at once,
    // the New York organizer's digest waited for 09:00 there.
    const [enFirst, nyFirst] = [ORG_EN, ORG_SV].map((organizer) => sent.find((row) => row.userId === organizer)!);
    expect(enFirst!.sentAt?.slice(0, 16)).toBe('2026-03-30T11:00');
    expect(nyFirst!.sentAt?.slice(0, 16)).toBe('2026-03-30T14:00');
  });

  it('never posts at-risk news in a channel', () => {
    for (const call of h.fake.callsTo('chat.postMessage')) {
      const json = JSON.stringify(call.args.blocks ?? '');
      if (/may need a hand|kan behöva stöd|Still at risk|fortfarande stöd/.test(json)) expect([ORG_EN, ORG_SV]).toContain(call.args.channel);
    }
  });
});

describe('a summary channel the app can no longer post in is reported, not only logged', () => {
  let h: Harness;
  const CHANNEL = 'C0SUMMARY1';
  const tick = async (now: Date) => {
    h.setNow(now.toISOString());
    await runTick({ ...h.app.ctx.deliveryDeps, dispatch: { waitHorizonMs: 0 } }, now);
    await h.settled();
  };
  beforeEach(async () => {
    h = await startHarness({ now: T1.toISOString(), organizers: [ORG_EN] });
    h.fake.addUser({ id: ORG_EN, name: 'grace', tz: ZONES[ORG_EN] });
    // The app was removed from the channel after the cohort was created.
    h.fake.addChannel({ id: CHANNEL, name: 'mentoring', botIsMember: false });
    const cohort = addCohort(h.db, { weeks: 3, summaryChannel: CHANNEL });
    for (const n of [1, 2]) {
      const pair = addPair(h.db, { cohort, mentor: { userId: `U0MEN0000${n}`, role: 'mentor' }, mentee: { userId: `U0MEE0000${n}`, role: 'mentee' } });
      for (const id of [pair.mentorId, pair.menteeId]) {
        h.fake.addUser({ id, name: id.toLowerCase() });
        enroll(h.db, cohort.id, id, T1);
      }
    }
  });
  afterEach(() => h.close());

  it("tells the organizer in their digest, at their working hours, and on their Home tab", async () => {
    await tick(T1);
    // The summary of session 1 is due on Sunday: it fails; the digest waits for Monday morning.
    const sunday = new Date('2026-03-22T08:00:00.000Z');
    await tick(sunday);
    await tick(new Date(sunday.getTime() + HOUR));
    expect(organizerMessages(h, ORG_EN)).toEqual([]);
    const monday = new Date('2026-03-23T08:00:00.000Z');
    await tick(monday);
    await tick(new Date(monday.getTime() + HOUR));
    const digests = organizerMessages(h, ORG_EN);
    expect(digests).toHaveLength(1);
    expect(JSON.stringify(digests[0]?.blocks)).toContain(`The last summary could not be posted in <#${CHANNEL}>: Reverse Mentor isn't in that channel`);
    await h.slack.appHomeOpened(ORG_EN);
    await h.settled();
    expect(JSON.stringify(h.fake.homeOf(ORG_EN)?.blocks)).toContain(`could not be posted in <#${CHANNEL}>`);
    // Told once: the next session's pass does not repeat it.
    await tick(new Date(monday.getTime() + 3 * HOUR));
    expect(organizerMessages(h, ORG_EN)).toHaveLength(1);
  });
});
