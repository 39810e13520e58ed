/** Turning pair scores into pairs: the optimal assignment (munkres) and a greedy baseline for comparison. */
import type { MatchCandidate, MatchInput, MatchResult, ProposedPair } from './types';
import { FORBIDDEN, prepareCohort, scoreAllPairs, type PreparedCohort } from './cohort';
import { MAX_PAIR_SCORE, explainAllowedPair } from './scoring';
import { solveAssignment, type Assignment } from './solver';

/**
 * Pairs the cohort's mentors and mentees optimally: as many pairs as the rules and mentor capacity allow, and
 * among those, the largest total score. Same input in any order gives the same pairs.
 */
export function matchCohort(input: MatchInput): MatchResult {
  const cohort = prepareCohort(input);
  const scores = scoreAllPairs(cohort);
  const { mentors, mentees, capacity } = cohort;
  return buildResult(cohort, solveAssignment(scores, mentees.candidates.length, mentors.candidates.length, capacity));
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
  for (let cell = 0; cell < scores.length; cell++) {
    const s = scores[cell] as number;
    if (s !== FORBIDDEN) counts[s] = (counts[s] as number) + 1;
  }
  const next = new Int32Array(MAX_PAIR_SCORE + 1);
  let allowed = 0;
  for (let s = MAX_PAIR_SCORE; s >= 0; s--) {
    next[s] = allowed;
    allowed += counts[s] ?? 0;
  }
  const order = new Int32Array(allowed);
  for (let cell = 0; cell < scores.length; cell++) {
    const s = scores[cell] as number;
    if (s === FORBIDDEN) continue;
    const at = next[s] as number;
    order[at] = cell;
    next[s] = at + 1;
  }

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
