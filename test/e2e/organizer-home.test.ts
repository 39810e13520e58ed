import { enroll, findCohort, insertCohort } from '../../src/db/repositories/cohorts';
import { addOrganizer } from '../../src/db/repositories/organizers';
import type { Pair } from '../../src/db/repositories/pairs';
import { messagesFor } from '../../src/i18n';
import { runTick } from '../../src/scheduler/tick';
import { suggestTopic } from '../../src/services/topics';
import { ACTION, CALLBACK, METADATA_EVENT, SUMMARY_POST } from '../../src/views/ids';
import { seedPerson } from '../helpers/programme';
import { addCohort, addPair } from '../helpers/prompts';
import type { FakeCall } from '../support/fake-slack';
import { input } from '../support/slack-requests';
import { startHarness, type Harness } from './harness';

/**
 * The organizer's App Home end to end (issue 16 item 1): what views.publish carries for an organizer, for a
 * participant who is also one, and for everyone else; and what each of its buttons does.
 */

const T1 = new Date('2026-03-16T08:00:00.000Z');
const WEEK = 7 * 24 * 60 * 60 * 1000;
const CYCLE3 = new Date('2026-03-30T07:00:00.000Z');
const WEDNESDAY = new Date('2026-04-01T09:00:00.000Z');
const en = messagesFor('en');
const ORG = 'U0ORG00001';
const ORG_MENTOR = 'U0ORGMEN01';
const PARTICIPANT = 'U0MEE00001';
const SUMMARY = 'C0SUMMARY1';
const ELSEWHERE = 'C0NOTIN001';
const ORGANIZER_ONLY = /Your programme|may need a hand|Needs your attention|Meeting rate per session|home_export/;

function publishesTo(h: Harness, userId: string): FakeCall[] {
  return h.fake.callsTo('views.publish').filter((call) => call.args.user_id === userId);
}

function homeJson(h: Harness, userId: string): string {
  return JSON.stringify(h.fake.homeOf(userId)?.blocks ?? []);
}

describe("the organizer's Home tab: the programme at a glance", () => {
  let h: Harness;
  let pairs: Pair[];
  let activeId: number;
  let enrollingId: number;

  const tick = async (now: Date) => {
    h.setNow(now.toISOString());
    await runTick({ ...h.app.ctx.deliveryDeps, dispatch: { waitHorizonMs: 0 } }, now);
    await h.settled();
  };
  const openHome = async (userId: string) => {
    await h.slack.appHomeOpened(userId);
    await h.settled();
  };
  const press = async (userId: string, actionId: string, value: string) => {
    await h.slack.blockAction(userId, { actionId, value, view: 'home', allowMissing: true });
    await h.settled();
  };

  beforeEach(async () => {
    h = await startHarness({ now: T1.toISOString(), organizers: [ORG] });
    h.fake.addUser({ id: ORG, name: 'grace' });
    h.fake.addUser({ id: ORG_MENTOR, name: 'olle', locale: 'sv-SE' });
    h.fake.addChannel({ id: SUMMARY, name: 'mentoring' });
    h.fake.addChannel({ id: ELSEWHERE, name: 'random', botIsMember: false });
    addOrganizer(h.db, ORG_MENTOR, ORG, T1);
    const earlier = insertCohort(h.db, { name: 'Autumn 2025', startDate: '2025-09-01', weeks: 8, cadence: 'weekly', nudgeDay: 'mon', nudgeTime: '09:00', timezone: 'Europe/Stockholm', summaryChannel: SUMMARY, capacity: 1, createdBy: ORG }, T1);
    h.db.prepare("UPDATE cohorts SET status = 'completed', completed_at = ? WHERE id = ?").run('2025-11-03T08:00:00.000Z', earlier.id);
    const cohort = addCohort(h.db, { name: 'Spring 2026', weeks: 8, summaryChannel: SUMMARY });
    activeId = cohort.id;
    pairs = [
      addPair(h.db, { cohort, mentor: { userId: 'U0MEN00001', role: 'mentor' }, mentee: { userId: PARTICIPANT, role: 'mentee' } }),
      addPair(h.db, { cohort, mentor: { userId: ORG_MENTOR, role: 'mentor', locale: 'sv-SE' }, mentee: { userId: 'U0MEE00002', role: 'mentee' } }),
      addPair(h.db, { cohort, mentor: { userId: 'U0MEN00003', role: 'mentor' }, mentee: { userId: 'U0MEE00003', role: 'mentee' } }),
    ];
    for (const pair of pairs) for (const id of [pair.mentorId, pair.menteeId]) {
      if (!h.fake.user(id)) h.fake.addUser({ id, name: id.toLowerCase() });
      enroll(h.db, cohort.id, id, T1);
    }
    const enrolling = insertCohort(h.db, { name: 'Autumn 2026', startDate: '2026-09-07', weeks: 12, cadence: 'weekly', nudgeDay: 'mon', nudgeTime: '09:00', timezone: 'Europe/Stockholm', summaryChannel: SUMMARY, capacity: 1, createdBy: ORG }, T1);
    enrollingId = enrolling.id;
    seedPerson(h.db, { userId: 'U0NEWMEN01', role: 'mentor' }, enrolling.id);
    seedPerson(h.db, { userId: 'U0NEWMEE01', role: 'mentee' }, enrolling.id);
    suggestTopic(h.db, 'U0MEN00003', 'en', { title: 'Gaming at work', description: '' }, T1);
    // Three sessions: nobody meets, so by session 3 every pair is at risk; pair 3 asks for a new partner.
    for (const at of [T1, new Date(T1.getTime() + WEEK), CYCLE3]) await tick(at);
    h.setNow(WEDNESDAY.toISOString());
    await h.slack.command('U0MEE00003', 'rematch we never meet');
    await h.settled();
    // The sessions' own summaries went to the channel meanwhile; from here on only what the tests do is recorded.
    h.fake.clear();
  });
  afterEach(() => h.close());

  it("publishes each running cohort's figures, its pairs at risk by name with their reasons, and the buttons", async () => {
    await openHome(ORG);
    const home = homeJson(h, ORG);
    expect(home).toContain('*Spring 2026* · session 3 of 8, in progress');
    expect(home).toContain('6 enrolled · 6 paired in 3 pairs · 0 unmatched · 0 paused · 0 left');
    expect(home).toContain('*Session 3 so far:* 0 of 3 pairs met · 0 reflections');
    expect(home).toContain('*Meeting rate per session:* ▁▁▁  1: 0% · 2: 0% · 3: 0% so far');
    expect(home).toContain('*3 pairs may need a hand*');
    expect(home).toContain(`<@U0MEN00001> (mentor) and <@${PARTICIPANT}> (mentee): no meeting recorded in their last two sessions`);
    expect(home).toContain('<@U0MEE00003> asked for a new partner (paired with <@U0MEN00003>)');
    expect(home).toContain('*Autumn 2026* · enrolling');
    expect(home).toContain('2 people enrolled: 1 mentor and 1 mentee');
    expect(home).toContain('*Autumn 2025* — completed');
    expect(home).toContain('A topic suggestion* is waiting for your review');
    for (const id of [ACTION.homeMatch, ACTION.homeSummary, ACTION.homeExport, ACTION.homeCohortClose, ACTION.homeTopicsReview]) expect(home).toContain(id);
    // A cohort is enrolling, so no second one can be created: no New cohort button.
    expect(home).not.toContain(ACTION.homeCohortNew);
  });

  it('a participant who is also an organizer sees both parts, and nothing about their own pair', async () => {
    await openHome(ORG_MENTOR);
    const home = homeJson(h, ORG_MENTOR);
    expect(home).toContain('Ditt program');
    expect(home).toContain('Ditt eget mentorskap');
    expect(home).toContain('2 par kan behöva stöd');
    expect(home).toContain(ACTION.homePause);
    // Their own pair is not listed among those at risk.
    expect(home).not.toContain('(mentor) och <@U0MEE00002>');
  });

  it('is never published to someone who is not an organizer with organizer data, whatever they press', async () => {
    await openHome(PARTICIPANT);
    await h.slack.blockAction(PARTICIPANT, { actionId: ACTION.homeExport, value: String(activeId), view: 'home', allowMissing: true });
    await h.slack.blockAction(PARTICIPANT, { actionId: ACTION.homeCohortsShow, value: 'all', view: 'home', allowMissing: true });
    await h.slack.blockAction(PARTICIPANT, { actionId: ACTION.homeCohortClose, value: String(activeId), view: 'home', allowMissing: true });
    await h.settled();
    expect(publishesTo(h, PARTICIPANT).length).toBeGreaterThanOrEqual(4);
    for (const call of publishesTo(h, PARTICIPANT)) expect(JSON.stringify(call.args.view)).not.toMatch(ORGANIZER_ONLY);
    expect(findCohort(h.db, activeId)?.status).toBe('active');
    expect(h.fake.callsTo('files.completeUploadExternal')).toEqual([]);
    expect(h.fake.messagesIn(PARTICIPANT).map((message) => message.text)).toContain(en.notOrganizer);
    // Someone whose rights are taken away loses the programme on the next publish.
    h.db.prepare('DELETE FROM organizers WHERE user_id = ?').run(ORG_MENTOR);
    await openHome(ORG_MENTOR);
    expect(homeJson(h, ORG_MENTOR)).not.toMatch(/Ditt program|kan behöva stöd/);
  });

  it('Export sends the CSV to the organizer; Review topics the suggestions; Match the preview; all by DM', async () => {
    await openHome(ORG);
    await press(ORG, ACTION.homeExport, String(activeId));
    expect(h.fake.callsTo('files.completeUploadExternal').map((call) => call.args.channel_id)).toEqual([h.fake.dmOf(ORG)]);
    await press(ORG, ACTION.homeTopicsReview, 'review');
    expect(JSON.stringify(h.fake.messagesIn(ORG).at(-1)?.blocks)).toContain('Gaming at work');
    await press(ORG, ACTION.homeMatch, String(enrollingId));
    const preview = JSON.stringify(h.fake.messagesIn(ORG).at(-1)?.blocks);
    expect(preview).toContain(ACTION.matchConfirm);
    expect(preview).toContain('<@U0NEWMEN01>');
  });

  it("Post summary opens a modal on the cohort's channel; a channel the app is not in gets the inline error; posted, the private part comes by DM", async () => {
    await openHome(ORG);
    await press(ORG, ACTION.homeSummary, String(activeId));
    const modal = (await h.fake.waitFor('views.open')).args.view as { callback_id: string; private_metadata: string; blocks: unknown[] };
    expect(modal.callback_id).toBe(CALLBACK.summaryPost);
    expect(modal.private_metadata).toBe(String(activeId));
    expect(JSON.stringify(modal.blocks)).toContain(`"initial_conversation":"${SUMMARY}"`);

    const values = (channel: string) => ({ [SUMMARY_POST.channel]: { [SUMMARY_POST.channel]: input.conversationsSelect(channel) } });
    const refused = await h.slack.viewSubmission(ORG, { callbackId: CALLBACK.summaryPost, values: values(ELSEWHERE) });
    expect(refused.json).toEqual({
      response_action: 'errors',
      errors: { [SUMMARY_POST.channel]: 'Reverse Mentor is not in this channel yet. Type /invite @Reverse Mentor in that channel, then press Post again.' },
    });
    const summaries = () => h.fake.messagesIn(SUMMARY).filter((message) => message.metadata?.event_type === METADATA_EVENT.summary).length;
    const before = summaries();
    const posted = await h.slack.viewSubmission(ORG, { callbackId: CALLBACK.summaryPost, values: values(SUMMARY) });
    expect(posted.body).toBe('');
    await h.settled();
    expect(summaries()).toBe(before + 1);
    expect(h.fake.callsTo('files.completeUploadExternal').map((call) => call.args.channel_id)).toEqual([SUMMARY]);
    const dm = JSON.stringify(h.fake.messagesIn(ORG).at(-1)?.blocks);
    expect(dm).toContain(`The summary of *Spring 2026* is posted in <#${SUMMARY}>.`);
    expect(dm).toContain('may need a hand');
  });

  it('Close asks in a dialog first, then closes the cohort; Show all lists every other cohort', async () => {
    await openHome(ORG);
    const close = JSON.stringify(h.fake.homeOf(ORG)?.blocks).includes('"confirm":{"title"');
    expect(close).toBe(true);
    await press(ORG, ACTION.homeCohortClose, String(enrollingId));
    expect(findCohort(h.db, enrollingId)?.status).toBe('completed');
    expect(h.fake.messagesIn(ORG).at(-1)?.text).toContain('Autumn 2026');
    // The tab is published again: no Match now, and a new cohort can be created.
    const home = homeJson(h, ORG);
    expect(home).not.toContain(ACTION.homeMatch);
    expect(home).toContain(ACTION.homeCohortNew);
    await press(ORG, ACTION.homeCohortNew, 'new');
    expect(((await h.fake.waitFor('views.open')).args.view as { callback_id: string }).callback_id).toBe(CALLBACK.cohortCreate);

    // Nine other cohorts now: the five newest in one line each, and a button for all of them.
    for (let n = 1; n <= 7; n += 1) {
      const old = insertCohort(h.db, { name: `Pilot ${n}`, startDate: '2024-01-01', weeks: 4, cadence: 'weekly', nudgeDay: 'mon', nudgeTime: '09:00', timezone: 'Europe/Stockholm', summaryChannel: SUMMARY, capacity: 1, createdBy: ORG }, T1);
      h.db.prepare("UPDATE cohorts SET status = 'completed', completed_at = '2024-02-01T00:00:00.000Z' WHERE id = ?").run(old.id);
    }
    await openHome(ORG);
    expect(homeJson(h, ORG).match(/• \*Pilot \d\*/g)).toHaveLength(5);
    expect(homeJson(h, ORG)).not.toContain('Autumn 2025');
    expect(homeJson(h, ORG)).toContain('Show all 9');
    await press(ORG, ACTION.homeCohortsShow, 'all');
    expect(homeJson(h, ORG).match(/• \*Pilot \d\*/g)).toHaveLength(7);
    expect(homeJson(h, ORG)).toContain('*Autumn 2025* — completed');
    await press(ORG, ACTION.homeCohortsShow, 'recent');
    expect(homeJson(h, ORG).match(/• \*Pilot \d\*/g)).toHaveLength(5);
  });

  it('status answers an organizer with what the Home tab shows, as text', async () => {
    const sent = await h.slack.command(ORG, 'status');
    await h.settled();
    const reply = JSON.stringify(h.fake.responsesAt(decodeURIComponent(sent.responseUrl.split('/').pop() as string)));
    expect(reply).toContain('Your programme at a glance');
    expect(reply).toContain('session 3 of 8, in progress');
    expect(reply).toContain('*3 pairs may need a hand*');
    expect(reply).not.toContain("You haven't joined yet");
  });
});
