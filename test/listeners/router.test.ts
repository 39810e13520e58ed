/**
 * Buttons and modals by id, dispatched from one Bolt listener per kind (src/listeners/router.ts).
 */
import type { App } from '@slack/bolt';
import { routeListeners } from '../../src/listeners/router';

/** The two Bolt registrations the router makes, captured. */
function boltStandIn() {
  const registered: Record<'action' | 'view', Array<(args: unknown) => Promise<void>>> = { action: [], view: [] };
  const app = {
    action: (_constraint: unknown, listener: (args: unknown) => Promise<void>) => registered.action.push(listener),
    view: (_constraint: unknown, listener: (args: unknown) => Promise<void>) => registered.view.push(listener),
  } as unknown as App;
  return { app, registered };
}

describe('routeListeners', () => {
  it('registers one Bolt listener per kind and calls the one for the id', async () => {
    const { app, registered } = boltStandIn();
    const called: string[] = [];
    routeListeners(app, (routes) => {
      routes.action('nudge_met', async () => void called.push('met'));
      routes.action('nudge_skip', async () => void called.push('skip'));
      routes.view('reflection', async () => void called.push('reflection'));
    });
    expect(registered.action).toHaveLength(1);
    expect(registered.view).toHaveLength(1);
    const ack = jest.fn(async () => undefined);
    await registered.action[0]!({ action: { action_id: 'nudge_skip' }, ack });
    await registered.view[0]!({ view: { callback_id: 'reflection' }, ack });
    expect(called).toEqual(['skip', 'reflection']);
    // The listeners ack themselves.
    expect(ack).not.toHaveBeenCalled();
  });

  it('acknowledges an id nobody listens to, so Slack shows no error', async () => {
    const { app, registered } = boltStandIn();
    routeListeners(app, (routes) => routes.action('nudge_met', async () => undefined));
    const ack = jest.fn(async () => undefined);
    await registered.action[0]!({ action: { action_id: 'something_else' }, ack });
    await registered.view[0]!({ view: { callback_id: 'old_modal' }, ack });
    expect(ack).toHaveBeenCalledTimes(2);
  });

  it('refuses the same id twice at start-up', () => {
    const { app } = boltStandIn();
    expect(() =>
      routeListeners(app, (routes) => {
        routes.view('join', async () => undefined);
        routes.view('join', async () => undefined);
      }),
    ).toThrow('two listeners for the view join');
  });
});
