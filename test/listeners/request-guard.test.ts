import type { AnyMiddlewareArgs } from '@slack/bolt';
import { createLogger } from '../../src/logger';
import { requestGuard, SIGNATURE_PROPERTY } from '../../src/listeners/request-guard';
import { SIGNATURE_WINDOW_SECONDS } from '../../src/receiver';
import { ACTION } from '../../src/views/ids';

/**
 * The replay memory must outlast every signature the receiver still accepts: one dated five minutes ahead of our
 * clock stays acceptable for ten minutes after it first arrives.
 */
describe('the request guard remembers a signature as long as the receiver accepts it', () => {
  const MINUTE = 60_000;

  function deliver(guard: ReturnType<typeof requestGuard>, signature: string): Promise<boolean> {
    let reached = false;
    const args = {
      body: { type: 'block_actions', actions: [{ action_id: ACTION.topicVote }] },
      context: { [SIGNATURE_PROPERTY]: signature },
      ack: async () => undefined,
      next: async () => {
        reached = true;
      },
    } as unknown as AnyMiddlewareArgs & { next: () => Promise<void> };
    return (guard(args as never) as Promise<void>).then(() => reached);
  }

  it('drops the same signed bytes for the whole accepted window, and forgets them after', async () => {
    let now = Date.parse('2026-03-16T08:00:00Z');
    const guard = requestGuard(createLogger({ level: 'silent' }), () => now);
    expect(await deliver(guard, 'v0=first')).toBe(true);
    // Signed five minutes ahead, it is still accepted until ten minutes from its first arrival.
    now += 2 * SIGNATURE_WINDOW_SECONDS * 1000 - 1;
    expect(await deliver(guard, 'v0=first')).toBe(false);
    expect(await deliver(guard, 'v0=other')).toBe(true);
    now += 2 * MINUTE;
    expect(await deliver(guard, 'v0=first')).toBe(true);
  });
});
