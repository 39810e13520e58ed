import { randomCohort } from './matching';
import { prepareCohort, scoreAllPairs, FORBIDDEN } from '../src/services/matching/cohort';
import { MAX_PAIR_SCORE } from '../src/services/matching/scoring';
// eslint-disable-next-line
const M = require('/tmp/munk_instr.cjs');
const n = Number(process.argv[2] ?? 5000);
const input = randomCohort(n, 1, 20250303 + n + 1);
const c = prepareCohort(input); const s = scoreAllPairs(c);
const R = c.mentees.candidates.length, C = c.mentors.candidates.length;
const F = (R+1)*MAX_PAIR_SCORE+1;
const m = new Float64Array(R*C);
for (let i=0;i<R*C;i++){ const v=s[i] as number; m[i] = v===FORBIDDEN ? F : (MAX_PAIR_SCORE - v); }
const rows = Array.from({length:R},(_,y)=>m.subarray(y*C,(y+1)*C));
const X=C, Y=R;
const dualX = new Array(X), dualY = new Array(Y);
let t = performance.now();
M.step1(rows, dualX, dualY);
const starsX = new Array(X).fill(-1), starsY = new Array(Y).fill(-1);
const stars = M.steps2To3(rows, dualX, dualY, starsX, starsY);
console.log('init stars', stars, 'of', Y, (performance.now()-t).toFixed(0),'ms');
const slack = new Uint32Array(X), slackV = new Array(X), slackY = new Uint32Array(X);
let totalSteps = 0, maxSteps = 0; const stepHist:number[]=[];
t = performance.now();
for (let y = 0; y < Y; ++y) {
  if (starsY[y] !== -1) continue;
  const N = M.match(y, rows, dualX, dualY, starsX, slack, slackV, slackY);
  totalSteps += N; maxSteps = Math.max(maxSteps, N); stepHist.push(N);
  M.step6(y, N, dualX, dualY, slack, slackV, starsX);
  M.step5(slack[N - 1], slackY, starsX, starsY);
}
console.log('augment', (performance.now()-t).toFixed(0), 'ms; searches', stepHist.length, 'total steps', totalSteps, 'max', maxSteps);
stepHist.sort((a,b)=>a-b); console.log('median', stepHist[stepHist.length>>1], 'p90', stepHist[Math.floor(stepHist.length*0.9)]);
