/**
 * Pearson and Spearman correlation of one pair of columns (pairwise complete, optionally weighted).
 */
import { pairMoments, usableWeights, validateColumns } from './sample';
import { stableOrder } from './sortOrder';

/**
 * Weighted Pearson correlation of two columns on the rows where both are present:
 *   r = Σ wᵢ(xᵢ − x̄)(yᵢ − ȳ) / √(Σ wᵢ(xᵢ − x̄)² · Σ wᵢ(yᵢ − ȳ)²)   (Pearson 1896).
 *
 * @throws Error('pearson: …') on bad input, fewer than 3 pairs or no variance.
 */
export function pearson(x: Float64Array, y: Float64Array, rawWeights?: Float64Array): number {
  validateColumns('pearson', [x, y], rawWeights);
  const weights = usableWeights(rawWeights);
  const m = pairMoments(x, y, weights);
  if (m.n < 3) throw new Error(`pearson: only ${m.n} complete pairs (need 3)`);
  if (!(m.sxx > 0) || !(m.syy > 0)) throw new Error('pearson: a column has no variance');
  return m.sxy / Math.sqrt(m.sxx * m.syy);
}

/**
 * Mid-ranks of the non-missing values (NaN stays NaN, and so does a row with an unusable weight).
 * Unweighted: the average rank of a tie group ("average" ties, as R `rank`), 1 = smallest.
 * Weighted: rᵢ = Σ_{j: xⱼ < xᵢ} wⱼ + (Σ_{j: xⱼ = xᵢ} wⱼ + 1)/2, the position of the middle of xᵢ's
 * tie group on the cumulative-weight axis; with unit weights this equals the average rank, and
 * with integer weights it is the average rank of the data with each row repeated wᵢ times.
 */
export function midRanks(x: Float64Array, rawWeights?: Float64Array): Float64Array {
  validateColumns('midRanks', [x], rawWeights);
  return midRanksOfUsable(x, usableWeights(rawWeights));
}

/**
 * {@link midRanks} with weights already usable: the present values in row order are put in
 * ascending order once by {@link stableOrder} (a radix sort, ties in row order, as the stable sort
 * of the rows it replaces), then each tie group gets its mid-rank, its weights summed in row order.
 */
function midRanksOfUsable(x: Float64Array, weights: Float64Array | undefined): Float64Array {
  return ranksOn(rankSource(x, weights), weights);
}

/** Whole numbers spanning at most this many values are ranked by counting, without a sort. */
const MAX_SPAN = 4096;

/**
 * A column made ready for ranking on any subset of its rows: whole numbers in a short span
 * (ratings) by the span's first value; any other column by its present rows in ascending order of
 * value, ties in row order (a stable sort, see presentOrder).
 */
type RankSource =
  | { readonly x: Float64Array; readonly min: number; readonly span: number }
  | { readonly x: Float64Array; readonly sorted: Uint32Array };

function rankSource(x: Float64Array, weights: Float64Array | undefined): RankSource {
  let min = Infinity;
  let max = -Infinity;
  let whole = true;
  for (let i = 0; i < x.length && whole; i++) {
    const v = x[i];
    if (Number.isNaN(v) || (weights && !(weights[i] > 0))) continue;
    if (!Number.isInteger(v)) whole = false;
    else {
      if (v < min) min = v;
      if (v > max) max = v;
    }
  }
  if (whole && min === Infinity) return { x, min: 0, span: 1 };
  if (whole && max - min < MAX_SPAN) return { x, min, span: max - min + 1 };
  return { x, sorted: presentOrder(x, weights) };
}

/** The rows where x is present (and the weight usable), in ascending order of x, ties in row order. */
function presentOrder(x: Float64Array, weights: Float64Array | undefined): Uint32Array {
  const n = x.length;
  let count = 0;
  for (let i = 0; i < n; i++) if (!Number.isNaN(x[i]) && (!weights || weights[i] > 0)) count++;
  const rows = new Uint32Array(count);
  const present = new Float64Array(count);
  for (let i = 0, c = 0; i < n; i++) {
    if (Number.isNaN(x[i]) || (weights && !(weights[i] > 0))) continue;
    rows[c] = i;
    present[c++] = x[i];
  }
  const order = stableOrder(present);
  for (let t = 0; t < count; t++) order[t] = rows[order[t]];
  return order;
}

/**
 * The mid-ranks of a column (see rankSource) on its rows where `also` is present too (all its rows
 * without it). Both ways give the numbers of ranking the subset from scratch: the rows of a stable
 * order restricted to a subset are that subset's stable order, so no second sort is needed; and
 * counting sums each tie group's weights in row order and the groups in ascending order of value,
 * the additions the sorted walk makes.
 */
function ranksOn(src: RankSource, weights: Float64Array | undefined, also?: Float64Array): Float64Array {
  const x = src.x;
  const n = x.length;
  const out = new Float64Array(n).fill(Number.NaN);
  if ('span' in src) {
    const { min, span } = src;
    const tie = new Float64Array(span);
    for (let i = 0; i < n; i++) {
      const v = x[i];
      if (Number.isNaN(v) || (also && Number.isNaN(also[i]))) continue;
      if (weights) {
        if (weights[i] > 0) tie[v - min] += weights[i];
      } else tie[v - min] += 1;
    }
    const rank = new Float64Array(span);
    let below = 0;
    for (let b = 0; b < span; b++) {
      if (tie[b] === 0) continue;
      rank[b] = below + (tie[b] + 1) / 2;
      below += tie[b];
    }
    for (let i = 0; i < n; i++) {
      const v = x[i];
      if (Number.isNaN(v) || (also && Number.isNaN(also[i])) || (weights && !(weights[i] > 0))) continue;
      out[i] = rank[v - min];
    }
    return out;
  }
  let rows = src.sorted;
  if (also) {
    let count = 0;
    for (let t = 0; t < rows.length; t++) if (!Number.isNaN(also[rows[t]])) count++;
    const kept = new Uint32Array(count);
    for (let t = 0, c = 0; t < rows.length; t++) if (!Number.isNaN(also[rows[t]])) kept[c++] = rows[t];
    rows = kept;
  }
  const count = rows.length;
  let below = 0;
  for (let start = 0; start < count;) {
    const value = x[rows[start]];
    let end = start;
    let tieWeight = 0;
    while (end < count && x[rows[end]] === value) {
      tieWeight += weights ? weights[rows[end]] : 1;
      end++;
    }
    const r = below + (tieWeight + 1) / 2;
    for (let t = start; t < end; t++) out[rows[t]] = r;
    below += tieWeight;
    start = end;
  }
  return out;
}

/**
 * Spearman's rank correlation (Spearman 1904): the Pearson correlation of the mid-ranks of x and y,
 * ranked within the rows where both are present (as R `cor(method = "spearman",
 * use = "pairwise.complete.obs")`). Weighted: the weighted Pearson correlation of the weighted
 * mid-ranks ({@link midRanks}), so integer weights act like repeated respondents.
 *
 * @throws Error('spearman: …') on bad input, fewer than 3 pairs or no variance.
 */
export function spearman(x: Float64Array, y: Float64Array, rawWeights?: Float64Array): number {
  validateColumns('spearman', [x, y], rawWeights);
  return spearmanOfPair(x, y, usableWeights(rawWeights));
}

/**
 * {@link spearman} of each column of `xs` with `y` (as `xs.map((x) => spearman(x, y, weights))`, the
 * same numbers): y's mid-ranks are computed once and reused for every x that is present wherever y
 * is, since then the pair's rows are y's own rows.
 *
 * @throws Error('spearman: …') as {@link spearman}.
 */
export function spearmanAgainst(
  y: Float64Array,
  xs: readonly Float64Array[],
  rawWeights?: Float64Array,
): Float64Array {
  validateColumns('spearman', [y, ...xs], rawWeights);
  return spearmanAgainstOfValid(y, xs, rawWeights);
}

/** {@link spearmanAgainst} of columns the caller has already validated (validateColumns). */
export function spearmanAgainstOfValid(
  y: Float64Array,
  xs: readonly Float64Array[],
  rawWeights?: Float64Array,
): Float64Array {
  const weights = usableWeights(rawWeights);
  // Ratings (whole numbers in a short span) by their cross-table, in one pass per pair.
  const yScale = ratingSpan(y, weights);
  // y is made ready for ranking once; each x once (not once per pair and again masked by y).
  let ySource: RankSource | undefined;
  let ranksOfY: Float64Array | undefined;
  return Float64Array.from(xs, (x) => {
    const byTable = yScale && tableSpearman(x, y, weights, undefined, yScale);
    if (byTable !== null && byTable !== undefined) return byTable;
    ySource ??= rankSource(y, weights);
    let covers = true;
    for (let i = 0; i < y.length && covers; i++)
      if (Number.isNaN(x[i]) && !Number.isNaN(y[i])) covers = false;
    const rx = ranksOn(rankSource(x, weights), weights, y);
    if (!covers) return ranksCorrelation(rx, ranksOn(ySource, weights, x), weights);
    ranksOfY ??= ranksOn(ySource, weights);
    return ranksCorrelation(rx, ranksOfY, weights);
  });
}

/** Spearman's ρ of one pair, weights usable. */
function spearmanOfPair(x: Float64Array, y: Float64Array, weights: Float64Array | undefined): number {
  const byTable = tableSpearman(x, y, weights);
  if (byTable !== null) return byTable;
  const rx = ranksOn(rankSource(x, weights), weights, y);
  const ry = ranksOn(rankSource(y, weights), weights, x);
  return ranksCorrelation(rx, ry, weights);
}

/** The Pearson correlation of two columns of mid-ranks (NaN outside the pair's rows). */
function ranksCorrelation(rx: Float64Array, ry: Float64Array, weights: Float64Array | undefined): number {
  const m = pairMoments(rx, ry, weights);
  if (m.n < 3) throw new Error(`spearman: only ${m.n} complete pairs (need 3)`);
  if (!(m.sxx > 0) || !(m.syy > 0)) throw new Error('spearman: a column has no variance');
  return m.sxy / Math.sqrt(m.sxx * m.syy);
}

/** Below this many pairs, sums of n mid-ranks (multiples of ½, each ≤ n) are exact in doubles. */
const EXACT_RANK_SUMS = 2 ** 25;

/** A column of whole numbers: its smallest value and span (null when not whole or too wide). */
type RatingSpan = { readonly min: number; readonly span: number };

/** The span of a column's present values (usable weights), when all are whole and span < MAX_SPAN. */
function ratingSpan(x: Float64Array, weights: Float64Array | undefined): RatingSpan | null {
  const range = new Float64Array([Infinity, -Infinity]);
  for (let t0 = 0; t0 < x.length; t0 += BLOCK)
    if (!spanBlock(x, weights, t0, Math.min(x.length, t0 + BLOCK), range)) return null;
  const [min, max] = range;
  if (min === Infinity) return { min: 0, span: 1 };
  return max - min < MAX_SPAN ? { min, span: max - min + 1 } : null;
}

// The passes over the rows below run in blocks, one small function per block: a process that runs
// them a few times (the CLI's analyze) has them optimised after a few blocks, not after most of the
// rows. Each sum still adds its rows in order.

/** Rows per call of the block functions. */
const BLOCK = 4096;

/** Rows t0..t1: widens range = [min, max] by the present values; false at a value not whole. */
function spanBlock(
  x: Float64Array,
  weights: Float64Array | undefined,
  t0: number,
  t1: number,
  range: Float64Array,
): boolean {
  let min = range[0];
  let max = range[1];
  for (let i = t0; i < t1; i++) {
    const v = x[i];
    if (v !== v || (weights && !(weights[i] > 0))) continue;
    if (!Number.isInteger(v)) return false;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  range[0] = min;
  range[1] = max;
  return true;
}

/** A pair of rating columns with their tables by value (x at x − x0, y at y − y0). */
type RankTables = {
  x: Float64Array;
  y: Float64Array;
  weights: Float64Array | undefined;
  x0: number;
  y0: number;
  rx: Float64Array;
  ry: Float64Array;
};

/** Rows t0..t1 where both are present: adds each value's weight to its table; how many rows. */
function tieBlock(p: RankTables, t0: number, t1: number): number {
  const { x, y, weights, x0, y0, rx, ry } = p;
  let n = 0;
  for (let i = t0; i < t1; i++) {
    const a = x[i];
    const b = y[i];
    if (a !== a || b !== b) continue;
    const w = weights ? weights[i] : 1;
    if (!(w > 0)) continue;
    n++;
    rx[a - x0] += w;
    ry[b - y0] += w;
  }
  return n;
}

/** Rows t0..t1 where both are present: acc += [Σw, Σw·rank x, Σw·rank y]. */
function rankSumBlock(p: RankTables, t0: number, t1: number, acc: Float64Array): void {
  const { x, y, weights, x0, y0, rx, ry } = p;
  let sw = acc[0];
  let sx = acc[1];
  let sy = acc[2];
  for (let i = t0; i < t1; i++) {
    const a = x[i];
    const b = y[i];
    if (a !== a || b !== b) continue;
    const w = weights ? weights[i] : 1;
    if (!(w > 0)) continue;
    sw += w;
    sx += w * rx[a - x0];
    sy += w * ry[b - y0];
  }
  acc[0] = sw;
  acc[1] = sx;
  acc[2] = sy;
}

/** Rows t0..t1 where both are present: acc += the centred [Σw·dx², Σw·dy², Σw·dx·dy] of the ranks. */
function rankMomentBlock(
  p: RankTables,
  mx: number,
  my: number,
  t0: number,
  t1: number,
  acc: Float64Array,
): void {
  const { x, y, weights, x0, y0, rx, ry } = p;
  let sxx = acc[0];
  let syy = acc[1];
  let sxy = acc[2];
  for (let i = t0; i < t1; i++) {
    const a0 = x[i];
    const b0 = y[i];
    if (a0 !== a0 || b0 !== b0) continue;
    const w = weights ? weights[i] : 1;
    if (!(w > 0)) continue;
    const a = rx[a0 - x0];
    const b = ry[b0 - y0];
    sxx += w * (a - mx) * (a - mx);
    syy += w * (b - my) * (b - my);
    sxy += w * (a - mx) * (b - my);
  }
  acc[0] = sxx;
  acc[1] = syy;
  acc[2] = sxy;
}

/**
 * Spearman's ρ of two columns of whole numbers in short spans (ratings), without a column of ranks:
 * a value's mid-rank on the pair's rows depends on the value only, so one pass over the rows where
 * both are present sums each value's tie weight (in row order, as {@link ranksOn}), the ranks follow
 * as there into a table by value, and two more passes make {@link pairMoments}' sums of the ranks
 * looked up in it — the same additions in the same order as ranking both columns on the pair's rows
 * and correlating them ({@link ranksCorrelation}), so the same number to the last bit. Null when a
 * column is no such rating (then the ranks are computed).
 *
 * @throws Error('spearman: …') for fewer than 3 pairs or no variance, as {@link ranksCorrelation}.
 */
function tableSpearman(
  x: Float64Array,
  y: Float64Array,
  weights: Float64Array | undefined,
  xScale: RatingSpan | null = ratingSpan(x, weights),
  yScale: RatingSpan | null = ratingSpan(y, weights),
): number | null {
  if (!xScale || !yScale) return null;
  const rx = new Float64Array(xScale.span);
  const ry = new Float64Array(yScale.span);
  const p: RankTables = { x, y, weights, x0: xScale.min, y0: yScale.min, rx, ry };
  const len = x.length;
  let n = 0;
  for (let t0 = 0; t0 < len; t0 += BLOCK) n += tieBlock(p, t0, Math.min(len, t0 + BLOCK));
  if (n < 3) throw new Error(`spearman: only ${n} complete pairs (need 3)`);
  const ties = weights ? rx : rx.slice();
  const tiesY = weights ? ry : ry.slice();
  // Tie weights become mid-ranks in place; one value on the pair's rows is no variance (exactly).
  if (tiesToRanks(rx) < 2 || tiesToRanks(ry) < 2) throw new Error('spearman: a column has no variance');
  const acc = new Float64Array(3);
  if (!weights && n < EXACT_RANK_SUMS) {
    // Unweighted, every partial sum of the ranks is a multiple of ½ below 2⁵³, so exact: the sums
    // in row order are those by value (tie count × rank), to the last bit.
    acc[0] = n;
    for (let a = 0; a < rx.length; a++) acc[1] += ties[a] * rx[a];
    for (let b = 0; b < ry.length; b++) acc[2] += tiesY[b] * ry[b];
  } else {
    for (let t0 = 0; t0 < len; t0 += BLOCK) rankSumBlock(p, t0, Math.min(len, t0 + BLOCK), acc);
  }
  const mx = acc[1] / acc[0];
  const my = acc[2] / acc[0];
  acc.fill(0);
  for (let t0 = 0; t0 < len; t0 += BLOCK) rankMomentBlock(p, mx, my, t0, Math.min(len, t0 + BLOCK), acc);
  return acc[2] / Math.sqrt(acc[0] * acc[1]);
}

/** Tie weights in ascending order of value → each value's mid-rank (as ranksOn); how many carry weight. */
function tiesToRanks(tie: Float64Array): number {
  let below = 0;
  let values = 0;
  for (let b = 0; b < tie.length; b++) {
    const t = tie[b];
    if (t === 0) continue;
    tie[b] = below + (t + 1) / 2;
    below += t;
    values++;
  }
  return values;
}
