/**
 * Exact Shapley / LMG decomposition of R² over all 2^p subsets of drivers.
 */
import { rethrowAs } from './errors';
import { solveGaussian, type SquareMatrix } from './linalg';
import { augmentedMatrix, validateDriverCorrelations } from './regression';
import { subsetsR2 } from './subsetSweep';

/** Largest p accepted: 2^24 subsets already take 128 MB for the R² table. */
export const MAX_SHAPLEY_DRIVERS = 24;

/** Shapley values (sum = R² of the full model) and shares (value / R², sum = 1; 0 when R² = 0). */
export type ShapleyResult = {
  readonly values: Float64Array;
  readonly shares: Float64Array;
  readonly r2: number;
};

/**
 * R²(S) of the outcome on every subset S of drivers, indexed by bitmask (bit j = driver j), from
 * the correlation matrix by an incremental sweep (Beaton 1964; Goodnight 1979).
 *
 * Depth-first over subsets in lexicographic order: a node S with largest member m keeps only the
 * residual (co)variance matrix of the drivers after m and the outcome given S — the unswept block
 * of the matrix swept on S. Its child S ∪ {k} (k > m) sweeps pivot k forward on a copy of that
 * block: a'ᵢⱼ = aᵢⱼ − aᵢₖ aₖⱼ / aₖₖ, and R²(S ∪ {k}) = 1 − a'_yy. Only forward sweeps with positive
 * pivots, so it is as stable as a Cholesky factorization; the work is about 6·2^p multiply-adds
 * because most nodes have few drivers left after m.
 *
 * A driver whose residual variance aₖₖ is ≤ {@link COLLINEARITY_TOLERANCE} adds nothing
 * (R²(S ∪ {k}) = R²(S)), as `lm` drops an aliased coefficient.
 *
 * @throws Error('allSubsetsR2: …') for p > {@link MAX_SHAPLEY_DRIVERS} or a matrix that is not
 *   positive semi-definite (a negative pivot; possible with pairwise deletion).
 */
export function allSubsetsR2(rxx: SquareMatrix, rxy: Float64Array): Float64Array {
  const p = validateDriverCorrelations('allSubsetsR2', rxx, rxy);
  if (p > MAX_SHAPLEY_DRIVERS) throw new Error(`allSubsetsR2: ${p} drivers, at most ${MAX_SHAPLEY_DRIVERS}`);
  return subsetsR2(augmentedMatrix(rxx, rxy).data, p, 'allSubsetsR2');
}

/**
 * Shapley values of drivers from the R² of all subsets (Shapley 1953; as a decomposition of R² this
 * is LMG: Lindeman, Merenda & Gold 1980, "Introduction to Bivariate and Multivariate Analysis";
 * Grömping 2006, "Relative importance for linear regression in R: the package relaimpo", JSS 17(1)):
 *
 *   LMGⱼ = Σ_{S ⊆ D∖{j}} |S|! (p − |S| − 1)! / p! · (R²(S ∪ {j}) − R²(S)),   Σⱼ LMGⱼ = R²(D).
 *
 * Increments are ≥ 0 in exact arithmetic; round-off below zero is clamped to 0.
 *
 * @param r2 R² by bitmask, length 2^p (see {@link allSubsetsR2})
 * @throws Error('shapleyFromSubsets: …') when the length is not 2^p.
 */
export function shapleyFromSubsets(r2: Float64Array, p: number): Float64Array {
  if (!Number.isInteger(p) || p < 1 || p > MAX_SHAPLEY_DRIVERS || r2.length !== 2 ** p) {
    throw new Error(`shapleyFromSubsets: expected 2^p R² values for p = ${p}, got ${r2.length}`);
  }
  // weight[s] = s!(p − s − 1)!/p! = 1 / (p · C(p − 1, s))
  const weight = new Float64Array(p);
  let binom = 1;
  for (let s = 0; s < p; s++) {
    weight[s] = 1 / (p * binom);
    binom = (binom * (p - 1 - s)) / (s + 1);
  }
  const size = r2.length;
  const pop = new Uint8Array(size);
  for (let mask = 1; mask < size; mask++) pop[mask] = pop[mask >> 1] + (mask & 1);
  const out = new Float64Array(p);
  for (let j = 0; j < p; j++) {
    const bit = 1 << j;
    let acc = 0;
    // The masks without bit j, ascending: blocks of `bit` masks every 2·bit.
    for (let high = 0; high < size; high += 2 * bit) {
      for (let mask = high; mask < high + bit; mask++) {
        const inc = r2[mask | bit] - r2[mask];
        if (inc > 0) acc += weight[pop[mask]] * inc;
      }
    }
    out[j] = acc;
  }
  return out;
}

function finish(values: Float64Array, r2: number): ShapleyResult {
  return { values, shares: Float64Array.from(values, (v) => (r2 > 0 ? v / r2 : 0)), r2 };
}

/**
 * Exact Shapley / LMG values of R² from the correlations (Lindeman, Merenda & Gold 1980;
 * Grömping 2006 relaimpo `lmg`): {@link allSubsetsR2} by incremental sweep, then
 * {@link shapleyFromSubsets}. p = 20 takes well under a second.
 *
 * @throws Error('shapley: …') as {@link allSubsetsR2}.
 */
export function shapley(rxx: SquareMatrix, rxy: Float64Array): ShapleyResult {
  const r2 = ((): Float64Array => {
    try {
      return allSubsetsR2(rxx, rxy);
    } catch (e) {
      return rethrowAs('shapley', e);
    }
  })();
  const p = rxx.dim;
  return finish(shapleyFromSubsets(r2, p), r2[r2.length - 1]);
}

/**
 * Deliberately naive reference for {@link shapley}, for tests and the benchmark baseline: for each
 * of the 2^p subsets S it builds R_SS and r_Sy and solves R_SS β = r_Sy from scratch by Gaussian
 * elimination ({@link solveGaussian}), R²(S) = r_Syᵀ β, then applies the LMG formula
 * (Lindeman, Merenda & Gold 1980; Grömping 2006). O(2^p · p³).
 *
 * @throws Error('shapleyNaive: …') when a subset's matrix is singular or p is too large.
 */
export function shapleyNaive(rxx: SquareMatrix, rxy: Float64Array): ShapleyResult {
  const p = validateDriverCorrelations('shapleyNaive', rxx, rxy);
  if (p > MAX_SHAPLEY_DRIVERS) throw new Error(`shapleyNaive: ${p} drivers, at most ${MAX_SHAPLEY_DRIVERS}`);
  const size = 2 ** p;
  const r2 = new Float64Array(size);
  for (let mask = 1; mask < size; mask++) {
    const idx: number[] = [];
    for (let j = 0; j < p; j++) if (mask & (1 << j)) idx.push(j);
    const s = idx.length;
    const a = new Float64Array(s * s);
    const b = new Float64Array(s);
    for (let i = 0; i < s; i++) {
      b[i] = rxy[idx[i]];
      for (let j = 0; j < s; j++) a[i * s + j] = rxx.data[idx[i] * p + idx[j]];
    }
    let beta: Float64Array;
    try {
      beta = solveGaussian(a, b, s);
    } catch (e) {
      throw new Error(`shapleyNaive: singular subset ${idx.join(',')}`, { cause: e });
    }
    let fit = 0;
    for (let i = 0; i < s; i++) fit += beta[i] * b[i];
    r2[mask] = fit;
  }
  return finish(shapleyFromSubsets(r2, p), r2[size - 1]);
}
