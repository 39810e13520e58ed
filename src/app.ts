import type { Server } from 'node:http';
import { App, LogLevel, SocketModeReceiver, type CustomRoute, type Receiver } from '@slack/bolt';
import { GuardedHttpReceiver, type DrainSettings } from './receiver';
import type { Config } from './config';
import { databaseAnswers, type Db } from './db/open';
import { boltLogger, childLogger, type Logger } from './logger';
import { BackgroundWork, type AppContext } from './listeners/context';
import { DispatchingReceiver, listenersInThisThread, type ListenerHost } from './listeners/host';
import { registerListeners } from './listeners';
import {
  createLedgerGateway,
  createSlackGateway,
  INTERACTIVE_RETRY,
  INTERACTIVE_TIMEOUT_MS,
  slackUrlFetch,
  webClientOptions,
  type SlackGateway,
} from './slack/gateway';
import { registerRequestGuard, requestProperties } from './listeners/request-guard';
import { slackErrorCode } from './slack/errors';
import { clockFrom, dispatchDue } from './services/delivery';
import { TriggerArrivals } from './slack/triggers';
import { createDeliveryHandlers } from './scheduler/deliveries';
import type { DeliveryDeps } from './scheduler/deliveries/deps';
import { matchInThisThread, type MatchSolver } from './services/matching/thread';

export interface AppDeps {
  config: Config;
  db: Db;
  logger: Logger;
  now?: () => Date;
  /** Replaces the Web API gateway (unit tests); end-to-end tests use the real one against a fake Slack. */
  slack?: SlackGateway;
  /** Replaces the gateway used by the delivery ledger (its client never retries by itself). */
  ledgerSlack?: SlackGateway;
  /**
   * How long one Web API call or response_url post made while a person waits may take, per attempt (default
   * INTERACTIVE_TIMEOUT_MS). Tests shorten it to exercise a Slack that does not answer.
   */
  slackTimeoutMs?: number;
  /**
   * How the app lets time go by while a person waits (a views.open waiting out `Retry-After` within the trigger's
   * life) and in the delivery passes it starts itself, on the same clock as `now`; default real time. The joins
   * benchmark passes its sped-up clock's.
   */
  sleep?: (ms: number) => Promise<void>;
  /** The interface the HTTP receiver binds (default all); the sandbox keeps it on 127.0.0.1. */
  host?: string;
  /**
   * Runs the matching engine (default: in this thread). The listener thread of `start` hands it to the matching
   * thread, so a large cohort's match never holds up the other listeners.
   */
  matchSolver?: MatchSolver;
  /** How the HTTP receiver throws away a refused body's rest (default DRAIN_LIMIT): tests shorten it and hold its timer. */
  drain?: DrainSettings;
}

export interface RunningApp {
  app: App;
  ctx: AppContext;
  /** The HTTP port actually bound (useful when PORT=0). */
  port: number;
  /** The address the HTTP server is bound to (`127.0.0.1`, `::` …), when it is an HTTP server. */
  address?: string;
  stop(): Promise<void>;
}

/** `GET /healthz`: 200 with a small JSON body when the database answers, 503 otherwise. */
function healthRoute(db: Db, logger: Logger): CustomRoute {
  return {
    path: '/healthz',
    method: ['GET'],
    handler: (_req, res) => {
      let healthy = false;
      try {
        healthy = databaseAnswers(db);
      } catch (error) {
        logger.error({ code: (error as { code?: string }).code }, 'health check: database does not answer');
      }
      res.writeHead(healthy ? 200 : 503, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ status: healthy ? 'ok' : 'unavailable', database: healthy ? 'ok' : 'error' }));
    },
  };
}

/** Bolt's Web API client settings: the interactive retry policy, bounded in time, response_urls included. */
function clientOptionsFor(deps: AppDeps) {
  const timeoutMs = deps.slackTimeoutMs ?? INTERACTIVE_TIMEOUT_MS;
  return {
    ...webClientOptions({ apiUrl: deps.config.slack.apiUrl, logger: deps.logger, retry: INTERACTIVE_RETRY, rejectRateLimitedCalls: true, timeoutMs }),
    // What Bolt's respond() posts to response_urls with: bounded in time, failures thrown with their code.
    fetch: slackUrlFetch(deps.config.slack.apiUrl, timeoutMs),
  };
}

/** Socket Mode when SLACK_APP_TOKEN is set, HTTP mode (`POST /slack/events`) otherwise; `/healthz` in both. */
function transportReceiver(deps: AppDeps): Receiver {
  const { config } = deps;
  const routes = [healthRoute(deps.db, childLogger(deps.logger, 'app'))];
  const receiverLogger = boltLogger(deps.logger);
  return config.slack.mode === 'socket'
    ? new SocketModeReceiver({
        appToken: config.slack.appToken as string,
        logger: receiverLogger,
        customRoutes: routes,
        installerOptions: { port: config.port },
      })
    : new GuardedHttpReceiver({
        signingSecret: config.slack.signingSecret as string,
        logger: receiverLogger,
        guardLogger: childLogger(deps.logger, 'requests'),
        customRoutes: routes,
        endpoints: ['/slack/events'],
        // The signature, for the request guard's replay check.
        customPropertiesExtractor: (request) => requestProperties(request),
        // Slack payloads are small; anything this big is not from Slack.
        bodyLimit: 1024 * 1024,
        ...(deps.drain ? { drain: deps.drain } : {}),
      });
}

function boltApp(deps: AppDeps, receiver: Receiver): App {
  return new App({
    token: deps.config.slack.botToken,
    receiver,
    logger: boltLogger(deps.logger),
    logLevel: LogLevel.DEBUG,
    clientOptions: clientOptionsFor(deps),
    // Verifying the token is the first Web API call; doing it at start-up surfaces a bad token at once.
    deferInitialization: true,
    // The app keeps no per-conversation state in Bolt (everything is in SQLite): no store to consult per request.
    convoStore: false,
  });
}

/** What the listeners' side hands its receiver: the work tracker and where trigger ids' arrivals are noted. */
export interface ListenerSide {
  work: BackgroundWork;
  triggers: TriggerArrivals;
}

/**
 * The Bolt app with every listener registered, on the receiver `receiverFor` gives (it is handed the work
 * tracker, which also tracks the listeners' processing of each request, and the trigger arrivals the host
 * notes), and the context the listeners share.
 */
export function createListenerApp(deps: AppDeps, receiverFor: (side: ListenerSide) => Receiver): { app: App; ctx: AppContext; side: ListenerSide } {
  const { config, db } = deps;
  const logger = childLogger(deps.logger, 'app');
  const work = new BackgroundWork((error) => {
    const code = (error as { code?: unknown })?.code;
    const slackError = typeof code === 'string' && code.startsWith('slack_') ? slackErrorCode(error) : undefined;
    logger.error({ code, slackError, type: (error as Error)?.name }, 'work after an ack failed');
  });
  const triggers = new TriggerArrivals();
  const side: ListenerSide = { work, triggers };
  const app = boltApp(deps, receiverFor(side));
  const now = deps.now ?? (() => new Date());
  const deliveryDeps: DeliveryDeps = {
    config,
    db,
    logger: childLogger(deps.logger, 'deliveries'),
    slack: deps.ledgerSlack ?? createLedgerGateway({ token: config.slack.botToken, apiUrl: config.slack.apiUrl, logger: deps.logger, now }),
  };
  const ctx: AppContext = {
    config,
    db,
    logger: childLogger(deps.logger, 'listeners'),
    slack: deps.slack ?? createSlackGateway(app.client, { now, triggers, logger: childLogger(deps.logger, 'listeners'), ...(deps.sleep ? { sleep: deps.sleep } : {}) }),
    now,
    work,
    deliveryDeps,
    matchSolver: deps.matchSolver ?? matchInThisThread,
    dispatchSoon(kinds) {
      work.run(() =>
        // An injected sleep moves `now` itself (AppDeps.sleep): the pass reads that clock and waits with it.
        dispatchDue(db, createDeliveryHandlers(deliveryDeps), deps.sleep ? now : clockFrom(now()), deliveryDeps.logger, {
          ...(kinds ? { kinds } : {}),
          ...(deps.sleep ? { sleep: deps.sleep } : {}),
        }).catch(
          (error: Error & { code?: string }) => deliveryDeps.logger.error({ code: error.code, message: error.message }, 'delivery pass failed'),
        ),
      );
    },
  };
  registerRequestGuard(app, childLogger(deps.logger, 'requests'));
  registerListeners(app, ctx);
  app.error(async (error) => {
    const coded = error as Error & { code?: string; original?: { code?: string } };
    logger.error({ code: coded.code, cause: coded.original?.code }, 'unhandled error in a listener');
  });
  return { app, ctx, side };
}

/** The app with its listeners in this thread (tests, the sandbox): the transport receiver dispatches to them. */
export function createApp(deps: AppDeps): { app: App; ctx: AppContext } {
  const logger = childLogger(deps.logger, 'app');
  const transport = transportReceiver(deps);
  const { app, ctx } = createListenerApp(deps, (side) => new DispatchingReceiver(transport, (app) => listenersInThisThread(app, side, logger), appClock(deps)));
  return { app, ctx };
}

/** The app's clock in milliseconds, as the receiving side stamps each request's arrival with it. */
function appClock(deps: AppDeps): () => number {
  const now = deps.now ?? (() => new Date());
  return () => now().getTime();
}

async function listen(app: App, deps: AppDeps): Promise<{ port: number; address?: string }> {
  const started = (await app.start(deps.host ? { port: deps.config.port, host: deps.host } : deps.config.port)) as Server | unknown;
  const address = (started as Server)?.address?.();
  const port = typeof address === 'object' && address ? address.port : deps.config.port;
  childLogger(deps.logger, 'app').info({ mode: deps.config.slack.mode, port }, 'Reverse Mentor is running');
  return { port, ...(typeof address === 'object' && address ? { address: address.address } : {}) };
}

/** Creates and starts the app; `stop()` stops taking requests and waits for work already acknowledged. */
export async function startApp(deps: AppDeps): Promise<RunningApp> {
  const { app, ctx } = createApp(deps);
  await app.init();
  const bound = await listen(app, deps);
  return {
    app,
    ctx,
    ...bound,
    async stop() {
      await app.stop();
      await ctx.work.settled();
    },
  };
}

/** Listeners that run somewhere else (a thread of their own), and stop when told. */
export interface RemoteListeners extends ListenerHost {
  stop(): Promise<void>;
}

export interface RunningServer {
  port: number;
  address?: string;
  stop(): Promise<void>;
}

/**
 * Starts the receiving side of the app with its listeners elsewhere (`reverse-mentor start`: in their own
 * thread, started by `startListeners` once the token is known good). This thread verifies and acknowledges
 * requests and answers /healthz; nothing a listener does after its ack shares the thread with acks.
 * `stop()` stops taking requests, then stops the listeners (which finish the work already acknowledged).
 */
export async function startServer(deps: AppDeps, startListeners: () => Promise<RemoteListeners>): Promise<RunningServer> {
  let listeners: RemoteListeners | undefined;
  const host: ListenerHost = { handle: (request, acknowledged) => (listeners as RemoteListeners).handle(request, acknowledged) };
  // No listeners here: this app only verifies the token at start-up and owns the receiver.
  const app = boltApp(deps, new DispatchingReceiver(transportReceiver(deps), () => host, appClock(deps)));
  await app.init();
  listeners = await startListeners();
  try {
    const bound = await listen(app, deps);
    return {
      ...bound,
      async stop() {
        await app.stop();
        await listeners?.stop();
      },
    };
  } catch (error) {
    await listeners.stop();
    throw error;
  }
}
