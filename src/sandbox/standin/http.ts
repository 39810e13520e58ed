/**
 * The stand-in's HTTP side on 127.0.0.1: `POST /api/<method>` to the rooms' methods, `/upload/<fileId>` (a file's
 * `upload_url`), `/respond/<id>` (a response_url) and `GET /files/<fileId>/<name>` (a file's `url_private`). Every
 * POST is recorded, may meet an injected fault, and is answered after the latency.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CallLog } from './calls';
import { failureOf, type FaultInjector } from './faults';
import type { RateLimiter } from './limits';
import { receiveUpload, serveFile } from './files';
import { receiveResponse } from './responses';
import type { WorkspaceState } from './state';
import type { FakeCall } from './types';
import { err, ok, parseBody, parseMultipart, refuse, str, type Handler, type MethodTable, type Reply } from './wire';

export interface StandInHttpOptions {
  state: WorkspaceState;
  log: CallLog;
  faults: FaultInjector;
  /** Every Web API method the rooms answer; any other answers `unknown_method` (unless relaxed: `{ ok: true }`). */
  methods: MethodTable;
  /** Answer `not_authed` to API calls that carry no token. */
  requireToken: boolean;
  /** The workspace's bot token: any other is `invalid_auth` (unless the `anyToken` rule is relaxed). */
  botToken: string;
  /** Act on response_url posts as Slack's clients do. */
  respondLikeSlack: boolean;
  /** Told of every call refused for breaking one of Slack's rules. */
  onRuleBroken: (call: FakeCall) => void;
  /** Slack's rate limits on Web API methods, when they are switched on (see limits.ts). */
  limiter: () => RateLimiter | undefined;
}

export class StandInHttp {
  private readonly server: Server;

  constructor(private readonly opts: StandInHttpOptions) {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((e: unknown) => {
        if (!res.headersSent && !res.destroyed) {
          res.writeHead(500, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ ok: false, error: `fake_slack_bug: ${String(e)}` }));
        }
      });
    });
    this.server.keepAliveTimeout = 1000;
  }

  /** Listens on a random loopback port; resolves with the port. */
  async listen(): Promise<number> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(0, '127.0.0.1', () => resolve());
    });
    return (this.server.address() as AddressInfo).port;
  }

  close(): Promise<void> {
    return new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  /** Records the call, runs the handler (or the fault) and answers after latency. */
  private async dispatch(
    res: ServerResponse,
    method: string,
    args: Record<string, unknown>,
    token: string | undefined,
    handler: Handler,
    webApi = false,
  ): Promise<void> {
    const { log, faults } = this.opts;
    const call: FakeCall = { method, args, at: Date.now() };
    if (token !== undefined) call.token = token;
    const fault = faults.take(method, args, log.countOf(method));
    // An injected failure answers first; otherwise a Web API call may meet Slack's rate limit.
    const injected = failureOf(fault);
    const limited = !injected && webApi ? this.opts.limiter()?.take(method, args) : undefined;
    const failure = injected ?? (limited ? failureOf({ retryAfter: limited.retryAfter }) : undefined);
    let reply: Reply;
    if (failure) {
      call.fault = failure.applied;
      reply = failure.reply;
    } else {
      if (fault?.delayMs !== undefined) call.delayedMs = fault.delayMs;
      try {
        reply = handler(args, call);
      } catch (e) {
        reply = { status: 500, body: { ok: false, error: `fake_slack_bug: ${String(e)}` } };
      }
    }
    if (reply.rule) {
      call.brokeRule = reply.rule;
      call.refusal = typeof reply.body === 'string' ? reply.body : String((reply.body as { error?: unknown }).error ?? '');
      this.opts.onRuleBroken(call);
    }
    log.record(call);
    await faults.delay(fault);
    if (res.destroyed || res.writableEnded) return;
    const isText = typeof reply.body === 'string';
    const payload = isText ? (reply.body as string) : JSON.stringify(reply.body);
    res.writeHead(reply.status, {
      'content-type': isText ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8',
      ...reply.headers,
    });
    res.end(payload);
  }

  /**
   * Who answers a Web API call. Slack answers `{ ok: false, error: 'unknown_method' }` to a method it does not have,
   * `not_authed` without a token and `invalid_auth` with a token it does not know ("Some aspect of authentication
   * cannot be validated", https://api.slack.com/methods/calls.info, its errors table: the common errors of every
   * method); `api.test` needs no token (https://docs.slack.dev/reference/methods/api.test).
   */
  private handlerFor(method: string, token: string | undefined): Handler {
    const { rules } = this.opts.state;
    const known = this.opts.methods[method];
    if (!known && rules.on('unknownMethods')) return () => refuse('unknownMethods', 'unknown_method');
    const handler = known ?? (() => ok());
    if (method === 'api.test') return handler;
    if (!token) return this.opts.requireToken ? () => err('not_authed') : handler;
    if (token !== this.opts.botToken && rules.on('anyToken')) return () => refuse('anyToken', 'invalid_auth');
    return handler;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const { state } = this.opts;
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const contentType = String(req.headers['content-type'] ?? '').toLowerCase();

    const fileRoute = /^\/files\/([^/]+)(?:\/[^/]*)?$/.exec(path);
    if ((req.method === 'GET' || req.method === 'HEAD') && fileRoute?.[1]) {
      serveFile(state, res, decodeURIComponent(fileRoute[1]), new URL(req.url ?? '/', 'http://localhost').searchParams.has('view'));
      return;
    }

    if (req.method !== 'POST') {
      res.writeHead(405, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ ok: false, error: 'method_not_allowed' }));
      return;
    }

    if (path.startsWith('/api/')) {
      const method = decodeURIComponent(path.slice('/api/'.length));
      const args = parseBody(body, contentType);
      const auth = /^Bearer\s+(.+)$/i.exec(String(req.headers.authorization ?? ''))?.[1];
      const token = auth ?? str(args.token);
      await this.dispatch(res, method, args, token, this.handlerFor(method, token), true);
      return;
    }

    const upload = /^\/upload\/([^/]+)$/.exec(path);
    if (upload?.[1]) {
      const fileId = decodeURIComponent(upload[1]);
      let bytes: Buffer = body;
      let filename: string | undefined;
      let partType: string | undefined;
      if (contentType.startsWith('multipart/form-data')) {
        const parts = parseMultipart(body, String(req.headers['content-type']));
        const part =
          parts.find((p) => p.filename !== undefined) ??
          parts.find((p) => p.name === 'file' || p.name === 'body') ??
          parts[0];
        if (part) {
          bytes = part.data;
          filename = part.filename;
          partType = part.contentType;
        }
      }
      const args: Record<string, unknown> = { file_id: fileId, bytes: bytes.length, content_type: partType ?? contentType };
      if (filename !== undefined) args.filename = filename;
      const storedType = partType ?? (contentType || 'application/octet-stream');
      await this.dispatch(res, 'upload', args, undefined, () => receiveUpload(state, fileId, bytes, storedType));
      return;
    }

    const respond = /^\/respond\/([^/]+)$/.exec(path);
    if (respond?.[1]) {
      const id = decodeURIComponent(respond[1]);
      const parsed = parseBody(body, contentType);
      const args: Record<string, unknown> = { ...parsed, _id: id };
      await this.dispatch(res, 'response_url', args, undefined, () => receiveResponse(state, id, parsed, this.opts.respondLikeSlack));
      return;
    }

    res.writeHead(404, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ ok: false, error: 'unknown_route', path }));
  }
}
