import { HeldBackError, RetryAfterGate } from '../../src/slack/retry-after-gate';
import { classifySlackError } from '../../src/slack/errors';

/** A 429 as the Web API client throws it. */
const refused = (retryAfter = 1) => Object.assign(new Error('rate limited'), { code: 'slack_webapi_rate_limited_error', retryAfter });

/** Lets every promise chain that can run, run (the gate's answers come in microtasks). */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * A gate on a clock the test moves. The gate's sleeps wait for `wake()`, which moves the clock by the wait (as the
 * app's injected sleep does in the e2e tests) or, on a still clock, leaves it where it is.
 */
function rig(options: { still?: boolean } = {}) {
  let clock = 0;
  const waits: number[] = [];
  const sent: string[] = [];
  const sleeping: Array<{ ms: number; done: () => void }> = [];
  const gate = new RetryAfterGate({
    method: 'views.open',
    now: () => clock,
    sleep: (ms) =>
      new Promise<void>((done) => {
        waits.push(ms);
        sleeping.push({ ms, done });
      }),
  });
  /** Ends the gate's sleep and lets what follows run. */
  const wake = async () => {
    await settle();
    const sleep = sleeping.shift();
    if (!sleep) throw new Error('the gate is not sleeping');
    if (!options.still) clock += sleep.ms;
    sleep.done();
    await settle();
  };
  /** A call that records who made it (and when) and is refused while `answers` says so. */
  const call = (who: string, answers: Array<'ok' | number> = ['ok']) => {
    let i = 0;
    return async () => {
      sent.push(`${who}@${clock}`);
      const answer = answers[Math.min(i, answers.length - 1)] ?? 'ok';
      i += 1;
      if (answer !== 'ok') throw refused(answer);
      return who;
    };
  };
  return { gate, waits, sent, call, wake, sleeping };
}

describe('the Retry-After gate for views.open', () => {
  it('after a 429, nobody calls until Retry-After has passed; then those waiting go one at a time, in arrival order', async () => {
    const { gate, waits, sent, call, wake } = rig();
    const first = gate.run(2_500, call('ada', [1, 'ok']));
    await settle();
    expect(gate.isOpen).toBe(false);
    const later = [gate.run(2_500, call('bo')), gate.run(2_500, call('cy')), gate.run(2_500, call('di'))];
    await settle();
    expect(sent).toEqual(['ada@0']);
    await wake();
    await expect(Promise.all([first, ...later])).resolves.toEqual(['ada', 'bo', 'cy', 'di']);
    // One wait for the whole line, no call inside it; the refused one first when it opens.
    expect(waits).toEqual([1_000]);
    expect(sent).toEqual(['ada@0', 'ada@1000', 'bo@1000', 'cy@1000', 'di@1000']);
    expect(gate.counts).toEqual({ refused: 1, held: 3, heldBack: 0 });
    expect(gate.isOpen).toBe(true);
  });

  it('refused again when it opens: back to the head of the line, ahead of one who came later', async () => {
    const { gate, sent, call, waits, wake } = rig();
    const ada = gate.run(2_500, call('ada', [1, 1, 'ok']));
    await settle();
    const bo = gate.run(2_500, call('bo'));
    await wake();
    expect(sent).toEqual(['ada@0', 'ada@1000']);
    await wake();
    await expect(Promise.all([ada, bo])).resolves.toEqual(['ada', 'bo']);
    expect(waits).toEqual([1_000, 1_000]);
    expect(sent).toEqual(['ada@0', 'ada@1000', 'ada@2000', 'bo@2000']);
  });

  it('one who cannot start before their deadline is held back at once, without a call, and hears Slack is busy', async () => {
    const { gate, sent, call, wake } = rig();
    const ada = gate.run(2_500, call('ada', [2, 'ok']));
    await settle();
    // Bo's trigger leaves him until 1 500 to start; the gate opens at 2 000.
    await expect(gate.run(1_500, call('bo'))).rejects.toBeInstanceOf(HeldBackError);
    // A trigger whose arrival is unknown never waits.
    await expect(gate.run(-Infinity, call('cy'))).rejects.toBeInstanceOf(HeldBackError);
    await wake();
    await expect(ada).resolves.toBe('ada');
    expect(sent).toEqual(['ada@0', 'ada@2000']);
    expect(gate.counts.heldBack).toBe(2);
    // What the person is told: a rate-limited failure ("Slack is busy"), not "try again".
    expect(classifySlackError(new HeldBackError('views.open', 1_500))).toEqual({ kind: 'rate_limited', code: 'held_back', retryAfterSeconds: 2 });
  });

  it('one already waiting is told as soon as a new 429 moves the opening past their deadline', async () => {
    const { gate, sent, call, wake } = rig();
    const ada = gate.run(5_000, call('ada', [1, 2, 'ok']));
    await settle();
    const bo = gate.run(2_500, call('bo'));
    const told = bo.then(
      () => 'opened',
      (error: unknown) => (error instanceof HeldBackError ? 'held back' : 'other'),
    );
    await wake();
    // Ada refused again at 1 000 with Retry-After 2: the gate opens at 3 000, past Bo's 2 500; he hears it now.
    await expect(told).resolves.toBe('held back');
    await wake();
    await expect(ada).resolves.toBe('ada');
    expect(sent).toEqual(['ada@0', 'ada@1000', 'ada@3000']);
  });

  it('refused again with no time left: the 429 itself is the answer, and the line goes on', async () => {
    const { gate, sent, call, wake } = rig();
    const ada = gate.run(1_200, call('ada', [1, 1]));
    await settle();
    const bo = gate.run(2_500, call('bo'));
    const adaAnswer = ada.catch((error: unknown) => error);
    await wake();
    await expect(adaAnswer).resolves.toMatchObject({ code: 'slack_webapi_rate_limited_error' });
    // Ada's second refusal closed the gate till 2 000: Bo (by 2 500) still goes, after it.
    await wake();
    await expect(bo).resolves.toBe('bo');
    expect(sent).toEqual(['ada@0', 'ada@1000', 'bo@2000']);
  });

  it('other failures pass through at once and leave the gate open', async () => {
    const { gate } = rig();
    const broken = Object.assign(new Error('no'), { code: 'slack_webapi_platform_error', data: { error: 'expired_trigger_id' } });
    await expect(gate.run(2_500, () => Promise.reject(broken))).rejects.toBe(broken);
    expect(gate.isOpen).toBe(true);
    expect(gate.counts.refused).toBe(0);
  });

  it('on a still clock the waits slept count as passed: the gate opens, and deadlines are measured against them', async () => {
    const { gate, waits, sent, call, wake } = rig({ still: true });
    const ada = gate.run(2_500, call('ada', [1, 'ok']));
    await settle();
    const bo = gate.run(2_500, call('bo', [1, 'ok']));
    await wake();
    // Bo was refused in turn (a 429 at gate time 1 000): the gate opens at 2 000.
    await wake();
    await expect(Promise.all([ada, bo])).resolves.toEqual(['ada', 'bo']);
    expect(waits).toEqual([1_000, 1_000]);
    expect(gate.time()).toBe(2_000);
    expect(sent).toEqual(['ada@0', 'ada@0', 'bo@0', 'bo@0']);
    // Two seconds have passed on the gate's time: a caller who had to start by 1 500 cannot.
    await expect(gate.run(1_500, call('cy', [1]))).rejects.toMatchObject({ code: 'slack_webapi_rate_limited_error' });
  });

  it('while open, calls go out side by side without waiting for each other', async () => {
    const { gate } = rig();
    let inFlight = 0;
    let most = 0;
    const slow = async () => {
      inFlight += 1;
      most = Math.max(most, inFlight);
      await settle();
      inFlight -= 1;
    };
    await Promise.all([gate.run(2_500, slow), gate.run(2_500, slow), gate.run(2_500, slow)]);
    expect(most).toBe(3);
    expect(gate.counts.held).toBe(0);
  });
});
