/**
 * One PLS path model estimation, end to end: metric, algorithm, structural model, quality and the
 * IPMA/index (see the files beside this one for the sources of each step).
 */
import { plsAlgorithm, type AlgorithmOptions } from './algorithm';
import { ipma, type IpmaResult } from './ipma';
import type { PlsStructure } from './model';
import { momentsOf, scaleIndicators, type Moments } from './prepare';
import { structuralModel, type StructuralModel } from './structural';

export type FitOptions = AlgorithmOptions & {
  /** Standardize the items (mean 0, variance 1; default) or only centre them. */
  readonly standardize?: boolean;
};

export type PlsFit = {
  readonly weights: Float64Array;
  /** Means and covariances of the items in their own metric. */
  readonly moments: Moments;
  /** Covariances of the items as estimated (centred, and standardized unless told otherwise). */
  readonly cov: Float64Array;
  /** cov[k·J + j]: item k (as estimated) with construct j's scores. */
  readonly itemScoreCov: Float64Array;
  readonly divisors: Float64Array;
  readonly iterations: number;
  readonly converged: boolean;
  readonly lastChange: number;
  /** Standardized path coefficients, R² and total effects. */
  readonly inner: StructuralModel;
  /** The IPMA and index, when the model has a target. */
  readonly ipma: IpmaResult | undefined;
};

/**
 * Estimates the model on complete data `raw` (one column per item in {@link PlsStructure.items}
 * order, missing values already handled), weighted by the survey weights `weights` when given
 * (Becker & Ismail 2016, WPLS: weighted means and covariances feed the standardization, the outer
 * and inner estimation, the OLS of the paths and R² and the IPMA means; see prepare.ts).
 *
 * @throws Error naming the item or construct when an item has no variance, a block's scores
 * vanish, or items/predecessors are collinear.
 */
export function fitPls(
  raw: readonly Float64Array[],
  s: PlsStructure,
  options: FitOptions,
  weights?: Float64Array,
): PlsFit {
  const moments = momentsOf(raw, weights);
  const metric = scaleIndicators(moments, s.items, options.standardize ?? true);
  const outer = plsAlgorithm(metric.cov, s, options);
  const inner = structuralModel(outer.scoreCorrelations, s);
  const index =
    s.target === undefined ? undefined : ipma(moments, s, outer.weights, metric.divisors, s.target);
  return {
    weights: outer.weights,
    moments,
    cov: metric.cov,
    itemScoreCov: outer.itemScoreCov,
    divisors: metric.divisors,
    iterations: outer.iterations,
    converged: outer.converged,
    lastChange: outer.lastChange,
    inner,
    ipma: index,
  };
}
