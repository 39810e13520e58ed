/**
 * Slack failing on purpose: errors, 429s with `Retry-After`, and late answers, injected per method (the next
 * calls, or a policy per call), plus a latency added to every answer. The hardening tests and benchmarks use it
 * to play Slack's rate limits and outages.
 */
import type { AppliedFault, FailNextOptions, Fault, FaultPolicy } from './types';
import type { Reply } from './wire';

interface PendingFault {
  fault: Fault;
  remaining: number;
}

export class FaultInjector {
  private readonly pending = new Map<string, PendingFault[]>();
  private readonly policies = new Map<string, FaultPolicy>();
  private readonly sleepers = new Set<{ timer: NodeJS.Timeout; done: () => void }>();
  private closed = false;

  constructor(private latencyMs: number) {}

  failNext(method: string, opts: FailNextOptions = {}): void {
    const { times = 1, ...fault } = opts;
    if (times < 1) return;
    const list = this.pending.get(method) ?? [];
    list.push({ fault, remaining: times });
    this.pending.set(method, list);
  }

  setFaultPolicy(method: string, policy: FaultPolicy | undefined): void {
    if (policy) this.policies.set(method, policy);
    else this.policies.delete(method);
  }

  clear(): void {
    this.pending.clear();
    this.policies.clear();
  }

  setLatency(ms: number): void {
    this.latencyMs = Math.max(0, ms);
  }

  /** The fault for this call, if any: the next queued one for the method, else its policy's choice. */
  take(method: string, args: Record<string, unknown>, callIndex: number): Fault | undefined {
    const queue = this.pending.get(method);
    const head = queue?.[0];
    if (queue && head) {
      head.remaining -= 1;
      if (head.remaining <= 0) queue.shift();
      if (queue.length === 0) this.pending.delete(method);
      return head.fault;
    }
    const policy = this.policies.get(method);
    return policy ? policy(callIndex, args) : undefined;
  }

  /** Waits the latency plus the fault's delay before an answer goes out (at once after `close`). */
  delay(fault: Fault | undefined): Promise<void> {
    const ms = this.latencyMs + (fault?.delayMs ?? 0);
    if (ms <= 0 || this.closed) return Promise.resolve();
    return new Promise<void>((resolve) => {
      const entry = {
        timer: setTimeout(() => {
          this.sleepers.delete(entry);
          resolve();
        }, ms),
        done: resolve,
      };
      this.sleepers.add(entry);
    });
  }

  /** Ends every wait at once. */
  close(): void {
    this.closed = true;
    for (const s of this.sleepers) {
      clearTimeout(s.timer);
      s.done();
    }
    this.sleepers.clear();
  }
}

/**
 * The failure a fault makes of a call: one with `error`, `status` or `retryAfter` (or none of the fields) fails
 * with `{ ok: false, error }`, a 429 saying `Retry-After`; one with only `delayMs` fails nothing (undefined).
 */
export function failureOf(fault: Fault | undefined): { applied: AppliedFault; reply: Reply } | undefined {
  const fails =
    fault !== undefined &&
    (fault.error !== undefined ||
      fault.status !== undefined ||
      fault.retryAfter !== undefined ||
      fault.delayMs === undefined);
  if (!fault || !fails) return undefined;
  const status = fault.status ?? (fault.retryAfter !== undefined ? 429 : 200);
  const applied: AppliedFault = {
    status,
    error: fault.error ?? (status === 429 ? 'ratelimited' : 'internal_error'),
  };
  const headers: Record<string, string> = {};
  if (status === 429) {
    applied.retryAfter = fault.retryAfter ?? 1;
    headers['retry-after'] = String(applied.retryAfter);
  }
  if (fault.delayMs !== undefined) applied.delayMs = fault.delayMs;
  return { applied, reply: { status, headers, body: { ok: false, error: applied.error } } };
}
