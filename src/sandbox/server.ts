import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import type { Logger } from '../logger';
import { LOOPBACK, Sandbox, SandboxError, type ActionRequest } from './sandbox';

/**
 * The sandbox page's server, on 127.0.0.1 only: the page itself (sandbox-page/ at the package root, for both src/
 * and dist/, like migrations/) and a small JSON API the page calls. Each API call is something a person does in
 * Slack; the Sandbox turns it into the signed request Slack would send to the app.
 */

/** Where the page's static files live: `sandbox-page/` at the package root. */
export const PAGE_DIR = join(__dirname, '..', '..', 'sandbox-page');

const PAGE_FILES: Record<string, { file: string; type: string }> = {
  '/': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/index.html': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/sandbox.css': { file: 'sandbox.css', type: 'text/css; charset=utf-8' },
  '/sandbox.js': { file: 'sandbox.js', type: 'text/javascript; charset=utf-8' },
  '/mrkdwn.js': { file: 'mrkdwn.js', type: 'text/javascript; charset=utf-8' },
  '/favicon.svg': { file: 'favicon.svg', type: 'image/svg+xml' },
};

/**
 * The page's typeface, served from the npm package on this machine (never a font CDN). When the package is not
 * installed the page falls back to the system's fonts.
 */
const FONT_WEIGHTS: Record<string, string> = { '400': '400Regular/Inter_400Regular.ttf', '600': '600SemiBold/Inter_600SemiBold.ttf', '700': '700Bold/Inter_700Bold.ttf' };

function fontFile(weight: string): string | undefined {
  const file = FONT_WEIGHTS[weight];
  if (!file) return undefined;
  try {
    return join(dirname(require.resolve('@expo-google-fonts/inter/package.json')), file);
  } catch {
    return undefined;
  }
}

const BODY_LIMIT = 256 * 1024;

const userId = z.string().regex(/^[UW][A-Z0-9]{2,}$/);
const rawValue = z.union([z.string().max(10_000), z.array(z.string().max(10_000)).max(100), z.null()]).optional();
const rawForm = z.record(z.string().max(255), z.record(z.string().max(255), rawValue));

const schemas = {
  command: z.object({ user: userId, text: z.string().min(1).max(4000), channel: z.string().max(40).optional() }),
  action: z.object({
    user: userId,
    source: z.discriminatedUnion('type', [
      z.object({ type: z.literal('message'), channel: z.string().max(40), ts: z.string().max(40) }),
      z.object({ type: z.literal('ephemeral'), id: z.string().max(40) }),
      z.object({ type: z.literal('home') }),
      z.object({ type: z.literal('modal'), viewId: z.string().max(40) }),
    ]),
    actionId: z.string().min(1).max(255),
    blockId: z.string().max(255).optional(),
    value: rawValue,
    form: rawForm.optional(),
  }),
  submit: z.object({ user: userId, viewId: z.string().max(40), values: rawForm }),
  close: z.object({ user: userId, viewId: z.string().max(40) }),
  home: z.object({ user: userId }),
  clock: z.union([
    z.object({ nextPrompt: z.literal(true) }),
    z.object({ days: z.number().min(0).max(400) }),
    z.object({ hours: z.number().min(0).max(24 * 400) }),
  ]),
};

export interface SandboxServer {
  readonly server: Server;
  readonly port: number;
  readonly host: string;
  /** `http://localhost:PORT/` */
  readonly url: string;
  close(): Promise<void>;
}

export interface SandboxServerOptions {
  /** 0 picks a free port. */
  port: number;
  logger: Logger;
  pageDir?: string;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(text);
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  // A JSON content type cannot be sent across origins without a preflight this server never answers.
  if (!/^application\/json\b/i.test(String(req.headers['content-type'] ?? ''))) throw new HttpError(415, 'send application/json');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > BODY_LIMIT) throw new HttpError(413, 'request too large');
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
  } catch {
    throw new HttpError(400, 'not JSON');
  }
}

function parse<T>(schema: z.ZodType<T>, body: unknown): T {
  const result = schema.safeParse(body);
  if (!result.success) throw new HttpError(400, result.error.issues.map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`).join('; '));
  return result.data;
}

/** Only requests addressed to this machine by a loopback name: a page elsewhere cannot rebind a name to us. */
function loopbackHost(req: IncomingMessage, port: number): boolean {
  const host = String(req.headers.host ?? '').toLowerCase();
  return [`localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`].includes(host);
}

export async function startSandboxServer(sandbox: Sandbox, options: SandboxServerOptions): Promise<SandboxServer> {
  const pageDir = options.pageDir ?? PAGE_DIR;
  const streams = new Set<ServerResponse>();
  let port = options.port;

  const contentSecurityPolicy = () =>
    [
      "default-src 'none'",
      "script-src 'self'",
      "style-src 'self'",
      // Uploaded files (the summary chart) are served by the Slack stand-in, also on loopback.
      `img-src 'self' data: ${sandbox.standIn.baseUrl}`,
      "connect-src 'self'",
      "font-src 'self'",
      "base-uri 'none'",
      "form-action 'none'",
      "frame-ancestors 'none'",
    ].join('; ');

  let pending: NodeJS.Timeout | undefined;
  const unsubscribe = sandbox.subscribe(() => {
    if (pending) return;
    pending = setTimeout(() => {
      pending = undefined;
      for (const stream of streams) stream.write(`data: ${JSON.stringify({ version: sandbox.version })}\n\n`);
    }, 40);
  });
  const keepAlive = setInterval(() => {
    for (const stream of streams) stream.write(': keep-alive\n\n');
  }, 15_000);
  keepAlive.unref();

  async function api(req: IncomingMessage, res: ServerResponse, path: string, query: URLSearchParams): Promise<void> {
    if (req.method === 'GET' && path === '/api/state') {
      send(res, 200, sandbox.stateFor(parse(userId, query.get('user') ?? '')));
      return;
    }
    if (req.method === 'GET' && path === '/api/events') {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
      res.write(`data: ${JSON.stringify({ version: sandbox.version })}\n\n`);
      streams.add(res);
      req.on('close', () => streams.delete(res));
      return;
    }
    if (req.method !== 'POST') throw new HttpError(405, 'method not allowed');
    const body = await readJson(req);
    switch (path) {
      case '/api/command': {
        const { user, text, channel } = parse(schemas.command, body);
        send(res, 200, await sandbox.command(user, text, channel));
        return;
      }
      case '/api/action': {
        const request = parse(schemas.action, body);
        const action: ActionRequest = { userId: request.user, source: request.source, actionId: request.actionId };
        if (request.blockId !== undefined) action.blockId = request.blockId;
        if (request.value !== undefined) action.value = request.value;
        if (request.form !== undefined) action.form = request.form;
        send(res, 200, await sandbox.action(action));
        return;
      }
      case '/api/submit': {
        const { user, viewId, values } = parse(schemas.submit, body);
        send(res, 200, await sandbox.submit(user, viewId, values));
        return;
      }
      case '/api/close': {
        const { user, viewId } = parse(schemas.close, body);
        send(res, 200, await sandbox.closeModal(user, viewId));
        return;
      }
      case '/api/home': {
        send(res, 200, await sandbox.openHome(parse(schemas.home, body).user));
        return;
      }
      case '/api/clock': {
        send(res, 200, await sandbox.advance(parse(schemas.clock, body)));
        return;
      }
      case '/api/join-everyone': {
        send(res, 200, await sandbox.joinEveryone());
        return;
      }
      case '/api/reset': {
        await sandbox.reset();
        send(res, 200, { ok: true, now: sandbox.now().toISOString() });
        return;
      }
      default:
        throw new HttpError(404, 'not found');
    }
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const handle = async () => {
      if (!loopbackHost(req, port)) throw new HttpError(403, 'use http://localhost');
      if (url.pathname.startsWith('/api/')) {
        await api(req, res, url.pathname, url.searchParams);
        return;
      }
      const font = /^\/fonts\/inter-(\d{3})\.ttf$/.exec(url.pathname);
      if (font?.[1] && (req.method === 'GET' || req.method === 'HEAD')) {
        const file = fontFile(font[1]);
        if (!file || !existsSync(file)) throw new HttpError(404, 'font not installed');
        res.writeHead(200, { 'content-type': 'font/ttf', 'cache-control': 'max-age=86400', 'x-content-type-options': 'nosniff' });
        res.end(req.method === 'HEAD' ? undefined : readFileSync(file));
        return;
      }
      const page = PAGE_FILES[url.pathname];
      if (!page || (req.method !== 'GET' && req.method !== 'HEAD')) throw new HttpError(404, 'not found');
      const bytes = readFileSync(join(pageDir, page.file));
      res.writeHead(200, {
        'content-type': page.type,
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer',
        'content-security-policy': contentSecurityPolicy(),
      });
      res.end(req.method === 'HEAD' ? undefined : bytes);
    };
    handle().catch((error: unknown) => {
      if (res.headersSent) {
        res.end();
        return;
      }
      if (error instanceof HttpError) send(res, error.status, { error: error.message });
      else if (error instanceof SandboxError) send(res, error.code === 'bad_request' ? 400 : error.code === 'refused' ? 403 : 404, { error: error.message });
      else {
        options.logger.error({ message: (error as Error).message }, 'sandbox request failed');
        send(res, 500, { error: (error as Error).message });
      }
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, LOOPBACK, () => resolve());
  });
  port = (server.address() as AddressInfo).port;

  return {
    server,
    port,
    host: LOOPBACK,
    url: `http://localhost:${port}/`,
    async close() {
      unsubscribe();
      clearInterval(keepAlive);
      clearTimeout(pending);
      for (const stream of streams) stream.end();
      streams.clear();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
