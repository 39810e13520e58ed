import type { App, Receiver, ReceiverEvent } from '@slack/bolt';
import type { Logger } from '../logger';
import type { TriggerArrivals } from '../slack/triggers';
import type { BackgroundWork } from './context';

/** The custom property the receiving side stamps each request with: when it arrived, in ms on the app's clock. */
export const RECEIVED_AT_PROPERTY = 'receivedAt';

/**
 * A request the receiver has read and verified, as the listeners need it. Plain data only (no ack function):
 * it may cross to the listener thread.
 */
export type VerifiedRequest = Omit<ReceiverEvent, 'ack'>;

/** What a listener's ack() answers with (a view submission's `response_action`), or nothing. */
export type AckAnswer = unknown;

/** Where the listeners run: in the receiving thread (tests, the sandbox) or in a thread of their own (`start`). */
export interface ListenerHost {
  /**
   * Runs the listeners on `request`. When `acknowledged`, the receiver has answered Slack already; otherwise the
   * promise resolves with the listener's answer as soon as it acks (the work after the ack goes on). The host
   * logs what fails on an acknowledged request (its work tracker does).
   */
  handle(request: VerifiedRequest, acknowledged: boolean): Promise<AckAnswer>;
}

/**
 * True when Slack waits for the listener's answer: a view submission (inline errors, a new view) and a
 * suggestion request (its options). Every other request is acknowledged with an empty 200, and this app's
 * listeners for them ack before anything else, so the receiver answers those at once.
 */
function answeredByListener(body: ReceiverEvent['body']): boolean {
  return body.type === 'view_submission' || body.type === 'block_suggestion';
}

function isEmptyAnswer(answer: AckAnswer): boolean {
  return answer === undefined || answer === '' || (typeof answer === 'object' && answer !== null && Object.keys(answer).length === 0);
}

/**
 * The listeners of `app`, run in this thread. Each request's processing is tracked by `work`, so waiting for the
 * work after acks (shutdown, tests) waits for the listeners too. The trigger id a request brings is noted in
 * `triggers` with the time it arrived, for views.open (the trigger lives 3 seconds from then).
 */
export function listenersInThisThread(app: App, side: { work: BackgroundWork; triggers: TriggerArrivals }, logger: Logger): ListenerHost {
  const { work, triggers } = side;
  return {
    handle(request, acknowledged) {
      const triggerId = (request.body as { trigger_id?: unknown }).trigger_id;
      const receivedAt = request.customProperties?.[RECEIVED_AT_PROPERTY];
      if (typeof triggerId === 'string' && typeof receivedAt === 'number') triggers.note(triggerId, receivedAt);
      let answered = false;
      let answer!: (value: AckAnswer) => void;
      const answerGiven = new Promise<AckAnswer>((resolve) => (answer = resolve));
      const ack = async (response?: AckAnswer) => {
        if (answered) return;
        answered = true;
        // A listener's answer to a request answered already cannot reach Slack: a mistake in the listener.
        if (acknowledged && !isEmptyAnswer(response)) logger.error({ type: request.body.type }, 'a listener answered a request the receiver had acknowledged');
        answer(response);
      };
      const processing = app.processEvent({ ...request, ack });
      work.track(processing);
      // The answer, or the failure before one was given (the receiver turns it into a 500 as Bolt does); a
      // request no listener acked gets the empty answer once processing ends.
      return Promise.race([answerGiven, processing.then(() => undefined)]);
    },
  };
}

/**
 * The transport receiver (HTTP or Socket Mode) with the listeners behind `host`: requests Slack only needs an
 * empty 200 for are acknowledged here before the listeners see them, so their ack never waits behind work
 * the listeners are doing; a view submission waits for its listener's answer. Transport only, like the receiver
 * it wraps.
 */
export class DispatchingReceiver implements Receiver {
  private host?: ListenerHost;

  constructor(
    private readonly inner: Receiver,
    private readonly hostFor: (app: App) => ListenerHost,
    /** The app's clock (ms): each request is stamped with its arrival (RECEIVED_AT_PROPERTY). */
    private readonly now: () => number = Date.now,
  ) {}

  init(app: App): void {
    this.host = this.hostFor(app);
    const dispatch = { processEvent: (event: ReceiverEvent) => this.dispatch(event) };
    // Receivers only ever call processEvent on the app they are given.
    this.inner.init(dispatch as unknown as App);
  }

  start(...args: unknown[]): Promise<unknown> {
    return this.inner.start(...args);
  }

  stop(...args: unknown[]): Promise<unknown> {
    return this.inner.stop(...args);
  }

  private async dispatch(event: ReceiverEvent): Promise<void> {
    const host = this.host as ListenerHost;
    const { ack, ...received } = event;
    const request: VerifiedRequest = { ...received, customProperties: { ...received.customProperties, [RECEIVED_AT_PROPERTY]: this.now() } };
    if (answeredByListener(request.body)) {
      await ack(await host.handle(request, false));
      return;
    }
    await ack();
    // Logged by the host, which knows the failure best: nothing more to tell Slack.
    host.handle(request, true).catch(() => undefined);
  }
}
