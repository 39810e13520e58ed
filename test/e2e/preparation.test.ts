import { openDatabase, type Db } from '../../src/db/open';
import { enroll } from '../../src/db/repositories/cohorts';
import { listDeliveries, scheduleDelivery } from '../../src/db/repositories/deliveries';
import type { Pair } from '../../src/db/repositories/pairs';
import { preparationReadCounts } from '../../src/db/repositories/preparation';
import { runTick } from '../../src/scheduler/tick';
import { saveMeeting } from '../../src/services/meetings';
import { MENTEE_PREP_KIND, MENTOR_PREP_KIND } from '../../src/services/preparation';
import { ACTION } from '../../src/views/ids';
import { freshDatabase } from '../helpers/db';
import { addCohort, addPair } from '../helpers/prompts';
import { BOT_TOKEN, runCli } from '../hardening/rig';
import { startFakeSlack, type FakeCall, type FakeSlack } from '../support/fake-slack';
import { startHarness, type Harness } from './harness';

const T0 = new Date('2026-03-05T12:00:00.000Z');
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const after = (ms: number) => new Date(T0.getTime() + ms);

/** The pair's introduction, as the ledger records it once posted. */
function introduced(db: Db, pair: Pair, at: Date): void {
  scheduleDelivery(db, { kind: 'intro', dedupeKey: `intro:pair:${pair.id}`, cohortId: pair.cohortId, subjectId: pair.id, dueAt: at }, at);
  db.prepare("UPDATE deliveries SET status = 'sent', sent_at = ?, channel_id = ?, message_ts = '1.0' WHERE dedupe_key = ?").run(at.toISOString(), pair.channelId, `intro:pair:${pair.id}`);
}

/** Which preparation part a DM is, from its "Got it" button. */
function partOf(call: FakeCall): string | undefined {
  return /"action_id":"prep_ack","value":"\d+:(\w+)"/.exec(JSON.stringify(call.args.blocks))?.[1];
}

describe('the preparation series goes once per person, even when two schedulers run at once', () => {
  let fake: FakeSlack;
  beforeEach(async () => {
    fake = await startFakeSlack({ latencyMs: 20, botToken: BOT_TOKEN });
  });
  afterEach(() => fake.close());

  it('three parts for each mentor (however many mentees), one for each mentee, each when due', async () => {
    const { db, path } = freshDatabase();
    const cohort = addCohort(db, { startDate: '2026-03-09', weeks: 6, capacity: 2 });
    const first = addPair(db, { cohort, mentor: { userId: 'UMENTORA', role: 'mentor' }, mentee: { userId: 'UMENTEEA', role: 'mentee' } });
    const second = addPair(db, { cohort, mentor: 'UMENTORA', mentee: { userId: 'UMENTEEB', role: 'mentee', locale: 'sv-SE' } });
    const third = addPair(db, { cohort, mentor: { userId: 'UMENTORB', role: 'mentor' }, mentee: { userId: 'UMENTEEC', role: 'mentee' } });
    for (const pair of [first, second, third]) introduced(db, pair, T0);
    // Mentor A's pair with UMENTEEB books a meeting on day 6: part 3 comes the day before, not on day 4.
    expect(saveMeeting(db, 'UMENTEEB', { pairId: second.id }, { suggested: undefined, when: Math.floor(after(6 * DAY).getTime() / 1000), length: '45', where: '' }, after(DAY))).toMatchObject({ ok: true });
    db.close();

    const env = { SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: 'unused', SLACK_API_URL: fake.apiUrl, DATABASE_PATH: path, LOG_LEVEL: 'silent' };
    const partsBy = (user: string) => fake.callsTo('chat.postMessage').filter((call) => !call.fault && call.args.channel === user && partOf(call)).map(partOf);
    for (const [moment, expected] of [
      [after(MINUTE), { UMENTORA: ['session'], UMENTORB: ['session'], UMENTEEA: ['mentee'], UMENTEEB: ['mentee'], UMENTEEC: ['mentee'] }],
      [after(2 * DAY), { UMENTORA: ['session', 'feedback'], UMENTORB: ['session', 'feedback'] }],
      [after(4 * DAY), { UMENTORA: ['session', 'feedback'], UMENTORB: ['session', 'feedback', 'confidentiality'] }],
      [after(5 * DAY), { UMENTORA: ['session', 'feedback', 'confidentiality'], UMENTORB: ['session', 'feedback', 'confidentiality'] }],
      [after(9 * DAY), { UMENTORA: ['session', 'feedback', 'confidentiality'], UMENTEEA: ['mentee'] }],
    ] as const) {
      // Two `tick` processes on one database at the same moment.
      const runs = await Promise.all([runCli(['tick', '--now', moment.toISOString()], env).done, runCli(['tick', '--now', moment.toISOString()], env).done]);
      for (const run of runs) expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
      for (const [user, parts] of Object.entries(expected)) expect({ user, parts: partsBy(user) }).toEqual({ user, parts });
    }
    const check = openDatabase(path);
    const rows = listDeliveries(check).filter((row) => row.kind === MENTOR_PREP_KIND || row.kind === MENTEE_PREP_KIND);
    check.close();
    expect(rows).toHaveLength(9);
    expect(rows.every((row) => row.status === 'sent')).toBe(true);
    // The mentee who reads Swedish got it in Swedish.
    const swedish = fake.callsTo('chat.postMessage').find((call) => call.args.channel === 'UMENTEEB');
    expect(String(swedish?.args.text)).toBe('Det här får omvänt mentorskap att fungera');
  }, 120_000);
});

describe('reading the preparation', () => {
  let h: Harness;
  const MENTOR = 'U0MENTOR01';
  const MENTEE = 'U0MENTEE01';
  const ORG = 'U0ORG00001';
  beforeEach(async () => {
    h = await startHarness({ now: T0.toISOString(), organizers: [ORG] });
    for (const id of [MENTOR, MENTEE, ORG]) h.fake.addUser({ id, name: id.toLowerCase() });
    const cohort = addCohort(h.db, { startDate: '2026-03-09', weeks: 6 });
    const pair = addPair(h.db, { cohort, mentor: { userId: MENTOR, role: 'mentor' }, mentee: { userId: MENTEE, role: 'mentee' } });
    for (const id of [MENTOR, MENTEE]) enroll(h.db, cohort.id, id, T0);
    introduced(h.db, pair, T0);
    await runTick({ ...h.app.ctx.deliveryDeps, dispatch: { waitHorizonMs: 0 } }, T0);
  });
  afterEach(() => h.close());

  it('"Got it" records the read, thanks in place, and organizers see only the counts on their Home tab', async () => {
    const dm = h.fake.dmOf(MENTOR)!;
    const message = h.fake.messagesIn(dm).find((candidate) => JSON.stringify(candidate.blocks).includes(ACTION.prepAck))!;
    expect(JSON.stringify(message.blocks)).toContain('Your first meeting (45–60 minutes)');
    await h.slack.blockAction(MENTOR, { actionId: ACTION.prepAck, channelId: dm, messageTs: message.ts });
    await h.settled();
    const updated = JSON.stringify(h.fake.message(dm, message.ts)?.blocks);
    expect(updated).toContain('Got it. Thanks for reading.');
    expect(updated).not.toContain(ACTION.prepAck);
    // Someone pressing a forged "Got it" for a part never sent to them changes nothing.
    await h.slack.blockAction(MENTEE, { actionId: ACTION.prepAck, channelId: dm, messageTs: message.ts, value: `${1}:feedback`, allowMissing: true });
    await h.settled();
    expect(preparationReadCounts(h.db, 1)).toEqual({ session: 1, feedback: 0, confidentiality: 0, mentee: 0 });

    await h.slack.event({ type: 'app_home_opened', user: ORG, tab: 'home' });
    await h.settled();
    const home = JSON.stringify(h.fake.homeOf(ORG)?.blocks);
    expect(home).toContain('Preparation read: part 1 by 1 mentor, part 2 by 0 mentors, part 3 by 0 mentors; the mentee guide by 0 mentees');
    expect(home).toContain('Meetings in Slack: 0 booked, 0 held');
    expect(home).not.toContain(MENTOR);
  });

  it('/reverse-mentor guide shows the caller’s own role, and either on request', async () => {
    const text = async (user: string, args: string) => {
      const reply = await h.slack.command(user, `guide${args}`);
      await h.settled();
      return JSON.stringify(h.fake.responsesAt(reply.responseUrl.split('/').pop() as string));
    };
    const mentor = await text(MENTOR, '');
    expect(mentor).toContain('The mentor guide');
    expect(mentor).toContain('How to give a senior leader honest feedback');
    expect(mentor).toContain('when to bring in the organizers');
    const mentee = await text(MENTEE, '');
    expect(mentee).toContain('The mentee guide');
    expect(mentee).toContain('Listen more than they talk');
    expect(await text(MENTEE, ' mentor')).toContain('The mentor guide');
    // Someone who has not joined reads the mentors' guide, with the way to the other one.
    const outsider = await text(ORG, '');
    expect(outsider).toContain('The mentor guide');
    expect(outsider).toContain('/reverse-mentor guide mentee');
  });
});
