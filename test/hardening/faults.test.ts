import { listDeliveries } from '../../src/db/repositories/deliveries';
import { findParticipant } from '../../src/db/repositories/participants';
import { listPromptResponses, listPromptsOfPair } from '../../src/db/repositories/prompts';
import { en } from '../../src/i18n/en';
import { runTick } from '../../src/scheduler/tick';
import { computeMatchRun, confirmMatch } from '../../src/services/match-runs';
import { ACTION, CALLBACK, JOIN } from '../../src/views/ids';
import { seedCohort, seedPeople } from '../helpers/programme';
import { addCohort, addPair } from '../helpers/prompts';
import type { Fault } from '../support/fake-slack';
import { input, type StateValues } from '../support/slack-requests';
import { count, loggedWithCode, repliesAt, snapshot, startRig, type Reply, type Rig } from './rig';

/**
 * Slack failing every call the app makes, through the real HTTP receiver and the fake Slack (PRODUCT.md §10:
 * "When Slack fails, the user gets a short 'try again' and the log gets the error code. Nothing half-written
 * stays in the database."). Each call is failed four ways: `ok:false`, HTTP 500 on every attempt, 429 with
 * Retry-After, and no answer within the Web API client's timeout (300 ms here, per attempt).
 *
 * chat.postEphemeral is not in the list: the app never calls it (replies to a person go through response_url).
 */

const ADA = 'U0ADA00001';
const T1 = '2026-03-16T08:00:00.000Z';
const MENTOR = 'U0MEN00001';
const MENTEE = 'U0MEE00001';
const ORG = 'U0ORG00001';

interface FaultCase {
  name: string;
  /** What the fake answers; `times` covers the client's own retries. */
  fault: (okFalseCode: string) => Fault & { times?: number };
  /** The code the log must carry. */
  code: (okFalseCode: string) => string;
  /** What a person is told when the failed call was theirs. */
  told: string;
  /**
   * What the delivery ledger makes of it: give up, try again later, wait as Slack asks, or (no answer: it may have
   * been posted) mark it unknown and never post it again.
   */
  ledger: 'failed' | 'retry' | 'waited' | 'unknown';
  /** Slack did the work, only too late for the client to hear: the call must not be made again. */
  late?: boolean;
}

const FAULTS: FaultCase[] = [
  { name: 'ok:false', fault: (error) => ({ error }), code: (error) => error, told: en.tryAgain, ledger: 'failed' },
  {
    name: 'HTTP 500 on every attempt',
    fault: () => ({ status: 500, error: 'internal_error', times: 3 }),
    code: () => 'http_500',
    told: en.tryAgain,
    ledger: 'retry',
  },
  { name: '429 with Retry-After', fault: () => ({ status: 429, retryAfter: 1 }), code: () => 'ratelimited', told: en.slackBusy, ledger: 'waited' },
  { name: 'no answer within the timeout', fault: () => ({ delayMs: 1500, times: 3 }), code: () => 'timeout', told: en.tryAgain, ledger: 'unknown', late: true },
];

function joinValues(): StateValues {
  const values: Record<string, unknown> = {
    [JOIN.role]: input.radio('mentor'),
    [JOIN.department]: input.plain('Marketing'),
    [JOIN.seniority]: input.staticSelect('0-2'),
    [JOIN.topics]: input.multiStaticSelect(['digital-tools', 'ai-at-work']),
    [JOIN.confidentiality]: input.checkboxes(['agree']),
  };
  return Object.fromEntries(Object.entries(values).map(([block, value]) => [block, { [block]: value }])) as StateValues;
}

async function command(rig: Rig, userId: string, text: string): Promise<Reply[]> {
  const sent = await rig.slack.command(userId, text);
  expect(sent.status).toBe(200);
  await rig.settled();
  return repliesAt(rig, sent.responseUrl);
}

describe.each(FAULTS)('Slack fails with $name', ({ fault, code, told, ledger, late }) => {
  let rig: Rig;
  /** What the app waited while a person waited: on its own clock, moved here at once, not in real time. */
  let waits: number[];
  beforeEach(async () => {
    waits = [];
    let clock = Date.parse(T1);
    rig = await startRig({
      now: T1,
      organizers: [ORG],
      sleep: async (ms) => {
        waits.push(ms);
        clock += ms;
        rig.setNow(new Date(clock).toISOString());
      },
    });
    rig.fake.addUser({ id: ADA, name: 'ada', locale: 'en-GB' });
    rig.fake.addUser({ id: ORG, name: 'org', locale: 'en-GB' });
  });
  afterEach(() => rig.close());

  it('views.open (join): the person is told to try again, the log has the code, nothing is stored', async () => {
    const before = snapshot(rig.db);
    // A 429 is waited out while the trigger's life allows (Retry-After 1: calls at 0, 1 and 2 s, the next would be
    // past it), then the person is told Slack is busy (the waits are in test/e2e/join-rate-limits.test.ts).
    const rateLimited = ledger === 'waited';
    rig.fake.failNext('views.open', { ...fault('expired_trigger_id'), ...(rateLimited ? { times: 3 } : {}) });
    const replies = await command(rig, ADA, 'join');
    if (rateLimited) expect(rig.fake.callsTo('views.open')).toHaveLength(3);
    // Each Retry-After (1 s) waited out on the app's clock before the next try; nothing waited otherwise.
    expect(waits).toEqual(rateLimited ? [1000, 1000] : []);
    expect(replies.map((reply) => reply.text)).toEqual([told]);
    expect(replies[0]?.response_type).toBe('ephemeral');
    expect(loggedWithCode(rig, code('expired_trigger_id')).length).toBeGreaterThan(0);
    expect(snapshot(rig.db)).toEqual(before);
  });

  it('users.info (help from someone new): the answer still comes, in the default language, and the log has the code', async () => {
    const before = snapshot(rig.db);
    rig.fake.failNext('users.info', fault('user_not_found'));
    const replies = await command(rig, ADA, 'help');
    expect(replies).toHaveLength(1);
    expect(JSON.stringify(replies[0])).toContain('/reverse-mentor join');
    expect(loggedWithCode(rig, code('user_not_found')).length).toBeGreaterThan(0);
    expect(snapshot(rig.db)).toEqual(before);
  });

  it('views.publish (App Home opened): logged with the code, nothing stored, nothing else sent', async () => {
    const before = snapshot(rig.db);
    rig.fake.failNext('views.publish', fault('invalid_arguments'));
    const sent = await rig.slack.appHomeOpened(ADA);
    expect(sent.status).toBe(200);
    await rig.settled();
    expect(loggedWithCode(rig, code('invalid_arguments')).length).toBeGreaterThan(0);
    // Published once at most: a late answer is not followed by a second publish.
    if (!late) expect(rig.fake.homeOf(ADA)).toBeUndefined();
    expect(rig.fake.callsTo('views.publish')).toHaveLength(late ? 1 : rig.fake.callsTo('views.publish').length);
    expect(rig.fake.calls.map((call) => call.method).filter((method) => !['auth.test', 'users.info', 'views.publish'].includes(method))).toEqual([]);
    expect(snapshot(rig.db)).toEqual(before);
  });

  it('chat.postMessage (join confirmation): the profile is stored whole, the log has the code', async () => {
    rig.fake.failNext('chat.postMessage', fault('channel_not_found'));
    const sent = await rig.slack.viewSubmission(ADA, { callbackId: CALLBACK.join, values: joinValues(), allowMissing: true });
    expect(sent.status).toBe(200);
    expect(sent.body).toBe('');
    await rig.settled();
    // Stored completely: the profile with its topics (a profile without topics would be half-written).
    expect(findParticipant(rig.db, ADA)).toMatchObject({ role: 'mentor', department: 'Marketing', topics: ['digital-tools', 'ai-at-work'] });
    expect(loggedWithCode(rig, code('channel_not_found')).length).toBeGreaterThan(0);
    // Never twice: a post that timed out may have arrived, so it is not sent again.
    expect(rig.fake.messagesIn(ADA)).toHaveLength(late ? 1 : 0);
    expect(rig.fake.callsTo('chat.postMessage')).toHaveLength(late ? 1 : rig.fake.callsTo('chat.postMessage').length);
    // App Home still shows the new profile.
    expect(JSON.stringify(rig.fake.homeOf(ADA)?.blocks)).toContain('Mentor');
  });

  it('response_url (status): logged with the code, nothing stored, and the app keeps answering', async () => {
    const before = snapshot(rig.db);
    rig.fake.failNext('response_url', fault('expired_url'));
    const sent = await rig.slack.command(ADA, 'status');
    expect(sent.status).toBe(200);
    await rig.settled();
    expect(loggedWithCode(rig, code('expired_url')).length).toBeGreaterThan(0);
    expect(snapshot(rig.db)).toEqual(before);
    rig.fake.clearFaults();
    const again = await command(rig, ADA, 'status');
    expect(again).toHaveLength(1);
  });

  it('response_url (a topics page button, which has no error handling of its own): logged, and the process lives on', async () => {
    rig.fake.failNext('response_url', fault('expired_url'));
    const sent = await rig.slack.blockAction(ADA, { actionId: ACTION.topicPage, value: '2', isEphemeral: true });
    expect(sent.status).toBe(200);
    await rig.settled();
    expect(loggedWithCode(rig, code('expired_url')).length).toBeGreaterThan(0);
    const health = await fetch(`http://127.0.0.1:${rig.app.port}/healthz`);
    expect(health.status).toBe(200);
  });

  describe('on a posted weekly prompt', () => {
    beforeEach(async () => {
      const cohort = addCohort(rig.db);
      addPair(rig.db, {
        cohort,
        mentor: { userId: MENTOR, role: 'mentor', topics: ['ai-at-work', 'hybrid-work'] },
        mentee: { userId: MENTEE, role: 'mentee', topics: ['ai-at-work'] },
      });
      for (const id of [MENTOR, MENTEE]) rig.fake.addUser({ id, name: id.toLowerCase() });
    });

    it('chat.update (We met): the clicker is told to try again, the meeting is recorded once, a second click redraws', async () => {
      await runTick({ ...rig.app.ctx.deliveryDeps, dispatch: { waitHorizonMs: 0 } }, new Date(T1));
      const [prompt] = listPromptsOfPair(rig.db, 1);
      const message = rig.fake.messagesIn(prompt!.channelId!)[0]!;
      rig.fake.failNext('chat.update', fault('message_not_found'));
      const sent = await rig.slack.blockAction(MENTOR, { actionId: ACTION.nudgeMet, channelId: prompt!.channelId!, messageTs: message.ts });
      await rig.settled();
      expect(repliesAt(rig, sent.payload.response_url as string).map((reply) => reply.text)).toEqual([told]);
      expect(loggedWithCode(rig, code('message_not_found')).length).toBeGreaterThan(0);
      expect(listPromptResponses(rig.db, prompt!.id).map((response) => [response.userId, response.kind])).toEqual([[MENTOR, 'met']]);

      rig.fake.clearFaults();
      await rig.slack.blockAction(MENTOR, { actionId: ACTION.nudgeMet, channelId: prompt!.channelId!, messageTs: message.ts });
      await rig.settled();
      expect(listPromptResponses(rig.db, prompt!.id)).toHaveLength(1);
      expect(JSON.stringify(rig.fake.message(prompt!.channelId!, message.ts)?.blocks)).toContain(`<@${MENTOR}> marked that you met`);
    });

    // files.uploadV2 is three calls; for the upload itself an `ok:false` body is not a failure to the client,
    // so what fails is the completion: Slack never got the bytes (file_not_found).
    it.each([
      ['files.getUploadURLExternal', 'invalid_arguments'],
      ['upload', 'file_not_found'],
      ['files.completeUploadExternal', 'invalid_channel'],
    ])('%s (the CSV export): the organizer is told to try again, the log has the code, no file is shared', async (method, okFalseCode) => {
      await runTick({ ...rig.app.ctx.deliveryDeps, dispatch: { waitHorizonMs: 0 } }, new Date(T1));
      rig.fake.clear();
      const before = snapshot(rig.db);
      rig.fake.failNext(method, fault(okFalseCode));
      const replies = await command(rig, ORG, 'export');
      expect(replies.map((reply) => reply.text)).toEqual([told]);
      expect(loggedWithCode(rig, code(okFalseCode)).length).toBeGreaterThan(0);
      if (!late) expect(rig.fake.messagesIn(ORG).filter((message) => message.files)).toEqual([]);
      expect(snapshot(rig.db)).toEqual(before);
      // A second try, with Slack well again, shares the file once.
      rig.fake.clearFaults();
      const again = await command(rig, ORG, 'export');
      expect(again.map((reply) => reply.text)).toEqual([en.exportSent({ cohort: 'Spring 2026' })]);
      expect(rig.fake.messagesIn(ORG).filter((message) => message.files).length).toBe(late && method === 'files.completeUploadExternal' ? 2 : 1);
    });

    it('chat.postMessage (the prompt itself, through the ledger): posted at most once, and the row says what happened', async () => {
      rig.fake.failNext('chat.postMessage', fault('channel_not_found'));
      const report = await runTick({ ...rig.app.ctx.deliveryDeps, dispatch: { waitHorizonMs: 0 } }, new Date(T1));
      const [prompt] = listPromptsOfPair(rig.db, 1);
      const [row] = listDeliveries(rig.db, { kind: 'nudge' });
      const posts = rig.fake.callsTo('chat.postMessage');
      if (ledger === 'waited') {
        // 429 on one channel: the row waits as long as Slack asked (not counted as an attempt), the rest go on;
        // the next pass after Retry-After posts it, once.
        expect(posts).toHaveLength(1);
        expect(row).toMatchObject({ status: 'pending', attempts: 0, error: 'ratelimited' });
        expect(Date.parse(row!.nextAttemptAt) - Date.parse(T1)).toBeGreaterThanOrEqual(1000);
        expect(report.deliveries.rateLimited).toBe(1);
        expect(loggedWithCode(rig, 'ratelimited').length).toBeGreaterThan(0);
        await runTick({ ...rig.app.ctx.deliveryDeps, dispatch: { waitHorizonMs: 0 } }, new Date(Date.parse(T1) + 1500));
        const [after] = listDeliveries(rig.db, { kind: 'nudge' });
        const posted = listPromptsOfPair(rig.db, 1)[0]!;
        expect(after).toMatchObject({ status: 'sent', attempts: 1, messageTs: posted.messageTs });
        expect(rig.fake.messagesIn(posted.channelId!)).toHaveLength(1);
        return;
      }
      expect(row?.error).toBe(code('channel_not_found'));
      expect(row?.attempts).toBe(1);
      if (ledger === 'unknown') {
        // Slack posted it, late; the ledger cannot know, so it never posts it again: one message, no duplicate.
        expect(row?.status).toBe('unknown');
        expect(report.deliveries.unknown).toBe(1);
        await runTick({ ...rig.app.ctx.deliveryDeps, dispatch: { waitHorizonMs: 0 } }, new Date(Date.parse(T1) + 60 * 60 * 1000));
        expect(rig.fake.callsTo('chat.postMessage').filter((call) => call.args.channel === 'G00000001')).toHaveLength(1);
        expect(rig.fake.messagesIn('G00000001')).toHaveLength(1);
        return;
      }
      if (ledger === 'failed') {
        expect(row?.status).toBe('failed');
        expect(report.deliveries.failed).toBe(1);
      } else {
        // 5xx and timeouts are tried again later (a back-off), never at once.
        expect(row?.status).toBe('pending');
        expect(Date.parse(row!.nextAttemptAt)).toBeGreaterThan(Date.parse(T1));
      }
      expect(prompt?.messageTs).toBeNull();
      expect(rig.fake.messagesIn('G00000001')).toEqual([]);
    });
  });

  it('conversations.open (introductions, through the ledger): no intro posted, the pairs stay stored, the rows say why', async () => {
    const cohort = seedCohort(rig.db);
    seedPeople(rig.db, cohort.id, 2, 2);
    const outcome = await computeMatchRun(rig.db, cohort, 'U0ORG00001', new Date(T1));
    if (!outcome.ok) throw new Error('no preview');
    expect(confirmMatch(rig.db, outcome.preview.run.id, 'U0ORG00001', new Date(T1))).toMatchObject({ ok: true, pairs: 2 });
    if (ledger === 'waited') rig.fake.failNext('conversations.open', fault('user_disabled'));
    else rig.fake.setFaultPolicy('conversations.open', () => fault('user_disabled'));
    await runTick({ ...rig.app.ctx.deliveryDeps, dispatch: { waitHorizonMs: 0, concurrency: 1 } }, new Date(T1));
    const intros = listDeliveries(rig.db, { kind: 'intro' });
    const introPosts = rig.fake.callsTo('chat.postMessage').filter((call) => (call.args.metadata as { event_type?: string } | undefined)?.event_type === 'rm_intro');
    expect(intros).toHaveLength(2);
    expect(count(rig.db, 'pairs')).toBe(2);
    if (ledger === 'waited') {
      expect(intros.map((row) => row.status)).toEqual(['sent', 'sent']);
      expect(introPosts).toHaveLength(2);
      expect(count(rig.db, 'pairs', 'channel_id IS NOT NULL')).toBe(2);
      return;
    }
    expect(intros.every((row) => row.error === code('user_disabled'))).toBe(true);
    // Opening a conversation is safe to repeat: after no answer it is tried again later, like a 5xx.
    expect(intros.every((row) => row.status === (ledger === 'failed' ? 'failed' : 'pending'))).toBe(true);
    expect(count(rig.db, 'pairs', 'channel_id IS NOT NULL')).toBe(0);
    expect(introPosts).toEqual([]);
  });
});
