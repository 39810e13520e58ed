import { randomCohort } from './matching';
import { prepareCohort, scoreAllPairs, FORBIDDEN } from '../src/services/matching/cohort';
import { MAX_PAIR_SCORE } from '../src/services/matching/scoring';
import { munkres } from 'munkres';

// JV phases on square N x N cost (row-major). Returns rowsol (-1 free), v.
function jvWarm(c: Float64Array, N: number) {
  const v = new Float64Array(N);
  const rowsol = new Int32Array(N).fill(-1);
  const colsol = new Int32Array(N).fill(-1);
  const matches = new Int32Array(N);
  // column reduction
  for (let j = N - 1; j >= 0; j--) {
    let min = c[j] as number, imin = 0;
    for (let i = 1; i < N; i++) { const x = c[i * N + j] as number; if (x < min) { min = x; imin = i; } }
    v[j] = min;
    if (matches[imin]++ === 0) { rowsol[imin] = j; colsol[j] = imin; }
    else if (v[j] < v[rowsol[imin]!]!) { const j1 = rowsol[imin]!; rowsol[imin] = j; colsol[j] = imin; colsol[j1] = -1; }
    else colsol[j] = -1;
  }
  // reduction transfer
  const free: number[] = [];
  for (let i = 0; i < N; i++) {
    if (matches[i] === 0) free.push(i);
    else if (matches[i] === 1) {
      const j1 = rowsol[i]!; let min = Infinity; const base = i * N;
      for (let j = 0; j < N; j++) if (j !== j1) { const h = c[base + j]! - v[j]!; if (h < min) min = h; }
      v[j1] = v[j1]! - min;
    }
  }
  // rows matched >1 times kept their last assignment... ensure consistency
  for (let i = 0; i < N; i++) if (matches[i]! > 1) { /* rowsol[i] valid, colsol set */ }
  let numfree = free.length; let steps = 0;
  for (let loop = 0; loop < 2; loop++) {
    let k = 0; const prv = numfree; numfree = 0;
    while (k < prv) {
      const i = free[k++]!; steps++;
      const base = i * N;
      let umin = c[base]! - v[0]!, j1 = 0, usub = Infinity, j2 = -1;
      for (let j = 1; j < N; j++) {
        const h = c[base + j]! - v[j]!;
        if (h < usub) { if (h >= umin) { usub = h; j2 = j; } else { usub = umin; umin = h; j2 = j1; j1 = j; } }
      }
      let i0 = colsol[j1]!;
      if (umin < usub) v[j1] = v[j1]! - (usub - umin);
      else if (i0 > -1) { j1 = j2; i0 = colsol[j2]!; }
      if (i0 > -1) rowsol[i0] = -1;
      rowsol[i] = j1; colsol[j1] = i;
      if (i0 > -1) { if (umin < usub) free[--k] = i0; else free[numfree++] = i0; }
    }
  }
  return { v, rowsol, colsol, steps };
}

function run(mentors: number, mentees: number) {
  const input = randomCohort(Math.max(mentors, mentees) * 2, 1, 7);
  input.mentors = input.mentors.slice(0, mentors); input.mentees = input.mentees.slice(0, mentees);
  const c = prepareCohort(input); const s = scoreAllPairs(c);
  const R = c.mentees.candidates.length, C = c.mentors.candidates.length;
  const N = Math.max(R, C);
  const F = (N + 1) * MAX_PAIR_SCORE + 1;
  let t = performance.now();
  const m = new Float64Array(N * N); // dummy rows/cols = 0
  for (let i = 0; i < R; i++) for (let j = 0; j < C; j++) { const x = s[i * C + j]!; m[i * N + j] = x === FORBIDDEN ? F : MAX_PAIR_SCORE - x; }
  const tb = performance.now() - t; t = performance.now();
  const { v, rowsol, steps } = jvWarm(m, N);
  const tj = performance.now() - t; t = performance.now();
  // u_i = row min of c - v
  const assigned: number[] = [], freeRows: number[] = [];
  for (let i = 0; i < N; i++) (rowsol[i]! >= 0 ? assigned : freeRows).push(i);
  const rowOrder = [...assigned, ...freeRows];
  const usedCol = new Uint8Array(N); const colOrder: number[] = [];
  for (const i of assigned) { colOrder.push(rowsol[i]!); usedCol[rowsol[i]!] = 1; }
  for (let j = 0; j < N; j++) if (!usedCol[j]) colOrder.push(j);
  const red = new Float64Array(N * N);
  for (let y = 0; y < N; y++) {
    const i = rowOrder[y]!; const base = i * N; let u = Infinity;
    for (let j = 0; j < N; j++) { const h = m[base + j]! - v[j]!; if (h < u) u = h; }
    const out = y * N;
    for (let x = 0; x < N; x++) { const j = colOrder[x]!; red[out + x] = m[base + j]! - v[j]! - u; }
  }
  const tr = performance.now() - t; t = performance.now();
  const views = Array.from({ length: N }, (_, y) => red.subarray(y * N, (y + 1) * N));
  const res = munkres(views);
  const tm = performance.now() - t;
  let total = 0, pairs = 0;
  for (const [y, x] of res) { const i = rowOrder[y]!, j = colOrder[x]!; if (i < R && j < C && s[i * C + j] !== FORBIDDEN) { total += s[i * C + j]!; pairs++; } }
  // reference: plain munkres
  t = performance.now();
  const plain = new Float64Array(R * C); const F2 = (Math.min(R,C)+1)*MAX_PAIR_SCORE+1;
  const rowsFirst = R <= C;
  const rr = rowsFirst ? R : C, cc = rowsFirst ? C : R;
  for (let i = 0; i < R; i++) for (let j = 0; j < C; j++) { const x = s[i*C+j]!; const val = x === FORBIDDEN ? F2 : MAX_PAIR_SCORE - x; if (rowsFirst) plain[i*C+j] = val; else plain[j*R+i] = val; }
  const pv = Array.from({ length: rr }, (_, y) => plain.subarray(y * cc, (y + 1) * cc));
  let ptotal = 0, ppairs = 0;
  for (const [y, x] of munkres(pv)) { const i = rowsFirst ? y : x, j = rowsFirst ? x : y; if (s[i*C+j] !== FORBIDDEN) { ptotal += s[i*C+j]!; ppairs++; } }
  const tp = performance.now() - t;
  console.log(`${R}x${C} N=${N}: build ${tb.toFixed(0)} jv ${tj.toFixed(0)} (steps ${steps}, free ${freeRows.length}) reduce ${tr.toFixed(0)} munkres ${tm.toFixed(0)} => ${pairs} pairs ${total} | plain ${tp.toFixed(0)} ms ${ppairs} ${ptotal}`);
}
for (const [a, b] of [[2500, 2500], [2750, 2500], [3000, 2500], [3750, 2500], [2500, 2000], [1000, 1000], [2500, 2750]]) run(a!, b!);
