/**
 * Pearson and Spearman correlation of one pair of columns (pairwise complete, optionally weighted).
 */
import { pairMoments, usableWeights, validateColumns } from './sample';
import { MAX_SPAN, ratingSpan, tableSpearman } from './ratingSpearman';
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
