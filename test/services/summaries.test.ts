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
    const summary = buildCohortSummary(db, cohort, 'en', cycleDue(3), k);

    expect(summary.cycle).toBe(k);
    expect(summary.cycles).toBe(3);
    expect(summary.thisCycle).toMatchObject({ pairsPrompted: want.prompted, pairsMet: want.met, reflections: want.reflections });
    expect(summary.thisCycle.meetingRate).toBeCloseTo(want.met / want.prompted, 10);
    expect(summary.thisCycle.responseRate).toBeCloseTo(want.responseRate, 10);
    expect(summary.cumulative).toMatchObject({ pairsPrompted: want.promptedSoFar, pairsMet: want.metSoFar });
    expect(summary.cumulative.meetingRate).toBeCloseTo(want.metSoFar / want.promptedSoFar, 10);
    expect(summary.perCycle.map((row) => [row.meetingRate, row.responseRate])).toEqual(want.perCycle.map((row) => [row.meetingRate, row.responseRate]));

    expect(want.ratings.length).toBeGreaterThanOrEqual(3);
    expect(summary.ratings.count).toBe(want.ratings.length);
    expect(summary.ratings.average).toBe(Math.round((want.ratings.reduce((a, b) => a + b, 0) / want.ratings.length) * 10) / 10);
    expect(summary.ratings.distribution).toEqual(
      Object.fromEntries([1, 2, 3, 4, 5].map((rating) => [rating, want.ratings.filter((r) => r === rating).length])),
    );
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

  it('shows no average and no distribution behind fewer than three ratings, in words and in the data', () => {
    const { cohort, pairs } = cohortWith(2);
    const p1 = postPrompt(db, pairs[0]!, 1);
    const p2 = postPrompt(db, pairs[1]!, 1);
    seedReflection(db, pairs[0]!, 1, { promptId: p1, userId: pairs[0]!.mentorId, rating: 1 }, cycleDue(1));
    seedReflection(db, pairs[1]!, 1, { promptId: p2, userId: pairs[1]!.menteeId, rating: 5 }, cycleDue(1));
    const summary = buildCohortSummary(db, cohort, 'en', cycleDue(1), 1);
    expect(summary.ratings).toEqual({ count: 2, average: null, distribution: null });
    const json = JSON.stringify(summaryMessage(messagesFor('en'), summary));
    expect(json).toContain('too few to show (2)');
    expect(json).not.toMatch(/on average|★/);

    seedReflection(db, pairs[1]!, 1, { promptId: p2, userId: pairs[1]!.mentorId, rating: 3 }, cycleDue(1));
    const enough = buildCohortSummary(db, cohort, 'en', cycleDue(1), 1);
    expect(enough.ratings).toEqual({ count: 3, average: 3, distribution: { 1: 1, 2: 0, 3: 1, 4: 0, 5: 1 } });
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
    const mine = buildPrivateSummary(db, cohort, cycleDue(1));
    expect(mine.cycle).toBe(1);
    expect(mine.atRisk.map((pair) => [pair.pairId, pair.reasons])).toEqual([[pairs[0]!.id, ['low_rating']]]);
    expect(mine.neverReflected).toHaveLength(5);
    expect(mine.neverReflected).not.toContain(pairs[0]!.menteeId);
    expect(mine.neverReflected.filter((id) => id.startsWith('former:'))).toHaveLength(1);
    expect(mine.undelivered).toEqual([]);
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
      met: true,
      mentorRating: 4,
      menteeRating: null,
      reflections: 1,
      meetingsBooked: 1,
      meetingsHeld: 0,
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
    expect(parsed.every((record) => record.length === 11)).toBe(true);
    // What a formula would be is shown as text (a leading apostrophe); everything else comes back as it went in.
    const shown = (name: string) => (/^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/.test(name) ? `'${name}` : name);
    expect(parsed.slice(1).map((record) => [record[1], record[2], record[3]])).toEqual(
      names.map(([mentor, mentee], index) => [String(index + 1), shown(mentor!), shown(mentee!)]),
    );
    expect(parsed[1]).toEqual(['Spring 2026', '1', "Ann\r=2+2", 'Bo\nCarlsson', 'sent', 'yes', '4', '', '1', '1', '0']);
  });

  it('writes names (a forgotten person as a former participant), quoting as CSV does, and no free text', async () => {
    const cohort = addCohort(db, { name: 'Spring, "2026"' });
    const pair = addPair(db, { cohort, mentor: { userId: 'UMENTOR01', role: 'mentor' }, mentee: { userId: 'UMENTEE01', role: 'mentee' } });
    db.prepare('UPDATE participants SET display_name = ?, goals = ? WHERE user_id = ?').run('Åsa "Ace" Öberg', 'GOAL-TEXT', 'UMENTOR01');
    const promptId = postPrompt(db, pair, 1);
    seedReflection(db, pair, 1, { promptId, userId: 'UMENTEE01', rating: 4, learned: SECRET, sharing: 'named' }, cycleDue(1));
    forgetPerson(db, 'UMENTEE01', cycleDue(1));
    const rows = buildExportRows(db, cohort);
    expect(rows).toHaveLength(1);
    const csv = (await exportCsv(messagesFor('sv'), rows)).toString('utf8');
    expect(csv).toBe(
      '\ufeffKull,Vecka,Mentor,Adept,Utskickets status,Träffades,Mentorns betyg,Adeptens betyg,Reflektioner,Bokade möten,Genomförda möten\r\n' +
        '"Spring, ""2026""",1,"Åsa ""Ace"" Öberg",tidigare deltagare,skickat,ja,,4,1,0,0\r\n',
    );
    expect(csv).not.toContain(SECRET);
    expect(csv).not.toContain('GOAL-TEXT');
    expect(exportFilename('Våren 2026 / HR', new Date('2026-03-24T10:00:00Z'))).toBe('reverse-mentor-varen-2026-hr-2026-03-24.csv');
  });
});
