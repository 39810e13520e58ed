import type { Cohort } from '../../src/db/repositories/cohorts';
import { messagesFor } from '../../src/i18n';
import type { ProgrammeOverview, RunningCohort } from '../../src/services/programme-overview';
import { DETAILED_COHORTS_MAX } from '../../src/services/programme-overview';
import { homeView } from '../../src/views/home';
import { ACTION } from '../../src/views/ids';
import { SLACK_LIMITS } from '../../src/views/mrkdwn';
import { OTHERS_COLLAPSED, organizerHomeBlocks, organizerStatusMessage } from '../../src/views/organizer-home';

const en = messagesFor('en');
const sv = messagesFor('sv');
const NOW = new Date('2027-02-03T10:00:00Z');

type AnyBlock = { type: string; text?: { text: string }; elements?: Array<{ action_id?: string; value?: string; confirm?: unknown; text?: unknown }> };

function cohort(id: number, status: Cohort['status'], name = `Cohort ${id} <!here>`): Cohort {
  return {
    id,
    name,
    startDate: '2027-01-04',
    weeks: 8,
    cadence: 'weekly',
    nudgeDay: 'mon',
    nudgeTime: '09:00',
    timezone: 'Europe/Stockholm',
    summaryChannel: 'C0SUM',
    capacity: 1,
    status,
    createdBy: 'U0ORG',
    createdAt: '2026-12-01T00:00:00Z',
    completedAt: status === 'completed' ? '2026-11-30T09:00:00Z' : null,
  };
}

function running(id: number, status: 'active' | 'enrolling' = 'active', overrides: Partial<RunningCohort> = {}): RunningCohort {
  const rates = [0.6, 0.8, 0.4];
  return {
    cohort: cohort(id, status),
    cycles: 8,
    cycle: status === 'active' ? 3 : 0,
    firstSessionAt: new Date('2027-01-04T08:00:00Z'),
    people: { enrolled: 12, mentors: 6, mentees: 6, paired: 10, pairs: 5, unmatched: 2, paused: 1, left: 0 },
    sessions:
      status === 'active'
        ? rates.map((rate, index) => ({ cycle: index + 1, pairsPrompted: 5, pairsMet: Math.round(rate * 5), reflections: 4, meetingRate: rate, responseRate: 0.4 }))
        : [],
    meetings: {
      booked: status === 'active' ? 7 : 0,
      held: status === 'active' ? 4 : 0,
      byCycle: status === 'active' ? [{ cycle: 1, booked: 4, held: 3 }, { cycle: 2, booked: 3, held: 1 }] : [],
      preparation: status === 'active' ? { session: 5, feedback: 4, confidentiality: 2, mentee: 3 } : { session: 0, feedback: 0, confidentiality: 0, mentee: 0 },
    },
    attention: {
      atRisk: status === 'active' ? [{ pairId: 1, cohortId: id, cycle: 3, mentorId: 'U0MEN1', menteeId: 'U0MEE1', reasons: ['not_met', 'low_rating'] }] : [],
      rematchRequests: status === 'active' ? [{ requestId: 1, userId: 'U0MEE2', partnerId: 'U0MEN2', at: new Date('2027-02-01T10:00:00Z') }] : [],
      undeliveredPrompts: status === 'active' ? [{ cycle: 2, mentorId: 'U0MEN3', menteeId: 'former:1', status: 'failed', error: 'channel_not_found' }] : [],
      otherUndelivered: status === 'active' ? 1 : 0,
      channel: status === 'active' ? { deliveryId: 4, channelId: 'C0SUM', problem: 'not_in_channel', at: NOW } : undefined,
    },
    ...overrides,
  };
}

function overview(runningCount: number, completedCount: number): ProgrammeOverview {
  const all = Array.from({ length: runningCount }, (_, i) => running(1000 + i, i === 0 ? 'enrolling' : 'active'));
  return {
    running: all.slice(0, DETAILED_COHORTS_MAX),
    others: [
      ...all.slice(DETAILED_COHORTS_MAX).map((entry) => ({ cohort: entry.cohort, enrolled: 12 })),
      ...Array.from({ length: completedCount }, (_, i) => ({ cohort: cohort(i + 1, 'completed', `Cohort ${'x'.repeat(70)} ${i}`), enrolled: 40 })),
    ],
    pendingSuggestions: 2,
    enrolling: runningCount > 0,
  };
}

const actionIds = (blocks: AnyBlock[]) => blocks.flatMap((block) => block.elements ?? []).flatMap((element) => (element.action_id ? [element.action_id] : []));

describe("the organizer's Home tab", () => {
  it('shows each running cohort in full: session, people, meetings so far with a sparkline, what needs attention by name, and its buttons', () => {
    const blocks = organizerHomeBlocks(en, overview(2, 0), { showAll: false, now: NOW }) as AnyBlock[];
    const json = JSON.stringify(blocks);
    expect(json).toContain('*Cohort 1001 &lt;!here&gt;* · session 3 of 8, in progress');
    expect(json).toContain('12 enrolled · 10 paired in 5 pairs · 2 unmatched · 1 paused · 0 left');
    expect(json).toContain('*Session 3 so far:* 2 of 5 pairs met · 4 reflections');
    expect(json).toContain('*Meeting rate per session:* ▅▇▄  1: 60% · 2: 80% · 3: 40% so far');
    // Meetings booked in Slack and the preparation read: counts only, in the cohort's figures.
    expect(json).toContain('Meetings in Slack: 7 booked, 4 held');
    expect(json).toContain('Preparation read: part 1 by 5 mentors, part 2 by 4 mentors, part 3 by 2 mentors; the mentee guide by 3 mentees');
    expect(json).toContain('*A pair may need a hand*');
    expect(json).toContain('<@U0MEN1> (mentor) and <@U0MEE1> (mentee): no meeting recorded in their last two sessions; one of them rated session 3 1 or 2 out of 5');
    expect(json).toContain('<@U0MEE2> asked for a new partner (paired with <@U0MEN2>)');
    expect(json).toContain('The prompt of session 2 did not reach <@U0MEN3> (mentor) and a former participant (mentee)');
    expect(json).toContain('1 other message did not arrive');
    expect(json).toContain("could not be posted in <#C0SUM>: Reverse Mentor isn't in that channel");
    expect(json).not.toContain('<!here>');
    expect(json).not.toContain('channel_not_found');
    // The enrolling cohort: its people and the Match button.
    expect(json).toContain('*Cohort 1000 &lt;!here&gt;* · enrolling, first session');
    expect(json).toContain('12 people enrolled: 6 mentors and 6 mentees');
    expect(json.match(/Meetings in Slack/g)).toHaveLength(1);
    expect(json).toContain('2 topic suggestions* are waiting for your review');
    expect(actionIds(blocks)).toEqual([
      ACTION.homeTopicsReview,
      ACTION.homeMatch,
      ACTION.homeSummary,
      ACTION.homeCohortClose,
      ACTION.homeSummary,
      ACTION.homeExport,
      ACTION.homeCohortClose,
    ]);
    // Closing asks first, in a confirmation dialog, within its 300 characters even for the longest escaped name.
    expect(blocks.flatMap((block) => block.elements ?? []).find((element) => element.action_id === ACTION.homeCohortClose)?.confirm).toBeDefined();
    const ampersands = organizerHomeBlocks(en, { ...overview(2, 0), running: [running(7, 'active', { cohort: cohort(7, 'active', '&'.repeat(80)) })] }, { showAll: false, now: NOW }) as AnyBlock[];
    const dialog = ampersands.flatMap((block) => block.elements ?? []).find((element) => element.action_id === ACTION.homeCohortClose)?.confirm as { text: { text: string } };
    expect(dialog.text.text.length).toBeLessThanOrEqual(300);
  });

  it('offers New cohort when none is enrolling, and says so when there is nothing yet', () => {
    const empty = organizerHomeBlocks(en, { running: [], others: [], pendingSuggestions: 0, enrolling: false }, { showAll: false, now: NOW }) as AnyBlock[];
    expect(actionIds(empty)).toEqual([ACTION.homeCohortNew, ACTION.homeTopicsReview]);
    expect(JSON.stringify(empty)).toContain('No cohorts yet');
  });

  it('reads as Swedish in Swedish', () => {
    const json = JSON.stringify(organizerHomeBlocks(sv, overview(2, 0), { showAll: false, now: NOW }));
    expect(json).toContain('träff 3 av 8 pågår');
    expect(json).toContain('*Träff 3 hittills:* 2 av 5 par har träffats');
    expect(json).toContain('Möten i Slack: 7 bokade, 4 genomförda');
    expect(json).toContain('Förberedelser lästa: del 1 av 5 mentorer');
    expect(json).toContain('Ett par kan behöva stöd');
    expect(json).toContain('Behöver din uppmärksamhet');
    expect(json).toContain('Publicera sammanfattning');
  });

  it.each([
    [0, 0],
    [1, 0],
    [5, 25],
    [5, 1000],
    [30, 0],
    [30, 1000],
  ])('stays within Block Kit’s 100 blocks with %i running and %i other cohorts, shown all or collapsed', (runningCount, completed) => {
    for (const showAll of [false, true]) {
      const view = homeView(en, { status: undefined, organizer: { overview: overview(runningCount, completed), showAll, now: NOW } });
      expect(view.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocksPerView);
      const ids = new Set<string>();
      for (const block of view.blocks as Array<AnyBlock & { block_id?: string }>) {
        expect((block.text?.text ?? '').length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
        if (block.block_id) {
          expect(ids.has(block.block_id)).toBe(false);
          ids.add(block.block_id);
        }
      }
    }
  });

  it('30 cohorts, 5 of them running: the 5 in full, the other 25 collapsed to one line each with "Show all"', () => {
    const data = overview(5, 25);
    const collapsed = homeView(en, { status: undefined, organizer: { overview: data, showAll: false, now: NOW } }).blocks as AnyBlock[];
    const json = JSON.stringify(collapsed);
    expect(collapsed.filter((block) => block.type === 'actions' && String((block as { block_id?: string }).block_id).startsWith('org_cohort_'))).toHaveLength(5);
    expect(json.match(/• \*Cohort x+ \d+\*/g)).toHaveLength(OTHERS_COLLAPSED);
    expect(json).toContain('Show all 25');
    const all = JSON.stringify(homeView(en, { status: undefined, organizer: { overview: data, showAll: true, now: NOW } }).blocks);
    expect(all.match(/• \*Cohort x+ \d+\*/g)).toHaveLength(25);
    expect(all).toContain('Show fewer');
  });

  it('leads with the programme and then the organizer’s own part: Join when they are not taking part', () => {
    const view = homeView(en, { status: undefined, organizer: { overview: overview(1, 0), showAll: false, now: NOW } });
    const headers = (view.blocks as AnyBlock[]).filter((block) => block.type === 'header').map((block) => block.text?.text);
    expect(headers).toEqual(['Your programme', 'Your own mentoring']);
    expect(actionIds(view.blocks as AnyBlock[]).at(-1)).toBe(ACTION.homeJoin);
    // A participant who is not an organizer sees no programme at all.
    expect(JSON.stringify(homeView(en, { status: undefined }).blocks)).not.toContain('Your programme');
  });
});

describe('/reverse-mentor status for an organizer', () => {
  it('is what the Home tab shows, as text without buttons, within a message’s 50 blocks', () => {
    for (const [runningCount, completed] of [[2, 0], [30, 1000]] as const) {
      const message = organizerStatusMessage(en, overview(runningCount, completed), NOW, 'Role: mentee');
      expect(message.blocks!.length).toBeLessThanOrEqual(SLACK_LIMITS.blocksPerMessage);
      expect(message.blocks!.some((block) => block.type === 'actions')).toBe(false);
      const json = JSON.stringify(message.blocks);
      expect(json).toContain('session 3 of 8, in progress');
      expect(json).toContain('Your own mentoring');
      expect(json).toContain('Role: mentee');
    }
  });
});
