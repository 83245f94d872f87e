/**
 * Mean, standard deviation, standard error and confidence interval of a set of valid values,
 * weighted or not. Shared by describe, compositeIndex and welchT so they cannot disagree.
 */
import { isUsableWeight } from './columns';
import { studentTQuantile } from './distributions';

/** A mean with its uncertainty. */
export interface MeanEstimate {
  /** Number of values (unweighted). */
  readonly n: number;
  /** Σw (= n without weights). */
  readonly weightedN: number;
  /** Kish effective n, (Σw)²/Σw² (= n without weights). */
  readonly effectiveN: number;
  readonly mean: number;
  /** Standard deviation: √(Σ(x−x̄)²/(n−1)); weighted √(n/(n−1) · Σw(x−x̄)²/Σw) as R's svyvar. */
  readonly sd: number;
  /** Standard error of the mean: sd/√n; weighted the linearization SE of R's svymean (see below). */
  readonly se: number;
  /** Degrees of freedom of the interval: n − 1; weighted n_eff − 1. */
  readonly df: number;
  /** 95 % interval x̄ ± t(0.975, df)·se. */
  readonly ci95: readonly [number, number];
}

/**
 * Mean estimate of valid values (finite), optionally with weights (> 0).
 *
 * Unweighted: x̄ = Σx/n, s² = Σ(x−x̄)²/(n−1), SE = s/√n, CI = x̄ ± t₀.₉₇₅,ₙ₋₁·SE (Student 1908).
 *
 * Weighted (Σw = W): x̄ = Σwx/W; s² = n/(n−1)·Σw(x−x̄)²/W (R survey::svyvar);
 * SE² = n/(n−1)·Σw²(x−x̄)²/W², the with-replacement (Taylor linearization) variance of the ratio
 * estimator — exactly R's `svymean` for `svydesign(ids = ~1, weights = ~w)` on the respondents who
 * answered (Lumley 2010, Complex Surveys §2.3; Woodruff 1971). The interval uses t with
 * n_eff − 1 degrees of freedom, n_eff = W²/Σw² (Kish 1965), rather than R's default normal
 * quantile: with small or very uneven samples it is the more cautious choice.
 *
 * n = 0: every statistic NaN. n = 1: mean is the value; sd, se, ci NaN.
 *
 * @throws Error('meanEstimate: …') on non-finite values, unusable weights or a length mismatch.
 */
export function meanEstimate(values: Float64Array, weights?: Float64Array): MeanEstimate {
  const n = values.length;
  if (weights && weights.length !== n) {
    throw new Error(`meanEstimate: weights have length ${weights.length}, values have ${n}`);
  }
  let W = 0;
  let W2 = 0;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const x = values[i];
    const w = weights ? weights[i] : 1;
    if (!Number.isFinite(x)) throw new Error(`meanEstimate: value at ${i} is not finite`);
    if (!isUsableWeight(w)) throw new Error(`meanEstimate: weight at ${i} is not a positive number`);
    W += w;
    W2 += w * w;
    sum += w * x;
  }
  const nan: readonly [number, number] = [NaN, NaN];
  if (n === 0) {
    return { n, weightedN: 0, effectiveN: 0, mean: NaN, sd: NaN, se: NaN, df: NaN, ci95: nan };
  }
  let mean = sum / W;
  // second pass: correct the mean for rounding, then the centred sums
  let corr = 0;
  for (let i = 0; i < n; i++) corr += (weights ? weights[i] : 1) * (values[i] - mean);
  mean += corr / W;
  const effectiveN = (W * W) / W2;
  if (n === 1) return { n, weightedN: W, effectiveN, mean, sd: NaN, se: NaN, df: NaN, ci95: nan };
  let swd2 = 0; // Σw(x−x̄)²
  let sw2d2 = 0; // Σw²(x−x̄)²
  for (let i = 0; i < n; i++) {
    const w = weights ? weights[i] : 1;
    const d = values[i] - mean;
    swd2 += w * d * d;
    sw2d2 += w * w * d * d;
  }
  const f = n / (n - 1);
  const sd = Math.sqrt((f * swd2) / W);
  const se = weights ? Math.sqrt(f * sw2d2) / W : sd / Math.sqrt(n);
  const df = weights ? effectiveN - 1 : n - 1;
  const half = df > 0 ? studentTQuantile(0.975, df) * se : NaN;
  return { n, weightedN: W, effectiveN, mean, sd, se, df, ci95: [mean - half, mean + half] };
}
