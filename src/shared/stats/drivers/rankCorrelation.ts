/**
 * Pearson and Spearman correlation of one pair of columns (pairwise complete, optionally weighted).
 */
import { pairMoments, usableWeights, validateColumns } from './sample';

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
  const weights = usableWeights(rawWeights);
  const idx: number[] = [];
  for (let i = 0; i < x.length; i++) if (!Number.isNaN(x[i]) && (!weights || weights[i] > 0)) idx.push(i);
  idx.sort((a, b) => x[a] - x[b]);
  const out = new Float64Array(x.length).fill(Number.NaN);
  let below = 0;
  for (let start = 0; start < idx.length;) {
    let end = start;
    let tieWeight = 0;
    while (end < idx.length && x[idx[end]] === x[idx[start]]) {
      tieWeight += weights ? weights[idx[end]] : 1;
      end++;
    }
    const r = below + (tieWeight + 1) / 2;
    for (let t = start; t < end; t++) out[idx[t]] = r;
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
  const weights = usableWeights(rawWeights);
  const keepX = Float64Array.from(x, (v, i) => (Number.isNaN(y[i]) ? Number.NaN : v));
  const keepY = Float64Array.from(y, (v, i) => (Number.isNaN(x[i]) ? Number.NaN : v));
  const rx = midRanks(keepX, weights);
  const ry = midRanks(keepY, weights);
  const m = pairMoments(rx, ry, weights);
  if (m.n < 3) throw new Error(`spearman: only ${m.n} complete pairs (need 3)`);
  if (!(m.sxx > 0) || !(m.syy > 0)) throw new Error('spearman: a column has no variance');
  return m.sxy / Math.sqrt(m.sxx * m.syy);
}
