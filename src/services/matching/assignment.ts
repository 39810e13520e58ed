/** Turning pair scores into pairs: the optimal assignment (munkres) and a greedy baseline for comparison. */
import { munkres } from 'munkres';
import type { MatchCandidate, MatchInput, MatchResult, ProposedPair } from './types';
import { FORBIDDEN, prepareCohort, scoreAllPairs, type PreparedCohort } from './cohort';
import { MAX_PAIR_SCORE, explainAllowedPair } from './scoring';

/** [menteeIndex, mentorIndex] into the prepared (sorted) sides. */
type Assignment = Array<[number, number]>;

/**
 * Pairs the cohort's mentors and mentees optimally: as many pairs as the rules and mentor capacity allow, and
 * among those, the largest total score. Same input in any order gives the same pairs.
 */
export function matchCohort(input: MatchInput): MatchResult {
  const cohort = prepareCohort(input);
  const scores = scoreAllPairs(cohort);
  return buildResult(cohort, solveAssignment(cohort, scores));
}

/**
 * Baseline for the benchmark: take pairs best score first (ties by mentee, then mentor id) while both are free.
 * Neither optimal nor maximal; kept to show what the solver buys.
 */
export function greedyMatch(input: MatchInput): MatchResult {
  const cohort = prepareCohort(input);
  const scores = scoreAllPairs(cohort);
  const nMentors = cohort.mentors.candidates.length;
  const nMentees = cohort.mentees.candidates.length;

  // Counting sort of the allowed cells by score, descending; stable, so ties stay in (mentee, mentor) order.
  const counts = new Int32Array(MAX_PAIR_SCORE + 1);
  for (const s of scores) if (s !== FORBIDDEN) counts[s] = (counts[s] ?? 0) + 1;
  const next = new Int32Array(MAX_PAIR_SCORE + 1);
  let allowed = 0;
  for (let s = MAX_PAIR_SCORE; s >= 0; s--) {
    next[s] = allowed;
    allowed += counts[s] ?? 0;
  }
  const order = new Int32Array(allowed);
  scores.forEach((s, cell) => {
    if (s === FORBIDDEN) return;
    const at = next[s] ?? 0;
    order[at] = cell;
    next[s] = at + 1;
  });

  const menteeTaken = new Uint8Array(nMentees);
  const mentorLoad = new Uint8Array(nMentors);
  const chosen: Assignment = [];
  for (const cell of order) {
    const e = Math.floor(cell / nMentors);
    const r = cell - e * nMentors;
    if (menteeTaken[e] || (mentorLoad[r] as number) >= cohort.capacity) continue;
    menteeTaken[e] = 1;
    mentorLoad[r] = (mentorLoad[r] ?? 0) + 1;
    chosen.push([e, r]);
  }
  return buildResult(cohort, chosen);
}

/**
 * Maximum-weight assignment under mentor capacity. Each mentor becomes `capacity` identical slots; munkres
 * (a minimising solver) then assigns every row of the smaller side. Allowed cells cost MAX_PAIR_SCORE − score,
 * forbidden cells cost more than any possible sum of allowed costs, so the solver first minimises the number of
 * forbidden cells it is forced into (= maximises the number of real pairs) and only then the cost (= maximises
 * the total score). Forbidden cells it still returns are dropped. Costs are small integers, so sums are exact.
 *
 * Rows are the smaller side because munkres runs row by row in that orientation (O(rows² × cols), contiguous
 * memory); the other orientation walks columns of row arrays and is several times slower.
 */
function solveAssignment(cohort: PreparedCohort, scores: Int16Array): Assignment {
  const nMentors = cohort.mentors.candidates.length;
  const nMentees = cohort.mentees.candidates.length;
  const capacity = cohort.capacity;
  const slots = nMentors * capacity;
  if (nMentees === 0 || slots === 0) return [];

  const menteesAreRows = nMentees <= slots;
  const rows = menteesAreRows ? nMentees : slots;
  const cols = menteesAreRows ? slots : nMentees;
  const forbiddenCost = (rows + 1) * MAX_PAIR_SCORE + 1;
  const cost = (score: number): number => (score === FORBIDDEN ? forbiddenCost : MAX_PAIR_SCORE - score);

  const matrix = new Float64Array(rows * cols);
  if (menteesAreRows) {
    for (let e = 0; e < nMentees; e++) {
      const from = e * nMentors;
      let at = e * cols;
      for (let r = 0; r < nMentors; r++) {
        const c = cost(scores[from + r] as number);
        for (let k = 0; k < capacity; k++) matrix[at++] = c;
      }
    }
  } else {
    for (let r = 0; r < nMentors; r++) {
      const first = r * capacity * cols;
      for (let e = 0; e < nMentees; e++) matrix[first + e] = cost(scores[e * nMentors + r] as number);
      for (let k = 1; k < capacity; k++) matrix.copyWithin(first + k * cols, first, first + cols);
    }
  }
  const rowViews = Array.from({ length: rows }, (_, y) => matrix.subarray(y * cols, (y + 1) * cols));

  const chosen: Assignment = [];
  for (const [y, x] of munkres(rowViews)) {
    const e = menteesAreRows ? y : x;
    const r = Math.floor((menteesAreRows ? x : y) / capacity);
    if (scores[e * nMentors + r] !== FORBIDDEN) chosen.push([e, r]);
  }
  return chosen;
}

function buildResult(cohort: PreparedCohort, chosen: Assignment): MatchResult {
  const mentors = cohort.mentors.candidates;
  const mentees = cohort.mentees.candidates;
  const mentorMatched = new Uint8Array(mentors.length);
  const menteeMatched = new Uint8Array(mentees.length);

  const pairs: ProposedPair[] = chosen
    .sort(([e1, r1], [e2, r2]) => r1 - r2 || e1 - e2)
    .map(([e, r]) => {
      mentorMatched[r] = 1;
      menteeMatched[e] = 1;
      const mentor = mentors[r] as MatchCandidate;
      const mentee = mentees[e] as MatchCandidate;
      const { score, reasons } = explainAllowedPair(
        mentor,
        mentee,
        cohort.zoneOffsets[cohort.mentors.zone[r] as number] ?? 0,
        cohort.zoneOffsets[cohort.mentees.zone[e] as number] ?? 0,
      );
      return { mentorId: mentor.userId, menteeId: mentee.userId, score, reasons };
    });

  const unmatched = (side: MatchCandidate[], matched: Uint8Array): string[] =>
    side.filter((_, i) => !matched[i]).map((c) => c.userId);

  return {
    pairs,
    unmatchedMentors: unmatched(mentors, mentorMatched),
    unmatchedMentees: unmatched(mentees, menteeMatched),
    totalScore: pairs.reduce((sum, p) => sum + p.score, 0),
  };
}
