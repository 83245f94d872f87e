/**
 * Importance–performance map analysis and the satisfaction index (EPSI/ACSI convention): each item
 * rescaled to 0–100 on its answer scale's theoretical limits, x̃ = 100·(x − min)/(max − min); the
 * outer weights made unstandardized for x̃ and rescaled to sum to 1 per block, so a construct's
 * rescaled score Ỹ_j = Σ ṽ_k x̃_k lies on 0–100; performance = mean Ỹ_j; importance = the
 * unstandardized total effect on the target, from the regressions of the rescaled scores (Fornell
 * et al. 1996, "The American Customer Satisfaction Index", J. Marketing 60:7–18; Ringle & Sarstedt
 * 2016, "Gain more insight from your PLS-SEM results: the importance-performance map analysis",
 * Industrial Management & Data Systems 116:1865–1886; Hair et al. 2018, "Advanced issues in
 * PLS-SEM", ch. 2). An importance is the impact in index points: one point more on the
 * construct's 0–100 score moves the target by that many points.
 */
import type { PlsStructure, ScaleLimits } from './model';
import { covarianceOf, structuralModel } from './structural';

export type IpmaResult = {
  /** Per item, its weight on the 0–100 scale (summing to 1 within each block). */
  readonly rescaledWeights: Float64Array;
  /** Per construct, its scores on 0–100. */
  readonly scores: Float64Array[];
  /** Per construct, the mean of its 0–100 scores. */
  readonly performance: Float64Array;
  /** Unstandardized path coefficients between the 0–100 scores. */
  readonly paths: Float64Array[];
  /** Unstandardized total effects between the 0–100 scores. */
  readonly total: Float64Array[];
  readonly target: number;
  /** Performance of the target: the index. */
  readonly index: number;
};

/**
 * The IPMA of a fitted model.
 *
 * @param raw the items in their own metric, missing values handled (as estimated)
 * @param weights the outer weights estimated on (raw − mean)/divisor
 * @param divisors what each item was divided by before estimation (its sd, or 1 when only centred)
 * @throws Error('ipma: …') when an item has no scale or an answer outside it (an unhandled missing code).
 */
export function ipma(
  raw: readonly Float64Array[],
  s: PlsStructure,
  weights: Float64Array,
  divisors: Float64Array,
  target: number,
): IpmaResult {
  const n = raw[0].length;
  const limits: ScaleLimits[] = s.items.map((item, k) => {
    const lim = s.blocks[s.itemBlock[k]].scale;
    if (!lim) throw new Error(`ipma: item ${item} has no answer scale (give "scale": {"min": …, "max": …})`);
    return lim;
  });
  const rescaledWeights = new Float64Array(s.items.length);
  const scores = s.blocks.map((b) => {
    let sum = 0;
    for (let k = b.offset; k < b.offset + b.items.length; k++) {
      rescaledWeights[k] = (weights[k] * (limits[k].max - limits[k].min)) / (100 * divisors[k]);
      sum += rescaledWeights[k];
    }
    const y = new Float64Array(n);
    for (let k = b.offset; k < b.offset + b.items.length; k++) {
      rescaledWeights[k] /= sum;
      const { min, max } = limits[k];
      const f = (100 / (max - min)) * rescaledWeights[k];
      const xk = raw[k];
      for (let i = 0; i < n; i++) {
        if (xk[i] < min || xk[i] > max)
          throw new Error(`ipma: item ${s.items[k]} has the answer ${xk[i]} outside its scale ${min}–${max}`);
        y[i] += f * (xk[i] - min);
      }
    }
    return y;
  });
  const performance = Float64Array.from(scores, (y) => y.reduce((a, v) => a + v, 0) / n);
  const inner = structuralModel(covarianceOf(scores), s);
  return {
    rescaledWeights,
    scores,
    performance,
    paths: inner.b,
    total: inner.total,
    target,
    index: performance[target],
  };
}
