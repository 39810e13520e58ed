import { randomCohort } from './matching';
import { prepareCohort, scoreAllPairs, FORBIDDEN } from '../src/services/matching/cohort';
import { MAX_PAIR_SCORE } from '../src/services/matching/scoring';
import { munkres } from 'munkres';
for (const [mentors, mentees] of [[2500,2500],[2600,2500],[2750,2500],[3000,2500],[3750,2500],[2500,2000]] as const) {
  const input = randomCohort(mentors*2, 1, 7);
  input.mentors = input.mentors.slice(0, mentors); input.mentees = input.mentees.slice(0, mentees);
  const c = prepareCohort(input); const s = scoreAllPairs(c);
  const R = c.mentees.candidates.length, C = c.mentors.candidates.length;
  const F = (R+1)*MAX_PAIR_SCORE+1;
  const m = new Float64Array(R*C);
  for (let i=0;i<R*C;i++){ const v=s[i] as number; m[i] = v===FORBIDDEN ? F : (MAX_PAIR_SCORE - v); }
  const rows = Array.from({length:R},(_,y)=>m.subarray(y*C,(y+1)*C));
  const t = performance.now(); munkres(rows); console.log(R, 'x', C, (performance.now()-t).toFixed(0), 'ms');
}
