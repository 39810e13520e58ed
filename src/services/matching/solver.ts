/**
 * Maximum-weight assignment of mentees to mentor slots, solved exactly by `munkres` (a minimising Hungarian
 * solver from the registry).
 *
 * Objective: first the number of pairs, then the total score. Allowed cells cost MAX_PAIR_SCORE − score;
 * forbidden cells (and "no partner" cells) cost more than any sum of allowed costs, so the solver minimises
 * how many of them it uses before it minimises anything else. Forbidden cells it still returns are dropped.
 * All costs are integers below 2^53, so munkres's arithmetic is exact and ties are real ties.
 *
 * Two ways to run munkres, both exact:
 * - direct: the matrix as it is, the smaller side as rows (munkres runs row by row in that orientation).
 * - warm-started: on large cohorts munkres alone is slow, not because of size but because of structure: most
 *   mentees want the same popular mentors, so each shortest-augmenting-path search walks a large part of the
 *   matrix (2,500 × 2,500 took ~8 s). An auction pass (Bertsekas, ε-scaling) first finds column prices that
 *   make nearly every row's best choice distinct. munkres then solves the *reduced* problem
 *   cost(i,j) + price(j) − u(i) on a square matrix, with rows and columns ordered so that its greedy start
 *   reproduces the auction's tight assignments; it only repairs the rest. Adding a constant per row or per
 *   column changes every complete assignment of a square matrix by the same amount, so the optimum is the
 *   same whatever prices the auction found: the auction can make munkres faster, never the answer different.
 */
import { munkres } from 'munkres';
import { FORBIDDEN } from './cohort';
import { MAX_PAIR_SCORE } from './scoring';

/** [menteeIndex, mentorIndex] pairs. */
export type Assignment = Array<[number, number]>;

export type SolverStrategy = 'direct' | 'warm_started';

/** Below this many rows munkres alone is fast (300 × 300 in ~20 ms); the auction would only add work. */
const WARM_START_MIN_ROWS = 400;

/**
 * Warm-start only near-square problems. The warm start needs a square matrix, so a wide one gets padding rows,
 * and those identical rows slow the auction down, while munkres alone gets faster the wider the matrix (spare
 * columns end its searches early). Measured on random 2,000-row cohorts, the two cross at about 1.3 columns
 * per row.
 */
const WARM_START_MAX_ASPECT = 1.25;

export function chooseStrategy(nMentees: number, slots: number): SolverStrategy {
  const rows = Math.min(nMentees, slots);
  const cols = Math.max(nMentees, slots);
  return rows >= WARM_START_MIN_ROWS && cols <= rows * WARM_START_MAX_ASPECT ? 'warm_started' : 'direct';
}

export function solveAssignment(
  scores: Int16Array,
  nMentees: number,
  nMentors: number,
  capacity: number,
  strategy: SolverStrategy = chooseStrategy(nMentees, nMentors * capacity),
): Assignment {
  if (nMentees === 0 || nMentors === 0) return [];
  return strategy === 'direct'
    ? solveDirect(scores, nMentees, nMentors, capacity)
    : solveWarmStarted(scores, nMentees, nMentors, capacity);
}

/** The smaller side as rows: every row is then assigned, and munkres runs row by row (its fast orientation). */
interface Orientation {
  rows: number;
  cols: number;
  menteesAreRows: boolean;
}

function orient(nMentees: number, slots: number): Orientation {
  const menteesAreRows = nMentees <= slots;
  return { rows: Math.min(nMentees, slots), cols: Math.max(nMentees, slots), menteesAreRows };
}

/**
 * Writes each (row, column) cost of the oriented problem into `target` (row stride `stride`), a mentor's
 * `capacity` slots as identical columns or rows. `costOfScore[score + 1]` is the cost of a cell (FORBIDDEN = −1).
 */
function fillCosts<T extends Int32Array | Float64Array>(
  target: T,
  stride: number,
  o: Orientation,
  scores: Int16Array,
  nMentors: number,
  capacity: number,
  costOfScore: T,
): void {
  const nMentees = o.menteesAreRows ? o.rows : o.cols;
  if (o.menteesAreRows) {
    for (let e = 0; e < nMentees; e++) {
      const from = e * nMentors;
      let at = e * stride;
      for (let r = 0; r < nMentors; r++) {
        const c = costOfScore[(scores[from + r] as number) + 1] as number;
        for (let k = 0; k < capacity; k++) target[at++] = c;
      }
    }
  } else {
    for (let r = 0; r < nMentors; r++) {
      const first = r * capacity * stride;
      for (let e = 0; e < nMentees; e++) {
        target[first + e] = costOfScore[(scores[e * nMentors + r] as number) + 1] as number;
      }
      for (let k = 1; k < capacity; k++) target.copyWithin(first + k * stride, first, first + o.cols);
    }
  }
}

/** Cost per score (index score + 1, so FORBIDDEN = −1 is index 0). */
function costTable<T extends Int32Array | Float64Array>(
  table: T,
  forbiddenCost: number,
  costOfAllowed: (score: number) => number,
): T {
  table[0] = forbiddenCost;
  for (let score = 0; score <= MAX_PAIR_SCORE; score++) table[score + 1] = costOfAllowed(score);
  return table;
}

/** The pair a (row, column) cell stands for, or null when it is not a real, allowed pair. */
function cellPair(
  o: Orientation,
  y: number,
  x: number,
  scores: Int16Array,
  nMentors: number,
  capacity: number,
): [number, number] | null {
  if (y >= o.rows || x >= o.cols) return null; // padding: an empty slot or a mentee without partner
  const e = o.menteesAreRows ? y : x;
  const r = Math.floor((o.menteesAreRows ? x : y) / capacity);
  return scores[e * nMentors + r] === FORBIDDEN ? null : [e, r];
}

function solveDirect(scores: Int16Array, nMentees: number, nMentors: number, capacity: number): Assignment {
  const o = orient(nMentees, nMentors * capacity);
  const forbiddenCost = (o.rows + 1) * MAX_PAIR_SCORE + 1;
  const matrix = new Float64Array(o.rows * o.cols);
  const table = costTable(new Float64Array(MAX_PAIR_SCORE + 2), forbiddenCost, (score) => MAX_PAIR_SCORE - score);
  fillCosts(matrix, o.cols, o, scores, nMentors, capacity, table);
  const chosen: Assignment = [];
  for (const [y, x] of munkres(rowViews(matrix, o.rows, o.cols))) {
    const pair = cellPair(o, y, x, scores, nMentors, capacity);
    if (pair) chosen.push(pair);
  }
  return chosen;
}

/** Costs are multiplied by this so that auction prices, in steps of 1/8 point, stay integers. */
const AUCTION_SCALE = 8;
/** ε shrinks by this factor per auction phase. */
const AUCTION_THETA = 4;
/** Safety valve: the auction is only a warm start, so it stops after this many bids per row whatever its state. */
const AUCTION_MAX_BIDS_PER_ROW = 60;
/**
 * What a forbidden cell costs in the auction: worse than any allowed pair, but not the solver's astronomical
 * cost, which would make rows outbid each other for ages before settling. Prices found on this softer problem
 * are still valid potentials for the real one; munkres solves the real one.
 */
const AUCTION_FORBIDDEN_COST = 2 * MAX_PAIR_SCORE * AUCTION_SCALE;
/** Larger than any cost + price in the auction. */
const NO_VALUE = 0x7fffffff;

function solveWarmStarted(scores: Int16Array, nMentees: number, nMentors: number, capacity: number): Assignment {
  // Square: the smaller side's rows, then padding rows that cost 0 everywhere (the same constant in every
  // complete assignment), which stand for the larger side's leftovers.
  const o = orient(nMentees, nMentors * capacity);
  const n = o.cols;
  const forbiddenCost = ((o.rows + 1) * MAX_PAIR_SCORE + 1) * AUCTION_SCALE;
  const costs = new Int32Array(n * n);
  const table = costTable(
    new Int32Array(MAX_PAIR_SCORE + 2),
    AUCTION_FORBIDDEN_COST,
    (score) => (MAX_PAIR_SCORE - score) * AUCTION_SCALE,
  );
  fillCosts(costs, n, o, scores, nMentors, capacity, table);
  // The auction saw a softer cost for forbidden cells; munkres gets the real one.
  const solverCost = (auctionCost: number): number =>
    auctionCost === AUCTION_FORBIDDEN_COST ? forbiddenCost : auctionCost;

  const { prices, rowColumn } = auction(costs, n);

  // Reduced costs cost + price − rowMin are ≥ 0 and 0 where a row is at its best column. Rows whose auction
  // column is such a 0 ("tight") go first, their columns in the same order, so munkres's greedy start picks
  // exactly those cells; it then searches only for the other rows.
  const rowMin = new Float64Array(n);
  for (let y = 0; y < n; y++) {
    const from = y * n;
    let min = Infinity;
    for (let x = 0; x < n; x++) {
      const v = solverCost(costs[from + x] as number) + (prices[x] as number);
      if (v < min) min = v;
    }
    rowMin[y] = min;
  }
  const tight: number[] = [];
  const loose: number[] = [];
  for (let y = 0; y < n; y++) {
    const x = rowColumn[y] as number;
    const own = x >= 0 ? solverCost(costs[y * n + x] as number) + (prices[x] as number) : Infinity;
    (own === rowMin[y] ? tight : loose).push(y);
  }
  const rowOrder = [...tight, ...loose];
  const columnTaken = new Uint8Array(n);
  const columnOrder = tight.map((y) => rowColumn[y] as number);
  for (const x of columnOrder) columnTaken[x] = 1;
  for (let x = 0; x < n; x++) if (!columnTaken[x]) columnOrder.push(x);

  const reduced = new Float64Array(n * n);
  rowOrder.forEach((y, row) => {
    const from = y * n;
    const to = row * n;
    const min = rowMin[y] as number;
    for (let col = 0; col < n; col++) {
      const x = columnOrder[col] as number;
      reduced[to + col] = solverCost(costs[from + x] as number) + (prices[x] as number) - min;
    }
  });

  const chosen: Assignment = [];
  for (const [row, col] of munkres(rowViews(reduced, n, n))) {
    const pair = cellPair(o, rowOrder[row] as number, columnOrder[col] as number, scores, nMentors, capacity);
    if (pair) chosen.push(pair);
  }
  return chosen;
}

/**
 * Forward auction with ε-scaling on a square integer cost matrix (minimising). Returns column prices and each
 * row's column (−1 if the bid budget ran out first). With integer costs and a final ε of 1 every row ends within
 * 1 of its best column; exactness is not needed here, munkres provides it.
 */
function auction(costs: Int32Array, n: number): { prices: Int32Array; rowColumn: Int32Array } {
  // Integers throughout: costs ≤ AUCTION_FORBIDDEN_COST and prices stay within a few times that.
  const prices = new Int32Array(n);
  const rowColumn = new Int32Array(n);
  const columnRow = new Int32Array(n);
  const queue = new Int32Array(n);
  let bidsLeft = AUCTION_MAX_BIDS_PER_ROW * n;
  let epsilon = Math.max(1, Math.ceil((MAX_PAIR_SCORE * AUCTION_SCALE) / AUCTION_THETA));

  for (;;) {
    rowColumn.fill(-1);
    columnRow.fill(-1);
    for (let y = 0; y < n; y++) queue[y] = y;
    let head = 0;
    let waiting = n;
    while (waiting > 0 && bidsLeft > 0) {
      const y = queue[head] as number;
      head = head + 1 === n ? 0 : head + 1;
      waiting--;
      bidsLeft--;
      // Best and second-best column for this row at current prices.
      const from = y * n;
      let best = NO_VALUE;
      let second = NO_VALUE;
      let bestColumn = 0;
      for (let x = 0; x < n; x++) {
        const v = ((costs[from + x] as number) + (prices[x] as number)) | 0;
        if (v < second) {
          if (v < best) {
            second = best;
            best = v;
            bestColumn = x;
          } else {
            second = v;
          }
        }
      }
      // Bid: raise the price until the row would be indifferent (+ε, so prices always move).
      prices[bestColumn] = (prices[bestColumn] as number) + (second === NO_VALUE ? 0 : second - best) + epsilon;
      const outbid = columnRow[bestColumn] as number;
      columnRow[bestColumn] = y;
      rowColumn[y] = bestColumn;
      if (outbid >= 0) {
        rowColumn[outbid] = -1;
        let tail = head + waiting;
        if (tail >= n) tail -= n;
        queue[tail] = outbid;
        waiting++;
      }
    }
    if (epsilon === 1 || bidsLeft <= 0) break;
    epsilon = Math.max(1, Math.floor(epsilon / AUCTION_THETA));
  }
  return { prices, rowColumn };
}

function rowViews(matrix: Float64Array, rows: number, cols: number): Float64Array[] {
  return Array.from({ length: rows }, (_, y) => matrix.subarray(y * cols, (y + 1) * cols));
}
