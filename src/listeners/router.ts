import type {
  AllMiddlewareArgs,
  App,
  BlockAction,
  SlackAction,
  SlackActionMiddlewareArgs,
  SlackViewMiddlewareArgs,
} from '@slack/bolt';

/**
 * Buttons and modals are registered here by id and reach Bolt as one action listener and one view listener.
 * Bolt runs the middleware chain of every registered listener for every request (App.processEvent maps over all
 * of them, each filtering by type and id): thirty `app.action(id)` registrations meant thirty chains, a few
 * hundred kilobytes of garbage and about a millisecond per click, on the thread that acknowledges Slack. Here a
 * request costs one chain and a Map lookup. The request guard (./request-guard.ts) has already turned away ids
 * the app never offered.
 */

export type ActionListener<A extends SlackAction = BlockAction> = (args: SlackActionMiddlewareArgs<A> & AllMiddlewareArgs) => Promise<void>;
export type ViewListener = (args: SlackViewMiddlewareArgs & AllMiddlewareArgs) => Promise<void>;

export interface ListenerRoutes {
  /** The listener for a button or other block element, by `action_id`. */
  action<A extends SlackAction = BlockAction>(actionId: string, listener: ActionListener<A>): void;
  /** The listener for a modal's submission, by `callback_id`. */
  view(callbackId: string, listener: ViewListener): void;
}

/** Everything `register` routes, with Bolt; an id registered twice is a mistake and stops start-up. */
export function routeListeners(app: App, register: (routes: ListenerRoutes) => void): void {
  const actions = new Map<string, ActionListener<SlackAction>>();
  const views = new Map<string, ViewListener>();
  const add = <T>(routes: Map<string, T>, what: string, id: string, listener: T) => {
    if (routes.has(id)) throw new Error(`two listeners for the ${what} ${id}`);
    routes.set(id, listener);
  };
  register({
    action: (actionId, listener) => add(actions, 'action', actionId, listener as unknown as ActionListener<SlackAction>),
    view: (callbackId, listener) => add(views, 'view', callbackId, listener),
  });

  app.action(/(?:)/, async (args) => {
    const listener = actions.get((args.action as { action_id?: string }).action_id ?? '');
    if (listener) await listener(args);
    else await args.ack();
  });
  app.view(/(?:)/, async (args) => {
    const listener = views.get(args.view.callback_id);
    if (listener) await listener(args);
    else await args.ack();
  });
}
