import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import type { Socket } from 'node:net';
import type { FetchFunction } from '@slack/web-api';

/** What the client reads of an answer (declared, not exported, by @slack/web-api). */
type FetchResponse = Awaited<ReturnType<FetchFunction>>;
type FetchHeaders = FetchResponse['headers'];

/**
 * The HTTP transport under the Web API client (its `fetch` option): Node's own http/https with a keep-alive
 * agent instead of the global fetch. Slack's Web API is a plain POST with a small JSON answer; undici's fetch
 * wraps each one in WHATWG streams, Headers and Request/Response objects, some 15 KB of short-lived objects per
 * call, and the heap grows with them. Over the 5,000 prompts of a dispatch pass that alone took the tick
 * process ~70 MiB above its idle size, and on the request path it is CPU spent on the thread that acks Slack.
 * The client asks for only what `FetchResponse` declares (status, a header or two, the body as text); that is
 * what this provides. File uploads (multipart FormData bodies) still go through the global fetch.
 */

export interface HttpTransportOptions {
  /** Connections per host (the delivery ledger posts with a handful of workers; requests are short). */
  maxSockets?: number;
  /** Idle connections are closed after this long unless the server asks for sooner (`Keep-Alive: timeout=N`). */
  idleTimeoutMs?: number;
}

/** Where the server's `Keep-Alive: timeout=N` hint is kept on a socket between responses. */
const SERVER_IDLE_MS = Symbol('serverIdleMs');
type HintedSocket = Socket & { [SERVER_IDLE_MS]?: number };

/**
 * How long an idle connection is kept: below the server's own hint, so a request never goes out on a connection
 * the server is closing at that moment (it would fail as a network error, and a post is only retried with care).
 */
export function idleTimeoutFor(serverHintMs: number | undefined, ourMs: number): number {
  if (serverHintMs === undefined) return ourMs;
  return Math.min(ourMs, Math.max(100, serverHintMs - Math.min(1000, serverHintMs / 2)));
}

function serverIdleHint(header: string | string[] | undefined): number | undefined {
  const value = Array.isArray(header) ? header.join(',') : header;
  const seconds = value ? /\btimeout=(\d+)/i.exec(value)?.[1] : undefined;
  return seconds === undefined ? undefined : Number(seconds) * 1000;
}

/** Keeps idle connections below the server's hint (keepSocketAlive is the documented hook, see Node's http.Agent). */
function keepingAlive<A extends HttpAgent>(agent: A, idleTimeoutMs: number): A {
  agent.keepSocketAlive = (socket: HintedSocket) => {
    socket.setKeepAlive(true, 1000);
    socket.unref();
    socket.setTimeout(idleTimeoutFor(socket[SERVER_IDLE_MS], idleTimeoutMs));
    return true;
  };
  return agent;
}

class ResponseHeaders implements FetchHeaders {
  constructor(private readonly raw: IncomingMessage['headers']) {}
  get(name: string): string | null {
    const value = this.raw[name.toLowerCase()];
    if (value === undefined) return null;
    return Array.isArray(value) ? value.join(', ') : value;
  }
  *entries(): Iterable<[string, string]> {
    for (const name of Object.keys(this.raw)) yield [name, this.get(name) as string];
  }
}

function response(url: string, message: IncomingMessage, body: Buffer): FetchResponse {
  const status = message.statusCode ?? 0;
  return {
    ok: status >= 200 && status < 300,
    status,
    statusText: message.statusMessage ?? '',
    url,
    headers: new ResponseHeaders(message.headers),
    text: async () => body.toString('utf8'),
    json: async () => JSON.parse(body.toString('utf8')) as unknown,
    arrayBuffer: async () => body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength) as ArrayBuffer,
  };
}

export function createHttpTransport(options: HttpTransportOptions = {}): FetchFunction {
  const idleTimeoutMs = options.idleTimeoutMs ?? 4_000;
  const agentOptions = { keepAlive: true, maxSockets: options.maxSockets ?? 16, scheduling: 'lifo' as const };
  const http = keepingAlive(new HttpAgent(agentOptions), idleTimeoutMs);
  const https = keepingAlive(new HttpsAgent(agentOptions), idleTimeoutMs);

  return (input, init = {}) => {
    const url = typeof input === 'string' ? input : input.href;
    if (init.body !== undefined && typeof init.body !== 'string') return globalThis.fetch(url, init as RequestInit) as Promise<FetchResponse>;
    const signal = init.signal;
    if (signal?.aborted) return Promise.reject(signal.reason);
    const secure = url.startsWith('https:');
    const body = init.body === undefined ? undefined : Buffer.from(init.body, 'utf8');

    return new Promise<FetchResponse>((resolve, reject) => {
      const request = (secure ? httpsRequest : httpRequest)(url, {
        method: init.method ?? 'GET',
        headers: { ...init.headers, ...(body ? { 'Content-Length': String(body.length) } : {}) },
        agent: secure ? https : http,
      });
      const onAbort = () => request.destroy(signal?.reason as Error);
      signal?.addEventListener('abort', onAbort, { once: true });
      const done = () => signal?.removeEventListener('abort', onAbort);
      request.once('error', (error) => {
        done();
        reject(error);
      });
      request.once('response', (message) => {
        const hint = serverIdleHint(message.headers['keep-alive']);
        if (message.socket) (message.socket as HintedSocket)[SERVER_IDLE_MS] = hint;
        const chunks: Buffer[] = [];
        message.on('data', (chunk: Buffer) => chunks.push(chunk));
        message.once('error', (error) => {
          done();
          reject(error);
        });
        message.once('end', () => {
          done();
          resolve(response(url, message, chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks)));
        });
      });
      request.end(body);
    });
  };
}
