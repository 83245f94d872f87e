/**
 * Grouped histograms of a rating column: one pass over the respondents gives, per group and scale
 * point, the count, Σw and Σw². Every statistic the breakdowns need (mean, SD, SE, median,
 * top-2-box, NPS) follows from those sums exactly, for each group, the total and "the rest"
 * (total − group) without touching the respondents again. This is what makes a dashboard over
 * 100,000 respondents × 40 questions cheap; `histogram.test.ts` checks every statistic against
 * `describe` and `nps` of src/shared/stats (the reference implementations).
 */
import type { Scale } from '../stats/columns';
import { studentTQuantile } from '../stats/distributions';
import { BLOCK, countBlock, histogramBlock, pointsCountBlock, pointsCountWide } from './histogram-rows';

/** Sums per scale point of one group (or a union of groups). */
export type Slice = { count: Float64Array; wsum: Float64Array; w2sum: Float64Array };

export type GroupedHistogram = {
  scale: Scale;
  points: number;
  groups: number;
  weighted: boolean;
  /** Group g, point j at g·points + j. */
  count: Float64Array;
  wsum: Float64Array;
  w2sum: Float64Array;
};

export type HistogramInput = {
  /** Read only where `points` are not given (or the histogram is weighted). */
  values: Float64Array;
  /** The values in one byte each (see stats/points.ts): an unweighted histogram counts these. */
  points?: Uint8Array | undefined;
  missing?: Uint8Array | undefined;
  weights?: Float64Array | undefined;
  scale: Scale;
  /** Group position of each respondent (0..groups−1); −1 leaves the respondent out. Default: one group. */
  groupIndex?: Int32Array | undefined;
  groups?: number | undefined;
};

/** A column as histograms take it: its values, missing codes and, where it has them, points. */
export type HistogramColumn = {
  readonly values: Float64Array;
  readonly missing?: Uint8Array | undefined;
  readonly points?: Uint8Array | undefined;
};

/** The histogram input of a column, whose values are read only if the histogram needs them. */
export function columnInput(
  col: HistogramColumn,
  rest: Omit<HistogramInput, 'values' | 'missing' | 'points'>,
): HistogramInput {
  return {
    ...rest,
    missing: col.missing,
    points: col.points,
    get values() {
      return col.values;
    },
  };
}

/**
 * Builds the grouped histogram. Who counts is decided as in `collectValid` (src/shared/stats/columns):
 * an unusable weight or a non-zero missing code or NaN leaves the respondent out.
 * Returns null when a value is not an integer (the caller then falls back to `describe`).
 *
 * @throws Error('groupedHistogram: …') on length mismatches, a value outside the scale or a bad group index.
 */
export function groupedHistogram(input: HistogramInput): GroupedHistogram | null {
  const { points, missing, weights, scale, groupIndex } = input;
  // unweighted, from the points where given: the values are not read (nor made, see stats/points.ts)
  const fromPoints = points !== undefined && weights === undefined;
  const n = fromPoints ? points.length : input.values.length;
  const groups = input.groups ?? 1;
  if (missing && missing.length !== n) throw new Error('groupedHistogram: missing has the wrong length');
  if (weights && weights.length !== n) throw new Error('groupedHistogram: weights have the wrong length');
  if (groupIndex && groupIndex.length !== n)
    throw new Error('groupedHistogram: groupIndex has the wrong length');
  if (!(Number.isInteger(scale.min) && Number.isInteger(scale.max) && scale.min < scale.max)) {
    throw new Error(`groupedHistogram: scale ${scale.min}–${scale.max} must be integers with min < max`);
  }
  const scalePoints = scale.max - scale.min + 1;
  const size = groups * scalePoints;
  const count = new Float64Array(size);
  const wsum = new Float64Array(size);
  const w2sum = weights ? new Float64Array(size) : count;
  const { min, max } = scale;
  if (fromPoints && pointsCountWide(points, missing, groupIndex, groups, scalePoints, min, count)) {
    return { scale, points: scalePoints, groups, weighted: false, count, wsum: count, w2sum };
  }
  count.fill(0); // a row the counting above could not take: counted again, row by row, to name it
  // In blocks of rows, one small function per block: a process that builds a few histograms (the
  // CLI's analyze) has the loop optimised after a few blocks, not after most of its rows.
  for (let t0 = 0; t0 < n; t0 += BLOCK) {
    const t1 = Math.min(n, t0 + BLOCK);
    const bad = fromPoints
      ? pointsCountBlock(points, missing, groupIndex, groups, scalePoints, min, count, t0, t1)
      : weights
        ? histogramBlock(input, groups, scalePoints, count, wsum, w2sum, t0, t1)
        : countBlock(input.values, missing, groupIndex, groups, scalePoints, min, count, t0, t1);
    if (bad < 0) continue;
    const x = fromPoints ? points[bad]! : input.values[bad]!;
    const g = groupIndex ? groupIndex[bad]! : 0;
    if (x < min || x > max)
      throw new Error(`groupedHistogram: value ${x} at row ${bad} is outside the scale ${min}–${max}`);
    if (g >= groups)
      throw new Error(`groupedHistogram: group index ${g} at row ${bad} is not below ${groups}`);
    return null;
  }
  return {
    scale,
    points: scalePoints,
    groups,
    weighted: weights !== undefined,
    count,
    wsum: weights ? wsum : count,
    w2sum,
  };
}

/** The sums of one group. */
export function sliceOf(h: GroupedHistogram, g: number): Slice {
  const a = g * h.points;
  const b = a + h.points;
  return { count: h.count.subarray(a, b), wsum: h.wsum.subarray(a, b), w2sum: h.w2sum.subarray(a, b) };
}

/** Σ over the given groups (default all). */
export function sumSlices(h: GroupedHistogram, groups?: readonly number[]): Slice {
  const out = emptySlice(h.points);
  const list = groups ?? Array.from({ length: h.groups }, (_, g) => g);
  for (const g of list) addInto(out, sliceOf(h, g), 1);
  return out;
}

/** a − b, point by point (the rest of the total after taking one group out). */
export function subtractSlice(a: Slice, b: Slice): Slice {
  const out = emptySlice(a.count.length);
  addInto(out, a, 1);
  addInto(out, b, -1);
  return out;
}

function emptySlice(points: number): Slice {
  return { count: new Float64Array(points), wsum: new Float64Array(points), w2sum: new Float64Array(points) };
}

function addInto(out: Slice, s: Slice, sign: 1 | -1): void {
  for (let j = 0; j < out.count.length; j++) {
    out.count[j]! += sign * s.count[j]!;
    out.wsum[j]! += sign * s.wsum[j]!;
    out.w2sum[j]! += sign * s.w2sum[j]!;
  }
}

/** Respondents behind a slice (unweighted). */
export function sliceN(s: Slice): number {
  let n = 0;
  for (let j = 0; j < s.count.length; j++) n += s.count[j]!;
  return Math.round(n);
}

export type RatingStats = {
  n: number;
  weightedN: number;
  effectiveN: number;
  mean: number;
  sd: number;
  se: number;
  ci95: [number, number];
  median: number;
  top2Box: number;
  index: number;
};

/**
 * Mean, SD, SE, t interval, median, top-2-box and 0–100 index from a slice — the formulas of
 * `meanEstimate`/`describe` (src/shared/stats/moments.ts) written over scale points x_j:
 * W = Σw, x̄ = Σ_j W_j x_j / W, s² = n/(n−1)·Σ_j W_j (x_j − x̄)²/W (R svyvar),
 * SE = s/√n unweighted, √(n/(n−1)·Σ_j W2_j (x_j − x̄)²)/W weighted (R svymean linearization),
 * CI = x̄ ± t(0.975, df)·SE with df = n − 1 (weighted: Kish n_eff − 1); index = 100(x̄ − min)/(max − min)
 * (EPSI/ACSI); top-2-box = share at x ≥ max − 1.
 */
export function ratingStats(s: Slice, scale: Scale, weighted: boolean): RatingStats {
  const m = ratingMoments(s, scale, weighted);
  const half = m.df > 0 ? studentTQuantile(0.975, m.df) * m.se : NaN;
  return {
    n: m.n,
    weightedN: m.weightedN,
    effectiveN: m.effectiveN,
    mean: m.mean,
    sd: m.sd,
    se: m.se,
    ci95: [m.mean - half, m.mean + half],
    median: sliceMedian(s, scale.min, m.weightedN),
    top2Box: m.weightedN > 0 ? m.top / m.weightedN : NaN,
    index: scaleIndex(m.mean, scale),
  };
}

/** A mean as the 0–100 index of its scale (EPSI/ACSI): 100(x̄ − min)/(max − min). */
export function scaleIndex(mean: number, scale: Scale): number {
  return (100 * (mean - scale.min)) / (scale.max - scale.min);
}

/**
 * The moments behind {@link ratingStats}: n, weights, mean, SD, SE and the t interval's degrees of
 * freedom, and the top-2-box's weight. What a test between groups needs, without the interval's
 * t quantile or the median.
 */
export function ratingMoments(
  s: Slice,
  scale: Scale,
  weighted: boolean,
): Pick<RatingStats, 'n' | 'weightedN' | 'effectiveN' | 'mean' | 'sd' | 'se'> & { df: number; top: number } {
  const points = s.count.length;
  let n = 0;
  let W = 0;
  let W2 = 0;
  let sum = 0;
  let top = 0;
  let lo = Infinity;
  let hi = -Infinity;
  for (let j = 0; j < points; j++) {
    const x = scale.min + j;
    if (s.wsum[j]! > 0) {
      if (x < lo) lo = x;
      hi = x;
    }
    n += s.count[j]!;
    W += s.wsum[j]!;
    W2 += s.w2sum[j]!;
    sum += s.wsum[j]! * x;
    if (x >= scale.max - 1) top += s.wsum[j]!;
  }
  n = Math.round(n);
  const effectiveN = W2 > 0 ? (W * W) / W2 : 0;
  // Within the answers given, so identical answers have exactly their value as the mean and no
  // spread (Σw·x / Σw alone can round to just beside it, and a small df's t makes that a visible CI).
  const mean = W > 0 ? Math.min(hi, Math.max(lo, sum / W)) : NaN;
  let d2 = 0;
  let w2d2 = 0;
  for (let j = 0; j < points; j++) {
    const d = scale.min + j - mean;
    d2 += s.wsum[j]! * d * d;
    w2d2 += s.w2sum[j]! * d * d;
  }
  const f = n / (n - 1);
  const sd = n > 1 ? Math.sqrt((f * d2) / W) : NaN;
  const se = n > 1 ? (weighted ? Math.sqrt(f * w2d2) / W : sd / Math.sqrt(n)) : NaN;
  const df = weighted ? effectiveN - 1 : n - 1;
  return { n, weightedN: W, effectiveN, mean, sd, se, df, top };
}

/** Weighted median over scale points with `weightedMedian`'s rule (average at an exact half). */
function sliceMedian(s: Slice, min: number, W: number): number {
  if (!(W > 0)) return NaN;
  const half = W / 2;
  let cum = 0;
  for (let j = 0; j < s.count.length; j++) {
    if (s.count[j] === 0) continue;
    cum += s.wsum[j]!;
    if (Math.abs(cum - half) <= 1e-12 * W) {
      for (let k = j + 1; k < s.count.length; k++) if (s.count[k]! > 0) return (2 * min + j + k) / 2;
      return min + j;
    }
    if (cum > half) return min + j;
  }
  return NaN;
}

export type NpsStats = {
  n: number;
  weightedN: number;
  effectiveN: number;
  promoters: number;
  passives: number;
  detractors: number;
  nps: number;
  /** Per-respondent variance of the NPS fraction, p + d − (p − d)². */
  variance: number;
  se: number;
  margin95: number;
};

/**
 * NPS from a 0–10 slice, as `nps` (src/shared/stats/nps.ts; Reichheld 2003): p = share 9–10,
 * d = share 0–6, NPS = 100(p − d), Var = p + d − (p − d)², SE = 100·√(Var/n_eff) with Kish's
 * n_eff = (Σw)²/Σw², margin = 1.96·SE.
 *
 * @throws Error('npsStats: …') when the slice is not on 0–10.
 */
export function npsStats(s: Slice): NpsStats {
  if (s.count.length !== 11)
    throw new Error(`npsStats: the slice has ${s.count.length} points, NPS needs 0–10`);
  let n = 0;
  let W = 0;
  let W2 = 0;
  let pro = 0;
  let pas = 0;
  let det = 0;
  for (let j = 0; j <= 10; j++) {
    n += s.count[j]!;
    W += s.wsum[j]!;
    W2 += s.w2sum[j]!;
    if (j >= 9) pro += s.wsum[j]!;
    else if (j >= 7) pas += s.wsum[j]!;
    else det += s.wsum[j]!;
  }
  const p = W > 0 ? pro / W : NaN;
  const q = W > 0 ? pas / W : NaN;
  const d = W > 0 ? det / W : NaN;
  const variance = p + d - (p - d) * (p - d);
  const effectiveN = W2 > 0 ? (W * W) / W2 : 0;
  const se = 100 * Math.sqrt(variance / effectiveN);
  return {
    n: Math.round(n),
    weightedN: W,
    effectiveN,
    promoters: p,
    passives: q,
    detractors: d,
    nps: 100 * (p - d),
    variance,
    se,
    margin95: 1.96 * se,
  };
}
