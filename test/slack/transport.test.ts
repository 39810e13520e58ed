/**
 * The Web API client's HTTP transport (src/slack/transport.ts), driven through the real WebClient as the app
 * builds it: answers, errors and timeouts must reach the app exactly as they did over the global fetch, and
 * connections are reused but never past the server's keep-alive hint.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { WebClient } from '@slack/web-api';
import { classifySlackError } from '../../src/slack/errors';
import { LEDGER_RETRY, webClientOptions } from '../../src/slack/gateway';
import { createHttpTransport, idleTimeoutFor, type HttpTransportOptions } from '../../src/slack/transport';
import { startFakeSlack, type FakeSlack } from '../support/fake-slack';
import { createLogger } from '../../src/logger';

function client(apiUrl: string, timeoutMs = 2_000, transport: HttpTransportOptions = {}): WebClient {
  return new WebClient('xoxb-transport', {
    ...webClientOptions({ apiUrl, logger: createLogger({ level: 'silent' }), retry: LEDGER_RETRY, rejectRateLimitedCalls: true, timeoutMs }),
    fetch: createHttpTransport(transport),
  });
}

async function failure(call: () => Promise<unknown>): Promise<unknown> {
  try {
    await call();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail');
}

describe('through the fake Slack', () => {
  let fake: FakeSlack;
  beforeEach(async () => {
    fake = await startFakeSlack({ botToken: 'xoxb-transport' });
  });
  afterEach(() => fake.close());

  it('posts a message with blocks, metadata and non-ASCII text, and reads the answer', async () => {
    const text = 'Vecka 3 av 12 – åäö 👩🏽‍💻 & <b>';
    const result = await client(fake.apiUrl).chat.postMessage({
      channel: 'C0GENERAL1',
      text,
      blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }],
      metadata: { event_type: 'rm_nudge', event_payload: { prompt_id: 7 } },
    });
    expect(result.ok).toBe(true);
    expect(result.ts).toMatch(/^\d+\.\d+$/);
    const [call] = fake.callsTo('chat.postMessage');
    expect(call?.token).toBe('xoxb-transport');
    expect(call?.args.text).toBe(text);
    expect(call?.args.metadata).toEqual({ event_type: 'rm_nudge', event_payload: { prompt_id: 7 } });
  });

  it('reports Slack errors, 429 with Retry-After and 5xx as the app classifies them', async () => {
    const web = client(fake.apiUrl);
    fake.failNext('chat.postMessage', { error: 'channel_not_found' });
    expect(classifySlackError(await failure(() => web.chat.postMessage({ channel: 'C0GENERAL1', text: 'x' })))).toEqual({
      kind: 'permanent',
      code: 'channel_not_found',
    });
    fake.failNext('chat.postMessage', { retryAfter: 7 });
    expect(classifySlackError(await failure(() => web.chat.postMessage({ channel: 'C0GENERAL1', text: 'x' })))).toEqual({
      kind: 'rate_limited',
      code: 'ratelimited',
      retryAfterSeconds: 7,
    });
    fake.failNext('chat.postMessage', { status: 503 });
    expect(classifySlackError(await failure(() => web.chat.postMessage({ channel: 'C0GENERAL1', text: 'x' })))).toEqual({
      kind: 'transient',
      code: 'http_503',
    });
  });

  it('uploads files (multipart bodies) as before', async () => {
    const web = client(fake.apiUrl);
    const result = (await web.files.uploadV2({ channel_id: 'C0GENERAL1', file: Buffer.from('a,b\n1,2\n'), filename: 'x.csv', title: 'X' })) as unknown as {
      files: Array<{ files: Array<{ id: string }> }>;
    };
    const fileId = result.files[0]!.files[0]!.id;
    expect(fake.uploadedFile(fileId)?.toString()).toBe('a,b\n1,2\n');
    expect(fake.fileInfo(fileId)).toMatchObject({ completed: true, channelId: 'C0GENERAL1' });
  });
});

describe('against a bare server', () => {
  let server: Server;
  let url: string;
  let handle: (req: IncomingMessage, res: ServerResponse) => void;
  const sockets: Socket[] = [];
  beforeEach(async () => {
    sockets.length = 0;
    server = createServer((req, res) => handle(req, res));
    server.on('connection', (socket) => sockets.push(socket));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/`;
  });
  afterEach(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
  const ok = (_req: IncomingMessage, res: ServerResponse) => {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ ok: true }));
  };

  it('reuses one connection for calls one after another', async () => {
    handle = ok;
    const web = client(url);
    for (let i = 0; i < 5; i += 1) await web.auth.test();
    expect(sockets).toHaveLength(1);
  });

  it('closes an idle connection before the server would, as its Keep-Alive hint asks', async () => {
    // The server says `Keep-Alive: timeout=1` but would in fact wait a minute, and the client's own idle limit is a
    // minute too: only the hint can make the client hang up within the test. Which side hung up is read from the
    // socket (the client's FIN arrives as 'end'), not from a stopwatch; the hint's arithmetic is tested below.
    handle = (req, res) => {
      res.setHeader('Keep-Alive', 'timeout=1');
      ok(req, res);
    };
    server.keepAliveTimeout = 60_000;
    await client(url, 2_000, { idleTimeoutMs: 60_000 }).auth.test();
    expect(sockets).toHaveLength(1);
    const hungUpBy = await new Promise<'client' | 'server'>((resolve) => {
      sockets[0]!.once('end', () => resolve('client'));
      sockets[0]!.once('close', () => resolve('server'));
    });
    expect(hungUpBy).toBe('client');
  });

  it('gives up after the client timeout with a timeout error, leaving no request behind', async () => {
    handle = () => undefined; // never answers
    // A client that ignored its timeout would wait for ever (the test's own timeout would fail it).
    const error = await failure(() => client(url, 300).chat.postMessage({ channel: 'C1', text: 'x' }));
    expect(classifySlackError(error)).toEqual({ kind: 'transient', code: 'timeout' });
    const socket = sockets[0]!;
    if (!socket.destroyed) await new Promise((resolve) => socket.once('close', resolve));
    expect(socket.destroyed).toBe(true);
  });

  it('reports a connection reset as a network error', async () => {
    handle = (req) => req.socket.destroy();
    expect(classifySlackError(await failure(() => client(url).chat.postMessage({ channel: 'C1', text: 'x' })))).toEqual({
      kind: 'transient',
      code: 'network',
    });
  });
});

describe('idleTimeoutFor', () => {
  it('stays under the server hint and never above our own limit', () => {
    expect(idleTimeoutFor(undefined, 4_000)).toBe(4_000);
    expect(idleTimeoutFor(5_000, 4_000)).toBe(4_000);
    expect(idleTimeoutFor(3_000, 4_000)).toBe(2_000);
    expect(idleTimeoutFor(1_000, 4_000)).toBe(500);
  });
});
