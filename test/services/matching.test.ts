import {
  MAX_PAIR_SCORE,
  MatchingError,
  WEIGHTS,
  forbiddenReason,
  greedyMatch,
  matchCohort,
  scorePair,
  utcOffsetMinutes,
  workingHoursOverlapHours,
  type MatchCandidate,
  type MatchInput,
  type MatchResult,
  type MeetingPreference,
  type SeniorityBand,
} from '../../src/services/matching';
import { prepareCohort, scoreAllPairs } from '../../src/services/matching/cohort';
import { solveAssignment, type SolverStrategy } from '../../src/services/matching/solver';
import { mulberry32 } from '../helpers/random';

// ---------------------------------------------------------------------------------------------------------------
// Builders

const BANDS: SeniorityBand[] = ['0-2', '3-5', '6-10', '11-20', '20+'];
const WINTER = new Date('2025-01-15T12:00:00Z');

function mentor(userId: string, fields: Partial<MatchCandidate> = {}): MatchCandidate {
  return {
    userId,
    role: 'mentor',
    department: 'Engineering',
    seniority: '0-2',
    topics: ['ai'],
    managerId: null,
    timezone: 'Europe/Stockholm',
    meeting: 'video',
    ...fields,
  };
}

function mentee(userId: string, fields: Partial<MatchCandidate> = {}): MatchCandidate {
  return { ...mentor(userId), role: 'mentee', seniority: '20+', ...fields };
}

function cohort(fields: Partial<MatchInput>): MatchInput {
  return {
    mentors: [],
    mentees: [],
    capacity: 1,
    previousPairs: [],
    cohortTimezone: 'Europe/Stockholm',
    referenceDate: WINTER,
    ...fields,
  };
}

/** A small cohort with many forbidden pairs: managers both ways, earlier pairs both ways, seniority, same person. */
function randomCohort(random: () => number, size: { mentors: number; mentees: number; capacity: number }): MatchInput {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const zones = ['Europe/Stockholm', 'America/New_York', 'Asia/Tokyo', 'Asia/Kolkata', null, 'Not/AZone'];
  const meetings: Array<MeetingPreference | null> = ['video', 'in_person', 'either', null];
  const topics = ['t1', 't2', 't3', 't4', 't5', 't6'];
  const person = (userId: string, role: 'mentor' | 'mentee'): MatchCandidate => ({
    userId,
    role,
    department: pick(['Sales', 'sales ', 'Engineering', 'HR', '']),
    seniority: pick(BANDS),
    topics: topics.filter(() => random() < 0.4).slice(0, 5).concat(random() < 0.5 ? [] : [pick(topics)]),
    managerId: null,
    timezone: pick(zones),
    meeting: pick(meetings),
  });
  const mentors = Array.from({ length: size.mentors }, (_, i) => person(`R${i}`, 'mentor'));
  const mentees = Array.from({ length: size.mentees }, (_, i) => person(`E${i}`, 'mentee'));
  const everyone = [...mentors, ...mentees];
  for (const p of everyone) if (random() < 0.25) p.managerId = pick(everyone).userId;
  if (mentors.length > 0 && mentees.length > 0 && random() < 0.2) {
    // The same person on both sides (bad data upstream): must never be paired with themself.
    pick(mentees).userId = pick(mentors).userId;
  }
  // Either side of an earlier pair may be on either side now.
  const previousPairs = Array.from({ length: everyone.length > 0 ? Math.floor(random() * 4) : 0 }, () => ({
    mentorId: pick(everyone).userId,
    menteeId: pick(everyone).userId,
  }));
  return cohort({ mentors, mentees, capacity: size.capacity, previousPairs, referenceDate: WINTER });
}

/** Every feasible assignment, by brute force over `scorePair` (not the bulk scorer the engine uses). */
function exhaustiveBest(input: MatchInput): { pairs: number; score: number } {
  const table = input.mentees.map((e) => input.mentors.map((r) => scorePair(r, e, input)?.score ?? null));
  const load = input.mentors.map(() => 0);
  let best = { pairs: 0, score: 0 };
  const visit = (e: number, pairs: number, score: number): void => {
    if (e === input.mentees.length) {
      if (pairs > best.pairs || (pairs === best.pairs && score > best.score)) best = { pairs, score };
      return;
    }
    visit(e + 1, pairs, score); // this mentee unmatched
    table[e]?.forEach((s, r) => {
      if (s === null || (load[r] as number) >= input.capacity) return;
      load[r] = (load[r] as number) + 1;
      visit(e + 1, pairs + 1, score + s);
      load[r] = (load[r] as number) - 1;
    });
  };
  visit(0, 0, 0);
  return best;
}

function solveWith(input: MatchInput, strategy: SolverStrategy): { pairs: number; score: number } {
  const prepared = prepareCohort(input);
  const scores = scoreAllPairs(prepared);
  const nMentors = prepared.mentors.candidates.length;
  const chosen = solveAssignment(scores, prepared.mentees.candidates.length, nMentors, input.capacity, strategy);
  return { pairs: chosen.length, score: chosen.reduce((sum, [e, r]) => sum + (scores[e * nMentors + r] as number), 0) };
}

/** Checks every structural promise of a result; returns nothing, fails loudly. */
function expectValidResult(input: MatchInput, result: MatchResult): void {
  const mentorsById = new Map(input.mentors.map((m) => [m.userId, m]));
  const menteesById = new Map(input.mentees.map((m) => [m.userId, m]));
  const load = new Map<string, number>();
  const seenMentees = new Set<string>();
  for (const pair of result.pairs) {
    const r = mentorsById.get(pair.mentorId);
    const e = menteesById.get(pair.menteeId);
    expect(r).toBeDefined();
    expect(e).toBeDefined();
    if (!r || !e) return;
    // No rule broken.
    expect(forbiddenReason(r, e, input.previousPairs)).toBeNull();
    // The pair's score and reasons are exactly what scorePair says.
    expect({ score: pair.score, reasons: pair.reasons }).toEqual(scorePair(r, e, input));
    expect(seenMentees.has(pair.menteeId)).toBe(false);
    seenMentees.add(pair.menteeId);
    load.set(pair.mentorId, (load.get(pair.mentorId) ?? 0) + 1);
  }
  for (const n of load.values()) expect(n).toBeLessThanOrEqual(input.capacity);
  const sorted = (ids: string[]): string[] => [...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  expect(result.unmatchedMentors).toEqual(sorted(input.mentors.map((m) => m.userId).filter((id) => !load.has(id))));
  expect(result.unmatchedMentees).toEqual(
    sorted(input.mentees.map((m) => m.userId).filter((id) => !seenMentees.has(id))),
  );
  expect(result.totalScore).toBe(result.pairs.reduce((sum, p) => sum + p.score, 0));
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------

describe('matchCohort: optimal', () => {
  it('matches the exhaustive optimum (most pairs, then highest total) on 300 small random cohorts', () => {
    const random = mulberry32(20250115);
    let withForbidden = 0;
    let withUnmatched = 0;
    for (let run = 0; run < 300; run++) {
      const input = randomCohort(random, {
        mentors: Math.floor(random() * 6),
        mentees: Math.floor(random() * 7),
        capacity: 1 + Math.floor(random() * 3),
      });
      const best = exhaustiveBest(input);
      const result = matchCohort(input);
      expectValidResult(input, result);
      expect({ run, pairs: result.pairs.length, score: result.totalScore }).toEqual({ run, ...best });
      // Both ways of running the solver reach the same optimum (the warm start only changes speed).
      expect(solveWith(input, 'direct')).toEqual(best);
      expect(solveWith(input, 'warm_started')).toEqual(best);
      if (input.mentors.some((r) => input.mentees.some((e) => scorePair(r, e, input) === null))) withForbidden++;
      if (result.unmatchedMentees.length > 0) withUnmatched++;
    }
    // The generator really exercised the rules and the leftovers.
    expect(withForbidden).toBeGreaterThan(150);
    expect(withUnmatched).toBeGreaterThan(50);
  });

  it('prefers two ordinary pairs to one excellent pair that would leave two people out', () => {
    // A–X is a great pair; A–Y and B–X are weak; B–Y is forbidden (Y manages B). Maximising the score alone
    // would take A–X (one pair); the engine pairs everyone it can.
    const great = { topics: ['ai', 'hybrid', 'talent'], meeting: 'either' as const };
    const weak = { department: 'HR', seniority: '20+' as const, topics: ['dei'], timezone: 'Asia/Tokyo', meeting: 'in_person' as const };
    const input = cohort({
      mentors: [mentor('A', { ...great, department: 'Sales' }), mentor('B', { ...weak, managerId: 'Y' })],
      mentees: [mentee('X', { ...great, department: 'Legal' }), mentee('Y', { ...weak, topics: ['esg'], meeting: 'video' })],
    });
    const ax = scorePair(input.mentors[0]!, input.mentees[0]!, input)!.score;
    const ay = scorePair(input.mentors[0]!, input.mentees[1]!, input)!.score;
    const bx = scorePair(input.mentors[1]!, input.mentees[0]!, input)!.score;
    expect(ax).toBeGreaterThan(ay + bx);
    const result = matchCohort(input);
    expect(result.pairs.map((p) => [p.mentorId, p.menteeId])).toEqual([
      ['A', 'Y'],
      ['B', 'X'],
    ]);
    expect(result.totalScore).toBe(ay + bx);
  });

  it('reaches the same optimum with and without the warm start on medium random cohorts', () => {
    const random = mulberry32(7);
    for (const size of [
      { mentors: 60, mentees: 60, capacity: 1 },
      { mentors: 45, mentees: 80, capacity: 2 },
      { mentors: 90, mentees: 70, capacity: 1 },
      { mentors: 30, mentees: 100, capacity: 3 },
    ]) {
      const input = randomCohort(random, size);
      expect(solveWith(input, 'warm_started')).toEqual(solveWith(input, 'direct'));
    }
  });

  it('beats or equals the greedy baseline, which also keeps the rules', () => {
    const random = mulberry32(99);
    for (let run = 0; run < 40; run++) {
      const input = randomCohort(random, { mentors: 12, mentees: 15, capacity: 1 + (run % 3) });
      const optimal = matchCohort(input);
      const greedy = greedyMatch(input);
      expectValidResult(input, greedy);
      expect(optimal.pairs.length).toBeGreaterThanOrEqual(greedy.pairs.length);
      if (optimal.pairs.length === greedy.pairs.length) {
        expect(optimal.totalScore).toBeGreaterThanOrEqual(greedy.totalScore);
      }
    }
  });
});

describe('matchCohort: the "never" rules', () => {
  it('never returns a forbidden pair, and returns consistent pairs and leftovers, on 200 random cohorts', () => {
    const random = mulberry32(4242);
    for (let run = 0; run < 200; run++) {
      const input = randomCohort(random, {
        mentors: 5 + Math.floor(random() * 20),
        mentees: 5 + Math.floor(random() * 25),
        capacity: 1 + Math.floor(random() * 3),
      });
      expectValidResult(input, matchCohort(input));
    }
  });

  // One mentor, one mentee, and an allowed but weaker alternative for each: the forbidden pair is the best-scoring
  // one, so only the rule keeps it out.
  const rules: Array<[string, Partial<MatchInput>, (input: MatchInput) => void]> = [
    [
      'the mentee is the mentor’s manager',
      {},
      (input) => {
        input.mentors[0]!.managerId = 'E1';
      },
    ],
    [
      'the mentor is the mentee’s manager',
      {},
      (input) => {
        input.mentees[0]!.managerId = 'R1';
      },
    ],
    ['they were paired in an earlier cohort', { previousPairs: [{ mentorId: 'R1', menteeId: 'E1' }] }, () => {}],
    ['they were paired the other way round', { previousPairs: [{ mentorId: 'E1', menteeId: 'R1' }] }, () => {}],
    [
      'the mentor is more senior than the mentee',
      {},
      (input) => {
        input.mentors[0]!.seniority = '11-20';
        input.mentees[0]!.seniority = '6-10';
      },
    ],
  ];
  it.each(rules)('never pairs two people when %s', (_, fields, breakRule) => {
    const input = cohort({
      mentors: [mentor('R1', { topics: ['ai', 'hybrid'] }), mentor('R2', { topics: [], seniority: '6-10' })],
      mentees: [mentee('E1', { topics: ['ai', 'hybrid'], department: 'Sales' }), mentee('E2', { topics: [] })],
    });
    const pairsOf = (result: MatchResult): string[] => result.pairs.map((p) => `${p.mentorId}-${p.menteeId}`);
    expect(pairsOf(matchCohort(input))).toEqual(['R1-E1', 'R2-E2']);
    const broken: MatchInput = { ...structuredClone(input), ...fields };
    breakRule(broken);
    const result = matchCohort(broken);
    expect(pairsOf(result)).toEqual(['R1-E2', 'R2-E1']);
    expectValidResult(broken, result);
  });

  it('never pairs a person with themself, and leaves people unmatched rather than break a rule', () => {
    const input = cohort({ mentors: [mentor('U1')], mentees: [mentee('U1')] });
    expect(matchCohort(input)).toEqual({ pairs: [], unmatchedMentors: ['U1'], unmatchedMentees: ['U1'], totalScore: 0 });
  });

  it('allows an equal seniority band', () => {
    const input = cohort({ mentors: [mentor('R1', { seniority: '6-10' })], mentees: [mentee('E1', { seniority: '6-10' })] });
    expect(matchCohort(input).pairs).toHaveLength(1);
  });
});

describe('bulk scoring', () => {
  it('gives every pair exactly the score scorePair gives it, FORBIDDEN (−1) where it gives none', () => {
    const random = mulberry32(31337);
    for (let run = 0; run < 50; run++) {
      const input = randomCohort(random, { mentors: 9, mentees: 11, capacity: 1 });
      // More than 32 topics in some runs, so the bitsets need several words.
      if (run % 2 === 0) {
        for (const p of [...input.mentors, ...input.mentees]) p.topics.push(`many-${Math.floor(random() * 40)}`);
      }
      const prepared = prepareCohort(input);
      const scores = scoreAllPairs(prepared);
      prepared.mentees.candidates.forEach((e, i) =>
        prepared.mentors.candidates.forEach((r, j) => {
          expect(scores[i * prepared.mentors.candidates.length + j]).toBe(scorePair(r, e, input)?.score ?? -1);
        }),
      );
    }
  });
});

describe('forbiddenReason', () => {
  const r = mentor('R1', { seniority: '3-5' });
  const e = mentee('E1', { seniority: '11-20' });
  it('names the broken rule', () => {
    expect(forbiddenReason(r, e, [])).toBeNull();
    expect(forbiddenReason(r, { ...e, userId: 'R1' }, [])).toBe('same_person');
    expect(forbiddenReason({ ...r, managerId: 'E1' }, e, [])).toBe('manager');
    expect(forbiddenReason(r, { ...e, managerId: 'R1' }, [])).toBe('manager');
    expect(forbiddenReason(r, e, [{ mentorId: 'R1', menteeId: 'E1' }])).toBe('previous_pair');
    expect(forbiddenReason(r, e, [{ mentorId: 'E1', menteeId: 'R1' }])).toBe('previous_pair');
    expect(forbiddenReason(r, e, [{ mentorId: 'R1', menteeId: 'E2' }])).toBeNull();
    expect(forbiddenReason({ ...r, seniority: '20+' }, e, [])).toBe('seniority');
    expect(forbiddenReason({ ...r, seniority: '11-20' }, e, [])).toBeNull();
  });

  it('checks the rules in a fixed order: same person, manager, previous pair, seniority', () => {
    const senior = { ...r, seniority: '20+' as const };
    expect(forbiddenReason(senior, { ...e, userId: 'R1', managerId: 'R1' }, [{ mentorId: 'R1', menteeId: 'R1' }])).toBe(
      'same_person',
    );
    expect(forbiddenReason({ ...senior, managerId: 'E1' }, e, [{ mentorId: 'R1', menteeId: 'E1' }])).toBe('manager');
    expect(forbiddenReason(senior, e, [{ mentorId: 'R1', menteeId: 'E1' }])).toBe('previous_pair');
  });

  it('is what scorePair uses: a forbidden pair has no score', () => {
    expect(scorePair({ ...r, managerId: 'E1' }, e, cohort({}))).toBeNull();
    expect(scorePair(r, e, cohort({}))).not.toBeNull();
  });
});

describe('matchCohort: capacity, leftovers, determinism', () => {
  it('gives a mentor up to `capacity` mentees and no more', () => {
    const mentors = [mentor('R1'), mentor('R2')];
    const mentees = ['E1', 'E2', 'E3', 'E4', 'E5', 'E6', 'E7'].map((id) => mentee(id));
    for (const capacity of [1, 2, 3]) {
      const result = matchCohort(cohort({ mentors, mentees, capacity }));
      expect(result.pairs).toHaveLength(2 * capacity);
      expect(result.unmatchedMentees).toHaveLength(7 - 2 * capacity);
      expect(result.unmatchedMentors).toEqual([]);
      for (const id of ['R1', 'R2']) expect(result.pairs.filter((p) => p.mentorId === id)).toHaveLength(capacity);
    }
  });

  it('lists everyone as unmatched when the other side is empty', () => {
    expect(matchCohort(cohort({ mentees: [mentee('E2'), mentee('E1')] }))).toEqual({
      pairs: [],
      unmatchedMentors: [],
      unmatchedMentees: ['E1', 'E2'],
      totalScore: 0,
    });
    expect(matchCohort(cohort({ mentors: [mentor('R1')] })).unmatchedMentors).toEqual(['R1']);
  });

  it('returns the same pairs whatever the order of the input', () => {
    const random = mulberry32(5);
    for (const size of [
      { mentors: 8, mentees: 8, capacity: 1 },
      { mentors: 10, mentees: 25, capacity: 3 },
      { mentors: 450, mentees: 450, capacity: 1 }, // large enough for the warm-started solver
    ]) {
      const input = randomCohort(random, size);
      // Many equal scores, so tie-breaking matters: every mentor looks the same.
      if (size.mentors === 8) for (const m of input.mentors) Object.assign(m, { topics: ['t1'], department: 'X' });
      const expected = matchCohort(input);
      for (let i = 0; i < 3; i++) {
        const reordered: MatchInput = {
          ...input,
          mentors: shuffled(input.mentors, random).map((m) => ({ ...m, topics: shuffled(m.topics, random) })),
          mentees: shuffled(input.mentees, random),
          previousPairs: shuffled(input.previousPairs, random),
        };
        expect(matchCohort(reordered)).toEqual(expected);
      }
    }
  });

  it('rejects bad input with a coded error', () => {
    const code = (input: MatchInput): string | undefined => {
      try {
        matchCohort(input);
      } catch (error) {
        return error instanceof MatchingError ? error.code : 'not a MatchingError';
      }
      return undefined;
    };
    for (const capacity of [0, 4, 1.5, Number.NaN]) expect(code(cohort({ capacity }))).toBe('invalid_capacity');
    expect(code(cohort({ mentors: [mentor('R1'), mentor('R1')] }))).toBe('duplicate_participant');
    expect(code(cohort({ mentees: [mentor('R1')] }))).toBe('role_mismatch');
    expect(code(cohort({ cohortTimezone: 'Mars/Olympus_Mons' }))).toBe('invalid_timezone');
    expect(code(cohort({ mentors: [mentor('R1', { timezone: 'Mars/Olympus_Mons' })] }))).toBeUndefined();
  });
});

describe('scorePair', () => {
  const ctx = cohort({});
  // A baseline pair that earns nothing but the base: no shared topic, same department, equal band, no common
  // working hours, conflicting meeting preferences.
  const plainMentor = mentor('R', { topics: ['a'], department: 'D', seniority: '6-10', timezone: 'Asia/Tokyo', meeting: 'video' });
  const plainMentee = mentee('E', { topics: ['b'], department: 'D', seniority: '6-10', timezone: 'Europe/London', meeting: 'in_person' });
  const score = (r: Partial<MatchCandidate>, e: Partial<MatchCandidate> = {}): number =>
    scorePair({ ...plainMentor, ...r }, { ...plainMentee, ...e }, ctx)?.score ?? Number.NaN;

  it('gives an allowed pair with nothing in common a positive base score and no reasons', () => {
    expect(scorePair(plainMentor, plainMentee, ctx)).toEqual({ score: WEIGHTS.base, reasons: [] });
    expect(WEIGHTS.base).toBeGreaterThan(0);
  });

  it('weighs one shared topic above the best of any other single criterion', () => {
    const oneTopic = score({ topics: ['b'] });
    const otherBests = [
      score({ department: 'Other' }),
      score({ seniority: '0-2' }, { seniority: '20+' }),
      score({ timezone: 'Europe/London' }),
      score({ meeting: 'in_person' }),
    ];
    for (const other of otherBests) expect(oneTopic).toBeGreaterThan(other);
  });

  it('counts shared topics up to three', () => {
    const shared = (n: number): number => {
      const topics = ['t1', 't2', 't3', 't4', 't5'].slice(0, n);
      return score({ topics: [...topics, 'x'] }, { topics: [...topics, 'y'] });
    };
    expect(shared(1) - shared(0)).toBe(WEIGHTS.sharedTopic);
    expect(shared(3) - shared(2)).toBe(WEIGHTS.sharedTopic);
    expect(shared(5)).toBe(shared(3));
    // Duplicate topic ids count once.
    expect(score({ topics: ['b', 'b'] }, { topics: ['b', 'b'] })).toBe(shared(1));
  });

  it('scores the seniority gap higher the larger it is, capped, with an equal band lowest', () => {
    const gap = (mentorBand: SeniorityBand, menteeBand: SeniorityBand): number =>
      score({ seniority: mentorBand }, { seniority: menteeBand });
    const byGap = [gap('11-20', '11-20'), gap('6-10', '11-20'), gap('3-5', '11-20'), gap('0-2', '11-20'), gap('0-2', '20+')];
    expect(byGap[0]).toBe(WEIGHTS.base);
    expect(byGap[1]).toBeGreaterThan(byGap[0]!);
    expect(byGap[2]).toBeGreaterThan(byGap[1]!);
    expect(byGap[3]).toBeGreaterThan(byGap[2]!);
    expect(byGap[4]).toBe(byGap[3]); // capped at three bands
    expect(gap('0-2', '0-2')).toBe(byGap[0]);
  });

  it('compares departments ignoring case and spaces, and gives nothing when one is unknown', () => {
    expect(score({ department: 'Sales' }, { department: 'Legal' })).toBe(WEIGHTS.base + WEIGHTS.differentDepartments);
    expect(score({ department: ' sales' }, { department: 'Sales ' })).toBe(WEIGHTS.base);
    expect(score({ department: '' }, { department: 'Sales' })).toBe(WEIGHTS.base);
  });

  it('rewards compatible meeting preferences, unknown ones less, conflicting ones not at all', () => {
    const meeting = (a: MeetingPreference | null, b: MeetingPreference | null) =>
      scorePair({ ...plainMentor, meeting: a }, { ...plainMentee, meeting: b }, ctx)?.reasons;
    const compatible = WEIGHTS.meetingCompatible;
    const unknown = WEIGHTS.meetingUnknown;
    expect(meeting('video', 'video')).toEqual([{ code: 'meeting_preference', points: compatible, preference: 'video' }]);
    expect(meeting('either', 'in_person')).toEqual([{ code: 'meeting_preference', points: compatible, preference: 'in_person' }]);
    expect(meeting('either', 'either')).toEqual([{ code: 'meeting_preference', points: compatible, preference: 'either' }]);
    expect(meeting(null, 'video')).toEqual([{ code: 'meeting_preference', points: unknown, preference: 'video' }]);
    expect(meeting(null, null)).toEqual([{ code: 'meeting_preference', points: unknown, preference: 'either' }]);
    expect(meeting('video', 'in_person')).toEqual([]);
    expect(unknown).toBeLessThan(compatible);
    expect(unknown).toBeGreaterThan(0);
  });

  it('never exceeds MAX_PAIR_SCORE, which a perfect pair reaches', () => {
    const perfect = scorePair(
      mentor('R', { topics: ['a', 'b', 'c', 'd'], department: 'X', seniority: '0-2', meeting: 'either' }),
      mentee('E', { topics: ['a', 'b', 'c', 'd'], department: 'Y', seniority: '20+', meeting: 'video' }),
      ctx,
    );
    expect(perfect?.score).toBe(MAX_PAIR_SCORE);
  });

  it('lists the top three reasons, most points first, ties in the weight table’s order', () => {
    const everything = scorePair(
      mentor('R', { topics: ['ai', 'esg'], department: 'Sales', seniority: '0-2', meeting: 'either' }),
      mentee('E', { topics: ['esg', 'ai', 'dei'], department: 'Legal', seniority: '11-20', meeting: 'video' }),
      ctx,
    );
    expect(everything).toEqual({
      score: 10 + 60 + 20 + 18 + 16 + 10,
      reasons: [
        { code: 'shared_topics', points: 60, topics: ['ai', 'esg'] },
        { code: 'different_departments', points: 20, mentorDepartment: 'Sales', menteeDepartment: 'Legal' },
        { code: 'seniority_gap', points: 18, bands: 3 },
      ],
    });

    // Smaller contributions: meeting 10, gap 6, overlap 2 hours = 4.
    const small = scorePair(
      mentor('R', { topics: ['a'], seniority: '6-10', timezone: 'Europe/Stockholm', meeting: 'video' }),
      mentee('E', { topics: ['b'], seniority: '11-20', timezone: 'America/New_York', meeting: 'video' }),
      ctx,
    );
    expect(small?.reasons.map((r) => [r.code, r.points])).toEqual([
      ['meeting_preference', 10],
      ['seniority_gap', 6],
      ['working_hours_overlap', 4],
    ]);

    // A tie (London and São Paulo are 3 hours apart: 5 hours = 10 points; meeting 10): the table's order decides.
    const tie = scorePair(
      mentor('R', { topics: ['a'], timezone: 'Europe/London', meeting: 'video', seniority: '20+' }),
      mentee('E', { topics: ['b'], timezone: 'America/Sao_Paulo', meeting: 'either', seniority: '20+' }),
      ctx,
    );
    expect(tie?.reasons.map((r) => [r.code, r.points])).toEqual([
      ['working_hours_overlap', 10],
      ['meeting_preference', 10],
    ]);
  });
});

describe('working-hours overlap (09–17 local, real time-zone rules)', () => {
  const summer = new Date('2025-07-01T12:00:00Z');
  const march = new Date('2025-03-20T12:00:00Z'); // USA already on summer time, Europe not yet

  it('reads UTC offsets, including half and quarter hours, from Intl', () => {
    expect(utcOffsetMinutes('Europe/Stockholm', WINTER)).toBe(60);
    expect(utcOffsetMinutes('Europe/Stockholm', summer)).toBe(120);
    expect(utcOffsetMinutes('America/New_York', WINTER)).toBe(-300);
    expect(utcOffsetMinutes('Asia/Kolkata', WINTER)).toBe(330);
    expect(utcOffsetMinutes('Asia/Kathmandu', WINTER)).toBe(345);
    expect(utcOffsetMinutes('UTC', WINTER)).toBe(0);
  });

  it('computes the overlap between two zones', () => {
    // Stockholm 09–17 is 08–16 UTC, New York 09–17 is 14–22 UTC in winter: 2 hours.
    expect(workingHoursOverlapHours('Europe/Stockholm', 'America/New_York', WINTER)).toBe(2);
    expect(workingHoursOverlapHours('Europe/Stockholm', 'America/New_York', summer)).toBe(2);
    // Between the US and the EU switch to summer time the two are 5 hours apart: 3 hours.
    expect(workingHoursOverlapHours('Europe/Stockholm', 'America/New_York', march)).toBe(3);
    // Tokyo is 9 hours ahead of London in winter, 8 in summer: no common working hour either way.
    expect(workingHoursOverlapHours('Asia/Tokyo', 'Europe/London', WINTER)).toBe(0);
    expect(workingHoursOverlapHours('Asia/Tokyo', 'Europe/London', summer)).toBe(0);
    // Kolkata (no DST) and London: 5½ hours apart in winter, 4½ in summer.
    expect(workingHoursOverlapHours('Asia/Kolkata', 'Europe/London', WINTER)).toBe(2.5);
    expect(workingHoursOverlapHours('Asia/Kolkata', 'Europe/London', summer)).toBe(3.5);
    // Across the date line: Honolulu's afternoon is Auckland's next morning (23 hours apart in January).
    expect(workingHoursOverlapHours('Pacific/Auckland', 'Pacific/Honolulu', WINTER)).toBe(7);
    expect(workingHoursOverlapHours('Europe/Stockholm', 'Europe/Paris', WINTER)).toBe(8);
  });

  it('moves the score by the right amount when summer time shifts the overlap', () => {
    const r = mentor('R', { topics: ['a'], timezone: 'Europe/Stockholm', meeting: 'video', seniority: '20+' });
    const e = mentee('E', { topics: ['b'], timezone: 'America/New_York', meeting: 'in_person', seniority: '20+' });
    const winter = scorePair(r, e, cohort({ referenceDate: WINTER }));
    const spring = scorePair(r, e, cohort({ referenceDate: march }));
    expect(winter?.reasons).toEqual([{ code: 'working_hours_overlap', points: 4, hours: 2 }]);
    expect(spring?.reasons).toEqual([{ code: 'working_hours_overlap', points: 6, hours: 3 }]);
    expect(spring!.score - winter!.score).toBe(2 * WEIGHTS.overlapHalfHour); // one more hour
  });

  it('uses the cohort’s zone for anyone whose zone is unknown', () => {
    const r = mentor('R', { topics: ['a'], timezone: null, meeting: 'video', seniority: '20+' });
    const e = mentee('E', { topics: ['b'], timezone: 'America/New_York', meeting: 'in_person', seniority: '20+' });
    expect(scorePair(r, e, cohort({ cohortTimezone: 'America/New_York' }))?.reasons).toEqual([
      { code: 'working_hours_overlap', points: 16, hours: 8 },
    ]);
    expect(scorePair(r, e, cohort({ cohortTimezone: 'Europe/Stockholm' }))?.reasons).toEqual([
      { code: 'working_hours_overlap', points: 4, hours: 2 },
    ]);
  });
});
