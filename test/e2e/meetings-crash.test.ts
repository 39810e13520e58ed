import { openDatabase } from '../../src/db/open';
import { listDeliveries } from '../../src/db/repositories/deliveries';
import { saveMeeting, MEETING_REMINDER_KIND } from '../../src/services/meetings';
import { freshDatabase } from '../helpers/db';
import { addCohort, addPair } from '../helpers/prompts';
import { BOT_TOKEN, runCli, waitUntil } from '../hardening/rig';
import { startFakeSlack, type FakeCall, type FakeSlack } from '../support/fake-slack';

const T0 = new Date('2026-03-09T08:00:00.000Z');
const HOUR = 60 * 60 * 1000;
const LEASE_MS = 5 * 60 * 1000;
const PAIRS = 30;

const isReminder = (call: FakeCall) => /starts in an hour/.test(String(call.args.text));

describe('meeting reminders survive a crash', () => {
  let fake: FakeSlack;
  beforeEach(async () => {
    fake = await startFakeSlack({ latencyMs: 0, botToken: BOT_TOKEN });
  });
  afterEach(() => fake.close());

  it('a tick SIGKILLed between claim and post, then one past the lease: no reminder is ever posted twice', async () => {
    const { db, path } = freshDatabase();
    const cohort = addCohort(db, { startDate: '2026-03-09', weeks: 6 });
    const channels: string[] = [];
    for (let i = 1; i <= PAIRS; i += 1) {
      const id = String(i).padStart(3, '0');
      const pair = addPair(db, { cohort, mentor: { userId: `UMR${id}`, role: 'mentor' }, mentee: { userId: `UME${id}`, role: 'mentee' } });
      channels.push(pair.channelId as string);
      const when = Math.floor((T0.getTime() + 3 * HOUR) / 1000);
      expect(saveMeeting(db, `UME${id}`, { pairId: pair.id }, { suggested: undefined, when, length: '45', where: '' }, T0)).toMatchObject({ ok: true });
    }
    db.close();
    const env = { SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: 'unused', SLACK_API_URL: fake.apiUrl, DATABASE_PATH: path, LOG_LEVEL: 'silent' };
    // The booking messages and invitations go out first.
    expect((await runCli(['tick', '--now', T0.toISOString()], env).done).code).toBe(0);
    fake.clear();

    // An hour before: reminders are claimed and posted one by one against a slow Slack; the process is killed mid-way.
    fake.setLatency(150);
    const reminderAt = new Date(T0.getTime() + 2 * HOUR);
    // Slack answers six reminders and then none until the kill: the tick is always caught mid-way, with reminders
    // posted, in flight and not begun, however fast or slow the machine is.
    let remindersSeen = 0;
    fake.setFaultPolicy('chat.postMessage', (_index, args) => (/starts in an hour/.test(String(args.text)) && ++remindersSeen > 6 ? { delayMs: 10 * 60_000 } : undefined));
    const first = runCli(['tick', '--now', reminderAt.toISOString()], env);
    await waitUntil(() => fake.callsTo('chat.postMessage').filter(isReminder).length > 6, 20_000, 'six reminders posted and one more sent');
    first.child.kill('SIGKILL');
    expect((await first.done).signal).toBe('SIGKILL');
    const beforeRestart = fake.callsTo('chat.postMessage').filter(isReminder).length;
    expect(beforeRestart).toBeLessThan(PAIRS);

    fake.setFaultPolicy('chat.postMessage', undefined);
    fake.setLatency(0);
    const second = await runCli(['tick', '--now', new Date(reminderAt.getTime() + LEASE_MS + 60_000).toISOString()], env).done;
    expect({ code: second.code, stderr: second.stderr }).toEqual({ code: 0, stderr: '' });
    const report = JSON.parse(second.stdout.trim().split('\n').at(-1) as string) as { deliveries: { unknown: number; sent: number } };
    expect(report.deliveries.unknown).toBeGreaterThanOrEqual(1);

    const check = openDatabase(path);
    const rows = listDeliveries(check, { kind: MEETING_REMINDER_KIND });
    check.close();
    const reminders = fake.callsTo('chat.postMessage').filter(isReminder);
    const perChannel = new Map<string, number>();
    for (const call of reminders) perChannel.set(String(call.args.channel), (perChannel.get(String(call.args.channel)) ?? 0) + 1);
    // Never twice in any group DM; every row either sent (posted once) or unknown (at most once, never again).
    expect([...perChannel.values()].every((n) => n === 1)).toBe(true);
    expect(rows).toHaveLength(PAIRS);
    expect(rows.every((row) => row.status === 'sent' || row.status === 'unknown')).toBe(true);
    for (const row of rows) {
      const channel = channels[(row.subjectId as number) - 1] as string;
      if (row.status === 'sent') expect(perChannel.get(channel)).toBe(1);
    }
    expect(rows.filter((row) => row.status === 'unknown')).toHaveLength(report.deliveries.unknown);
    expect(rows.filter((row) => row.status === 'sent').length).toBeGreaterThan(beforeRestart - report.deliveries.unknown);
  }, 60_000);
});
