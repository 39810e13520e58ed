import { enroll } from '../../src/db/repositories/cohorts';
import type { Pair } from '../../src/db/repositories/pairs';
import { listPromptsOfPair } from '../../src/db/repositories/prompts';
import { en } from '../../src/i18n/en';
import { runTick } from '../../src/scheduler/tick';
import { computeMatchRun, rerunMatch } from '../../src/services/match-runs';
import { suggestTopic } from '../../src/services/topics';
import { ACTION, CALLBACK, COHORT_CREATE, JOIN, REFLECTION, REMATCH, TOPIC_FORM } from '../../src/views/ids';
import { seedCohort, seedPeople, seedPerson } from '../helpers/programme';
import { addCohort, addPair } from '../helpers/prompts';
import { FAKE_TEAM } from '../support/fake-slack';
import { cohortForm, field } from '../helpers/forms';
import { input, signSlackRequest, type StateValues } from '../support/slack-requests';
import { count, loggedWithCode, repliesAt, SIGNING_SECRET, snapshot, startRig, type Reply, type Rig } from './rig';

/**
 * Requests nobody should be able to use against the app (PRODUCT.md §10): forged and replayed signatures,
 * bodies that are too big or not Slack payloads, ids the app never offered, organizer forms and buttons sent by
 * someone who is not one, and record ids in button values and private_metadata that belong to someone else.
 * Each is refused or neutralised, the process keeps serving, and nothing is stored that should not be.
 */

const T1 = '2026-03-16T08:00:00.000Z';
const ORG = 'U0ORG00001';
const ADA = 'U0ADA00001';
const MENTOR = 'U0MEN00001';
const MENTEE = 'U0MEE00001';
const OTHER_MENTOR = 'U0MEN00002';
const OTHER_MENTEE = 'U0MEE00002';
const OUTSIDER = 'U0OUT00001';
const PEOPLE = [ORG, ADA, MENTOR, MENTEE, OTHER_MENTOR, OTHER_MENTEE, OUTSIDER];


function joinValues(department = 'Marketing'): StateValues {
  return {
    ...field(JOIN.role, input.radio('mentor')),
    ...field(JOIN.department, input.plain(department)),
    ...field(JOIN.seniority, input.staticSelect('0-2')),
    ...field(JOIN.topics, input.multiStaticSelect(['ai-at-work'])),
    ...field(JOIN.confidentiality, input.checkboxes(['agree'])),
  };
}

function viewSubmissionBody(userId: string, callbackId: string, values: StateValues, privateMetadata = ''): string {
  const payload = {
    type: 'view_submission',
    team: { id: FAKE_TEAM.teamId, domain: FAKE_TEAM.teamDomain },
    user: { id: userId, username: userId.toLowerCase(), name: userId.toLowerCase(), team_id: FAKE_TEAM.teamId },
    api_app_id: FAKE_TEAM.appId,
    token: 'verification-token',
    trigger_id: `1.${Date.now()}.abc`,
    view: { id: 'V0CAPTURED', type: 'modal', callback_id: callbackId, private_metadata: privateMetadata, state: { values } },
    response_urls: [],
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

function buttonBody(rig: Rig, userId: string, actionId: string, value: string): string {
  const payload = {
    type: 'block_actions',
    user: { id: userId, username: userId.toLowerCase(), name: userId.toLowerCase(), team_id: FAKE_TEAM.teamId },
    api_app_id: FAKE_TEAM.appId,
    token: 'verification-token',
    container: { type: 'message', message_ts: '1700000000.000100', channel_id: 'C0GENERAL', is_ephemeral: true },
    trigger_id: `2.${Date.now()}.def`,
    team: { id: FAKE_TEAM.teamId, domain: FAKE_TEAM.teamDomain },
    channel: { id: 'C0GENERAL', name: 'general' },
    response_url: rig.fake.responseUrl('captured'),
    actions: [{ type: 'button', action_id: actionId, block_id: 'captured', value, action_ts: '1700000000.123456', text: { type: 'plain_text', text: 'x' } }],
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

/** Calls to Slack other than the app's start-up check. */
const slackCalls = (rig: Rig) => rig.fake.calls.filter((call) => call.method !== 'auth.test');

async function alive(rig: Rig): Promise<void> {
  expect((await fetch(`http://127.0.0.1:${rig.app.port}/healthz`)).status).toBe(200);
  const help = await rig.slack.command(ADA, 'help');
  expect(help.status).toBe(200);
  await rig.settled();
  expect(repliesAt(rig, help.responseUrl)).toHaveLength(1);
}

describe('hostile requests', () => {
  let rig: Rig;
  let pair: Pair;
  let otherPair: Pair;

  beforeEach(async () => {
    rig = await startRig({ organizers: [ORG], now: T1 });
    for (const id of PEOPLE) rig.fake.addUser({ id, name: id.toLowerCase() });
    const cohort = addCohort(rig.db);
    pair = addPair(rig.db, { cohort, mentor: { userId: MENTOR, role: 'mentor', topics: ['ai-at-work'] }, mentee: { userId: MENTEE, role: 'mentee', topics: ['ai-at-work'] } });
    otherPair = addPair(rig.db, { cohort, mentor: { userId: OTHER_MENTOR, role: 'mentor' }, mentee: { userId: OTHER_MENTEE, role: 'mentee' } });
    for (const id of [MENTOR, MENTEE, OTHER_MENTOR, OTHER_MENTEE]) enroll(rig.db, cohort.id, id, new Date(T1));
    await runTick({ ...rig.app.ctx.deliveryDeps, dispatch: { waitHorizonMs: 0 } }, new Date(T1));
    rig.fake.clear();
  });
  afterEach(() => rig.close());

  const promptOf = (p: Pair) => listPromptsOfPair(rig.db, p.id)[0]!;

  describe('signatures', () => {
    it.each([
      ['signed with another secret', (body: string) => ({ signature: signatureFor(`${SIGNING_SECRET}-guess`, body) })],
      ['the body changed after signing', () => ({ signature: signatureFor(SIGNING_SECRET, 'payload=%7B%7D') })],
      ['another scheme version', (body: string) => ({ signature: signatureFor(SIGNING_SECRET, body).replace('v0=', 'v1=') })],
      ['an empty signature', () => ({ signature: '' })],
      ['no signature at all', () => ({ signature: null })],
      ['a timestamp that is not a number', () => ({ timestamp: Number.NaN })],
    ])('%s: 401, nothing stored, nothing sent', async (_name, forge) => {
      const before = snapshot(rig.db);
      const body = viewSubmissionBody(ADA, CALLBACK.join, joinValues());
      const response = await rig.slack.raw(body, {}, forge(body) as { signature?: string | null; timestamp?: number });
      expect(response.status).toBe(401);
      await rig.settled();
      expect(snapshot(rig.db)).toEqual(before);
      expect(slackCalls(rig)).toEqual([]);
    });

    // The receiver refuses a body that parses to null before Bolt sees it (Bolt would crash on it): unsigned, it
    // must still get the 401 every unsigned request gets, not a 400 that tells a prober the body was looked at.
    it.each([
      ['form payload null', 'payload=null', 'application/x-www-form-urlencoded'],
      ['JSON null', 'null', 'application/json'],
    ])('%s, unsigned or signed with another secret: 401, nothing stored, nothing sent', async (_name, body, contentType) => {
      const before = snapshot(rig.db);
      const unsigned = await rig.slack.raw(body, {}, { signature: null, contentType });
      const forged = await rig.slack.raw(body, {}, { signature: signatureFor(`${SIGNING_SECRET}-guess`, body), contentType });
      expect([unsigned.status, forged.status]).toEqual([401, 401]);
      await rig.settled();
      expect(snapshot(rig.db)).toEqual(before);
      expect(slackCalls(rig)).toEqual([]);
      await alive(rig);
    });

    it('a captured request replayed more than 5 minutes after it was signed: 401', async () => {
      const body = viewSubmissionBody(ADA, CALLBACK.join, joinValues());
      const signedAt = Math.floor(Date.now() / 1000) - 5 * 60 - 5;
      const response = await rig.slack.raw(body, {}, { timestamp: signedAt });
      expect(response.status).toBe(401);
      await rig.settled();
      expect(count(rig.db, 'participants', 'user_id = ?', ADA)).toBe(0);
    });

    it('a view submission replayed within 5 minutes (the same signed bytes): handled once', async () => {
      const body = viewSubmissionBody(ADA, CALLBACK.join, joinValues());
      const signedAt = Math.floor(Date.now() / 1000);
      expect((await rig.slack.raw(body, {}, { timestamp: signedAt })).status).toBe(200);
      await rig.settled();
      const afterFirst = snapshot(rig.db);
      expect(count(rig.db, 'participants', 'user_id = ?', ADA)).toBe(1);
      const replayed = await rig.slack.raw(body, {}, { timestamp: signedAt });
      expect(replayed.status).toBe(200);
      await rig.settled();
      expect(snapshot(rig.db)).toEqual(afterFirst);
      // One welcome, not a second "your profile is updated".
      expect(rig.fake.messagesIn(ADA)).toHaveLength(1);
      expect(rig.logs.some((line) => line.includes('replayed request dropped'))).toBe(true);
    });

    it('a button click replayed within 5 minutes: a vote is not toggled back off', async () => {
      const body = buttonBody(rig, ADA, ACTION.topicVote, 'ai-at-work');
      const signedAt = Math.floor(Date.now() / 1000);
      await rig.slack.raw(body, {}, { timestamp: signedAt });
      await rig.settled();
      expect(count(rig.db, 'topic_votes', 'user_id = ?', ADA)).toBe(1);
      await rig.slack.raw(body, {}, { timestamp: signedAt });
      await rig.settled();
      expect(count(rig.db, 'topic_votes', 'user_id = ?', ADA)).toBe(1);
      expect(rig.fake.responsesAt('captured')).toHaveLength(1);
    });
  });

  describe('a vote replayed after a restart (the memory of requests seen is gone with the process)', () => {
    const votes = () => rig.db.prepare('SELECT topic_id, user_id FROM topic_votes ORDER BY user_id').all();

    it('"Vote" replayed leaves the one vote; "Take back vote" replayed leaves it withdrawn', async () => {
      const signedAt = Math.floor(Date.now() / 1000);
      const vote = buttonBody(rig, ADA, ACTION.topicVote, 'ai-at-work');
      expect((await rig.slack.raw(vote, {}, { timestamp: signedAt })).status).toBe(200);
      await rig.settled();
      expect(votes()).toEqual([{ topic_id: 'ai-at-work', user_id: ADA }]);

      await rig.restart();
      // The identical signed bytes, still inside the signature's five minutes.
      expect((await rig.slack.raw(vote, {}, { timestamp: signedAt })).status).toBe(200);
      await rig.settled();
      expect(votes()).toEqual([{ topic_id: 'ai-at-work', user_id: ADA }]);

      const withdraw = buttonBody(rig, ADA, ACTION.topicVoteWithdraw, 'ai-at-work');
      expect((await rig.slack.raw(withdraw, {}, { timestamp: signedAt + 1 })).status).toBe(200);
      await rig.settled();
      expect(votes()).toEqual([]);

      await rig.restart();
      expect((await rig.slack.raw(withdraw, {}, { timestamp: signedAt + 1 })).status).toBe(200);
      await rig.settled();
      expect(votes()).toEqual([]);
      // The replays were answered like any press: the list as it stands.
      expect(repliesAt(rig, rig.fake.responseUrl('captured')).at(-1)?.blocks).toBeDefined();
    });
  });

  describe('the same thing sent twice (a double click, a resubmitted form): handlers are idempotent', () => {
    it('join: one profile, one set of topics', async () => {
      for (const department of ['Marketing', 'Marketing']) {
        await rig.slack.viewSubmission(ADA, { callbackId: CALLBACK.join, values: joinValues(department), allowMissing: true });
      }
      await rig.settled();
      expect(count(rig.db, 'participants', 'user_id = ?', ADA)).toBe(1);
      expect(count(rig.db, 'participant_topics', 'user_id = ?', ADA)).toBe(1);
    });

    it('a reflection: one reflection, one "reflected" mark', async () => {
      const values = { ...field(REFLECTION.met, input.radio('yes')), ...field(REFLECTION.rating, input.staticSelect('4')), ...field(REFLECTION.sharing, input.radio('private')) };
      for (let i = 0; i < 2; i += 1) {
        const sent = await rig.slack.viewSubmission(MENTEE, { callbackId: CALLBACK.reflection, values, privateMetadata: String(promptOf(pair).id), allowMissing: true });
        expect(sent.body).toBe('');
      }
      await rig.settled();
      expect(count(rig.db, 'reflections')).toBe(1);
      expect(count(rig.db, 'prompt_responses', "kind = 'reflected'")).toBe(1);
    });

    it('a rematch request: stored once, organizers told once (in one digest)', async () => {
      for (let i = 0; i < 2; i += 1) {
        await rig.slack.viewSubmission(MENTEE, {
          callbackId: CALLBACK.rematchRequest,
          values: field(REMATCH.reason, input.plain('We never find a time')),
          privateMetadata: String(pair.id),
          allowMissing: true,
        });
        await rig.settled();
      }
      expect(count(rig.db, 'rematch_requests')).toBe(1);
      for (let i = 0; i < 2; i += 1) {
        await runTick({ ...rig.app.ctx.deliveryDeps, dispatch: { waitHorizonMs: 0 } }, new Date(T1));
        await rig.settled();
      }
      expect(rig.fake.messagesIn(ORG)).toHaveLength(1);
      expect(JSON.stringify(rig.fake.messagesIn(ORG))).toContain('We never find a time');
      expect(rig.fake.messagesIn(MENTEE).map((m) => m.text)).toEqual([en.rematchDone, en.rematchDone]);
    });

    it('a topic suggestion: one suggestion; the second is told it is a duplicate', async () => {
      const values = { ...field(TOPIC_FORM.title, input.plain('Gaming and leadership')), ...field(TOPIC_FORM.description, input.plain(null)) };
      const first = await rig.slack.viewSubmission(ADA, { callbackId: CALLBACK.topicSuggest, values, allowMissing: true });
      const second = await rig.slack.viewSubmission(ADA, { callbackId: CALLBACK.topicSuggest, values, allowMissing: true });
      await rig.settled();
      expect((first.json as { response_action: string }).response_action).toBe('update');
      expect(second.json).toEqual({ response_action: 'errors', errors: { [TOPIC_FORM.title]: en.topicErrorDuplicate } });
      expect(count(rig.db, 'topics', "status = 'pending'")).toBe(1);
    });

    it('leaving: left once, organizers told once', async () => {
      for (let i = 0; i < 2; i += 1) {
        await rig.slack.blockAction(MENTOR, { actionId: ACTION.leaveConfirm, value: 'leave', isEphemeral: true, allowMissing: true, channelId: 'C0GENERAL' });
        await rig.settled();
      }
      expect(count(rig.db, 'participants', "user_id = ? AND status = 'left'", MENTOR)).toBe(1);
      expect(rig.fake.messagesIn(ORG)).toHaveLength(1);
    });
  });

  describe('events Slack delivers again', () => {
    it('app_home_opened retried with the same event_id is handled once; a new event_id is handled again', async () => {
      await rig.slack.appHomeOpened(ADA, { eventId: 'Ev0HOME00001' });
      await rig.slack.appHomeOpened(ADA, { eventId: 'Ev0HOME00001', retryNum: 1, retryReason: 'http_timeout' });
      await rig.slack.appHomeOpened(ADA, { eventId: 'Ev0HOME00001', retryNum: 2, retryReason: 'http_timeout' });
      await rig.settled();
      expect(rig.fake.callsTo('views.publish')).toHaveLength(1);
      await rig.slack.appHomeOpened(ADA, { eventId: 'Ev0HOME00002' });
      await rig.settled();
      expect(rig.fake.callsTo('views.publish')).toHaveLength(2);
    });
  });

  describe('bodies that are not Slack payloads', () => {
    it('a body over the 1 MiB limit: 413, and the app keeps serving', async () => {
      const response = await rig.slack.raw(`payload=${'a'.repeat(1100 * 1024)}`);
      expect(response.status).toBe(413);
      await alive(rig);
    });

    it.each([
      ['form payload that is not JSON', 'payload=%7Bnot-json'],
      ['form payload null', 'payload=null'],
      ['form payload an array', 'payload=%5B%5D'],
      ['form payload a number', 'payload=42'],
      ['an action without a user', `payload=${encodeURIComponent(JSON.stringify({ type: 'block_actions', actions: [{ action_id: 'nudge_met', value: '1' }] }))}`],
      ['an action without actions', `payload=${encodeURIComponent(JSON.stringify({ type: 'block_actions', user: { id: ADA } }))}`],
      ['a view submission without a view', `payload=${encodeURIComponent(JSON.stringify({ type: 'view_submission', user: { id: ADA } }))}`],
      ['an empty form', ''],
      ['JSON that breaks off', '{"type": "event_callback", '],
      ['JSON null', 'null'],
      ['a JSON string', '"hello"'],
      ['an empty JSON object', '{}'],
      ['an event callback without an event', JSON.stringify({ type: 'event_callback', event_id: 'Ev1' })],
      ['an event that is null', JSON.stringify({ type: 'event_callback', event_id: 'Ev2', event: null })],
      ['JSON nested 50,000 deep', `${'['.repeat(50_000)}${']'.repeat(50_000)}`],
      ['bytes that are not UTF-8', 'payload=%FF%FE%00'],
    ])('%s: a 4xx at once, nothing stored, the app keeps serving', async (_name, body) => {
      const before = snapshot(rig.db);
      const response = await rig.slack.raw(body);
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
      // Refused by the app itself, not by Bolt giving up on an ack that never came (after 3 s it answers 404 and
      // logs it): the status and the log say which, where a stopwatch on a busy machine could not.
      expect(response.status).not.toBe(404);
      expect(rig.logs.filter((line) => line.includes('not acknowledged'))).toEqual([]);
      await rig.settled();
      expect(snapshot(rig.db)).toEqual(before);
      expect(slackCalls(rig)).toEqual([]);
      await alive(rig);
    });
  });

  describe('ids the app never offered', () => {
    it.each([
      ['a button', async () => rig.slack.blockAction(ADA, { actionId: 'delete_everything', value: '1', isEphemeral: true, allowMissing: true })],
      ['a modal', async () => rig.slack.viewSubmission(ADA, { callbackId: 'admin_console', values: field('x', input.plain('y')), allowMissing: true })],
      ['a view closed', async () => rig.slack.viewClosed(ADA, { callbackId: CALLBACK.join, allowMissing: true })],
      ['another slash command', async () => rig.slack.command(ADA, 'help', { command: '/other-app' })],
      ['a global shortcut', async () => rig.slack.raw(`payload=${encodeURIComponent(JSON.stringify({ type: 'shortcut', callback_id: 'sneaky', user: { id: ADA }, team: { id: 'T1' }, trigger_id: '1.2.3' }))}`)],
    ])('%s: acknowledged at once (no error shown), logged, nothing stored or sent', async (_name, send) => {
      const before = snapshot(rig.db);
      const response = await send();
      // 200, not the 404 Bolt answers when it gives up on an ack after 3 s (and logs).
      expect(response.status).toBe(200);
      expect(rig.logs.filter((line) => line.includes('not acknowledged'))).toEqual([]);
      await rig.settled();
      expect(snapshot(rig.db)).toEqual(before);
      expect(slackCalls(rig)).toEqual([]);
      expect(rig.logs.some((line) => line.includes('does not offer'))).toBe(true);
    });
  });

  describe('organizer forms and buttons sent by someone who is not an organizer', () => {
    let suggestionId: string;
    beforeEach(() => {
      const suggested = suggestTopic(rig.db, ADA, 'en', { title: 'Gaming and leadership', description: '' }, new Date(T1));
      if (!suggested.ok) throw new Error('no suggestion');
      suggestionId = suggested.suggestion.id;
    });

    it('a crafted cohort_create submission: refused inline, no cohort', async () => {
      const before = snapshot(rig.db);
      const values = cohortForm({ name: 'Rogue cohort', startDate: '2026-04-06' });
      const sent = await rig.slack.viewSubmission(OUTSIDER, { callbackId: CALLBACK.cohortCreate, values, allowMissing: true });
      await rig.settled();
      expect(sent.json).toEqual({ response_action: 'errors', errors: { [COHORT_CREATE.name]: en.notOrganizer } });
      expect(snapshot(rig.db)).toEqual(before);
    });

    it('a crafted topic_approve submission: refused inline, the suggestion still pending', async () => {
      const before = snapshot(rig.db);
      const values = {
        ...field(TOPIC_FORM.title, input.plain('Approved by me')),
        ...field(TOPIC_FORM.description, input.plain(null)),
        ...field(TOPIC_FORM.question1, input.plain('One?')),
        ...field(TOPIC_FORM.question2, input.plain('Two?')),
        ...field(TOPIC_FORM.question3, input.plain(null)),
      };
      const sent = await rig.slack.viewSubmission(OUTSIDER, { callbackId: CALLBACK.topicApprove, values, privateMetadata: suggestionId, allowMissing: true });
      await rig.settled();
      expect(sent.json).toEqual({ response_action: 'errors', errors: { [TOPIC_FORM.title]: en.notOrganizer } });
      expect(snapshot(rig.db)).toEqual(before);
    });

    it.each([
      [ACTION.topicApprove, (): string => suggestionId],
      [ACTION.topicReject, (): string => suggestionId],
      [ACTION.matchConfirm, (): string => '1'],
      [ACTION.matchRerun, (): string => '1'],
      [ACTION.cohortCloseConfirm, (): string => '1'],
    ])('%s: refused, shown nothing but that, nothing changed', async (actionId, value) => {
      const cohort = seedCohort(rig.db, { name: 'Autumn 2027', startDate: '2027-01-04' });
      seedPeople(rig.db, cohort.id, 2, 2);
      await computeMatchRun(rig.db, cohort, ORG, new Date(T1));
      const before = snapshot(rig.db);
      const sent = await rig.slack.blockAction(OUTSIDER, { actionId, value: value(), isEphemeral: true, allowMissing: true });
      await rig.settled();
      const replies = repliesAt(rig, sent.payload.response_url as string);
      expect(replies.map((reply) => reply.text)).toEqual([en.notOrganizer]);
      // Nothing of the preview, the suggestion or the cohort: the refusal is all there is.
      expect(JSON.stringify(replies)).not.toMatch(/Gaming|Autumn|Spring|UMENTOR|UMENTEE/);
      expect(snapshot(rig.db)).toEqual(before);
      expect(slackCalls(rig).map((call) => call.method).filter((method) => method !== 'users.info')).toEqual(['response_url']);
    });
  });

  describe("other people's records in button values and private_metadata", () => {
    it("nudge_reflect, nudge_met and nudge_skip with another pair's prompt id: refused privately, nothing stored, no modal", async () => {
      const before = snapshot(rig.db);
      const target = String(promptOf(otherPair).id);
      const own = rig.fake.messagesIn(pair.channelId!).length > 0 ? pair.channelId! : 'C0GENERAL';
      for (const actionId of [ACTION.nudgeReflect, ACTION.nudgeMet, ACTION.nudgeSkip, ACTION.nudgeNewTopic]) {
        const sent = await rig.slack.blockAction(MENTOR, { actionId, value: target, channelId: own, allowMissing: true, isEphemeral: true });
        await rig.settled();
        const replies = repliesAt(rig, sent.payload.response_url as string);
        expect(replies).toHaveLength(1);
        expect([en.promptNotYours, en.reflectionNotYours]).toContain(replies[0]?.text);
      }
      expect(rig.fake.callsTo('views.open')).toEqual([]);
      expect(rig.fake.callsTo('chat.update')).toEqual([]);
      expect(snapshot(rig.db)).toEqual(before);
    });

    it("home_reflect with another pair's prompt id: told by DM, no modal", async () => {
      const sent = await rig.slack.blockAction(MENTOR, { actionId: ACTION.homeReflect, value: String(promptOf(otherPair).id), view: { id: 'V0HOME', type: 'home', blocks: [] }, allowMissing: true });
      expect(sent.status).toBe(200);
      await rig.settled();
      expect(rig.fake.callsTo('views.open')).toEqual([]);
      expect(rig.fake.messagesIn(MENTOR).map((m) => m.text)).toEqual([en.reflectionNotYours]);
    });

    it("a reflection with another pair's prompt in private_metadata: a notice instead, nothing stored", async () => {
      const before = snapshot(rig.db);
      const values = { ...field(REFLECTION.met, input.radio('yes')), ...field(REFLECTION.rating, input.staticSelect('1')), ...field(REFLECTION.sharing, input.radio('named')) };
      for (const metadata of [String(promptOf(otherPair).id), '999999', '-1', '1 OR 1=1', `${'9'.repeat(40)}`, '']) {
        const sent = await rig.slack.viewSubmission(MENTOR, { callbackId: CALLBACK.reflection, values, privateMetadata: metadata, allowMissing: true });
        expect((sent.json as { response_action: string }).response_action).toBe('update');
      }
      await rig.settled();
      expect(snapshot(rig.db)).toEqual(before);
      expect(rig.fake.messagesIn(ORG)).toEqual([]);
    });

    it("a rematch request naming another pair: refused, nothing stored, organizers not told", async () => {
      const before = snapshot(rig.db);
      await rig.slack.viewSubmission(MENTOR, { callbackId: CALLBACK.rematchRequest, values: field(REMATCH.reason, input.plain('x')), privateMetadata: String(otherPair.id), allowMissing: true });
      await rig.settled();
      expect(snapshot(rig.db)).toEqual(before);
      expect(rig.fake.messagesIn(ORG)).toEqual([]);
      expect(rig.fake.messagesIn(MENTOR).map((m) => m.text)).toEqual([en.rematchNoPair]);
    });

    it('match_confirm with a preview that was replaced, one that does not exist, and values that are not ids: refused, nothing stored', async () => {
      const cohort = seedCohort(rig.db, { name: 'Autumn 2027', startDate: '2027-01-04' });
      seedPeople(rig.db, cohort.id, 2, 2);
      const first = await computeMatchRun(rig.db, cohort, ORG, new Date(T1));
      if (!first.ok) throw new Error('no preview');
      await rerunMatch(rig.db, first.preview.run.id, ORG, new Date(T1));
      const before = snapshot(rig.db);
      const told: string[] = [];
      for (const value of [String(first.preview.run.id), '424242', '0', '-1', 'abc', '1e3', '1'.repeat(20), '']) {
        const sent = await rig.slack.blockAction(ORG, { actionId: ACTION.matchConfirm, value, isEphemeral: true, allowMissing: true });
        await rig.settled();
        told.push(...repliesAt(rig, sent.payload.response_url as string).map((reply: Reply) => reply.text));
      }
      expect(told).toEqual([en.matchSuperseded, ...Array(7).fill(en.matchRunNotFound)]);
      expect(snapshot(rig.db)).toEqual(before);
    });

    it('cohort_close_confirm with values that are not cohort ids: told how to use it, nothing changed', async () => {
      const before = snapshot(rig.db);
      for (const value of ['abc', '99999', '-1', "1'; DROP TABLE cohorts; --"]) {
        const sent = await rig.slack.blockAction(ORG, { actionId: ACTION.cohortCloseConfirm, value, isEphemeral: true, allowMissing: true });
        await rig.settled();
        expect(repliesAt(rig, sent.payload.response_url as string)).toHaveLength(1);
      }
      expect(snapshot(rig.db)).toEqual(before);
      expect(loggedWithCode(rig, 'SQLITE_ERROR')).toEqual([]);
    });
  });
});

/** A signature over the current second, as Slack's scheme computes it. */
function signatureFor(secret: string, body: string): string {
  return signSlackRequest(secret, Math.floor(Date.now() / 1000), body);
}
