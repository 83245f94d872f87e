/**
 * Descriptive statistics of one rating question: counts, missing reasons, mean with interval,
 * median, distribution over the scale points, top/bottom boxes and the 0–100 index.
 */
import type { ColumnOptions, MissingCounts, Scale } from './columns';
import { collectValid } from './columns';
import { meanEstimate } from './moments';
import type { Index0to100 } from './units';
import { toIndex0to100 } from './units';

/** Options of {@link describe}. */
export interface DescribeOptions extends ColumnOptions {
  /** Theoretical limits of the rating scale, e.g. 1–5 or 0–10. */
  readonly scale: Scale;
}

/** One scale point of the distribution. */
export interface ScalePointCount {
  readonly value: number;
  readonly count: number;
  /** Σw of the respondents at this point (= count without weights). */
  readonly weightedCount: number;
  /** weightedCount / Σw over all valid answers, 0..1. */
  readonly share: number;
}

/** Result of {@link describe}. Shares are fractions 0..1. */
export interface Description {
  readonly weighted: boolean;
  /** Valid answers (unweighted count). */
  readonly n: number;
  /** Σw of the valid answers. */
  readonly weightedN: number;
  /** Kish effective n of the valid answers (= n without weights). */
  readonly effectiveN: number;
  readonly missing: MissingCounts;
  /** Respondents dropped because their weight was NaN, infinite or ≤ 0. */
  readonly excludedByWeight: number;
  readonly mean: number;
  readonly sd: number;
  readonly se: number;
  /** Degrees of freedom of ci95 (n − 1, or n_eff − 1 when weighted). */
  readonly df: number;
  readonly ci95: readonly [number, number];
  readonly median: number;
  /** One entry per integer point of the scale (empty when the scale has more than 101 points). */
  readonly distribution: readonly ScalePointCount[];
  /** Share at the top two points (value ≥ max − 1). */
  readonly top2Box: number;
  /** Share at the lowest point (value ≤ min). */
  readonly bottomBox: number;
  /** Share at the lowest two points (value ≤ min + 1). */
  readonly bottom2Box: number;
  /** 100·(mean − min)/(max − min). */
  readonly index0to100: Index0to100;
  /** ci95 mapped to the index, clipped to 0..100. */
  readonly index0to100Ci95: readonly [Index0to100, Index0to100];
}

const MAX_POINTS = 101;

/**
 * Weighted median: sort by value and take the first value whose cumulative weight reaches half of
 * Σw; when the cumulative weight equals exactly half at a value, average it with the next value.
 * With equal weights this is the ordinary median (Hyndman & Fan 1996 type 2 / R `median`).
 *
 * @throws Error('weightedMedian: …') on a length mismatch.
 */
export function weightedMedian(values: Float64Array, weights?: Float64Array): number {
  const n = values.length;
  if (weights && weights.length !== n) {
    throw new Error(`weightedMedian: weights have length ${weights.length}, values have ${n}`);
  }
  if (n === 0) return NaN;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => values[a] - values[b]);
  let total = 0;
  for (let i = 0; i < n; i++) total += weights ? weights[i] : 1;
  const half = total / 2;
  let cum = 0;
  for (let k = 0; k < n; k++) {
    cum += weights ? weights[order[k]] : 1;
    if (Math.abs(cum - half) <= 1e-12 * total && k + 1 < n) {
      return (values[order[k]] + values[order[k + 1]]) / 2;
    }
    if (cum > half) return values[order[k]];
  }
  return values[order[n - 1]];
}

function indexOf(x: number, scale: Scale): Index0to100 {
  return toIndex0to100((100 * (x - scale.min)) / (scale.max - scale.min));
}

function clippedIndex(x: number, scale: Scale): Index0to100 {
  if (Number.isNaN(x)) return NaN as Index0to100;
  return indexOf(Math.min(scale.max, Math.max(scale.min, x)), scale);
}

/**
 * Describes a rating question.
 *
 * - Who counts: see `collectValid` — unusable weights (NaN, ≤ 0) drop the respondent entirely;
 *   missing codes 1/2/3 are counted as no answer / don't know / not applicable; NaN without a
 *   code is "no answer".
 * - mean, sd, se, ci95: {@link meanEstimate} — t interval with n − 1 df unweighted; weighted, the
 *   linearization SE of R's `svymean` with t on Kish n_eff − 1 df.
 * - median: {@link weightedMedian}.
 * - distribution: counts at each integer point from ⌈min⌉ to ⌊max⌋; a non-integer value (e.g. an
 *   averaged score) is in no point but still in n, so shares then sum to less than 1.
 * - top2Box = share with x ≥ max − 1; bottomBox = share with x ≤ min; bottom2Box = x ≤ min + 1
 *   (boxes assume unit steps; on a 2-point scale top2Box is 1).
 * - index0to100 = 100·(x̄ − min)/(max − min), the EPSI/ACSI convention (Fornell et al. 1996).
 *
 * n = 0 gives NaN statistics and zero counts; n = 1 gives mean = median = the value, sd/se/ci NaN.
 *
 * @throws Error('describe: …') on bad scale limits, length mismatches, unknown missing codes,
 *   infinite values or values outside the scale.
 */
export function describe(values: Float64Array, options: DescribeOptions): Description {
  const { scale } = options;
  const valid = collectValid('describe', values, options);
  const w = valid.weighted ? valid.weights : undefined;
  const est = meanEstimate(valid.values, w);
  const lo = Math.ceil(scale.min);
  const hi = Math.floor(scale.max);
  const points = hi - lo + 1;
  const counts = new Float64Array(points > 0 && points <= MAX_POINTS ? points : 0);
  const weighted = new Float64Array(counts.length);
  let top2 = 0;
  let bottom = 0;
  let bottom2 = 0;
  for (let i = 0; i < valid.values.length; i++) {
    const x = valid.values[i];
    const wi = valid.weights[i];
    if (counts.length > 0 && Number.isInteger(x)) {
      counts[x - lo]++;
      weighted[x - lo] += wi;
    }
    if (x >= scale.max - 1) top2 += wi;
    if (x <= scale.min) bottom += wi;
    if (x <= scale.min + 1) bottom2 += wi;
  }
  const W = est.weightedN;
  const share = (s: number): number => (W > 0 ? s / W : NaN);
  const distribution: ScalePointCount[] = Array.from(counts, (count, k) => ({
    value: lo + k,
    count,
    weightedCount: weighted[k],
    share: share(weighted[k]),
  }));
  return {
    weighted: valid.weighted,
    n: est.n,
    weightedN: W,
    effectiveN: est.effectiveN,
    missing: valid.missing,
    excludedByWeight: valid.excludedByWeight,
    mean: est.mean,
    sd: est.sd,
    se: est.se,
    df: est.df,
    ci95: est.ci95,
    median: weightedMedian(valid.values, w),
    distribution,
    top2Box: share(top2),
    bottomBox: share(bottom),
    bottom2Box: share(bottom2),
    index0to100: indexOf(est.mean, scale),
    index0to100Ci95: [clippedIndex(est.ci95[0], scale), clippedIndex(est.ci95[1], scale)],
  };
}
