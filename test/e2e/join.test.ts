import Database from 'better-sqlite3';
import { findParticipant } from '../../src/db/repositories/participants';
import { CALLBACK, JOIN } from '../../src/views/ids';
import { input, type StateValues } from '../support/slack-requests';
import { holdWriteLock } from '../hardening/rig';
import { joinForm } from '../helpers/forms';
import { startHarness, type Harness } from './harness';

const ADA = 'U0ADA00001';
const BOSS = 'U0BOSS0001';

function joinValues(overrides: Partial<Record<keyof typeof JOIN, unknown>> = {}): StateValues {
  return joinForm(overrides, BOSS);
}

function rowCount(h: Harness, table: string): number {
  return (h.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
}

describe('opt-in: /reverse-mentor join', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
    h.fake.addUser({ id: ADA, name: 'ada', realName: 'Ada Lovelace', tz: 'Europe/London', locale: 'en-GB' });
    h.fake.addUser({ id: BOSS, name: 'boss', tz: 'Europe/Stockholm', locale: 'sv-SE' });
  });
  afterEach(() => h.close());

  it('opens the join modal with the trigger id, stores the submission and sends a DM', async () => {
    const sent = await h.slack.command(ADA, 'join');
    expect(sent.status).toBe(200);
    const open = await h.fake.waitFor('views.open');
    expect(open.args.trigger_id).toBe(sent.triggerId);
    const view = open.args.view as { callback_id: string; blocks: Array<{ block_id?: string; element?: { options?: Array<{ value: string }> } }> };
    expect(view.callback_id).toBe(CALLBACK.join);
    const topicValues = view.blocks.find((b) => b.block_id === JOIN.topics)?.element?.options?.map((o) => o.value);
    expect(topicValues).toEqual(expect.arrayContaining(['digital-tools', 'ai-at-work', 'sustainability']));

    const submitted = await h.slack.viewSubmission(ADA, { callbackId: CALLBACK.join, values: joinValues() });
    expect(submitted.status).toBe(200);
    expect(submitted.body).toBe('');
    await h.settled();

    const stored = findParticipant(h.db, ADA);
    expect(stored).toMatchObject({
      role: 'mentor',
      department: 'Marketing',
      seniority: '0-2',
      managerId: BOSS,
      meetingPref: 'video',
      timezone: 'Europe/London',
      locale: 'en-GB',
      status: 'active',
      topics: ['digital-tools', 'ai-at-work'],
    });
    const dms = h.fake.messagesIn(ADA);
    expect(dms).toHaveLength(1);
    expect(dms[0]?.text).toContain('Nobody expects a five-year strategy');
    expect(JSON.stringify(dms[0]?.blocks)).toContain('Marketing');
    // The goals are private: never echoed into Slack.
    expect(JSON.stringify(dms[0])).not.toContain('TikTok');
    // App Home now shows the profile.
    expect(JSON.stringify(h.fake.homeOf(ADA)?.blocks)).toContain('Mentor');
  });

  it('stores the Slack display name without control or bidirectional-override characters', async () => {
    const MALLORY = 'U0MAL00001';
    // A CR that would start a spreadsheet row with a formula, a tab, a right-to-left override, a zero-width space.
    h.fake.addUser({ id: MALLORY, name: 'mallory', displayName: 'Mal\rl=2+2\tory \u202Egnp.exe\u200B\u0007', locale: 'en-GB' });
    await h.slack.viewSubmission(MALLORY, { callbackId: CALLBACK.join, values: joinValues(), allowMissing: true });
    await h.settled();
    expect(findParticipant(h.db, MALLORY)?.displayName).toBe('Mal l=2+2 ory gnp.exe');
    // Nothing but a name left invisible: stored as no name at all (the export then shows the user id).
    const GHOST = 'U0GHO00001';
    h.fake.addUser({ id: GHOST, name: 'ghost', displayName: '\u202E\u200B\r\n' });
    await h.slack.viewSubmission(GHOST, { callbackId: CALLBACK.join, values: joinValues(), allowMissing: true });
    await h.settled();
    expect(findParticipant(h.db, GHOST)?.displayName).toBeNull();
  });

  it('answers in Swedish to a person whose Slack is in Swedish', async () => {
    h.fake.addUser({ id: 'U0SVEN0001', name: 'sven', tz: 'Europe/Stockholm', locale: 'sv-SE' });
    await h.slack.command('U0SVEN0001', 'join');
    const open = await h.fake.waitFor('views.open');
    expect((open.args.view as { title: { text: string } }).title.text).toBe('Gå med i Reverse Mentor');
    await h.slack.viewSubmission('U0SVEN0001', { callbackId: CALLBACK.join, values: joinValues({ role: input.radio('mentee'), seniority: input.staticSelect('20+') }) });
    await h.settled();
    expect(h.fake.messagesIn('U0SVEN0001')[0]?.text).toContain('lyssna mer än du pratar');
  });

  it('refuses invalid submissions with inline errors and stores nothing', async () => {
    const response = await h.slack.viewSubmission(ADA, {
      callbackId: CALLBACK.join,
      allowMissing: true,
      values: joinValues({
        role: input.radio(null),
        department: input.plain('x'.repeat(81)),
        topics: input.multiStaticSelect(['a', 'b', 'c', 'd', 'e', 'f']),
        manager: input.usersSelect(ADA),
        goals: input.plain('y'.repeat(1001)),
        confidentiality: input.checkboxes([]),
      }),
    });
    expect(response.status).toBe(200);
    const body = response.json as { response_action: string; errors: Record<string, string> };
    expect(body.response_action).toBe('errors');
    expect(Object.keys(body.errors).sort()).toEqual([JOIN.confidentiality, JOIN.department, JOIN.goals, JOIN.manager, JOIN.role, JOIN.topics].sort());
    expect(body.errors[JOIN.department]).toContain('80');
    expect(body.errors[JOIN.goals]).toContain('1,000');
    await h.settled();
    expect(rowCount(h, 'participants')).toBe(0);
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(0);
  });

  it('refuses a topic that is not in the catalogue', async () => {
    const response = await h.slack.viewSubmission(ADA, {
      callbackId: CALLBACK.join,
      allowMissing: true,
      values: joinValues({ topics: input.multiStaticSelect(['digital-tools', 'made-up']), department: input.plain('   ') }),
    });
    const body = response.json as { errors: Record<string, string> };
    expect(Object.keys(body.errors).sort()).toEqual([JOIN.department, JOIN.topics].sort());
    expect(rowCount(h, 'participants')).toBe(0);
  });

  it('join again opens the modal pre-filled, and saving keeps one profile', async () => {
    await h.slack.viewSubmission(ADA, { callbackId: CALLBACK.join, values: joinValues(), allowMissing: true });
    await h.settled();
    h.fake.clear();
    await h.slack.command(ADA, 'join');
    const open = await h.fake.waitFor('views.open');
    const view = open.args.view as { title: { text: string }; blocks: Array<{ block_id?: string; element?: Record<string, unknown> }> };
    expect(view.title.text).toBe('Edit your profile');
    expect(view.blocks.find((b) => b.block_id === JOIN.department)?.element?.initial_value).toBe('Marketing');

    await h.slack.viewSubmission(ADA, { callbackId: CALLBACK.join, values: joinValues({ department: input.plain('Design'), topics: input.multiStaticSelect(['hybrid-work']) }) });
    await h.settled();
    expect(rowCount(h, 'participants')).toBe(1);
    expect(findParticipant(h.db, ADA)).toMatchObject({ department: 'Design', topics: ['hybrid-work'] });
    expect(h.fake.messagesIn(ADA).at(-1)?.text).toContain('Your profile is updated');
  });

  it('echoes user text escaped, so <!channel> pings nobody', async () => {
    await h.slack.viewSubmission(ADA, {
      callbackId: CALLBACK.join,
      allowMissing: true,
      values: joinValues({ department: input.plain('<!channel> & <https://evil.example|Free>') }),
    });
    await h.settled();
    const posted = JSON.stringify(h.fake.messagesIn(ADA));
    expect(posted).not.toMatch(/<!channel>/);
    expect(posted).not.toMatch(/<https:\/\/evil/);
    expect(posted).toContain('&lt;!channel&gt; &amp; &lt;https://evil.example|Free&gt;');
    // Stored as typed: escaping belongs to the output, not the data.
    expect(findParticipant(h.db, ADA)?.department).toBe('<!channel> & <https://evil.example|Free>');
  });

  it('enrolls a new participant in the cohort that is enrolling', async () => {
    h.db
      .prepare(
        "INSERT INTO cohorts (name, start_date, timezone, summary_channel, created_by, created_at) VALUES ('Spring 2027', '2027-01-04', 'Europe/Stockholm', 'C0SUMMARY', 'U0ORG', '2026-11-01T00:00:00Z')",
      )
      .run();
    await h.slack.viewSubmission(ADA, { callbackId: CALLBACK.join, values: joinValues(), allowMissing: true });
    await h.settled();
    expect(h.db.prepare('SELECT user_id FROM enrollments').all()).toEqual([{ user_id: ADA }]);
    expect(JSON.stringify(h.fake.messagesIn(ADA))).toContain('Spring 2027');
  });

  it('still stores the profile when users.info fails, with time zone unknown', async () => {
    h.fake.failNext('users.info', { error: 'internal_error', times: 5 });
    await h.slack.viewSubmission(ADA, { callbackId: CALLBACK.join, values: joinValues(), allowMissing: true });
    await h.settled();
    expect(findParticipant(h.db, ADA)).toMatchObject({ timezone: null, locale: null, department: 'Marketing' });
    expect(h.fake.messagesIn(ADA)).toHaveLength(1);
  });
});

describe('opt-in while the database is locked', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness({ busyTimeoutMs: 150 });
    h.fake.addUser({ id: ADA, name: 'ada', tz: 'Europe/London', locale: 'en-GB' });
  });
  afterEach(() => h.close());

  it('a short lock is waited out and the profile is stored', async () => {
    // better-sqlite3 waits synchronously, so the lock is held by another process, as in production.
    const lock = await holdWriteLock(h.dbPath, 60);
    await h.slack.viewSubmission(ADA, { callbackId: CALLBACK.join, values: joinValues(), allowMissing: true });
    await h.settled();
    await lock.released;
    expect(findParticipant(h.db, ADA)?.department).toBe('Marketing');
  });

  it('a long lock tells the person to try again and leaves nothing half-written', async () => {
    const other = new Database(h.dbPath);
    other.exec('BEGIN IMMEDIATE');
    await h.slack.viewSubmission(ADA, { callbackId: CALLBACK.join, values: joinValues(), allowMissing: true });
    await h.settled();
    other.exec('COMMIT');
    other.close();
    expect(rowCount(h, 'participants')).toBe(0);
    expect(rowCount(h, 'participant_topics')).toBe(0);
    expect(h.fake.messagesIn(ADA).map((m) => m.text)).toEqual(['Something went wrong on our side. Please try again in a moment.']);
    expect(h.logs.some((line) => line.includes('SQLITE_BUSY'))).toBe(true);
  });
});
