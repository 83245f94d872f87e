/**
 * Significance tests. Every result names its test, its statistic, its p-value and the n behind it,
 * so the UI never shows a "significant" flag without saying by what.
 */
import { collectValid } from './columns';
import { studentTQuantile, twoSidedPNormal, twoSidedPStudentT } from './distributions';
import { normalQuantile } from './normal';
import { meanEstimate } from './moments';
import type { NpsResult } from './nps';

/** A mean summarized: `n` may be a (fractional) effective n for weighted data. */
export interface MeanSummary {
  readonly mean: number;
  readonly sd: number;
  readonly n: number;
}

/** Raw answers of one group, optionally weighted. */
export interface RawSample {
  readonly values: Float64Array;
  readonly weights?: Float64Array;
  readonly missing?: Uint8Array;
}

/** What {@link welchT} accepts for each group. */
export type MeanSampleInput = Float64Array | RawSample | MeanSummary;

/** Result of {@link welchT}. */
export interface WelchTResult {
  readonly test: 'Welch t';
  /** t = (x̄A − x̄B)/SE */
  readonly statistic: number;
  /** Welch–Satterthwaite degrees of freedom. */
  readonly df: number;
  /** Two-sided p-value. */
  readonly p: number;
  /** n of each group (Kish effective n when weighted). */
  readonly nA: number;
  readonly nB: number;
  readonly meanA: number;
  readonly meanB: number;
  /** x̄A − x̄B */
  readonly diff: number;
  readonly se: number;
  /** 95 % interval of the difference, diff ± t(0.975, df)·SE. */
  readonly ci95: readonly [number, number];
}

function summarize(x: MeanSampleInput, label: string): MeanSummary {
  if (x instanceof Float64Array || 'values' in x) {
    const raw: RawSample = x instanceof Float64Array ? { values: x } : x;
    const valid = collectValid('welchT', raw.values, raw);
    const est = meanEstimate(valid.values, valid.weighted ? valid.weights : undefined);
    return { mean: est.mean, sd: est.sd, n: est.effectiveN };
  }
  if (!(x.sd >= 0) && !Number.isNaN(x.sd)) throw new Error(`welchT: sd of ${label} must be ≥ 0, got ${x.sd}`);
  if (!(x.n >= 0)) throw new Error(`welchT: n of ${label} must be ≥ 0, got ${x.n}`);
  return x;
}

/**
 * Welch's t test for the difference of two means with unequal variances (Welch 1947, Biometrika
 * 34:28–35; Satterthwaite 1946): vA = sA²/nA, vB = sB²/nB, t = (x̄A − x̄B)/√(vA + vB),
 * df = (vA + vB)² / (vA²/(nA − 1) + vB²/(nB − 1)), p = 2·F_df(−|t|). Matches R's t.test.
 *
 * Each group may be raw values (NaN = missing), raw values with weights/missing codes, or a
 * summary {mean, sd, n}. Weighted raw groups use the weighted mean, the svyvar SD and Kish's
 * effective n in place of n — an approximation that treats the weighted sample as n_eff
 * independent answers (Kish 1965); it reduces to the ordinary test with equal weights.
 *
 * A group with n < 2, or both SDs 0, gives NaN statistic and p (R stops with "not enough
 * observations" / "data are essentially constant").
 *
 * @throws Error('welchT: …') on a negative sd or n, or invalid raw columns (see describe).
 */
export function welchT(a: MeanSampleInput, b: MeanSampleInput): WelchTResult {
  const A = summarize(a, 'A');
  const B = summarize(b, 'B');
  const vA = (A.sd * A.sd) / A.n;
  const vB = (B.sd * B.sd) / B.n;
  const diff = A.mean - B.mean;
  const ok = A.n >= 2 && B.n >= 2 && vA + vB > 0;
  const se = Math.sqrt(vA + vB);
  const statistic = ok ? diff / se : NaN;
  const df = ok ? (vA + vB) ** 2 / ((vA * vA) / (A.n - 1) + (vB * vB) / (B.n - 1)) : NaN;
  const half = ok ? studentTQuantile(0.975, df) * se : NaN;
  return {
    test: 'Welch t',
    statistic,
    df,
    p: ok ? twoSidedPStudentT(statistic, df) : NaN,
    nA: A.n,
    nB: B.n,
    meanA: A.mean,
    meanB: B.mean,
    diff,
    se: ok ? se : NaN,
    ci95: [diff - half, diff + half],
  };
}

/** A proportion, as successes out of n or as a (weighted) share with its (effective) n. */
export type ProportionInput =
  { readonly successes: number; readonly n: number } | { readonly proportion: number; readonly n: number };

/** Result of {@link twoProportionZ}. */
export interface TwoProportionZResult {
  readonly test: 'two-proportion z (pooled)';
  readonly statistic: number;
  readonly p: number;
  readonly nA: number;
  readonly nB: number;
  readonly proportionA: number;
  readonly proportionB: number;
  /** pA − pB */
  readonly diff: number;
  /** Unpooled Wald 95 % interval of the difference, clipped to [−1, 1] (as R's prop.test). */
  readonly ci95: readonly [number, number];
}

function proportionOf(x: ProportionInput, label: string): number {
  if (!(x.n > 0)) throw new Error(`twoProportionZ: n of ${label} must be > 0, got ${x.n}`);
  const p = 'successes' in x ? x.successes / x.n : x.proportion;
  if ('successes' in x && !(x.successes >= 0 && x.successes <= x.n)) {
    throw new Error(`twoProportionZ: successes of ${label} must be in 0..n, got ${x.successes}`);
  }
  if (!(p >= 0 && p <= 1))
    throw new Error(`twoProportionZ: proportion of ${label} must be in [0, 1], got ${p}`);
  return p;
}

/**
 * z test for two independent proportions with the pooled variance:
 * p̄ = (nA·pA + nB·pB)/(nA + nB), z = (pA − pB)/√(p̄(1 − p̄)(1/nA + 1/nB)), p = 2Φ(−|z|);
 * z² is Pearson's chi-square of the 2×2 table, i.e. R's prop.test(correct = FALSE)
 * (Agresti 2013, Categorical Data Analysis §3.1; Fleiss et al. 2003 §3.2). For weighted data pass
 * the weighted share and Kish's effective n. p̄ of 0 or 1 gives NaN statistic and p.
 *
 * @throws Error('twoProportionZ: …') when n ≤ 0, successes outside 0..n or a proportion outside [0, 1].
 */
export function twoProportionZ(a: ProportionInput, b: ProportionInput): TwoProportionZResult {
  const pA = proportionOf(a, 'A');
  const pB = proportionOf(b, 'B');
  const pooled = (a.n * pA + b.n * pB) / (a.n + b.n);
  const se0 = Math.sqrt(pooled * (1 - pooled) * (1 / a.n + 1 / b.n));
  const statistic = se0 > 0 ? (pA - pB) / se0 : NaN;
  const diff = pA - pB;
  const half = normalQuantile(0.975) * Math.sqrt((pA * (1 - pA)) / a.n + (pB * (1 - pB)) / b.n);
  return {
    test: 'two-proportion z (pooled)',
    statistic,
    p: twoSidedPNormal(statistic),
    nA: a.n,
    nB: b.n,
    proportionA: pA,
    proportionB: pB,
    diff,
    ci95: [Math.max(-1, diff - half), Math.min(1, diff + half)],
  };
}

/** An NPS to compare: a result of `nps`, or its points, per-respondent variance and (effective) n. */
export type NpsInput =
  | Pick<NpsResult, 'nps' | 'variance' | 'effectiveN'>
  | { readonly nps: number; readonly variance: number; readonly n: number };

/** Result of {@link npsDifferenceZ}. */
export interface NpsDifferenceZResult {
  readonly test: 'NPS difference z';
  readonly statistic: number;
  readonly p: number;
  readonly nA: number;
  readonly nB: number;
  /** NPS_A − NPS_B, in points. */
  readonly diff: number;
  /** SE of the difference, in points. */
  readonly se: number;
  /** Wald 95 % interval of the difference, in points (diff ± 1.96·SE). */
  readonly ci95: readonly [number, number];
}

function npsParts(x: NpsInput, label: string): { nps: number; variance: number; n: number } {
  const n = 'effectiveN' in x ? x.effectiveN : x.n;
  if (!(x.nps >= -100 && x.nps <= 100) && !Number.isNaN(x.nps)) {
    throw new Error(`npsDifferenceZ: NPS of ${label} must be in −100..100 points, got ${x.nps}`);
  }
  if (x.variance < 0 || x.variance > 1) {
    throw new Error(`npsDifferenceZ: variance of ${label} must be in [0, 1], got ${x.variance}`);
  }
  if (!(n >= 0)) throw new Error(`npsDifferenceZ: n of ${label} must be ≥ 0, got ${n}`);
  return { nps: x.nps, variance: x.variance, n };
}

/**
 * z test for the difference of two independent NPS: with NPS as a fraction and
 * Var = p + d − (p − d)² per respondent, z = (NPS_A − NPS_B)/√(Var_A/n_A + Var_B/n_B),
 * p = 2Φ(−|z|) — the two-sample z test of the means of the +1/0/−1 scores (Rocks 2016;
 * the variance as in `nps`). For weighted results n is Kish's effective n. Zero total variance
 * or an empty group gives NaN statistic and p.
 *
 * @throws Error('npsDifferenceZ: …') on an NPS outside ±100, a variance outside [0, 1] or n < 0.
 */
export function npsDifferenceZ(a: NpsInput, b: NpsInput): NpsDifferenceZResult {
  const A = npsParts(a, 'A');
  const B = npsParts(b, 'B');
  const se = 100 * Math.sqrt(A.variance / A.n + B.variance / B.n);
  const diff = A.nps - B.nps;
  const ok = A.n > 0 && B.n > 0 && se > 0;
  const statistic = ok ? diff / se : NaN;
  const half = 1.96 * se;
  return {
    test: 'NPS difference z',
    statistic,
    p: twoSidedPNormal(statistic),
    nA: A.n,
    nB: B.n,
    diff,
    se: ok ? se : NaN,
    ci95: ok ? [diff - half, diff + half] : [NaN, NaN],
  };
}

/** Result of {@link benjaminiHochberg}. */
export interface BenjaminiHochbergResult {
  readonly test: 'Benjamini–Hochberg';
  /** Number of p-values adjusted (NaN entries are left out). */
  readonly m: number;
  readonly alpha: number;
  /** Adjusted p-values (q), NaN where the input was NaN. */
  readonly qValues: Float64Array;
  /** q ≤ alpha: rejected while controlling the false discovery rate at alpha. */
  readonly reject: readonly boolean[];
}

/**
 * Benjamini–Hochberg step-up adjustment controlling the false discovery rate: with the m p-values
 * sorted, q_(i) = min_{j ≥ i} min(1, m·p_(j)/j); reject H_(i) when q_(i) ≤ α (Benjamini & Hochberg
 * 1995, JRSS B 57:289–300). Same as R's p.adjust(p, "BH"), including that NaN entries are skipped
 * and m counts only the others.
 *
 * @throws Error('benjaminiHochberg: …') on a p-value outside [0, 1] or alpha outside (0, 1).
 */
export function benjaminiHochberg(
  pValues: readonly number[] | Float64Array,
  alpha = 0.05,
): BenjaminiHochbergResult {
  if (!(alpha > 0 && alpha < 1)) throw new Error(`benjaminiHochberg: alpha must be in (0, 1), got ${alpha}`);
  const idx: number[] = [];
  pValues.forEach((p, i) => {
    if (Number.isNaN(p)) return;
    if (!(p >= 0 && p <= 1)) throw new Error(`benjaminiHochberg: p-value ${p} at ${i} is outside [0, 1]`);
    idx.push(i);
  });
  const m = idx.length;
  idx.sort((a, b) => pValues[a] - pValues[b]);
  const q = new Float64Array(pValues.length).fill(NaN);
  let running = 1;
  for (let r = m - 1; r >= 0; r--) {
    // p·(m/j) rather than m·p/j: m/j ≥ 1 exactly, so rounding never takes q below p
    running = Math.min(running, pValues[idx[r]] * (m / (r + 1)));
    q[idx[r]] = running;
  }
  return {
    test: 'Benjamini–Hochberg',
    m,
    alpha,
    qValues: q,
    reject: Array.from(q, (x) => x <= alpha),
  };
}
