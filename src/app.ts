import type { Server } from 'node:http';
import { App, LogLevel, SocketModeReceiver, type CustomRoute, type Receiver } from '@slack/bolt';
import { GuardedHttpReceiver } from './receiver';
import type { Config } from './config';
import { databaseAnswers, type Db } from './db/open';
import { boltLogger, childLogger, type Logger } from './logger';
import { BackgroundWork, type AppContext } from './listeners/context';
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
import { createDeliveryHandlers, type DeliveryDeps } from './scheduler/deliveries';

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
  /** The interface the HTTP receiver binds (default all); the sandbox keeps it on 127.0.0.1. */
  host?: string;
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

/**
 * Builds the Bolt app: Socket Mode when SLACK_APP_TOKEN is set, HTTP mode (`POST /slack/events`) otherwise;
 * `/healthz` in both. Listeners are registered and `app.error` is the last line of defence.
 */
export function createApp(deps: AppDeps): { app: App; ctx: AppContext; receiver: Receiver } {
  const { config, db } = deps;
  const logger = childLogger(deps.logger, 'app');
  const timeoutMs = deps.slackTimeoutMs ?? INTERACTIVE_TIMEOUT_MS;
  const clientOptions = {
    ...webClientOptions({ apiUrl: config.slack.apiUrl, logger: deps.logger, retry: INTERACTIVE_RETRY, rejectRateLimitedCalls: true, timeoutMs }),
    // What Bolt's respond() posts to response_urls with: bounded in time, failures thrown with their code.
    fetch: slackUrlFetch(config.slack.apiUrl, timeoutMs),
  };
  const routes = [healthRoute(db, logger)];
  const receiverLogger = boltLogger(deps.logger);
  const receiver: Receiver =
    config.slack.mode === 'socket'
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
        });
  const app = new App({
    token: config.slack.botToken,
    receiver,
    logger: boltLogger(deps.logger),
    logLevel: LogLevel.DEBUG,
    clientOptions,
    // Verifying the token is the first Web API call; doing it at start-up surfaces a bad token at once.
    deferInitialization: true,
    // The app keeps no per-conversation state in Bolt (everything is in SQLite): no store to consult per request.
    convoStore: false,
  });
  const now = deps.now ?? (() => new Date());
  const work = new BackgroundWork((error) => {
    const code = (error as { code?: unknown })?.code;
    const slackError = typeof code === 'string' && code.startsWith('slack_') ? slackErrorCode(error) : undefined;
    logger.error({ code, slackError, type: (error as Error)?.name }, 'work after an ack failed');
  });
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
    slack: deps.slack ?? createSlackGateway(app.client, now),
    now,
    work,
    deliveryDeps,
    dispatchSoon(kinds) {
      work.run(() =>
        dispatchDue(db, createDeliveryHandlers(deliveryDeps), clockFrom(now()), deliveryDeps.logger, kinds ? { kinds } : {}).catch(
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
  return { app, ctx, receiver };
}

/** Creates and starts the app; `stop()` stops taking requests and waits for work already acknowledged. */
export async function startApp(deps: AppDeps): Promise<RunningApp> {
  const { app, ctx } = createApp(deps);
  await app.init();
  const started = (await app.start(deps.host ? { port: deps.config.port, host: deps.host } : deps.config.port)) as Server | unknown;
  const address = (started as Server)?.address?.();
  const port = typeof address === 'object' && address ? address.port : deps.config.port;
  childLogger(deps.logger, 'app').info({ mode: deps.config.slack.mode, port }, 'Reverse Mentor is running');
  return {
    app,
    ctx,
    port,
    ...(typeof address === 'object' && address ? { address: address.address } : {}),
    async stop() {
      await app.stop();
      await ctx.work.settled();
    },
  };
}
