import { enroll } from '../../src/db/repositories/cohorts';
import type { Pair } from '../../src/db/repositories/pairs';
import { runTick } from '../../src/scheduler/tick';
import { ratingSummary } from '../../src/services/reflection-insights';
import { ACTION, CALLBACK, CHECKIN, FINAL, METADATA_EVENT, REFLECTION } from '../../src/views/ids';
import { addCohort, addPair } from '../helpers/prompts';
import type { StoredMessage } from '../support/fake-slack';
import { input, type StateValues } from '../support/slack-requests';
import { startHarness, type Harness } from './harness';

/**
 * Item 5 of issue 18, as an attacker plays it. A summary channel's readers know who is in a four-pair cohort and
 * roughly when each person answered; an organizer posts `/reverse-mentor summary` in the channel whenever they like.
 * Every figure the channel ever gets (scheduled summaries, summaries on demand right before and right after one
 * person's answer, the final report, the addendum) is read back out of the messages, and the subtraction attack is
 * tried on every two of the same kind: it must never isolate one answer. Beside it, the same attack on the figures
 * organizers see privately does isolate the answer — so the test can tell a leak when there is one.
 */

const T1 = new Date('2026-03-16T08:00:00.000Z');
const CYCLE = [T1, new Date('2026-03-23T08:00:00.000Z'), new Date('2026-03-30T07:00:00.000Z'), new Date('2026-04-06T07:00:00.000Z')];
const COMPLETES = new Date('2026-04-13T07:00:00.000Z');
const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const ORG = 'U0ORG00001';
const CHANNEL = 'C0SUMMARY1';
const later = (date: Date, ms: number) => new Date(date.getTime() + ms);

/** A figure as the channel read it: what kind, how many answers stand behind it, and what it said. */
interface Figure {
  kind: string;
  answers: number;
  value: string;
}

/** Every figure built from answers that a channel message shows, read the way a person reads the message. */
function figuresIn(message: StoredMessage): Figure[] {
  const text = JSON.stringify(message.blocks ?? []).replace(/\\n/g, '\n');
  const figures: Figure[] = [];
  const ratings = /(\d+\.\d) out of 5 on average, from (\d+) ratings?\.((?:\n★+☆*\s+\d+)+)/.exec(text);
  if (ratings) figures.push({ kind: 'ratings', answers: Number(ratings[2]), value: `${ratings[1]}${ratings[3]}` });
  const checkin = /it works (\d+\.\d) out of 5 on average, from (\d+) answers?\.\nMentees' goals: ([^"]+?)(?:"|\n)/.exec(text);
  if (checkin) figures.push({ kind: 'checkin', answers: Number(checkin[2]), value: `${checkin[1]} ${checkin[3]}` });
  const goals = /How far mentees got with their goals\*, as mentors and mentees saw it:((?:\n\d – [^\n]+\s+\d+)+)/.exec(text);
  const answers = /\*Final evaluation:\* (\d+) answers?/.exec(text);
  if (goals && answers) figures.push({ kind: 'goals_met', answers: Number(answers[1]), value: goals[1]! });
  const nps = /\*Net Promoter Score:\* ([+−-]?\d+), from (\d+) answers/.exec(text);
  if (nps) figures.push({ kind: 'nps', answers: Number(nps[2]), value: nps[1]! });
  const again = /\*Would take part again:\* (\d+) as a mentor, (\d+) as a mentee, (\d+) not now/.exec(text);
  if (again) figures.push({ kind: 'again', answers: Number(again[1]) + Number(again[2]) + Number(again[3]), value: again.slice(1).join('/') });
  const followup = /From (\d+) answers?: (\d+) done · (\d+) partly · (\d+) not yet/.exec(text);
  if (followup) figures.push({ kind: 'followup', answers: Number(followup[1]), value: followup.slice(2).join('/') });
  return figures;
}

/**
 * The subtraction attack: two figures of one kind that differ by exactly one answer give that answer away (for an
 * average, the new answer is n₂·a₂ − n₁·a₁; for counts, the one that moved). Returns each pair of figures that would.
 */
function subtractionLeaks(figures: Figure[]): string[] {
  const leaks: string[] = [];
  for (const [i, first] of figures.entries()) {
    for (const second of figures.slice(i + 1)) {
      if (first.kind !== second.kind) continue;
      const apart = Math.abs(first.answers - second.answers);
      if (apart === 0 && first.value !== second.value) leaks.push(`${first.kind}: the same ${first.answers} answers, two different figures`);
      if (apart > 0 && apart < 3) leaks.push(`${first.kind}: ${first.answers} and ${second.answers} answers published`);
    }
  }
  return leaks;
}

describe('anonymity in a four-pair cohort: no figure in the channel gives one person away', () => {
  let h: Harness;
  let pairs: Pair[];

  const tick = async (now: Date) => {
    h.setNow(now.toISOString());
    await runTick({ ...h.app.ctx.deliveryDeps, dispatch: { waitHorizonMs: 0 } }, now);
    await h.settled();
  };
  const channelPosts = () => h.fake.messagesIn(CHANNEL).filter((message) => message.metadata);
  const latestPost = () => channelPosts().at(-1)!;

  /** The organizer posts a summary in the channel now. */
  async function summaryOnDemand(at: Date): Promise<StoredMessage> {
    h.setNow(at.toISOString());
    const before = channelPosts().length;
    await h.slack.command(ORG, `summary ${pairs[0]!.cohortId}`, { channelId: CHANNEL });
    await h.settled();
    expect(channelPosts()).toHaveLength(before + 1);
    return latestPost();
  }

  async function rate(pair: Pair, userId: string, rating: string, at: Date): Promise<void> {
    h.setNow(at.toISOString());
    const prompt = h.fake.messagesIn(pair.channelId!).filter((message) => message.metadata?.event_type === METADATA_EVENT.nudge).at(-1)!;
    await h.slack.blockAction(userId, { actionId: ACTION.nudgeReflect, channelId: pair.channelId!, messageTs: prompt.ts });
    await h.settled();
    // "Yes, we met" first, as a person chooses it: the modal is redrawn with the rating (issue 15).
    const modal = h.fake.latestView({ callbackId: CALLBACK.reflection, userId })!;
    await h.slack.blockAction(userId, {
      actionId: REFLECTION.met,
      view: { id: modal.id },
      selectedOption: 'yes',
      values: { [REFLECTION.met]: { [REFLECTION.met]: input.radio('yes') } },
    });
    await h.settled();
    const saved = await h.slack.viewSubmission(userId, {
      callbackId: CALLBACK.reflection,
      values: {
        [REFLECTION.met]: { [REFLECTION.met]: input.radio('yes') },
        [REFLECTION.rating]: { [REFLECTION.rating]: input.staticSelect(rating) },
      },
    });
    await h.settled();
    expect(saved.body).toBe('');
  }

  async function answerDm(userId: string, actionId: string, callbackId: string, values: StateValues, at: Date): Promise<void> {
    h.setNow(at.toISOString());
    const dm = h.fake.messagesIn(userId).filter((message) => JSON.stringify(message.blocks ?? []).includes(`"action_id":"${actionId}"`)).at(-1)!;
    await h.slack.blockAction(userId, { actionId, channelId: h.fake.dmOf(userId)!, messageTs: dm.ts });
    await h.settled();
    const saved = await h.slack.viewSubmission(userId, { callbackId, values });
    await h.settled();
    expect(saved.body).toBe('');
  }

  const checkin = (userId: string, relationship: string, progress: string, at: Date) =>
    answerDm(
      userId,
      ACTION.checkinOpen,
      CALLBACK.checkin,
      {
        [CHECKIN.relationship]: { [CHECKIN.relationship]: input.radio(relationship) },
        [CHECKIN.progress]: { [CHECKIN.progress]: input.radio(progress) },
      },
      at,
    );

  const finalEvaluation = (userId: string, goals: string, recommend: string, again: string | undefined, at: Date) =>
    answerDm(
      userId,
      ACTION.finalOpen,
      CALLBACK.final,
      {
        [FINAL.goalsMet]: { [FINAL.goalsMet]: input.radio(goals) },
        [FINAL.changed]: { [FINAL.changed]: input.plain(`What changed for ${userId}`) },
        [FINAL.recommend]: { [FINAL.recommend]: input.staticSelect(recommend) },
        ...(again ? { [FINAL.again]: { [FINAL.again]: input.radio(again) } } : {}),
      },
      at,
    );

  beforeAll(async () => {
    h = await startHarness({ now: T1.toISOString(), organizers: [ORG] });
    h.fake.addUser({ id: ORG, name: 'grace', tz: 'Europe/Stockholm' });
    h.fake.addChannel({ id: CHANNEL, name: 'mentoring' });
    const cohort = addCohort(h.db, { weeks: 4, summaryChannel: CHANNEL });
    pairs = [1, 2, 3, 4].map((n) => {
      const mentor = `U0MEN0000${n}`;
      const mentee = `U0MEE0000${n}`;
      for (const id of [mentor, mentee]) h.fake.addUser({ id, name: id.toLowerCase() });
      const pair = addPair(h.db, { cohort, mentor: { userId: mentor, role: 'mentor' }, mentee: { userId: mentee, role: 'mentee' } });
      for (const id of [mentor, mentee]) enroll(h.db, cohort.id, id, T1);
      return pair;
    });
  }, 60_000);
  afterAll(() => h.close());

  it('survives the subtraction attack on every figure the channel ever gets, where the private figures would not', async () => {
    const [p1, p2, p3, p4] = pairs as [Pair, Pair, Pair, Pair];
    const attack: Array<{ before: StoredMessage; after: StoredMessage; who: string }> = [];
    const privateFigures: Array<{ count: number; average: number | null }> = [];

    // Session 1: three ratings.
    await tick(CYCLE[0]!);
    await rate(p1, p1.menteeId, '5', later(CYCLE[0]!, HOUR));
    await rate(p2, p2.menteeId, '4', later(CYCLE[0]!, 2 * HOUR));
    await rate(p3, p3.menteeId, '3', later(CYCLE[0]!, 3 * HOUR));

    // Session 2 (the check-in's): one more rating, with a summary on demand just before and just after it.
    await tick(CYCLE[1]!);
    const before = await summaryOnDemand(later(CYCLE[1]!, 3 * DAY));
    privateFigures.push(ratingSummary(h.db, p1.cohortId));
    await rate(p4, p4.menteeId, '1', later(CYCLE[1]!, 3 * DAY + HOUR));
    privateFigures.push(ratingSummary(h.db, p1.cohortId));
    attack.push({ before, after: await summaryOnDemand(later(CYCLE[1]!, 3 * DAY + 2 * HOUR)), who: 'the fourth rating' });

    // The check-in: four answers, a summary, a fifth, a summary.
    for (const [i, userId] of [p1.mentorId, p1.menteeId, p2.mentorId, p2.menteeId].entries()) await checkin(userId, String(3 + (i % 3)), 'some', later(CYCLE[1]!, (4 + i) * HOUR));
    const beforeCheckin = await summaryOnDemand(later(CYCLE[1]!, 10 * HOUR));
    await checkin(p3.mentorId, '1', 'not_started', later(CYCLE[1]!, 11 * HOUR));
    attack.push({ before: beforeCheckin, after: await summaryOnDemand(later(CYCLE[1]!, 12 * HOUR)), who: 'the fifth check-in' });

    // Session 3: one rating, one summary on demand either side of it (session 2 has closed by then).
    await tick(CYCLE[2]!);
    const beforeThird = await summaryOnDemand(later(CYCLE[2]!, 3 * DAY));
    await rate(p1, p1.mentorId, '2', later(CYCLE[2]!, 3 * DAY + HOUR));
    attack.push({ before: beforeThird, after: await summaryOnDemand(later(CYCLE[2]!, 3 * DAY + 2 * HOUR)), who: 'a rating in session 3' });

    // Session 4: two ratings and the final evaluations (five answers, so the Net Promoter Score shows).
    await tick(CYCLE[3]!);
    await rate(p2, p2.mentorId, '5', later(CYCLE[3]!, HOUR));
    await rate(p3, p3.mentorId, '4', later(CYCLE[3]!, 2 * HOUR));
    const finals: Array<[string, string, string, string | undefined]> = [
      [p1.menteeId, '5', '10', 'mentee'],
      [p1.mentorId, '4', '9', undefined],
      [p2.menteeId, '3', '6', 'no'],
      [p2.mentorId, '4', '8', 'mentor'],
      [p3.menteeId, '2', '9', 'no'],
    ];
    for (const [i, [userId, goals, recommend, again]] of finals.entries()) await finalEvaluation(userId, goals, recommend, again, later(CYCLE[3]!, (3 + i) * HOUR));
    const beforeEnd = await summaryOnDemand(later(CYCLE[3]!, 2 * DAY));
    await finalEvaluation(p3.mentorId, '1', '0', 'no', later(CYCLE[3]!, 2 * DAY + HOUR));
    attack.push({ before: beforeEnd, after: await summaryOnDemand(later(CYCLE[3]!, 2 * DAY + 2 * HOUR)), who: 'the sixth final evaluation' });

    // The end: the last summary and the final report; thirty days on, the follow-up and its addendum.
    await tick(COMPLETES);
    await tick(later(COMPLETES, HOUR));
    await tick(later(COMPLETES, 30 * DAY));
    for (const mentee of [p1.menteeId, p2.menteeId, p3.menteeId]) {
      const dm = h.fake.messagesIn(mentee).filter((message) => JSON.stringify(message.blocks ?? []).includes(ACTION.followupDone)).at(-1)!;
      await h.slack.blockAction(mentee, { actionId: mentee === p3.menteeId ? ACTION.followupNotYet : ACTION.followupDone, channelId: h.fake.dmOf(mentee)!, messageTs: dm.ts });
      await h.settled();
    }
    await tick(later(COMPLETES, 37 * DAY));
    await summaryOnDemand(later(COMPLETES, 38 * DAY));

    const posts = channelPosts();
    expect(posts.filter((post) => post.metadata?.event_type === METADATA_EVENT.final)).toHaveLength(1);
    expect(posts.filter((post) => post.metadata?.event_type === METADATA_EVENT.finalAddendum)).toHaveLength(1);
    const figures = posts.flatMap(figuresIn);
    // The attack has material to work on: every kind of figure was published, most of them more than once.
    expect(new Set(figures.map((figure) => figure.kind))).toEqual(new Set(['ratings', 'checkin', 'goals_met', 'nps', 'again', 'followup']));
    expect(figures.filter((figure) => figure.kind === 'ratings').length).toBeGreaterThanOrEqual(3);

    // Rule 1: nothing from fewer than three answers; the Net Promoter Score from five.
    expect(figures.filter((figure) => figure.answers < (figure.kind === 'nps' ? 5 : 3))).toEqual([]);
    // The subtraction attack, on every two figures of a kind: never one answer apart (nor two).
    expect(subtractionLeaks(figures)).toEqual([]);
    // And on the summaries posted right before and right after one person's answer: nothing moved at all.
    for (const { before: first, after: second, who } of attack) {
      expect({ who, figures: figuresIn(second) }).toEqual({ who, figures: figuresIn(first) });
    }

    // The figures organizers see privately (per rating, for helping pairs) are one answer apart around that rating:
    // there the attack would work — the fourth rating is 4 × 3.3 − 3 × 4.0 ≈ 1. The channel never shows them.
    expect(privateFigures.map((figure) => figure.count)).toEqual([3, 4]);
    const [three, four] = privateFigures as unknown as [{ average: number }, { average: number }];
    expect(Math.round(4 * four.average - 3 * three.average)).toBe(1);
    // The ratings the channel did show are at the checkpoints: sessions 1 (3 ratings), then 1–4 (7 ratings), never 4 or 5.
    expect([...new Set(figures.filter((figure) => figure.kind === 'ratings').map((figure) => figure.answers))]).toEqual([3, 7]);
  });
});
