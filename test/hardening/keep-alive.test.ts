import { Agent, request, type ClientRequest } from 'node:http';
import { DRAIN_LIMIT } from '../../src/receiver';
import { signSlackRequest } from '../support/slack-requests';
import { SIGNING_SECRET, startRig, waitUntil, type Rig } from './rig';

/**
 * A refused body and the connection it came on. A proxy in front of the app keeps its connections to the app
 * open and sends the next person's request down the same one: a refusal that leaves part of a body unread must
 * not let that rest be taken for the next request (it reset it: the person saw a 502 from the proxy).
 */

const ADA = 'U0ADA00001';
const GRACE = 'U0GRA00001';

interface Answer {
  status?: number;
  connection?: string;
  /** The socket's error code when there was no answer (ECONNRESET …). */
  error?: string;
}

type Send = (outgoing: ClientRequest) => void;

function post(rig: Rig, agent: Agent, headers: Record<string, string>, send: Send): Promise<Answer> {
  return new Promise((resolve) => {
    const outgoing = request(
      { host: '127.0.0.1', port: rig.app.port, path: '/slack/events', method: 'POST', agent, headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers } },
      (response) => {
        response.resume();
        response.on('end', () => resolve({ status: response.statusCode, ...(response.headers.connection ? { connection: response.headers.connection } : {}) }));
      },
    );
    outgoing.on('error', (error: NodeJS.ErrnoException) => resolve({ error: error.code ?? error.message }));
    send(outgoing);
  });
}

function signed(body: string): Record<string, string> {
  const timestamp = Math.floor(Date.now() / 1000);
  return { 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': signSlackRequest(SIGNING_SECRET, timestamp, body) };
}

/** The whole body at once, with its length announced. */
const whole = (rig: Rig, agent: Agent, body: string) =>
  post(rig, agent, { ...signed(body), 'content-length': String(Buffer.byteLength(body)) }, (outgoing) => outgoing.end(body));

/** The body in 64 KiB chunks, its length not announced (chunked transfer encoding): read until the limit. */
const chunked = (rig: Rig, agent: Agent, body: string) =>
  post(rig, agent, signed(body), (outgoing) => {
    for (let at = 0; at < body.length; at += 65_536) outgoing.write(body.slice(at, at + 65_536));
    outgoing.end();
  });

/** A signed `/reverse-mentor help` from this person, with the fake Slack's response_url. */
function helpCommand(rig: Rig, userId: string): string {
  return new URLSearchParams({
    command: '/reverse-mentor',
    text: 'help',
    user_id: userId,
    user_name: userId.toLowerCase(),
    team_id: 'T0TEST0001',
    channel_id: 'C0GENERAL',
    trigger_id: `1.${Date.now()}.${userId}`,
    response_url: rig.fake.responseUrl(`help-${userId}`),
  }).toString();
}

const bigBody = (megabytes: number) => `payload=${'a'.repeat(megabytes * 1024 * 1024)}`;

describe('a refused body on a kept-alive connection', () => {
  let rig: Rig;
  let agent: Agent;

  beforeEach(async () => {
    rig = await startRig();
    for (const id of [ADA, GRACE]) rig.fake.addUser({ id, name: id.toLowerCase() });
    // One connection, kept alive: every request below goes down the same one unless the app closes it.
    agent = new Agent({ keepAlive: true, maxSockets: 1 });
  });
  afterEach(async () => {
    agent.destroy();
    await rig.close();
  });

  /** Two ordinary requests after the refusal, on the same agent: both answered, both carried out. */
  async function nextTwoAnswered(): Promise<void> {
    expect(await whole(rig, agent, helpCommand(rig, ADA))).toMatchObject({ status: 200 });
    expect(await whole(rig, agent, helpCommand(rig, GRACE))).toMatchObject({ status: 200 });
    await rig.settled();
    expect(rig.fake.responsesAt(`help-${ADA}`)).toHaveLength(1);
    expect(rig.fake.responsesAt(`help-${GRACE}`)).toHaveLength(1);
  }

  it('3 MB with its length announced: 413 with Connection: close, and the next two requests are answered', async () => {
    expect(await whole(rig, agent, bigBody(3))).toMatchObject({ status: 413 });
    await nextTwoAnswered();
  });

  it('3 MB in chunks, its length not announced: 413 with Connection: close, and the next two requests are answered', async () => {
    expect(await chunked(rig, agent, bigBody(3))).toMatchObject({ status: 413 });
    await nextTwoAnswered();
  });

  it('a body larger than the app throws away: refused (or cut off) at once, and the next two requests are answered', async () => {
    const megabytes = Math.ceil(DRAIN_LIMIT.bytes / 1024 / 1024) + 4;
    const answer = await whole(rig, agent, bigBody(megabytes));
    // Past the bound the app stops reading: the client may see the 413 or, while still sending, a reset.
    expect(answer.status === 413 || answer.error === 'ECONNRESET' || answer.error === 'EPIPE').toBe(true);
    await nextTwoAnswered();
  });

  it('a client that stops sending a large body past the limit gets its 413 when the drain bound runs out, not never', async () => {
    // The drain timer in the test's hand: what is checked is that the app arms it with its bound and answers when it
    // fires, not how long a busy machine took.
    const timers: Array<{ ms: number; fire: () => void }> = [];
    await rig.close();
    rig = await startRig({
      drain: {
        ...DRAIN_LIMIT,
        setTimer: (fire, ms) => {
          timers.push({ ms, fire });
          return () => undefined;
        },
      },
    });
    const body = bigBody(3);
    let outgoing: ClientRequest | undefined;
    let answered = false;
    const answer = post(rig, agent, { ...signed(body), 'content-length': String(body.length) }, (sending) => {
      outgoing = sending;
      // Past the 1 MiB limit (so the app has refused it), then nothing more.
      sending.write(body.slice(0, 1_500_000));
    }).then((received) => {
      answered = true;
      return received;
    });
    await waitUntil(() => timers.length === 1, 10_000, 'the drain timer to be armed');
    expect(timers[0]?.ms).toBe(DRAIN_LIMIT.ms);
    // The rest of the body never comes: the refusal waits for the bound ...
    expect(answered).toBe(false);
    // ... and goes out when it runs out.
    timers[0]?.fire();
    expect(await answer).toMatchObject({ status: 413, connection: 'close' });
    outgoing?.destroy();
    await nextTwoAnswered();
  });
});
