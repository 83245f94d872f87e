/**
 * One PLS path model estimation, end to end: metric, algorithm, structural model, quality and the
 * IPMA/index (see the files beside this one for the sources of each step).
 */
import { plsAlgorithm, scoreCorrelations, type AlgorithmOptions } from './algorithm';
import { ipma, type IpmaResult } from './ipma';
import type { PlsStructure } from './model';
import { scaleIndicators } from './prepare';
import { structuralModel, type StructuralModel } from './structural';

export type FitOptions = AlgorithmOptions & {
  /** Standardize the items (mean 0, variance 1; default) or only centre them. */
  readonly standardize?: boolean;
};

export type PlsFit = {
  readonly weights: Float64Array;
  readonly scores: Float64Array[];
  /** The items as estimated: centred, and standardized unless told otherwise. */
  readonly x: readonly Float64Array[];
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
 * order, missing values already handled).
 *
 * @throws Error naming the item or construct when an item has no variance, a block's scores
 * vanish, or items/predecessors are collinear; Error('ipma: …') for an answer outside its scale.
 */
export function fitPls(raw: readonly Float64Array[], s: PlsStructure, options: FitOptions): PlsFit {
  const scaled = scaleIndicators(raw, s.items, options.standardize ?? true);
  const outer = plsAlgorithm(scaled.x, s, options);
  const inner = structuralModel(scoreCorrelations(outer.scores), s);
  const index =
    s.target === undefined ? undefined : ipma(raw, s, outer.weights, scaled.divisors, s.target);
  return {
    weights: outer.weights,
    scores: outer.scores,
    x: scaled.x,
    divisors: scaled.divisors,
    iterations: outer.iterations,
    converged: outer.converged,
    lastChange: outer.lastChange,
    inner,
    ipma: index,
  };
}
