/**
 * The one entry point of key-driver analysis: every derived-importance measure of each driver.
 */
import { bootstrapImportance, type DriverIntervals, type Interval } from './bootstrap';
import { correlationMatrixOfPoints, correlationMatrixOfValid } from './correlation';
import { rethrowAs } from './errors';
import { spearmanAgainstOfValid } from './rankCorrelation';
import { spearmanAgainstOfPoints } from './ratingSpearman';
import { completeRows, validateColumns, type MissingHandling, type SampleSize } from './sample';
import { driverCorrelations, standardizedRegression } from './regression';
import { relativeWeights } from './relativeWeights';
import {
  SAMPLED_BOOTSTRAP_PERMUTATIONS,
  decomposeR2,
  type IndexedGroup,
  type ShapleyMethod,
} from './decomposition';

/** A driver: its code (unique) and one value per respondent (NaN = missing). */
export type DriverColumn = { readonly code: string; readonly values: Float64Array };

/** The outcome and the drivers held as points (see stats/points.ts), in the order of `drivers`. */
export type PointColumns = { readonly outcome: Uint8Array; readonly drivers: readonly Uint8Array[] };

/** True when there is a column of points per driver, all of one length. */
function samePointLengths(pts: PointColumns, p: number): boolean {
  const n = pts.outcome.length;
  return pts.drivers.length === p && pts.drivers.every((d) => d.length === n);
}

export type DeriveImportanceInput = {
  /** The outcome (e.g. overall satisfaction), one value per respondent, NaN = missing. */
  readonly outcome: Float64Array;
  readonly drivers: readonly DriverColumn[];
  /** Respondent weights; NaN, infinite, zero or negative excludes the respondent. */
  readonly weights?: Float64Array;
  readonly missing: MissingHandling;
  readonly bootstrap?: { readonly resamples: number; readonly seed: number; readonly level?: number };
  /**
   * Driver groups (e.g. journey stages) by label and codes, a partition of the drivers: the a priori
   * unions of the Owen decomposition used above the exact Shapley limit.
   */
  readonly groups?: readonly { readonly label: string; readonly codes: readonly string[] }[];
  /** Seed and permutations of the sampled Shapley values (when sampling is chosen). */
  readonly sampling?: { readonly seed?: number; readonly permutations?: number };
  /**
   * The same columns as points, when every one is held so: an unweighted pairwise analysis without
   * bootstrap then reads these, with the same results, and never reads `outcome` or `values`.
   */
  readonly points?: PointColumns | undefined;
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
  /** Shapley / LMG value (or Owen value, or sampled estimate: see `shapleyMethod`); these sum to R². */
  readonly shapley: number;
  /** Monte-Carlo standard error of `shapley` when it was sampled. */
  readonly shapleySe?: number;
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
  /** How R² was decomposed (exact Shapley, Owen over groups, or sampled Shapley), with parameters. */
  readonly shapleyMethod: ShapleyMethod;
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
 * - Shapley / LMG values (Lindeman, Merenda & Gold 1980; Grömping 2006, relaimpo `lmg`), raw (sum
 *   R²) and as shares: exact over all 2^p subsets up to 24 drivers; above, exact Owen values over
 *   the driver groups when given, else sampled from seeded random orders ({@link decomposeR2});
 * - optionally bootstrap percentile intervals ({@link bootstrapImportance}).
 * Everything rests on one weighted correlation matrix of outcome and drivers, listwise or pairwise
 * (R `cor(use = "complete.obs" | "pairwise.complete.obs")` with `cov.wt` weighting).
 *
 * @throws Error('deriveImportance: …') for no drivers, groups that do not partition them, duplicate codes, unequal lengths,
 *   too few respondents, a driver without variance or collinear drivers (named).
 */
export function deriveImportance(input: DeriveImportanceInput): DeriveImportanceResult {
  const { drivers, weights, missing } = input;
  const p = drivers.length;
  if (p < 1) throw new Error('deriveImportance: no drivers');
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
  // Unweighted ratings held as points, pairwise: the moments and ranks come from their bytes, and
  // the values (read through `columns`) are not made at all.
  const pts = input.points;
  const byPoints =
    pts && !weights && missing === 'pairwise' && !input.bootstrap && samePointLengths(pts, p) ? pts : null;
  let valueColumns: Float64Array[] | undefined;
  const columns = () => (valueColumns ??= [input.outcome, ...drivers.map((d) => d.values)]);
  const labels = ['outcome', ...codes];
  const corr = prefixed(() => {
    const exact = byPoints && correlationMatrixOfPoints([byPoints.outcome, ...byPoints.drivers], labels);
    if (exact) return exact;
    validateColumns('deriveImportance', columns(), weights, labels);
    return correlationMatrixOfValid(columns(), { weights, missing, labels });
  });
  const sample = corr.sample;
  const n = sample.method === 'listwise' ? sample.n : sample.minN;
  if (n < p + 2)
    throw new Error(`deriveImportance: ${n} respondents are too few for ${p} drivers (need ${p + 2})`);

  const { rxx, rxy } = driverCorrelations(corr.matrix, 0);
  const reg = prefixed(() => standardizedRegression(rxx, rxy, codes));
  const rw = prefixed(() => relativeWeights(rxx, rxy, codes));
  const groups = prefixed(() => indexGroups(codes, input.groups));
  const samplingSeed = input.sampling?.seed ?? input.bootstrap?.seed;
  const permutations = input.sampling?.permutations;
  const sh = prefixed(() => decomposeR2(rxx, rxy, codes, { groups, seed: samplingSeed, permutations }));

  // Spearman on the same respondents as the correlation matrix: listwise masks the incomplete rows.
  const spearman = (): Float64Array => {
    if (byPoints) return spearmanAgainstOfPoints(byPoints.outcome, byPoints.drivers);
    const outcome = input.outcome;
    let rankOutcome = outcome;
    let rankDrivers = drivers.map((d) => d.values);
    if (missing === 'listwise') {
      const keep = new Uint8Array(outcome.length);
      for (const i of completeRows(columns(), weights)) keep[i] = 1;
      const mask = (x: Float64Array): Float64Array => {
        const out = new Float64Array(x.length);
        for (let i = 0; i < x.length; i++) out[i] = keep[i] ? x[i] : Number.NaN;
        return out;
      };
      rankOutcome = mask(outcome);
      rankDrivers = rankDrivers.map(mask);
    }
    // The columns were validated above (the listwise mask only adds NaN).
    return spearmanAgainstOfValid(rankOutcome, rankDrivers, weights);
  };

  const bootstrap = input.bootstrap;
  const boot = bootstrap
    ? prefixed(() =>
        bootstrapImportance({
          outcome: input.outcome,
          drivers: drivers.map((d) => d.values),
          weights,
          missing,
          labels: codes,
          ...bootstrap,
          shapley: (bx, by) =>
            decomposeR2(bx, by, codes, {
              groups,
              seed: bootstrap.seed,
              permutations: Math.min(permutations ?? Infinity, SAMPLED_BOOTSTRAP_PERMUTATIONS),
            }),
        }),
      )
    : undefined;

  const rhos = prefixed(spearman);
  const out = drivers.map((d, j): DriverImportance => {
    const base = {
      code: d.code,
      pearson: rxy[j],
      spearman: rhos[j],
      beta: reg.betas[j],
      relativeWeight: rw.weights[j],
      relativeWeightShare: rw.shares[j],
      shapley: sh.values[j],
      shapleyShare: sh.shares[j],
    };
    const se = sh.standardErrors?.[j];
    const withSe = se === undefined ? base : { ...base, shapleySe: se };
    const ci = boot?.drivers[j];
    return ci ? { ...withSe, ci } : withSe;
  });
  const result = {
    n,
    missingHandling: sample,
    weighted: weights !== undefined,
    r2: reg.r2,
    drivers: out,
    shapleyMethod: sh.method,
  };
  if (!boot) return result;
  const { resamples, used, seed, level, r2 } = boot;
  return { ...result, bootstrap: { resamples, used, seed, level, r2 } };
}

/** The groups by driver index, checked to partition the codes. */
function indexGroups(
  codes: readonly string[],
  groups: DeriveImportanceInput['groups'],
): IndexedGroup[] | undefined {
  if (!groups) return undefined;
  const index = new Map(codes.map((c, j) => [c, j]));
  const out = groups.map((g) => ({
    label: g.label,
    indices: g.codes.map((c) => {
      const j = index.get(c);
      if (j === undefined) throw new Error(`a group names ${c}, which is not a driver`);
      return j;
    }),
  }));
  const count = out.reduce((s, g) => s + g.indices.length, 0);
  if (count !== codes.length || new Set(out.flatMap((g) => g.indices)).size !== codes.length) {
    throw new Error('the groups must hold every driver exactly once');
  }
  return out;
}

/** Runs a step, re-throwing its error under deriveImportance's name (the cause is kept). */
function prefixed<T>(compute: () => T): T {
  try {
    return compute();
  } catch (e) {
    return rethrowAs('deriveImportance', e);
  }
}
