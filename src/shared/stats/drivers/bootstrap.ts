/**
 * Bootstrap confidence intervals for derived importance.
 */
import type { SquareMatrix } from './linalg';
import { createRng } from '../rng';
import { correlationMatrix, correlationOfRowMajor } from './correlation';
import { completeRows, usableWeights, validateColumns, type MissingHandling } from './sample';
import { driverCorrelations, standardizedRegression } from './regression';
import { relativeWeights } from './relativeWeights';
import { shapley, type ShapleyResult } from './shapley';

/** A two-sided interval. */
export type Interval = { readonly lower: number; readonly upper: number };

/** Percentile intervals for one driver. */
export type DriverIntervals = {
  readonly beta: Interval;
  readonly relativeWeight: Interval;
  readonly relativeWeightShare: Interval;
  readonly shapley: Interval;
  readonly shapleyShare: Interval;
};

export type BootstrapInput = {
  readonly outcome: Float64Array;
  readonly drivers: readonly Float64Array[];
  readonly weights?: Float64Array;
  readonly missing: MissingHandling;
  /** Number of resamples (1 … 100 000; a few hundred or more for 95 % intervals). */
  readonly resamples: number;
  /** Seed of the PRNG, an integer in 0..2³²−1; the same seed and data give the same intervals. */
  readonly seed: number;
  /** Confidence level, default 0.95. */
  readonly level?: number;
  readonly labels?: readonly string[];
  /** The R² decomposition of each resample; default exact Shapley ({@link shapley}). */
  readonly shapley?: (rxx: SquareMatrix, rxy: Float64Array) => ShapleyResult;
};

export type BootstrapResult = {
  readonly resamples: number;
  /** Resamples that produced a result (a resample can be degenerate, e.g. a constant column). */
  readonly used: number;
  readonly seed: number;
  readonly level: number;
  readonly r2: Interval;
  /** In the order of the input drivers. */
  readonly drivers: readonly DriverIntervals[];
};

/**
 * The q-quantile of sorted values by linear interpolation between order statistics (Hyndman & Fan
 * 1996 type 7, R's default): h = (m − 1)q, Q = x_⌊h⌋ + (h − ⌊h⌋)(x_⌊h⌋+1 − x_⌊h⌋).
 *
 * @throws Error('quantileSorted: …') for an empty array or q outside [0, 1].
 */
export function quantileSorted(sorted: Float64Array, q: number): number {
  if (sorted.length === 0) throw new Error('quantileSorted: no values');
  if (!(q >= 0 && q <= 1)) throw new Error(`quantileSorted: q = ${q} is outside [0, 1]`);
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

function percentileInterval(values: Float64Array, level: number): Interval {
  const sorted = Float64Array.from(values).sort();
  const alpha = (1 - level) / 2;
  return { lower: quantileSorted(sorted, alpha), upper: quantileSorted(sorted, 1 - alpha) };
}

/**
 * Nonparametric bootstrap (Efron & Tibshirani 1993, "An Introduction to the Bootstrap", ch. 13)
 * percentile intervals for standardized betas, Johnson's relative weights (Johnson 2000) and
 * Shapley/LMG values (Lindeman, Merenda & Gold 1980; Grömping 2006), raw and as shares of R².
 *
 * Each resample draws respondents uniformly with replacement (the project's seeded generator, ../rng.ts `createRng`: xoshiro128**), as
 * many as were drawn from; a respondent drawn c times enters with weight c·wᵢ, i.e. its own
 * respondent weight is kept (the weighted estimator applied to the resample). Listwise: drawn from
 * the complete respondents; pairwise: from all respondents with a usable weight, each pair's
 * correlation then using the drawn respondents who have both. The interval is
 * [Q((1 − level)/2), Q((1 + level)/2)] of the resampled statistics (quantile type 7).
 * Degenerate resamples (a constant column, collinear drivers) are skipped and not counted in `used`.
 *
 * @throws Error('bootstrapImportance: …') on bad options or when no resample succeeds.
 */
export function bootstrapImportance(input: BootstrapInput): BootstrapResult {
  const { outcome, drivers, missing, resamples, seed } = input;
  const level = input.level ?? 0.95;
  const p = drivers.length;
  if (p < 1) throw new Error('bootstrapImportance: no drivers');
  if (!Number.isInteger(resamples) || resamples < 1 || resamples > 100_000) {
    throw new Error(`bootstrapImportance: resamples must be an integer in 1..100000, got ${resamples}`);
  }
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    throw new Error(`bootstrapImportance: seed must be an integer in 0..4294967295, got ${seed}`);
  }
  if (!(level > 0 && level < 1))
    throw new Error(`bootstrapImportance: level must be in (0, 1), got ${level}`);
  if (missing !== 'listwise' && missing !== 'pairwise') {
    throw new Error("bootstrapImportance: missing must be 'listwise' or 'pairwise'");
  }
  const columns = [outcome, ...drivers];
  const labels = input.labels ? ['outcome', ...input.labels] : undefined;
  validateColumns('bootstrapImportance', columns, input.weights, labels);
  const weights = usableWeights(input.weights);
  const k = p + 1;
  const rng = createRng(seed);

  let resampleCorrelation: () => SquareMatrix;
  if (missing === 'listwise') {
    const rows = completeRows(columns, weights);
    const m = rows.length;
    if (m < k + 1) throw new Error(`bootstrapImportance: only ${m} complete respondents`);
    const data = new Float64Array(m * k);
    const base = new Float64Array(m);
    rows.forEach((row, i) => {
      for (let j = 0; j < k; j++) data[i * k + j] = columns[j][row];
      base[i] = weights ? weights[row] : 1;
    });
    const w = new Float64Array(m);
    resampleCorrelation = () => {
      w.fill(0);
      for (let d = 0; d < m; d++) w[Math.floor(rng() * m)] += 1;
      for (let i = 0; i < m; i++) w[i] *= base[i];
      return correlationOfRowMajor(data, k, w);
    };
  } else {
    const pool: number[] = [];
    for (let i = 0; i < outcome.length; i++) if (!weights || weights[i] > 0) pool.push(i);
    const m = pool.length;
    if (m < 3) throw new Error(`bootstrapImportance: only ${m} respondents`);
    const w = new Float64Array(outcome.length);
    resampleCorrelation = () => {
      w.fill(0);
      for (let d = 0; d < m; d++) w[pool[Math.floor(rng() * m)]] += 1;
      if (weights) for (let i = 0; i < w.length; i++) w[i] *= weights[i];
      return correlationMatrix(columns, { weights: w, missing: 'pairwise' }).matrix;
    };
  }

  const draws = {
    beta: new Float64Array(resamples * p),
    relativeWeight: new Float64Array(resamples * p),
    relativeWeightShare: new Float64Array(resamples * p),
    shapley: new Float64Array(resamples * p),
    shapleyShare: new Float64Array(resamples * p),
  };
  const r2Draws = new Float64Array(resamples);
  let used = 0;
  for (let b = 0; b < resamples; b++) {
    try {
      const { rxx, rxy } = driverCorrelations(resampleCorrelation(), 0);
      const reg = standardizedRegression(rxx, rxy);
      const rw = relativeWeights(rxx, rxy);
      const sh = (input.shapley ?? shapley)(rxx, rxy);
      const at = used * p;
      draws.beta.set(reg.betas, at);
      draws.relativeWeight.set(rw.weights, at);
      draws.relativeWeightShare.set(rw.shares, at);
      draws.shapley.set(sh.values, at);
      draws.shapleyShare.set(sh.shares, at);
      r2Draws[used] = reg.r2;
      used++;
    } catch {
      // A degenerate resample has no statistic; it is left out and reported through `used`.
    }
  }
  if (used === 0) throw new Error('bootstrapImportance: every resample was degenerate');
  const column = (s: keyof DriverIntervals, j: number): Float64Array => {
    const out = new Float64Array(used);
    for (let b = 0; b < used; b++) out[b] = draws[s][b * p + j];
    return out;
  };
  const driverIntervals: DriverIntervals[] = [];
  for (let j = 0; j < p; j++) {
    driverIntervals.push({
      beta: percentileInterval(column('beta', j), level),
      relativeWeight: percentileInterval(column('relativeWeight', j), level),
      relativeWeightShare: percentileInterval(column('relativeWeightShare', j), level),
      shapley: percentileInterval(column('shapley', j), level),
      shapleyShare: percentileInterval(column('shapleyShare', j), level),
    });
  }
  return {
    resamples,
    used,
    seed,
    level,
    r2: percentileInterval(r2Draws.subarray(0, used), level),
    drivers: driverIntervals,
  };
}
