/**
 * The one entry point of key-driver analysis: every derived-importance measure of each driver.
 */
import { bootstrapImportance, type DriverIntervals, type Interval } from './bootstrap';
import { correlationMatrix } from './correlation';
import { rethrowAs } from './errors';
import { spearman } from './rankCorrelation';
import { completeRows, validateColumns, type MissingHandling, type SampleSize } from './sample';
import { driverCorrelations, standardizedRegression } from './regression';
import { relativeWeights } from './relativeWeights';
import { MAX_SHAPLEY_DRIVERS, shapley } from './shapley';

/** A driver: its code (unique) and one value per respondent (NaN = missing). */
export type DriverColumn = { readonly code: string; readonly values: Float64Array };

export type DeriveImportanceInput = {
  /** The outcome (e.g. overall satisfaction), one value per respondent, NaN = missing. */
  readonly outcome: Float64Array;
  readonly drivers: readonly DriverColumn[];
  /** Respondent weights; NaN, infinite, zero or negative excludes the respondent. */
  readonly weights?: Float64Array;
  readonly missing: MissingHandling;
  readonly bootstrap?: { readonly resamples: number; readonly seed: number; readonly level?: number };
};

export type DriverImportance = {
  readonly code: string;
  /** Pearson r with the outcome. */
  readonly pearson: number;
  /** Spearman ρ with the outcome (weighted mid-ranks when weighted). */
  readonly spearman: number;
  /** Standardized regression coefficient in the model with all drivers. */
  readonly beta: number;
  /** Johnson's raw relative weight; these sum to R². */
  readonly relativeWeight: number;
  /** relativeWeight / R² (fraction; the drivers' shares sum to 1 = 100 %). */
  readonly relativeWeightShare: number;
  /** Shapley / LMG value; these sum to R². */
  readonly shapley: number;
  /** shapley / R² (fraction; sums to 1). */
  readonly shapleyShare: number;
  /** Bootstrap percentile intervals, when a bootstrap was asked for. */
  readonly ci?: DriverIntervals;
};

export type DeriveImportanceResult = {
  /** Respondents used: the listwise n, or the smallest pairwise n. */
  readonly n: number;
  /** How missing values were handled, with the n(s) used. */
  readonly missingHandling: SampleSize;
  readonly weighted: boolean;
  /** R² of the outcome on all drivers (weighted when weighted). */
  readonly r2: number;
  /** In the order of the input drivers. */
  readonly drivers: readonly DriverImportance[];
  readonly bootstrap?: {
    readonly resamples: number;
    readonly used: number;
    readonly seed: number;
    readonly level: number;
    readonly r2: Interval;
  };
};

/**
 * Derived importance of each driver for the outcome (key-driver analysis):
 * - Pearson r and Spearman ρ with the outcome (on the listwise sample, or each pair's rows);
 * - standardized betas and R² from the correlation matrix: β = R_xx⁻¹ r_xy, R² = r_xyᵀβ
 *   (sweep operator: Beaton 1964, Goodnight 1979);
 * - Johnson's relative weights (Johnson 2000), raw (sum R²) and as shares;
 * - exact Shapley / LMG values over all 2^p subsets (Lindeman, Merenda & Gold 1980; Grömping 2006,
 *   relaimpo `lmg`), raw (sum R²) and as shares;
 * - optionally bootstrap percentile intervals ({@link bootstrapImportance}).
 * Everything rests on one weighted correlation matrix of outcome and drivers, listwise or pairwise
 * (R `cor(use = "complete.obs" | "pairwise.complete.obs")` with `cov.wt` weighting).
 *
 * @throws Error('deriveImportance: …') for no or too many drivers, duplicate codes, unequal lengths,
 *   too few respondents, a driver without variance or collinear drivers (named).
 */
export function deriveImportance(input: DeriveImportanceInput): DeriveImportanceResult {
  const { outcome, drivers, weights, missing } = input;
  const p = drivers.length;
  if (p < 1) throw new Error('deriveImportance: no drivers');
  if (p > MAX_SHAPLEY_DRIVERS)
    throw new Error(`deriveImportance: ${p} drivers, at most ${MAX_SHAPLEY_DRIVERS}`);
  const codes = drivers.map((d) => d.code);
  const seen = new Set<string>();
  for (const c of codes) {
    if (c === '') throw new Error('deriveImportance: a driver has an empty code');
    if (seen.has(c)) throw new Error(`deriveImportance: duplicate driver code ${c}`);
    seen.add(c);
  }
  if (missing !== 'listwise' && missing !== 'pairwise') {
    throw new Error("deriveImportance: missing must be 'listwise' or 'pairwise'");
  }
  const columns = [outcome, ...drivers.map((d) => d.values)];
  const labels = ['outcome', ...codes];
  const corr = prefixed(() => {
    validateColumns('deriveImportance', columns, weights, labels);
    return correlationMatrix(columns, { weights, missing, labels });
  });
  const sample = corr.sample;
  const n = sample.method === 'listwise' ? sample.n : sample.minN;
  if (n < p + 2)
    throw new Error(`deriveImportance: ${n} respondents are too few for ${p} drivers (need ${p + 2})`);

  const { rxx, rxy } = driverCorrelations(corr.matrix, 0);
  const reg = prefixed(() => standardizedRegression(rxx, rxy, codes));
  const rw = prefixed(() => relativeWeights(rxx, rxy, codes));
  const sh = prefixed(() => shapley(rxx, rxy));

  // Spearman on the same respondents as the correlation matrix: listwise masks the incomplete rows.
  let rankOutcome = outcome;
  let rankDrivers = drivers.map((d) => d.values);
  if (missing === 'listwise') {
    const keep = new Uint8Array(outcome.length);
    for (const i of completeRows(columns, weights)) keep[i] = 1;
    const mask = (x: Float64Array): Float64Array =>
      Float64Array.from(x, (v, i) => (keep[i] ? v : Number.NaN));
    rankOutcome = mask(outcome);
    rankDrivers = rankDrivers.map(mask);
  }

  const bootstrap = input.bootstrap;
  const boot = bootstrap
    ? prefixed(() =>
        bootstrapImportance({
          outcome,
          drivers: drivers.map((d) => d.values),
          weights,
          missing,
          labels: codes,
          ...bootstrap,
        }),
      )
    : undefined;

  const out = drivers.map((d, j): DriverImportance => {
    const base = {
      code: d.code,
      pearson: rxy[j],
      spearman: prefixed(() => spearman(rankDrivers[j], rankOutcome, weights)),
      beta: reg.betas[j],
      relativeWeight: rw.weights[j],
      relativeWeightShare: rw.shares[j],
      shapley: sh.values[j],
      shapleyShare: sh.shares[j],
    };
    const ci = boot?.drivers[j];
    return ci ? { ...base, ci } : base;
  });
  const result = { n, missingHandling: sample, weighted: weights !== undefined, r2: reg.r2, drivers: out };
  if (!boot) return result;
  const { resamples, used, seed, level, r2 } = boot;
  return { ...result, bootstrap: { resamples, used, seed, level, r2 } };
}

/** Runs a step, re-throwing its error under deriveImportance's name (the cause is kept). */
function prefixed<T>(compute: () => T): T {
  try {
    return compute();
  } catch (e) {
    return rethrowAs('deriveImportance', e);
  }
}
