/**
 * When each trigger id arrived. A trigger id opens a modal only within 3 seconds of Slack sending it ("pass a
 * valid trigger_id within 3 seconds of receiving it", docs.slack.dev/tools/bolt-js/concepts/creating-modals), so
 * whether a views.open refused with a 429 can wait out `Retry-After` and try again depends on how much of that
 * life is left. The receiving side stamps every request as it arrives; the listeners' side notes the stamp of
 * each trigger id here, and the Web API gateway reads it back when views.open is refused.
 */

/** A trigger id's life, from its arrival. */
export const TRIGGER_LIFE_MS = 3_000;

/** Past this, a trigger id is dead and forgotten. */
const KEEP_MS = 60_000;
/** Enough for a minute of heavy traffic; past it the oldest are forgotten first. */
const MAX_KEPT = 10_000;

export class TriggerArrivals {
  /** Trigger id → arrival (ms on the app's clock), oldest first. */
  private readonly arrivals = new Map<string, number>();

  note(triggerId: string, arrivedAt: number): void {
    for (const [id, at] of this.arrivals) {
      if (arrivedAt - at < KEEP_MS && this.arrivals.size < MAX_KEPT) break;
      this.arrivals.delete(id);
    }
    this.arrivals.set(triggerId, arrivedAt);
  }

  /** When the trigger id arrived, if it is one the app was sent (recently). */
  arrivedAt(triggerId: string): number | undefined {
    return this.arrivals.get(triggerId);
  }
}
