import { classifySlackError } from './errors';

/**
 * A "not before" gate for one rate-limited Web API method (views.open). Slack answers a call over the limit with
 * HTTP 429 and `Retry-After`, "the number of seconds until you can retry" (docs.slack.dev/apis/web-api/rate-limits):
 * a call sent inside that window is refused again, and for views.open each refusal costs a round trip of the
 * trigger id's three-second life. So after a 429 no call goes out until `Retry-After` has passed; the callers that
 * come meanwhile wait in arrival order and go one at a time when it opens (one refused again closes it anew, and
 * goes back to the head of the line). A caller who could not start before its deadline is told at once, without
 * a call: HeldBackError, a rate-limited failure, so the person hears "Slack is busy".
 *
 * Time is the injected clock. A still clock (tests) counts the waits slept as passed: the gate's time is the
 * later of the clock and the end of the last wait it slept.
 */

/** A call not made: the gate would not open (or the line not reach it) before the caller's deadline. */
export class HeldBackError extends Error {
  readonly code = 'slack_held_back';
  /** Seconds until the gate opens, rounded up, as Slack would say it (the person is told to try in a minute). */
  readonly retryAfter: number;
  constructor(method: string, retryAfterMs: number) {
    super(`${method} held back: Slack's Retry-After outlasts the caller's deadline`);
    this.name = 'HeldBackError';
    this.retryAfter = Math.max(1, Math.ceil(retryAfterMs / 1000));
  }
}

export interface RetryAfterGateOptions {
  /** The method the gate guards (in errors and logs). */
  method: string;
  /** The clock, ms. */
  now: () => number;
  /** How the gate lets time go by; on the same clock as `now`. */
  sleep: (ms: number) => Promise<void>;
}

/** What the gate has done, for the log and the benchmark. */
export interface RetryAfterGateCounts {
  /** 429s seen. */
  refused: number;
  /** Calls that waited for the gate (or for the line ahead of them) before going out. */
  held: number;
  /** Callers told they could not make it, without a call. */
  heldBack: number;
}

interface Waiter {
  /** The latest time (gate time) the call may start. */
  deadline: number;
  go: (release: () => void) => void;
  fail: (error: Error) => void;
}

export class RetryAfterGate {
  /** No call before this (gate time, ms). */
  private openAt = -Infinity;
  /** The end of the last wait slept: a still clock has moved at least this far. */
  private sleptTo = -Infinity;
  private readonly line: Waiter[] = [];
  /** A call let through from the line is out: the next waits for its answer. */
  private releasing = false;
  private pumping = false;
  readonly counts: RetryAfterGateCounts = { refused: 0, held: 0, heldBack: 0 };

  constructor(private readonly options: RetryAfterGateOptions) {}

  /** The gate's time: the clock, or, on a clock that did not move while the gate slept, the end of that sleep. */
  time(): number {
    return Math.max(this.options.now(), this.sleptTo);
  }

  /** Whether a call now would go straight out. */
  get isOpen(): boolean {
    return this.time() >= this.openAt && this.line.length === 0 && !this.releasing;
  }

  /**
   * Makes `call` once the gate is open and the callers ahead have gone, and again (from the head of the line) each
   * time it is refused with a 429, while it can still start by `deadline`. Past that, the 429 is thrown (or
   * HeldBackError when no call was made). Calls made while the gate is open go straight out, side by side.
   */
  async run<T>(deadline: number, call: () => Promise<T>): Promise<T> {
    // The release lets the next in line go: held by a call that came through the line, until it has its answer.
    let release = this.isOpen ? undefined : await this.wait(deadline, false);
    for (;;) {
      try {
        const result = await call();
        release?.();
        return result;
      } catch (error) {
        const failure = classifySlackError(error);
        if (failure.kind === 'rate_limited') {
          this.counts.refused += 1;
          this.closeFor((failure.retryAfterSeconds ?? 1) * 1000);
        }
        if (failure.kind !== 'rate_limited' || this.openAt > deadline) {
          release?.();
          throw error;
        }
        // Refused again: back to the head of the line, before the release lets the next caller go.
        const next = this.wait(deadline, true);
        release?.();
        try {
          release = await next;
        } catch {
          // Held back in the line after all (the gate closed again past the deadline): the 429 is the answer.
          throw error;
        }
      }
    }
  }

  /** Closes the gate for `ms` from now (a later close wins); tells at once whoever now cannot make it. */
  closeFor(ms: number): void {
    this.openAt = Math.max(this.openAt, this.time() + ms);
    for (let i = this.line.length - 1; i >= 0; i -= 1) {
      const waiter = this.line[i] as Waiter;
      if (this.openAt > waiter.deadline) {
        this.line.splice(i, 1);
        waiter.fail(this.heldBack());
      }
    }
  }

  /** Counts a caller told they cannot make it; the error they are told with. */
  private heldBack(): HeldBackError {
    this.counts.heldBack += 1;
    return new HeldBackError(this.options.method, this.openAt - this.time());
  }

  /** Joins the line (at its head when refused again); resolves with the release once it is this caller's turn. */
  private wait(deadline: number, atHead: boolean): Promise<() => void> {
    if (this.openAt > deadline) return Promise.reject(this.heldBack());
    if (!atHead) this.counts.held += 1;
    return new Promise((go, fail) => {
      const waiter: Waiter = { deadline, go, fail };
      if (atHead) this.line.unshift(waiter);
      else this.line.push(waiter);
      void this.pump();
    });
  }

  /** Lets the line through one call at a time, each once the gate is open and the call before it has its answer. */
  private async pump(): Promise<void> {
    if (this.pumping) return;
    this.pumping = true;
    try {
      while (this.line.length > 0) {
        if (this.releasing) return;
        const waitMs = this.openAt - this.time();
        if (waitMs > 0) {
          const until = this.openAt;
          await this.options.sleep(waitMs);
          this.sleptTo = Math.max(this.sleptTo, until);
          continue;
        }
        const waiter = this.line.shift() as Waiter;
        if (this.time() > waiter.deadline) {
          waiter.fail(this.heldBack());
          continue;
        }
        this.releasing = true;
        waiter.go(() => {
          this.releasing = false;
          void this.pump();
        });
      }
    } finally {
      this.pumping = false;
    }
  }
}
