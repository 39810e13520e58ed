import { enroll } from '../../src/db/repositories/cohorts';
import type { Db } from '../../src/db/open';
import type { Pair } from '../../src/db/repositories/pairs';
import { setParticipantStatus } from '../../src/db/repositories/participants';
import { insertPrompt, recordPromptResponse } from '../../src/db/repositories/prompts';
import { messagesFor } from '../../src/i18n';
import { forgetPerson } from '../../src/services/forget-me';
import {
  buildCohortSummary,
  buildExportRows,
  buildPrivateSummary,
  currentCycle,
  latestDueSummaryCycle,
  parseSummaryKey,
  resolveSummaryCohort,
  summaryDueAt,
  summaryKey,
} from '../../src/services/summaries';
import { parse } from 'csv-parse/sync';
import type { ExportRow } from '../../src/services/summaries';
import { exportCsv, exportFilename } from '../../src/views/export-csv';
import { summaryMessage } from '../../src/views/summary';
import { freshDatabase } from '../helpers/db';
import { sessionClosedAt } from '../../src/services/anonymity';
import { addCohort, addPair, addPerson } from '../helpers/prompts';
import { cycleDue, postPrompt, seedReflection } from '../helpers/reflections';
import { mulberry32 } from '../helpers/random';

/**
 * The summary's figures against a scripted cohort: a seeded pseudo-random script of who met, who reflected, what
 * they rated and shared, over three cycles of twelve pairs. The expected figures are computed here from the script
 * alone, with plain loops, and compared with what the service computes from the database.
 */

const TOPICS = ['digital-tools', 'next-generation', 'challenging-assumptions', 'leadership-feedback', 'ai-at-work', 'hybrid-work'];
const SECRET = 'SECRET-private-reflection';

interface ScriptReflection {
  userId: string;
  met: 'yes' | 'no' | 'rescheduled';
  rating: number | null;
  sharing: 'private' | 'anonymous' | 'named';
  learned: string;
}
interface ScriptPrompt {
  pair: number;
  cycle: number;
  posted: boolean;
  topicId: string;
  button: boolean;
  reflections: ScriptReflection[];
}

function makeScript(pairs: Pair[], cycles: number, seed: number): ScriptPrompt[] {
  const random = mulberry32(seed);
  const script: ScriptPrompt[] = [];
  for (let cycle = 1; cycle <= cycles; cycle += 1) {
    pairs.forEach((pair, index) => {
      const posted = random() > 0.15;
      const reflections: ScriptReflection[] = [];
      if (posted) {
        for (const [side, userId] of [['mentor', pair.mentorId], ['mentee', pair.menteeId]] as const) {
          if (random() < 0.45) continue;
          const met = random() < 0.7 ? 'yes' : random() < 0.5 ? 'no' : 'rescheduled';
          const sharing = (['private', 'anonymous', 'named'] as const)[Math.floor(random() * 3)] as ScriptReflection['sharing'];
          reflections.push({
            userId,
            met,
            rating: met === 'yes' ? 1 + Math.floor(random() * 5) : null,
            sharing,
            learned: sharing === 'private' ? `${SECRET} ${cycle}-${index}-${side}` : `shared ${sharing} ${cycle}-${index}-${side}`,
          });
        }
      }
      script.push({ pair: index, cycle, posted, topicId: TOPICS[Math.floor(random() * TOPICS.length)] as string, button: posted && random() < 0.3, reflections });
    });
  }
  return script;
}

function seed(db: Db, pairs: Pair[], script: ScriptPrompt[]): void {
  for (const prompt of script) {
    const pair = pairs[prompt.pair] as Pair;
    if (!prompt.posted) {
      insertPrompt(db, { pairId: pair.id, cohortId: pair.cohortId, cycle: prompt.cycle, dueAt: cycleDue(prompt.cycle) }, cycleDue(prompt.cycle));
      continue;
    }
    const promptId = postPrompt(db, pair, prompt.cycle, { topicId: prompt.topicId });
    const at = new Date(cycleDue(prompt.cycle).getTime() + 3_600_000);
    if (prompt.button) recordPromptResponse(db, { promptId, userId: pair.mentorId, kind: 'met' }, at);
    for (const reflection of prompt.reflections) {
      seedReflection(db, pair, prompt.cycle, { promptId, ...reflection }, at);
    }
  }
}

/** What the summary of cycle k must say, from the script alone. */
function expected(script: ScriptPrompt[], k: number) {
  const met = (prompt: ScriptPrompt) => prompt.posted && (prompt.button || prompt.reflections.some((r) => r.met === 'yes'));
  const ofCycle = (cycle: number) => script.filter((prompt) => prompt.cycle === cycle);
  const upTo = script.filter((prompt) => prompt.cycle <= k);
  const ratings = script.flatMap((prompt) => prompt.reflections.flatMap((r) => (r.rating === null ? [] : [r.rating])));
  const topics = new Map<string, number>();
  for (const prompt of upTo.filter(met)) topics.set(prompt.topicId, (topics.get(prompt.topicId) ?? 0) + 1);
  const prompted = ofCycle(k).filter((prompt) => prompt.posted).length;
  const reflections = ofCycle(k).reduce((sum, prompt) => sum + prompt.reflections.length, 0);
  return {
    prompted,
    met: ofCycle(k).filter(met).length,
    reflections,
    responseRate: reflections / (2 * prompted),
    promptedSoFar: upTo.filter((prompt) => prompt.posted).length,
    metSoFar: upTo.filter(met).length,
    ratings,
    topics: [...topics].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 3),
    perCycle: Array.from({ length: k }, (_, index) => {
      const rows = ofCycle(index + 1);
      const posted = rows.filter((prompt) => prompt.posted).length;
      return {
        meetingRate: posted ? rows.filter(met).length / posted : null,
        responseRate: posted ? rows.reduce((sum, prompt) => sum + prompt.reflections.length, 0) / (2 * posted) : null,
      };
    }),
  };
}

describe('cohort summaries: the figures', () => {
  let db: Db;

  beforeEach(() => {
    ({ db } = freshDatabase());
  });
  afterEach(() => db.close());

  function cohortWith(pairCount: number) {
    const cohort = addCohort(db);
    const pairs = Array.from({ length: pairCount }, (_, i) =>
      addPair(db, {
        cohort,
        mentor: { userId: `UMEN${String(i).padStart(4, '0')}`, role: 'mentor' },
        mentee: { userId: `UMEE${String(i).padStart(4, '0')}`, role: 'mentee' },
      }),
    );
    for (const pair of pairs) for (const id of [pair.mentorId, pair.menteeId]) enroll(db, cohort.id, id, cycleDue(1));
    return { cohort, pairs };
  }

  it.each([1, 2, 3])('computes cycle %i of a scripted cohort exactly as the script says', (k) => {
    const { cohort, pairs } = cohortWith(12);
    const script = makeScript(pairs, 3, 20260316);
    seed(db, pairs, script);
    const want = expected(script, k);
    // Read when the cycle's summary is due (the day before the next cycle): every cycle reported on is finished.
    const summary = buildCohortSummary(db, cohort, 'en', summaryDueAt(cohort, 3), k);

    expect(summary.cycle).toBe(k);
    expect(summary.cycles).toBe(3);
    expect(summary.thisCycle).toMatchObject({ pairsPrompted: want.prompted, pairsMet: want.met, reflections: want.reflections });
    expect(summary.thisCycle.meetingRate).toBeCloseTo(want.met / want.prompted, 10);
    expect(summary.thisCycle.responseRate).toBeCloseTo(want.responseRate, 10);
    expect(summary.cumulative).toMatchObject({ pairsPrompted: want.promptedSoFar, pairsMet: want.metSoFar });
    expect(summary.cumulative.meetingRate).toBeCloseTo(want.metSoFar / want.promptedSoFar, 10);
    expect(summary.perCycle.map((row) => [row.meetingRate, row.responseRate])).toEqual(want.perCycle.map((row) => [row.meetingRate, row.responseRate]));

    // Every rating given is counted; the average and distribution stand on the sessions closed by then — when session
    // 3's summary is due, all three (services/anonymity.ts) — and on at least three ratings.
    expect(want.ratings.length).toBeGreaterThanOrEqual(3);
    expect(summary.ratings.count).toBe(want.ratings.length);
    const closed = script.flatMap((prompt) => prompt.reflections.flatMap((r) => (r.rating === null ? [] : [r.rating])));
    expect(closed.length).toBeGreaterThanOrEqual(3);
    expect(summary.ratings.basis).toEqual({ sessions: 3, ratings: closed.length });
    expect(summary.ratings.average).toBe(Math.round((closed.reduce((a, b) => a + b, 0) / closed.length) * 10) / 10);
    expect(summary.ratings.distribution).toEqual(Object.fromEntries([1, 2, 3, 4, 5].map((rating) => [rating, closed.filter((r) => r === rating).length])));
    expect(summary.topTopics.map((topic) => [topic.topicId, topic.meetings])).toEqual(want.topics);
    expect(summary.people).toEqual({ mentors: 12, mentees: 12, pairs: 12, unmatched: 0, paused: 0, left: 0 });

    // Highlights: this cycle's shared texts only, newest first, anonymous ones with no way to a name.
    const shared = script.filter((prompt) => prompt.cycle === k).flatMap((prompt) => prompt.reflections.filter((r) => r.sharing !== 'private'));
    expect(summary.highlights).toHaveLength(Math.min(5, shared.length));
    for (const highlight of summary.highlights) {
      expect(shared.map((r) => r.learned)).toContain(highlight.learned);
      if (highlight.sharing === 'anonymous') expect(Object.keys(highlight).sort()).toEqual(['learned', 'nextStep', 'sharing']);
      else expect(shared.find((r) => r.learned === highlight.learned)?.userId).toBe(highlight.userId);
    }
    expect(JSON.stringify(summary)).not.toContain(SECRET);
    expect(JSON.stringify(summaryMessage(messagesFor('en'), summary))).not.toContain(SECRET);
  });

  it('shows a cycle asked about minutes after its prompts went out as in progress, and leaves it out of the rate so far', () => {
    const { cohort, pairs } = cohortWith(2);
    const first = pairs.map((pair) => postPrompt(db, pair, 1));
    recordPromptResponse(db, { promptId: first[0]!, userId: pairs[0]!.mentorId, kind: 'met' }, cycleDue(1));
    pairs.forEach((pair) => postPrompt(db, pair, 2));
    const minutesLater = new Date(cycleDue(2).getTime() + 10 * 60 * 1000);
    const summary = buildCohortSummary(db, cohort, 'en', minutesLater);
    expect(summary.cycle).toBe(2);
    expect(summary.thisCycle).toMatchObject({ inProgress: true, pairsPrompted: 2, pairsMet: 0, meetingRate: null, responseRate: null });
    expect(summary.perCycle.map((row) => row.inProgress)).toEqual([false, true]);
    // Only finished cycles count towards the rate so far: 1 of 2 pairs met in cycle 1, not 1 of 4.
    expect(summary.cumulative).toEqual({ pairsPrompted: 2, pairsMet: 1, meetingRate: 0.5 });
    const text = JSON.stringify(summaryMessage(messagesFor('en'), summary));
    expect(text).toContain('session 2 is in progress; 0 of 2 pairs have met so far');
    expect(text).not.toContain('(0%)');
    // The day before the next cycle, the scheduled summary reports it as done.
    const due = buildCohortSummary(db, cohort, 'en', summaryDueAt(cohort, 2));
    expect(due.thisCycle).toMatchObject({ inProgress: false, meetingRate: 0 });
    // The export says the same: nothing recorded yet in a cycle under way is "in progress", not "did not meet".
    expect(buildExportRows(db, cohort, minutesLater).map((row) => [row.cycle, row.meeting])).toEqual([
      [1, 'met'],
      [2, 'in_progress'],
      [1, 'nothing'],
      [2, 'in_progress'],
    ]);
  });

  it('exports what each pair recorded: met, skipped, moved or did not meet, never a "no" for all of them', async () => {
    const { cohort, pairs } = cohortWith(5);
    const prompts = pairs.map((pair) => postPrompt(db, pair, 1));
    recordPromptResponse(db, { promptId: prompts[0]!, userId: pairs[0]!.menteeId, kind: 'met' }, cycleDue(1));
    recordPromptResponse(db, { promptId: prompts[1]!, userId: pairs[1]!.mentorId, kind: 'skipped' }, cycleDue(1));
    seedReflection(db, pairs[2]!, 1, { promptId: prompts[2]!, userId: pairs[2]!.mentorId, met: 'rescheduled', rating: null }, cycleDue(1));
    seedReflection(db, pairs[3]!, 1, { promptId: prompts[3]!, userId: pairs[3]!.menteeId, met: 'no', rating: null }, cycleDue(1));
    const rows = buildExportRows(db, cohort, summaryDueAt(cohort, 1));
    expect(rows.map((row) => row.meeting)).toEqual(['met', 'skipped', 'rescheduled', 'not_met', 'nothing']);
    const csv = (await exportCsv(messagesFor('en'), rows)).toString('utf8').split('\r\n');
    expect(csv[0]).toContain('Session,Mentor,Mentee,Prompt status,Meeting');
    // A name Slack could not give is said so, never shown as a raw user id.
    const nameless = { ...rows[0]!, mentor: { former: false as const, userId: 'UMEN0000', displayName: null } };
    const line = (await exportCsv(messagesFor('en'), [nameless])).toString('utf8').split('\r\n')[1]!;
    expect(line).toContain('name not available');
    expect(line).not.toContain('UMEN0000');
    expect(csv.slice(1, 6).map((line) => line.split(',')[5])).toEqual(['met', 'skipped', 'moved to another day', 'did not meet', 'nothing recorded']);
  });

  it('shows no average and no distribution behind fewer than three ratings, in words and in the data', () => {
    const { cohort, pairs } = cohortWith(2);
    const p1 = postPrompt(db, pairs[0]!, 1);
    const p2 = postPrompt(db, pairs[1]!, 1);
    seedReflection(db, pairs[0]!, 1, { promptId: p1, userId: pairs[0]!.mentorId, rating: 1 }, cycleDue(1));
    seedReflection(db, pairs[1]!, 1, { promptId: p2, userId: pairs[1]!.menteeId, rating: 5 }, cycleDue(1));
    // Once session 1 has closed for every pair.
    const closed = sessionClosedAt(cohort, 1);
    const summary = buildCohortSummary(db, cohort, 'en', closed, 1);
    expect(summary.ratings).toEqual({ count: 2, basis: null, average: null, distribution: null });
    const json = JSON.stringify(summaryMessage(messagesFor('en'), summary));
    expect(json).toContain('too few to show (2)');
    expect(json).not.toMatch(/on average|★/);

    seedReflection(db, pairs[1]!, 1, { promptId: p2, userId: pairs[1]!.mentorId, rating: 3 }, cycleDue(1));
    const enough = buildCohortSummary(db, cohort, 'en', closed, 1);
    expect(enough.ratings).toEqual({ count: 3, basis: { sessions: 1, ratings: 3 }, average: 3, distribution: { 1: 1, 2: 0, 3: 1, 4: 0, 5: 1 } });
    // Before the session has closed, three ratings are told as a count only.
    const open = buildCohortSummary(db, cohort, 'en', cycleDue(1), 1);
    expect(open.ratings).toEqual({ count: 3, basis: null, average: null, distribution: null });
    expect(JSON.stringify(summaryMessage(messagesFor('en'), open))).toContain('3 ratings given. They are shown once their sessions have closed');
    expect(JSON.stringify(summaryMessage(messagesFor('sv'), enough))).toContain('i snitt 3,0 av 5, från 3 betyg');
  });

  it('counts people by where they stand: paused, left, forgotten and without a partner', () => {
    const { cohort, pairs } = cohortWith(3);
    addPerson(db, { userId: 'ULONELY01', role: 'mentee' });
    addPerson(db, { userId: 'UPAUSED01', role: 'mentor' });
    addPerson(db, { userId: 'ULEFT0001', role: 'mentee' });
    for (const id of ['ULONELY01', 'UPAUSED01', 'ULEFT0001']) enroll(db, cohort.id, id, cycleDue(1));
    setParticipantStatus(db, 'UPAUSED01', 'paused', new Date('2026-05-01T00:00:00Z'), cycleDue(1));
    setParticipantStatus(db, 'ULEFT0001', 'left', null, cycleDue(1));
    setParticipantStatus(db, pairs[0]!.menteeId, 'paused', new Date('2026-05-01T00:00:00Z'), cycleDue(1));
    // A mentor asks to be forgotten: their pair ends, their partner is left without one, and they count as gone.
    forgetPerson(db, pairs[2]!.mentorId, cycleDue(1));

    const summary = buildCohortSummary(db, cohort, 'en', cycleDue(1), 1);
    expect(summary.people).toEqual({
      mentors: 4, // three paired (one since forgotten) and the paused one
      mentees: 5, // three paired, the lonely one and the one who left
      pairs: 2,
      unmatched: 3, // the lonely mentee, the paused mentor, the forgotten mentor's partner
      paused: 2,
      left: 2, // the one who left and the forgotten one
    });
  });

  it('names the organizer’s private part: pairs at risk, who never reflected (forgotten people unnamed), prompts not delivered', () => {
    const { cohort, pairs } = cohortWith(3);
    const p1 = postPrompt(db, pairs[0]!, 1);
    postPrompt(db, pairs[1]!, 1);
    seedReflection(db, pairs[0]!, 1, { promptId: p1, userId: pairs[0]!.menteeId, rating: 2 }, cycleDue(1));
    forgetPerson(db, pairs[2]!.menteeId, cycleDue(1));
    // Read the day before session 2, when session 1 is over.
    const mine = buildPrivateSummary(db, cohort, summaryDueAt(cohort, 1));
    expect(mine.cycle).toBe(1);
    expect(mine.atRisk.map((pair) => [pair.pairId, pair.reasons])).toEqual([[pairs[0]!.id, ['low_rating']]]);
    expect(mine.neverReflected).toHaveLength(5);
    expect(mine.neverReflected).not.toContain(pairs[0]!.menteeId);
    expect(mine.neverReflected.filter((id) => id.startsWith('former:'))).toHaveLength(1);
    expect(mine.undelivered).toEqual([]);
    // While the first session is under way nobody is blamed for not having reflected yet.
    expect(buildPrivateSummary(db, cohort, cycleDue(1)).neverReflected).toEqual([]);
    // Before the first cycle nobody could have reflected: nobody is listed.
    expect(buildPrivateSummary(db, cohort, new Date('2026-03-01T00:00:00Z')).neverReflected).toEqual([]);
  });
});

describe('cohort summaries: calendar, keys and cohort choice', () => {
  let db: Db;
  beforeEach(() => {
    ({ db } = freshDatabase());
  });
  afterEach(() => db.close());

  it('is due on the day before each next cycle at the nudge time; the last when the final reflections close', () => {
    const weekly = addCohort(db);
    expect([1, 2, 3].map((k) => summaryDueAt(weekly, k).toISOString())).toEqual([
      '2026-03-22T08:00:00.000Z',
      '2026-03-29T07:00:00.000Z', // summer time began that night
      // The cohort completes a week after its last cycle, when the final session's reflections close.
      '2026-04-06T07:00:00.000Z',
    ]);
    const biweekly = addCohort(db, { name: 'Biweekly', weeks: 4, cadence: 'biweekly', nudgeDay: 'wed', nudgeTime: '13:30' });
    // Cycles on Wednesdays 18 March and 1 April; summaries on the Tuesdays before the next one.
    expect([1, 2].map((k) => summaryDueAt(biweekly, k).toISOString())).toEqual(['2026-03-31T11:30:00.000Z', '2026-04-15T11:30:00.000Z']);
    expect(latestDueSummaryCycle(weekly, new Date('2026-03-22T07:59:00Z'))).toBe(0);
    expect(latestDueSummaryCycle(weekly, new Date('2026-03-22T08:00:00Z'))).toBe(1);
    expect(latestDueSummaryCycle(weekly, new Date('2027-01-01T00:00:00Z'))).toBe(3);
    expect(currentCycle(weekly, new Date('2026-03-16T07:59:00Z'))).toBe(0);
    expect(currentCycle(weekly, new Date('2026-03-23T08:00:00Z'))).toBe(2);
    expect(currentCycle(weekly, new Date('2027-01-01T00:00:00Z'))).toBe(3);
  });

  it('keys each summary by cohort and cycle', () => {
    expect(summaryKey(7, 3)).toBe('summary:cohort:7:cycle:3');
    expect(parseSummaryKey('summary:cohort:7:cycle:3')).toEqual({ cohortId: 7, cycle: 3 });
    expect(parseSummaryKey('summary:cohort:7')).toBeUndefined();
  });

  it('takes the running cohort by default, or the one named by id or name', () => {
    expect(resolveSummaryCohort(db, '')).toEqual({ ok: false, reason: 'no_active' });
    const spring = addCohort(db, { name: 'Spring 2026' });
    expect(resolveSummaryCohort(db, '')).toEqual({ ok: true, cohort: spring });
    const autumn = addCohort(db, { name: 'Autumn 2026' }, 'completed');
    expect(resolveSummaryCohort(db, '')).toEqual({ ok: true, cohort: spring });
    expect(resolveSummaryCohort(db, `#${autumn.id}`)).toMatchObject({ ok: true, cohort: { id: autumn.id } });
    expect(resolveSummaryCohort(db, 'autumn 2026')).toMatchObject({ ok: true, cohort: { id: autumn.id } });
    expect(resolveSummaryCohort(db, 'Winter')).toEqual({ ok: false, reason: 'not_found', input: 'Winter' });
    const other = addCohort(db, { name: 'Other' });
    expect(resolveSummaryCohort(db, '')).toEqual({ ok: false, reason: 'several_active', cohorts: [spring, other] });
  });
});

describe('the CSV export', () => {
  let db: Db;
  beforeEach(() => {
    ({ db } = freshDatabase());
  });
  afterEach(() => db.close());

  /** One export row naming these two people, with everything else fixed. */
  function rowNaming(mentorName: string, menteeName: string, cycle: number): ExportRow {
    return {
      cohort: 'Spring 2026',
      cycle,
      mentor: { former: false, userId: 'UMENTOR01', displayName: mentorName },
      mentee: { former: false, userId: 'UMENTEE01', displayName: menteeName },
      promptStatus: 'sent',
      meeting: 'met',
      mentorRating: 4,
      menteeRating: null,
      reflections: 1,
      meetingsBooked: 1,
      meetingsHeld: 0,
      outcomes: {
        agreement: false,
        relationship: { mentor: null, mentee: null },
        progress: { mentor: null, mentee: null },
        goalsMet: { mentor: null, mentee: null },
        recommend: { mentor: null, mentee: null },
        again: { mentor: null, mentee: null },
        followup: null,
      },
    };
  }

  it('names with CR, LF, tab and formulas parse back into the same rows and cells, each formula made text', async () => {
    const names = [
      ['Ann\r=2+2', 'Bo\nCarlsson'],
      ['Cai\r\n+cmd|calc', '\tTab first'],
      ['=HYPERLINK("http://x","y")', '-2+3'],
      ['@SUM(A1)', '\r=1+1'],
      ['Dee, "Dot"', 'Åsa Öberg'],
      ['＝2+2', 'plain'],
    ];
    const rows = names.map(([mentor, mentee], index) => rowNaming(mentor!, mentee!, index + 1));
    const csv = (await exportCsv(messagesFor('en'), rows)).toString('utf8');

    // Read as spreadsheet programs read it: a CR, an LF or both end a row unless they are inside quotes.
    const parsed = parse(csv, { bom: true, record_delimiter: ['\r\n', '\n', '\r'], relax_column_count: true }) as string[][];
    // A header and one row per pair: no name started a row of its own.
    expect(parsed).toHaveLength(1 + names.length);
    expect(parsed.every((record) => record.length === 23)).toBe(true);
    // What a formula would be is shown as text (a leading apostrophe); everything else comes back as it went in.
    const shown = (name: string) => (/^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/.test(name) ? `'${name}` : name);
    expect(parsed.slice(1).map((record) => [record[1], record[2], record[3]])).toEqual(
      names.map(([mentor, mentee], index) => [String(index + 1), shown(mentor!), shown(mentee!)]),
    );
    expect(parsed[1]).toEqual(['Spring 2026', '1', "Ann\r=2+2", 'Bo\nCarlsson', 'sent', 'met', '4', '', '1', '1', '0', 'no', ...Array.from({ length: 11 }, () => '')]);
  });

  it('writes names (a forgotten person as a former participant), quoting as CSV does, and no free text', async () => {
    const cohort = addCohort(db, { name: 'Spring, "2026"' });
    const pair = addPair(db, { cohort, mentor: { userId: 'UMENTOR01', role: 'mentor' }, mentee: { userId: 'UMENTEE01', role: 'mentee' } });
    db.prepare('UPDATE participants SET display_name = ?, goals = ? WHERE user_id = ?').run('Åsa "Ace" Öberg', 'GOAL-TEXT', 'UMENTOR01');
    const promptId = postPrompt(db, pair, 1);
    seedReflection(db, pair, 1, { promptId, userId: 'UMENTEE01', rating: 4, learned: SECRET, sharing: 'named' }, cycleDue(1));
    forgetPerson(db, 'UMENTEE01', cycleDue(1));
    const rows = buildExportRows(db, cohort, cycleDue(2));
    expect(rows).toHaveLength(1);
    const csv = (await exportCsv(messagesFor('sv'), rows)).toString('utf8');
    expect(csv).toBe(
      '\ufeffOmgång,Träff,Mentor,Adept,Utskickets status,Möte,Mentorns betyg,Adeptens betyg,Reflektioner,Bokade möten,Genomförda möten,Överenskommelse,' +
        'Mentorns avstämning: hur bra det fungerar,Adeptens avstämning: hur bra det fungerar,Mentorns avstämning: mål,Adeptens avstämning: mål,' +
        'Mentorns slututvärdering: mål uppnådda,Adeptens slututvärdering: mål uppnådda,Mentorns slututvärdering: rekommenderar (0–10),' +
        'Adeptens slututvärdering: rekommenderar (0–10),Mentorns slututvärdering: med igen,Adeptens slututvärdering: med igen,Adepten efter 30 dagar\r\n' +
        '"Spring, ""2026""",1,"Åsa ""Ace"" Öberg",tidigare deltagare,skickat,träffades,,4,1,0,0,nej,,,,,,,,,,,\r\n',
    );
    expect(csv).not.toContain(SECRET);
    expect(csv).not.toContain('GOAL-TEXT');
    expect(exportFilename('Våren 2026 / HR', new Date('2026-03-24T10:00:00Z'))).toBe('reverse-mentor-varen-2026-hr-2026-03-24.csv');
  });
});
