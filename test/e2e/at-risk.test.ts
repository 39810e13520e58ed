import { enroll } from '../../src/db/repositories/cohorts';
import { listDeliveries } from '../../src/db/repositories/deliveries';
import { addOrganizer } from '../../src/db/repositories/organizers';
import type { Pair } from '../../src/db/repositories/pairs';
import { listPromptsOfPair } from '../../src/db/repositories/prompts';
import { runTick } from '../../src/scheduler/tick';
import { AT_RISK_KIND } from '../../src/services/at-risk';
import { ACTION, CALLBACK, REFLECTION } from '../../src/views/ids';
import { addCohort, addPair } from '../helpers/prompts';
import type { FakeCall } from '../support/fake-slack';
import { input } from '../support/slack-requests';
import { startHarness, type Harness } from './harness';

const T1 = '2026-03-16T08:00:00.000Z';
const CYCLE2 = '2026-03-23T08:00:00.000Z';
// Summer time has started: 09:00 in Stockholm is 07:00 UTC.
const CYCLE3 = '2026-03-30T07:00:00.000Z';
const MINUTE = 60_000;
const MENTOR = 'U0MEN00001';
const MENTEE = 'U0MEE00001';
const OTHER_MENTOR = 'U0MEN00002';
const OTHER_MENTEE = 'U0MEE00002';
const ORG_EN = 'U0ORG00001';
const ORG_SV = 'U0ORG00002';

/** Private DMs to organizers about pairs at risk, recognised by their header in either language. */
function atRiskPosts(h: Harness): FakeCall[] {
  return h.fake.callsTo('chat.postMessage').filter((call) => /may need a hand|kan behöva stöd/.test(JSON.stringify(call.args.blocks)));
}

describe('pairs at risk: organizers are told privately, once per pair and cycle', () => {
  let h: Harness;
  let pair: Pair;
  let otherPair: Pair;
  const tick = (iso: string, offsetMs = 0) =>
    runTick({ ...h.app.ctx.deliveryDeps, dispatch: { waitHorizonMs: 0 } }, new Date(new Date(iso).getTime() + offsetMs));

  beforeEach(async () => {
    h = await startHarness({ now: T1, organizers: [ORG_EN] });
    for (const id of [MENTOR, MENTEE, OTHER_MENTOR, OTHER_MENTEE, ORG_EN]) h.fake.addUser({ id, name: id.toLowerCase() });
    h.fake.addUser({ id: ORG_SV, name: 'karin', locale: 'sv-SE' });
    addOrganizer(h.db, ORG_SV, ORG_EN, new Date(T1));
    const cohort = addCohort(h.db);
    pair = addPair(h.db, { cohort, mentor: { userId: MENTOR, role: 'mentor' }, mentee: { userId: MENTEE, role: 'mentee' } });
    otherPair = addPair(h.db, { cohort, mentor: { userId: OTHER_MENTOR, role: 'mentor' }, mentee: { userId: OTHER_MENTEE, role: 'mentee' } });
    for (const id of [MENTOR, MENTEE, OTHER_MENTOR, OTHER_MENTEE]) enroll(h.db, cohort.id, id, new Date(T1));
    await tick(T1);
    h.fake.clear();
  });
  afterEach(() => h.close());

  it('a rating of 1–2 tells each organizer at once, in their language; more ticks tell nobody again', async () => {
    const channel = pair.channelId!;
    const message = h.fake.messagesIn(channel)[0]!;
    await h.slack.blockAction(MENTEE, { actionId: ACTION.nudgeReflect, channelId: channel, messageTs: message.ts });
    await h.settled();
    // "Yes, we met" redraws the modal with the rating.
    await h.slack.blockAction(MENTEE, { actionId: REFLECTION.met, view: 'modal', selectedOption: 'yes', values: { [REFLECTION.met]: { [REFLECTION.met]: input.radio('yes') } } });
    await h.settled();
    const secret = 'my partner never shows up';
    await h.slack.viewSubmission(MENTEE, {
      callbackId: CALLBACK.reflection,
      values: {
        [REFLECTION.met]: { [REFLECTION.met]: input.radio('yes') },
        [REFLECTION.rating]: { [REFLECTION.rating]: input.staticSelect('2') },
        [REFLECTION.learned]: { [REFLECTION.learned]: input.plain(secret) },
        [REFLECTION.sharing]: { [REFLECTION.sharing]: input.radio('named') },
      },
    });
    await h.settled();

    let posts = atRiskPosts(h);
    expect(posts.map((call) => call.args.channel).sort()).toEqual([ORG_EN, ORG_SV]);
    const english = JSON.stringify(posts.find((call) => call.args.channel === ORG_EN)?.args.blocks);
    expect(english).toContain(`<@${MENTOR}> (mentor) and <@${MENTEE}> (mentee)`);
    expect(english).toContain('rated their latest conversation 1 or 2');
    expect(english).not.toContain(secret);
    expect(JSON.stringify(posts.find((call) => call.args.channel === ORG_SV)?.args.blocks)).toContain('gav det senaste samtalet 1 eller 2');

    await tick(T1, MINUTE);
    await tick(T1, 2 * MINUTE);
    posts = atRiskPosts(h);
    expect(posts).toHaveLength(2);
    expect(listDeliveries(h.db, { kind: AT_RISK_KIND }).map((row) => [row.userId, row.status]).sort()).toEqual([
      [ORG_EN, 'sent'],
      [ORG_SV, 'sent'],
    ]);
    // Never in a channel: the only places it went are the organizers' DMs.
    for (const call of h.fake.callsTo('chat.postMessage')) expect([ORG_EN, ORG_SV, MENTEE]).toContain(call.args.channel);
  });

  it('two ended cycles without a meeting put a pair at risk; a pair that met does not', async () => {
    await tick(CYCLE2);
    // The other pair meets in cycle 2.
    const cycle2 = h.fake.messagesIn(otherPair.channelId!).at(-1)!;
    await h.slack.blockAction(OTHER_MENTOR, { actionId: ACTION.nudgeMet, channelId: otherPair.channelId!, messageTs: cycle2.ts });
    await h.settled();
    await tick(CYCLE2, MINUTE);
    expect(atRiskPosts(h)).toEqual([]);

    await tick(CYCLE3);
    await tick(CYCLE3, MINUTE);
    await tick(CYCLE3, 2 * MINUTE);
    const posts = atRiskPosts(h);
    expect(posts.map((call) => call.args.channel).sort()).toEqual([ORG_EN, ORG_SV]);
    for (const call of posts) {
      const json = JSON.stringify(call.args.blocks);
      expect(json).toContain(`<@${MENTOR}>`);
      expect(json).not.toContain(OTHER_MENTOR);
    }
    expect(JSON.stringify(posts.find((call) => call.args.channel === ORG_EN)?.args.blocks)).toContain("haven't met in their last two sessions");
    expect(listDeliveries(h.db, { kind: AT_RISK_KIND }).map((row) => row.dedupeKey).sort()).toEqual([
      `at_risk:pair:${pair.id}:cycle:3:organizer:${ORG_EN}`,
      `at_risk:pair:${pair.id}:cycle:3:organizer:${ORG_SV}`,
    ]);
    expect(listPromptsOfPair(h.db, pair.id)).toHaveLength(3);
  });

  it('a rematch request makes the pair at risk; the DM does not repeat the reason', async () => {
    const reason = 'we do not get along at all';
    await h.slack.command(MENTEE, `rematch ${reason}`);
    await h.settled();
    h.fake.clear();
    await tick(T1, MINUTE);
    await tick(T1, 2 * MINUTE);
    const posts = atRiskPosts(h);
    expect(posts).toHaveLength(2);
    for (const call of posts) expect(JSON.stringify(call.args.blocks)).not.toContain(reason);
    expect(JSON.stringify(posts.find((call) => call.args.channel === ORG_EN)?.args.blocks)).toContain('asked for a new match');
  });
});
