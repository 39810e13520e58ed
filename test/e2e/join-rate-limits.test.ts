import { en } from '../../src/i18n/en';
import { sv } from '../../src/i18n/sv';
import { CALLBACK, ACTION } from '../../src/views/ids';
import type { MethodLimit } from '../support/fake-slack';
import { startHarness, type Harness } from './harness';

/**
 * Joining at Slack's limit. views.open is limited (Tier 4, 100 a minute) and a trigger id opens a modal only
 * within 3 seconds of its arrival. After a 429 no views.open goes out until Retry-After has passed; a join that
 * can still start within its trigger's life (less half a second for the call) waits for it, in arrival order, and
 * again if refused again; one that cannot is told Slack is busy, in their language, without a call.
 *
 * The app and the fake Slack share one clock here, which only the app's waits move (its `sleep` is injected):
 * the fake's rate limits refill and its trigger ids age on the same time the app measures and waits on, as in
 * the joins benchmark on its sped-up clock.
 */

const ADA = 'U0ADA00001';
const BIRGIT = 'U0BIR00001';
const T0 = Date.parse('2027-01-04T09:00:00.000Z');

describe('the join modal at Slack’s limit', () => {
  let h: Harness;
  let clock: number;
  let waits: number[];

  /** Moves the shared clock: the app's `now()` and the fake Slack's. */
  const advance = (ms: number) => {
    clock += ms;
    h.setNow(new Date(clock).toISOString());
  };

  async function start(limits?: Record<string, MethodLimit>): Promise<void> {
    clock = T0;
    waits = [];
    h = await startHarness({
      now: new Date(T0).toISOString(),
      fakeSlack: { clock: () => clock, triggerLifeMs: 3_000, rateLimits: limits ? { limits } : false },
      sleep: async (ms) => {
        waits.push(ms);
        advance(ms);
      },
    });
    h.fake.addUser({ id: ADA, name: 'ada', locale: 'en-GB' });
    h.fake.addUser({ id: BIRGIT, name: 'birgit', locale: 'sv-SE' });
  }
  afterEach(() => h.close());

  /** What the person saw: their join modal, or the replies to their command. */
  const modalOf = (userId: string) => h.fake.latestView({ userId, callbackId: CALLBACK.join });
  const repliesTo = (responseUrl: string) => h.fake.responsesAt(responseUrl.split('/').pop() as string).map((reply) => reply.text);

  it('two joins at once against a limit of one a second: the second waits the second Slack asks and gets its modal too', async () => {
    await start({ 'views.open': { perMinute: 60, burst: 1 } });
    const [first, second] = await Promise.all([h.slack.command(ADA, 'join'), h.slack.command(BIRGIT, 'join')]);
    await h.settled();
    expect(modalOf(ADA)).toBeDefined();
    expect(modalOf(BIRGIT)).toBeDefined();
    expect(waits).toEqual([1_000]);
    const opens = h.fake.callsTo('views.open');
    expect(opens.map((call) => call.fault?.status ?? 200)).toEqual([200, 429, 200]);
    expect(opens[1]?.args.trigger_id).toBe(opens[2]?.args.trigger_id);
    expect([...repliesTo(first!.responseUrl), ...repliesTo(second!.responseUrl)]).toEqual([]);
  });

  it('a Retry-After the trigger would not outlive: no second try, and the person is told Slack is busy, in Swedish', async () => {
    // 20 a minute: the next call fits in 3 s, and the trigger id would be dead by the time it was made.
    await start({ 'views.open': { perMinute: 20, burst: 1 } });
    await h.slack.command(ADA, 'join');
    await h.settled();
    const refused = await h.slack.command(BIRGIT, 'join');
    await h.settled();
    expect(h.fake.callsTo('views.open').map((call) => call.fault?.retryAfter)).toEqual([undefined, 3]);
    expect(waits).toEqual([]);
    expect(modalOf(BIRGIT)).toBeUndefined();
    expect(repliesTo(refused.responseUrl)).toEqual([sv.slackBusy]);
  });

  it.each([
    [1_400, 'tried once more and opened', true],
    [1_600, 'too old to outlive the wait: told Slack is busy', false],
  ])('a trigger %i ms old when refused with Retry-After 1: %s', async (ageMs, _what, opened) => {
    await start();
    // users.info, asked before the modal, takes that long: the trigger ages from its arrival, not from the refusal.
    h.fake.setFaultPolicy('users.info', () => {
      advance(ageMs);
      return undefined;
    });
    h.fake.failNext('views.open', { status: 429, retryAfter: 1 });
    const sent = await h.slack.command(ADA, 'join');
    await h.settled();
    expect(modalOf(ADA) !== undefined).toBe(opened);
    expect(waits).toEqual(opened ? [1_000] : []);
    expect(h.fake.callsTo('views.open')).toHaveLength(opened ? 2 : 1);
    expect(repliesTo(sent.responseUrl)).toEqual(opened ? [] : [en.slackBusy]);
  });

  it('refused again after the wait: waits again while the trigger lives, and the modal opens', async () => {
    await start();
    h.fake.failNext('views.open', { status: 429, retryAfter: 1, times: 2 });
    const sent = await h.slack.command(ADA, 'join');
    await h.settled();
    expect(h.fake.callsTo('views.open').map((call) => call.fault?.status ?? 200)).toEqual([429, 429, 200]);
    expect(waits).toEqual([1_000, 1_000]);
    expect(modalOf(ADA)).toBeDefined();
    expect(repliesTo(sent.responseUrl)).toEqual([]);
  });

  it('refused until the trigger could not outlive another wait: told Slack is busy, after three calls', async () => {
    await start();
    h.fake.failNext('views.open', { status: 429, retryAfter: 1, times: 3 });
    const sent = await h.slack.command(ADA, 'join');
    await h.settled();
    // At 0, 1 and 2 s; the gate would open at 3 s, past the trigger's 2.5 s (3 s less the call's half second).
    expect(h.fake.callsTo('views.open')).toHaveLength(3);
    expect(waits).toEqual([1_000, 1_000]);
    expect(modalOf(ADA)).toBeUndefined();
    expect(repliesTo(sent.responseUrl)).toEqual([en.slackBusy]);
  });

  it('three joins at once against a limit of one a second: the refused wait their turn, one call a second, and all three get their modal', async () => {
    await start({ 'views.open': { perMinute: 60, burst: 1 } });
    const cy = 'U0CY000001';
    h.fake.addUser({ id: cy, name: 'cy', locale: 'sv-SE' });
    const sent = await Promise.all([h.slack.command(ADA, 'join'), h.slack.command(BIRGIT, 'join'), h.slack.command(cy, 'join')]);
    await h.settled();
    for (const person of [ADA, BIRGIT, cy]) expect(modalOf(person)).toBeDefined();
    // One wait a refusal, shared by whoever is in line: the second modal at 1 s, the third at 2 s.
    expect(waits).toEqual([1_000, 1_000]);
    expect(h.fake.callsTo('views.open').filter((call) => !call.fault)).toHaveLength(3);
    expect(sent.flatMap((command) => repliesTo(command.responseUrl))).toEqual([]);
  });

  it('a join while Retry-After runs past its trigger’s life: told Slack is busy at once, in Swedish, without a call', async () => {
    await start();
    // Ada is refused with Retry-After 3: the gate opens at 3 s, past her trigger's 2.5 s, and past Birgit's.
    h.fake.failNext('views.open', { status: 429, retryAfter: 3 });
    const ada = await h.slack.command(ADA, 'join');
    await h.settled();
    const birgit = await h.slack.command(BIRGIT, 'join');
    await h.settled();
    expect(h.fake.callsTo('views.open')).toHaveLength(1);
    expect(waits).toEqual([]);
    expect(repliesTo(ada.responseUrl)).toEqual([en.slackBusy]);
    expect(repliesTo(birgit.responseUrl)).toEqual([sv.slackBusy]);
    expect(modalOf(BIRGIT)).toBeUndefined();
  });

  it('the Join button on App Home: the same wait; refused until the trigger runs out, told in a direct message', async () => {
    await start();
    await h.slack.appHomeOpened(ADA);
    await h.settled();
    h.fake.failNext('views.open', { status: 429, retryAfter: 1 });
    await h.slack.blockAction(ADA, { actionId: ACTION.homeJoin, view: 'home' });
    await h.settled();
    expect(modalOf(ADA)).toBeDefined();

    h.fake.failNext('views.open', { status: 429, retryAfter: 1, times: 3 });
    await h.slack.blockAction(ADA, { actionId: ACTION.homeJoin, view: 'home' });
    await h.settled();
    expect(waits).toEqual([1_000, 1_000, 1_000]);
    expect(h.fake.messagesIn(ADA).map((message) => message.text)).toEqual([en.slackBusy]);
  });
});
