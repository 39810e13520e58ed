/** Every request the stand-in received, in order and by method, and the tests waiting for one to arrive. */
import type { FakeCall, WaitForOptions } from './types';

type CallPredicate = (args: Record<string, unknown>, call: FakeCall) => boolean;

interface Waiter {
  method: string;
  predicate: CallPredicate | undefined;
  resolve: (call: FakeCall) => void;
  reject: (e: Error) => void;
  timer: NodeJS.Timeout;
}

export class CallLog {
  /** Every recorded call in arrival order; `clear` empties this same array. */
  readonly calls: FakeCall[] = [];
  private readonly byMethod = new Map<string, FakeCall[]>();
  private readonly waiters = new Set<Waiter>();

  constructor(
    /** Called after every recorded call (the stand-in tells its subscribers). */
    private readonly onRecord: () => void,
  ) {}

  callsTo(method: string): FakeCall[] {
    return [...(this.byMethod.get(method) ?? [])];
  }

  /** How many calls to `method` were recorded (a fault policy's `callIndex` for the next one). */
  countOf(method: string): number {
    return this.byMethod.get(method)?.length ?? 0;
  }

  clear(): void {
    this.calls.length = 0;
    this.byMethod.clear();
  }

  waitFor(method: string, predicate?: CallPredicate, opts: WaitForOptions = {}): Promise<FakeCall> {
    const found = (this.byMethod.get(method) ?? []).find((c) => !predicate || predicate(c.args, c));
    if (found) return Promise.resolve(found);
    const timeoutMs = opts.timeoutMs ?? 3000;
    return new Promise<FakeCall>((resolve, reject) => {
      const waiter: Waiter = {
        method,
        predicate,
        resolve,
        reject,
        timer: setTimeout(() => {
          this.waiters.delete(waiter);
          reject(new Error(this.describeTimeout(method, predicate !== undefined, timeoutMs)));
        }, timeoutMs),
      };
      this.waiters.add(waiter);
    });
  }

  private describeTimeout(method: string, withPredicate: boolean, timeoutMs: number): string {
    const counts = new Map<string, { n: number; faulted: number }>();
    for (const c of this.calls) {
      const e = counts.get(c.method) ?? { n: 0, faulted: 0 };
      e.n += 1;
      if (c.fault) e.faulted += 1;
      counts.set(c.method, e);
    }
    const seen =
      [...counts]
        .map(([m, e]) => `${m} ×${e.n}${e.faulted ? ` (${e.faulted} faulted)` : ''}`)
        .join(', ') || 'no calls at all';
    let msg = `fake-slack: timed out after ${timeoutMs} ms waiting for a call to ${method}${
      withPredicate ? ' matching the predicate' : ''
    }. Methods seen: ${seen}.`;
    const same = this.byMethod.get(method) ?? [];
    if (same.length > 0) {
      const last = same.slice(-3).map((c) => JSON.stringify(c.args).slice(0, 300));
      msg += ` Last ${method} args: ${last.join(' | ')}`;
    }
    return msg;
  }

  record(call: FakeCall): void {
    this.calls.push(call);
    let list = this.byMethod.get(call.method);
    if (!list) {
      list = [];
      this.byMethod.set(call.method, list);
    }
    list.push(call);
    for (const w of this.waiters) {
      if (w.method !== call.method) continue;
      let matched = false;
      try {
        matched = !w.predicate || w.predicate(call.args, call);
      } catch (e) {
        clearTimeout(w.timer);
        this.waiters.delete(w);
        w.reject(e instanceof Error ? e : new Error(String(e)));
        continue;
      }
      if (matched) {
        clearTimeout(w.timer);
        this.waiters.delete(w);
        w.resolve(call);
      }
    }
    this.onRecord();
  }

  /** Rejects everyone still waiting: the stand-in is closing. */
  close(): void {
    for (const w of this.waiters) {
      clearTimeout(w.timer);
      w.reject(new Error(`fake-slack: closed while waiting for ${w.method}`));
    }
    this.waiters.clear();
  }
}
