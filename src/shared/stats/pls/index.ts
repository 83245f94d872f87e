/**
 * PLS path modelling (PLS-SEM) and the EPSI-style index: see model.ts (the model), prepare.ts
 * (missing values, metric), algorithm.ts (Wold/Lohmöller algorithm), structural.ts (paths, R², total
 * effects), quality.ts (α, ρA, ρC, AVE, HTMT, cross-loadings), ipma.ts (importance–performance and
 * the 0–100 index), bootstrap.ts (seeded SE, t, percentile intervals), report.ts (named results).
 */
import { latentScores } from './algorithm';
import { bootstrapPls, type BootstrapOptions, type PlsBootstrap } from './bootstrap';
import { fitPls, type FitOptions, type PlsFit } from './fit';
import { checkScaleLimits } from './ipma';
import type { PlsStructure } from './model';
import { handleMissing, type MissingOptions, type PreparedData } from './prepare';
import { blockQuality, crossLoadings, htmt, type BlockQuality } from './quality';

export * from './model';
export type { InnerScheme } from './algorithm';
export { DEFAULT_MAX_ITERATIONS, DEFAULT_TOLERANCE } from './algorithm';
export type { PlsMissing } from './prepare';
export type { BootstrapOptions, PlsBootstrap, PlsParameter } from './bootstrap';
export type { PlsFit } from './fit';

export type PlsOptions = FitOptions &
  MissingOptions & {
    readonly bootstrap?: BootstrapOptions;
  };

export type PlsResult = {
  readonly structure: PlsStructure;
  readonly options: PlsOptions;
  readonly data: Omit<PreparedData, 'columns'>;
  readonly fit: PlsFit;
  /** Latent variable scores (mean 0, variance 1), one column per construct, per respondent used. */
  readonly scores: Float64Array[];
  /** corr[k][j]: item k with construct j. */
  readonly crossLoadings: Float64Array[];
  readonly quality: BlockQuality[];
  readonly htmt: Float64Array[];
  readonly bootstrap: PlsBootstrap | undefined;
  /** Whether the estimation was weighted by survey weights. */
  readonly weighted: boolean;
};

/**
 * Estimates a PLS path model on `columns` (one per item, in `structure.items` order, NaN or the
 * missing code for no answer), with quality criteria, the IPMA/index when the model has a target,
 * and a bootstrap when asked. With survey `weights` (one per row of `columns`, positive) the model is
 * weighted PLS-SEM (Becker & Ismail 2016; SmartPLS 3's WPLS): weighted means and covariances in
 * every step, weighted bootstrap; the scores stay per respondent (their weighted mean is 0).
 *
 * @throws Error naming the item or construct when the data cannot carry the model.
 */
export function plsPathModel(
  columns: readonly Float64Array[],
  structure: PlsStructure,
  options: PlsOptions,
  weights?: Float64Array,
): PlsResult {
  const prepared = handleMissing(columns, structure.items, options, weights);
  if (prepared.n < 3)
    throw new Error(`plsPathModel: ${prepared.n} complete respondents are too few for the model`);
  if (structure.target !== undefined) checkScaleLimits(prepared.columns, structure);
  const fit = fitPls(prepared.columns, structure, options, prepared.weights);
  const p = structure.items.length;
  const corr = crossLoadings(fit.cov, fit.itemScoreCov, p, structure.blocks.length);
  const { columns: _omit, weights: _w, ...data } = prepared;
  void _omit;
  void _w;
  return {
    structure,
    options,
    data,
    fit,
    scores: latentScores(prepared.columns, structure, fit.weights, fit.moments.means, fit.divisors),
    crossLoadings: corr,
    quality: blockQuality(fit.cov, structure, fit.weights, corr),
    htmt: htmt(fit.cov, structure),
    weighted: prepared.weights !== undefined,
    bootstrap: options.bootstrap
      ? bootstrapPls(prepared.columns, structure, options, fit, options.bootstrap, prepared.weights)
      : undefined,
  };
}
