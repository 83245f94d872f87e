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
import type { Moments } from './prepare';
import { structuralModel } from './structural';

export type IpmaResult = {
  /** Per item, its weight on the 0–100 scale (summing to 1 within each block). */
  readonly rescaledWeights: Float64Array;
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

/** The answer scale of every item (its block's). */
export function itemLimits(s: PlsStructure): ScaleLimits[] {
  return s.items.map((item, k) => {
    const lim = s.blocks[s.itemBlock[k]].scale;
    if (!lim) throw new Error(`ipma: item ${item} has no answer scale (give "scale": {"min": …, "max": …})`);
    return lim;
  });
}

/**
 * Refuses an answer outside its item's scale (an unhandled missing code such as −99 or 99).
 *
 * @throws Error('ipma: item … has the answer … outside its scale …')
 */
export function checkScaleLimits(raw: readonly Float64Array[], s: PlsStructure): void {
  const limits = itemLimits(s);
  raw.forEach((xk, k) => {
    const { min, max } = limits[k];
    for (const x of xk)
      if (x < min || x > max)
        throw new Error(`ipma: item ${s.items[k]} has the answer ${x} outside its scale ${min}–${max}`);
  });
}

/**
 * The IPMA of a fitted model, from the items' means and covariances in their own metric: with
 * f_k = 100·ṽ_k/(max_k − min_k), Ỹ_j = Σ f_k (x_k − min_k), so mean Ỹ_j = Σ f_k (mean_k − min_k)
 * and cov(Ỹ_a, Ỹ_b) = Σ_{k∈a, l∈b} f_k f_l s_kl.
 *
 * @param raw means and covariances of the items in their own metric (missing values handled)
 * @param weights the outer weights estimated on (raw − mean)/divisor
 * @param divisors what each item was divided by before estimation (its sd, or 1 when only centred)
 * @throws Error('ipma: …') when an item has no scale.
 */
export function ipma(
  raw: Moments,
  s: PlsStructure,
  weights: Float64Array,
  divisors: Float64Array,
  target: number,
): IpmaResult {
  const limits = itemLimits(s);
  const p = raw.p;
  const rescaledWeights = new Float64Array(p);
  const f = new Float64Array(p);
  const performance = Float64Array.from(s.blocks, (b) => {
    let sum = 0;
    for (let k = b.offset; k < b.offset + b.items.length; k++) {
      rescaledWeights[k] = (weights[k] * (limits[k].max - limits[k].min)) / (100 * divisors[k]);
      sum += rescaledWeights[k];
    }
    let perf = 0;
    for (let k = b.offset; k < b.offset + b.items.length; k++) {
      rescaledWeights[k] /= sum;
      f[k] = (100 * rescaledWeights[k]) / (limits[k].max - limits[k].min);
      perf += f[k] * (raw.means[k] - limits[k].min);
    }
    return perf;
  });
  const cov = s.blocks.map((a) =>
    Float64Array.from(s.blocks, (b) => {
      let sum = 0;
      for (let k = a.offset; k < a.offset + a.items.length; k++)
        for (let l = b.offset; l < b.offset + b.items.length; l++) sum += f[k] * f[l] * raw.cov[k * p + l];
      return sum;
    }),
  );
  const inner = structuralModel(cov, s);
  return {
    rescaledWeights,
    performance,
    paths: inner.b,
    total: inner.total,
    target,
    index: performance[target],
  };
}
