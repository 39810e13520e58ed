import { enroll, findCohort, insertCohort } from '../../src/db/repositories/cohorts';
import { findPair, type Pair } from '../../src/db/repositories/pairs';
import { findParticipant } from '../../src/db/repositories/participants';
import { listPromptsOfPair } from '../../src/db/repositories/prompts';
import { runTick } from '../../src/scheduler/tick';
import { cohortCompletesAt } from '../../src/services/calendar';
import { summaryDueAt } from '../../src/services/summaries';
import { ACTION, CALLBACK, JOIN, REFLECTION } from '../../src/views/ids';
import { addCohort, addPair } from '../helpers/prompts';
import { seedReflection } from '../helpers/reflections';
import { findElement, type StoredView } from '../support/fake-slack';
import { input } from '../support/slack-requests';
import { startHarness, type Harness } from './harness';

/**
 * Every promise the copy makes, checked against what happens (PRODUCT.md §11): whatever a message says will happen
 * is found in the fake Slack after the real app has run, through signed requests and the real scheduler.
 */

const T1 = '2026-03-16T08:00:00.000Z';
const DAY_LATER = '2026-03-17T09:00:00.000Z';
const ORG = 'U0ORG00001';
const MENTOR = 'U0MEN00001';
const MENTEE = 'U0MEE00001';
const SV_MENTEE = 'U0MEESV001';
const SV_MENTOR = 'U0MENSV001';
const LONER = 'U0LONE0001';
const SUMMARY_CHANNEL = 'C0SUMMARY1';

type Reply = { text: string; blocks?: unknown[]; response_type?: string };

describe('what the app promises, end to end', () => {
  let h: Harness;
  let pair: Pair;
  let svPair: Pair;

  const tick = (iso: string) => runTick({ ...h.app.ctx.deliveryDeps, dispatch: { waitHorizonMs: 0 } }, new Date(iso));

  async function command(userId: string, text: string): Promise<Reply[]> {
    const sent = await h.slack.command(userId, text);
    expect(sent.status).toBe(200);
    await h.settled();
    return h.fake.responsesAt(decodeURIComponent(sent.responseUrl.split('/').pop() as string)) as Reply[];
  }

  /** The DMs the app sent a person, as text. */
  const dms = (userId: string) => h.fake.messagesIn(userId).map((message) => message.text);
  const promptMessage = (p: Pair) => h.fake.messagesIn(p.channelId!).find((message) => message.metadata?.event_type === 'rm_nudge')!;

  beforeEach(async () => {
    h = await startHarness({ now: T1, organizers: [ORG] });
    for (const id of [ORG, MENTOR, MENTEE, LONER]) h.fake.addUser({ id, name: id.toLowerCase() });
    for (const id of [SV_MENTEE, SV_MENTOR]) h.fake.addUser({ id, name: id.toLowerCase(), locale: 'sv-SE' });
    h.fake.addChannel({ id: SUMMARY_CHANNEL, name: 'mentoring-summaries' });
    const cohort = addCohort(h.db);
    pair = addPair(h.db, { cohort, mentor: { userId: MENTOR, role: 'mentor', topics: ['ai-at-work', 'hybrid-work'] }, mentee: { userId: MENTEE, role: 'mentee', topics: ['ai-at-work'] } });
    svPair = addPair(h.db, {
      cohort,
      mentor: { userId: SV_MENTOR, role: 'mentor', locale: 'sv-SE' },
      mentee: { userId: SV_MENTEE, role: 'mentee', locale: 'sv-SE' },
    });
    for (const id of [MENTOR, MENTEE, SV_MENTOR, SV_MENTEE]) enroll(h.db, cohort.id, id, new Date(T1));
    await tick(T1);
    h.setNow(DAY_LATER);
    h.fake.clear();
  });
  afterEach(() => h.close());

  describe('leaving: "your partner and the organizers will be told"', () => {
    it('the question says so, and after confirming the partner has a kind DM, the organizers name who needs a new match, and prompts stop', async () => {
      const [question] = await command(MENTEE, 'leave');
      expect(question?.text).toBe('Leave Reverse Mentor? Your pairing ends, and your mentor and the organizers will be told you have left, not why.');

      await h.slack.blockAction(MENTEE, { actionId: ACTION.leaveConfirm, value: 'leave', isEphemeral: true, allowMissing: true, channelId: 'C0GENERAL' });
      await h.settled();

      expect(findParticipant(h.db, MENTEE)?.status).toBe('left');
      expect(findPair(h.db, pair.id)?.status).toBe('ended');
      // The partner: told kindly, by role and name, never why.
      expect(dms(MENTOR)).toEqual([
        `Your mentee <@${MENTEE}> has had to leave the programme, so your pairing in *Spring 2026* has ended. ` +
          "That's nobody's fault. Thank you for the time you gave it — the organizers will be in touch about what comes next.",
      ]);
      // The organizers: who left, and who may need a new match.
      expect(dms(ORG)).toEqual([
        `<@${MENTEE}> has left the Reverse Mentor programme. Their pairing in *Spring 2026* has ended, so <@${MENTOR}> may need a new match: ` +
          '`/reverse-mentor pair @mentor @mentee`.',
      ]);
      // No prompt for the pair any more, and the partner's status no longer names the one who left.
      await tick('2026-03-23T08:00:00.000Z');
      const sessionTwo = (p: Pair) =>
        h.fake.messagesIn(p.channelId!).filter((message) => message.metadata?.event_type === 'rm_nudge' && (message.metadata.event_payload as { cycle?: number }).cycle === 2);
      expect(sessionTwo(pair)).toHaveLength(0);
      expect(sessionTwo(svPair)).toHaveLength(1);
      const status = await command(MENTOR, 'status');
      expect(JSON.stringify(status)).toContain('*Your match:* not made yet');
    });

    it('someone without a partner is told only the organizers will hear, and only they do', async () => {
      h.fake.addUser({ id: LONER, name: 'loner' });
      await h.slack.viewSubmission(LONER, {
        callbackId: CALLBACK.join,
        allowMissing: true,
        values: {
          [JOIN.role]: { [JOIN.role]: input.radio('mentee') },
          [JOIN.department]: { [JOIN.department]: input.plain('Finance') },
          [JOIN.seniority]: { [JOIN.seniority]: input.staticSelect('20+') },
          [JOIN.topics]: { [JOIN.topics]: input.multiStaticSelect(['ai-at-work']) },
          [JOIN.confidentiality]: { [JOIN.confidentiality]: input.checkboxes(['agree']) },
        },
      });
      await h.settled();
      const [question] = await command(LONER, 'leave');
      expect(question?.text).toBe('Leave Reverse Mentor? The organizers will be told you have left, not why.');
      h.fake.clear();
      await h.slack.blockAction(LONER, { actionId: ACTION.leaveConfirm, value: 'leave', isEphemeral: true, allowMissing: true, channelId: 'C0GENERAL' });
      await h.settled();
      const told = h.fake.callsTo('chat.postMessage').map((call) => call.args.channel);
      expect(told).toEqual([ORG]);
    });
  });

  describe('pausing: prompts are the pair\'s, so the partner is told', () => {
    it('the confirmation says the partner pauses too and is told; the partner hears of the break and of the return, never why', async () => {
      const [paused] = await command(MENTEE, 'pause 2');
      expect(paused?.text).toMatch(
        new RegExp(
          `^Paused until <!date\\^\\d+\\^\\{date_long\\}\\|2026-03-31 09:00 UTC>\\. Prompts are for the two of you, so your mentor <@${MENTOR}> gets none until then either\\. ` +
            "I'm letting them know you're taking a break, not why\\.",
        ),
      );
      expect(dms(MENTOR)).toHaveLength(1);
      expect(dms(MENTOR)[0]).toMatch(new RegExp(`^Your mentee <@${MENTEE}> is taking a short break until <!date\\^\\d+\\^\\{date_long\\}\\|2026-03-31 09:00 UTC>, so there are no prompts`));
      // The partner's status does not promise a prompt inside the break.
      expect(JSON.stringify(await command(MENTOR, 'status'))).not.toContain('2026-03-23 08:00 UTC');
      // The partner's prompts do stop.
      await tick('2026-03-23T08:00:00.000Z');
      expect(listPromptsOfPair(h.db, pair.id).find((prompt) => prompt.cycle === 2)?.deliveryStatus).toBe('skipped');

      h.setNow('2026-03-24T10:00:00.000Z');
      const [back] = await command(MENTEE, 'resume');
      expect(back?.text).toBe(`Welcome back! Prompts start again from the next one, and I'm letting <@${MENTOR}> know.`);
      expect(dms(MENTOR)).toHaveLength(2);
      expect(dms(MENTOR)[1]).toMatch(new RegExp(`^Your mentee <@${MENTEE}> is back, so your prompts start again with the next one, on <!date\\^`));
      // Nothing about why, anywhere.
      expect(JSON.stringify(h.fake.messagesIn(MENTOR))).not.toMatch(/because|reason/i);
    });

    it('a pause that runs out by itself is told to the partner by the scheduler, in their language, exactly once', async () => {
      await command(SV_MENTOR, 'pause 1');
      expect(dms(SV_MENTEE)).toHaveLength(1);
      expect(dms(SV_MENTEE)[0]).toMatch(new RegExp(`^Din mentor <@${SV_MENTOR}> tar en kort paus till <!date`));
      await tick('2026-03-24T09:05:00.000Z');
      await tick('2026-03-24T09:10:00.000Z');
      expect(findParticipant(h.db, SV_MENTOR)?.status).toBe('active');
      // The mentee's direct messages about their mentor (the half-way check-in may come in the same pass).
      const notices = dms(SV_MENTEE).filter((text) => text.startsWith(`Din mentor <@${SV_MENTOR}>`));
      expect(notices).toHaveLength(2);
      // The session 2 prompt that fell due in the break is still within its catch-up and goes out now: no past date.
      expect(notices[1]).toBe(`Din mentor <@${SV_MENTOR}> är tillbaka, så era utskick startar igen med nästa.`);
    });

    it('pausing from App Home says the same, in a DM', async () => {
      await h.slack.appHomeOpened(MENTOR);
      await h.settled();
      await h.slack.blockAction(MENTOR, { actionId: ACTION.homePause, view: 'home' });
      await h.settled();
      expect(dms(MENTOR).at(-1)).toContain(`so your mentee <@${MENTEE}> gets none until then either`);
      expect(dms(MENTEE).at(-1)).toContain(`Your mentor <@${MENTOR}> is taking a short break until`);
    });
  });

  it('"New topic" leaves a line saying who picked it, as "We met" and "Skip" do', async () => {
    const message = promptMessage(pair);
    await h.slack.blockAction(MENTEE, { actionId: ACTION.nudgeNewTopic, channelId: pair.channelId!, messageTs: message.ts });
    await h.settled();
    const updated = h.fake.message(pair.channelId!, message.ts)!;
    expect(JSON.stringify(updated.blocks)).toContain(`🔄 <@${MENTEE}> picked a new topic`);
    h.setNow('2026-03-18T09:00:00.000Z');
    await h.slack.blockAction(MENTOR, { actionId: ACTION.nudgeMet, channelId: pair.channelId!, messageTs: message.ts });
    await h.settled();
    const context = (h.fake.message(pair.channelId!, message.ts)!.blocks as Array<{ block_id?: string; elements?: Array<{ text: string }> }>).find(
      (block) => block.block_id === 'nudge_responses',
    );
    expect(context?.elements?.[0]?.text).toBe(`🔄 <@${MENTEE}> picked a new topic\n✅ <@${MENTOR}> marked that you met`);
  });

  describe('reflecting', () => {
    const latestModal = (userId: string) => h.fake.latestView({ callbackId: CALLBACK.reflection, userId }) as StoredView;
    const block = (view: StoredView, id: string) => (view.blocks as Array<{ block_id?: string; optional?: boolean; element?: { initial_option?: { value: string } } }>).find((b) => b.block_id === id);

    async function pressReflect(userId: string, p: Pair) {
      await h.slack.blockAction(userId, { actionId: ACTION.nudgeReflect, channelId: p.channelId!, messageTs: promptMessage(p).ts });
      await h.settled();
      return latestModal(userId);
    }

    it('after "We met", Reflect opens with "Yes, we met" chosen and the rating asked for, required', async () => {
      await h.slack.blockAction(MENTOR, { actionId: ACTION.nudgeMet, channelId: pair.channelId!, messageTs: promptMessage(pair).ts });
      await h.settled();
      for (const userId of [MENTOR, MENTEE]) {
        const modal = await pressReflect(userId, pair);
        expect(block(modal, REFLECTION.met)?.element?.initial_option?.value).toBe('yes');
        expect(block(modal, REFLECTION.rating)).toBeDefined();
        expect(block(modal, REFLECTION.rating)?.optional).toBeUndefined();
      }
    });

    it('choosing whether they met redraws the modal: the rating appears with "Yes", goes with "No"; what was typed stays', async () => {
      const modal = await pressReflect(MENTEE, pair);
      expect(block(modal, REFLECTION.rating)).toBeUndefined();
      const typed = { [REFLECTION.learned]: { [REFLECTION.learned]: input.plain('Kept while choosing') } };
      await h.slack.blockAction(MENTEE, { actionId: REFLECTION.met, view: { id: modal.id }, selectedOption: 'yes', values: { ...typed, [REFLECTION.met]: { [REFLECTION.met]: input.radio('yes') } } });
      await h.settled();
      const update = h.fake.callsTo('views.update').at(-1)!;
      expect(update.args.view_id).toBe(modal.id);
      expect(update.args.hash).toBe(modal.hash);
      const redrawn = latestModal(MENTEE);
      expect(block(redrawn, REFLECTION.rating)?.optional).toBeUndefined();
      expect(JSON.stringify(redrawn.blocks)).toContain('Kept while choosing');
      await h.slack.blockAction(MENTEE, { actionId: REFLECTION.met, view: { id: modal.id }, selectedOption: 'no', values: { [REFLECTION.met]: { [REFLECTION.met]: input.radio('no') } } });
      await h.settled();
      expect(block(latestModal(MENTEE), REFLECTION.rating)).toBeUndefined();
    });

    it('a "Yes" submitted from a modal that was never redrawn shows the rating instead of an error against a field nobody sees', async () => {
      const modal = await pressReflect(MENTEE, pair);
      const sent = await h.slack.viewSubmission(MENTEE, { callbackId: CALLBACK.reflection, viewId: modal.id, values: { [REFLECTION.met]: { [REFLECTION.met]: input.radio('yes') } } });
      const answer = sent.json as { response_action: string; view: StoredView };
      expect(answer.response_action).toBe('update');
      expect(block(answer.view, REFLECTION.met)?.element?.initial_option?.value).toBe('yes');
      expect(block(answer.view, REFLECTION.rating)).toBeDefined();
    });

    it('the sharing choices name the channel the summary goes to, and a shared reflection is quoted in exactly that channel', async () => {
      const modal = await pressReflect(MENTEE, pair);
      const sharing = JSON.stringify(block(modal, REFLECTION.sharing));
      const named = /Quoted in <#(C[A-Z0-9]+)>, without my name/.exec(sharing)?.[1];
      expect(named).toBe(findCohort(h.db, pair.cohortId)?.summaryChannel);
      expect(sharing).toContain('Leave out names');
      expect(sharing).toContain('Organizers see that you reflected and your rating, never your words.');
      await h.slack.blockAction(MENTEE, { actionId: REFLECTION.met, view: { id: modal.id }, selectedOption: 'yes', values: { [REFLECTION.met]: { [REFLECTION.met]: input.radio('yes') } } });
      await h.settled();
      const quote = 'Short videos teach fast';
      await h.slack.viewSubmission(MENTEE, {
        callbackId: CALLBACK.reflection,
        viewId: modal.id,
        values: {
          [REFLECTION.met]: { [REFLECTION.met]: input.radio('yes') },
          [REFLECTION.rating]: { [REFLECTION.rating]: input.staticSelect('4') },
          [REFLECTION.learned]: { [REFLECTION.learned]: input.plain(quote) },
          [REFLECTION.sharing]: { [REFLECTION.sharing]: input.radio('anonymous') },
        },
      });
      await h.settled();
      // The thanks say the same channel.
      expect(JSON.stringify(h.fake.messagesIn(MENTEE).at(-1))).toContain(`It may be quoted in <#${named}>, without your name.`);
      // The scheduled summary of session 1 goes to that channel, and quotes it there, without a name.
      const cohort = findCohort(h.db, pair.cohortId)!;
      await tick(summaryDueAt(cohort, 1).toISOString());
      const summaries = h.fake.callsTo('chat.postMessage').filter((call) => (call.args.metadata as { event_type?: string })?.event_type === 'rm_summary');
      expect(summaries.map((call) => call.args.channel)).toEqual([named]);
      expect(JSON.stringify(summaries[0]?.args.blocks)).toContain(quote);
      expect(JSON.stringify(summaries[0]?.args.blocks)).not.toContain(MENTEE);
    });
  });

  it('asking for a new match names each partner, never by user id, also when a name was never stored', async () => {
    const cohort = findCohort(h.db, pair.cohortId)!;
    h.db.prepare('UPDATE cohorts SET capacity = 2 WHERE id = ?').run(cohort.id);
    addPair(h.db, { cohort, mentor: MENTOR, mentee: { userId: 'U0MEE00009', role: 'mentee' } });
    h.db.prepare('UPDATE participants SET display_name = NULL WHERE user_id = ?').run('U0MEE00009');
    await command(MENTOR, 'rematch');
    const modal = h.fake.latestView({ callbackId: CALLBACK.rematchRequest, userId: MENTOR }) as StoredView;
    const select = findElement(modal.blocks, 'partner')?.element as { options: Array<{ text: { text: string } }> };
    expect(select.options.map((option) => option.text.text)).toEqual([MENTEE.toLowerCase(), 'Mentee 2']);
    expect(JSON.stringify(select)).not.toContain('U0MEE00009');
  });

  it('no reminder to reflect on a session the partner marked as skipped', async () => {
    await h.slack.blockAction(MENTOR, { actionId: ACTION.nudgeSkip, channelId: pair.channelId!, messageTs: promptMessage(pair).ts });
    await h.settled();
    h.fake.clear();
    const postedAt = new Date(listPromptsOfPair(h.db, pair.id)[0]!.postedAt!);
    await tick(new Date(postedAt.getTime() + 72 * 3600_000 + 60_000).toISOString());
    const reminded = h.fake.callsTo('chat.postMessage').map((call) => call.args.channel);
    // Neither member of the skipping pair; the other pair, who did nothing, is reminded.
    expect(reminded).not.toContain(MENTEE);
    expect(reminded).not.toContain(MENTOR);
    expect(reminded).toEqual(expect.arrayContaining([SV_MENTOR, SV_MENTEE]));
  });

  it('after the cohort completes, App Home shows what they did and what comes next, not "not matched yet · 0"', async () => {
    const [first] = listPromptsOfPair(h.db, pair.id);
    seedReflection(h.db, pair, 1, { promptId: first!.id, userId: MENTEE }, new Date(DAY_LATER));
    await tick('2026-03-23T08:00:00.000Z');
    const second = listPromptsOfPair(h.db, pair.id).find((prompt) => prompt.cycle === 2)!;
    seedReflection(h.db, pair, 2, { promptId: second.id, userId: MENTEE }, new Date('2026-03-24T08:00:00.000Z'));
    const cohort = findCohort(h.db, pair.cohortId)!;
    await tick(new Date(cohortCompletesAt(cohort).getTime() + 60_000).toISOString());
    expect(findCohort(h.db, cohort.id)?.status).toBe('completed');

    await h.slack.appHomeOpened(MENTEE);
    await h.settled();
    const home = JSON.stringify(h.fake.homeOf(MENTEE)?.blocks);
    expect(home).toContain('*Cohort:* Spring 2026 (completed)');
    expect(home).toContain(`*You were paired with:* <@${MENTOR}>`);
    expect(home).toContain('*You wrote:* 2 reflections. Thank you for the time you gave.');
    expect(home).toContain("*What's next:* you're enrolled in the next cohort as soon as an organizer opens one.");
    expect(home).not.toMatch(/not (matched|made) yet|reflections so far/);
    // Nothing to reflect on or pause until the next cohort.
    expect(findElement(h.fake.homeOf(MENTEE)?.blocks, ACTION.homeReflect)).toBeUndefined();
  });

  describe('newcomers: how it works, in two lines', () => {
    beforeEach(() => {
      // A fortnightly cohort taking people: 12 weeks, so 6 sessions.
      insertCohort(
        h.db,
        { name: 'Autumn 2026', startDate: '2026-09-07', weeks: 12, cadence: 'biweekly', nudgeDay: 'mon', nudgeTime: '09:00', timezone: 'Europe/Stockholm', summaryChannel: SUMMARY_CHANNEL, capacity: 1, createdBy: ORG },
        new Date(DAY_LATER),
      );
    });

    it('in the join modal, the welcome DM and App Home', async () => {
      await command(LONER, 'join');
      const modal = h.fake.latestView({ callbackId: CALLBACK.join, userId: LONER }) as StoredView;
      const shown = JSON.stringify(modal.blocks);
      expect(shown).toContain('A 45–60 minute conversation every other week: 6 sessions over 12 weeks in *Autumn 2026*, from <!date^');
      expect(shown).toContain('The mentee books the first meeting.');
      expect(shown).toContain('What comes next: when enrolment closes, the organizers make pairs');

      await h.slack.appHomeOpened(LONER);
      await h.settled();
      expect(JSON.stringify(h.fake.homeOf(LONER)?.blocks)).toContain('6 sessions over 12 weeks in *Autumn 2026*');

      await h.slack.viewSubmission(LONER, {
        callbackId: CALLBACK.join,
        values: {
          [JOIN.role]: { [JOIN.role]: input.radio('mentor') },
          [JOIN.department]: { [JOIN.department]: input.plain('Design') },
          [JOIN.seniority]: { [JOIN.seniority]: input.staticSelect('0-2') },
          [JOIN.topics]: { [JOIN.topics]: input.multiStaticSelect(['ai-at-work']) },
          [JOIN.confidentiality]: { [JOIN.confidentiality]: input.checkboxes(['agree']) },
        },
      });
      await h.settled();
      const welcome = JSON.stringify(h.fake.messagesIn(LONER).at(-1));
      expect(welcome).toContain('Nobody expects a five-year strategy from you');
      expect(welcome).toContain('6 sessions over 12 weeks in *Autumn 2026*');
      expect(welcome).toContain('What comes next: when enrolment closes');
      expect(JSON.stringify(h.fake.homeOf(LONER)?.blocks)).toContain('*How it works*');
    });

    it('the ground rules a person agrees to are shown whole', async () => {
      await command(LONER, 'join');
      const modal = h.fake.latestView({ callbackId: CALLBACK.join, userId: LONER }) as StoredView;
      const agree = findElement(modal.blocks, JOIN.confidentiality)?.element as { options: Array<{ text: { text: string }; description?: { text: string } }> };
      expect(agree.options[0]?.text.text).toBe('I keep what we talk about between the two of us.');
      expect(agree.options[0]?.description?.text).toBe("That we're paired is not a secret.");
    });
  });
});
