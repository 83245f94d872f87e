/**
 * Shapley / LMG values of R² by permutation sampling, with a Monte-Carlo standard error per driver.
 */
import { createRng, randomInt } from '../rng';
import { rethrowAs } from './errors';
import type { SquareMatrix } from './linalg';
import { augmentedMatrix, validateDriverCorrelations } from './regression';
import type { ShapleyResult } from './shapley';
import { r2AfterSweeps, sweepResidual } from './subsetSweep';

export type SampledShapleyOptions = { readonly permutations: number; readonly seed: number };

/** Sampled values with the Monte-Carlo standard error of each (SD of the marginals / √N). */
export type SampledShapleyResult = ShapleyResult & {
  readonly standardErrors: Float64Array;
  readonly permutations: number;
  readonly seed: number;
};

/**
 * Shapley values of the R² game estimated from N uniformly random orders of the drivers
 * (Castro, Gómez & Tejada 2009, "Polynomial calculation of the Shapley value based on sampling"):
 * each order adds the drivers one at a time by forward sweeps, and driver j is credited with its
 * increment R²(S ∪ {j}) − R²(S). The estimate is the mean increment; its standard error
 * sd / √N. Every order's increments sum to R²(D), so the estimates do too (efficiency holds
 * exactly, not only in expectation). Orders come from Fisher–Yates shuffles with the seeded
 * xoshiro128** generator, so a seed reproduces the result.
 *
 * @throws Error('sampledShapley: …') for bad options or a matrix that is not positive semi-definite.
 */
export function sampledShapley(
  rxx: SquareMatrix,
  rxy: Float64Array,
  options: SampledShapleyOptions,
): SampledShapleyResult {
  const p = validateDriverCorrelations('sampledShapley', rxx, rxy);
  const { permutations, seed } = options;
  if (!Number.isInteger(permutations) || permutations < 2 || permutations > 1_000_000) {
    throw new Error(`sampledShapley: permutations must be an integer in 2..1000000, got ${permutations}`);
  }
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    throw new Error(`sampledShapley: seed must be an integer in 0..4294967295, got ${seed}`);
  }
  try {
    return sample(augmentedMatrix(rxx, rxy).data, p, permutations, seed);
  } catch (e) {
    return rethrowAs('sampledShapley', e);
  }
}

function sample(aug: Float64Array, p: number, permutations: number, seed: number): SampledShapleyResult {
  const d = p + 1;
  const rng = createRng(seed);
  const order = Array.from({ length: p }, (_, j) => j);
  const work = new Float64Array(d * d);
  const sum = new Float64Array(p);
  const sumSq = new Float64Array(p);
  const last = d * d - 1;
  for (let n = 0; n < permutations; n++) {
    for (let i = p - 1; i > 0; i--) {
      const j = randomInt(rng, i + 1);
      const t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    work.set(aug);
    let prev = 0;
    for (const j of order) {
      sweepResidual(work, d, j, 'sampledShapley');
      const now = 1 - work[last];
      const inc = now - prev;
      sum[j] += inc;
      sumSq[j] += inc * inc;
      prev = now;
    }
  }
  const values = Float64Array.from(sum, (s) => s / permutations);
  const standardErrors = Float64Array.from(sum, (s, j) => {
    const mean = s / permutations;
    const variance = Math.max(0, (sumSq[j] - permutations * mean * mean) / (permutations - 1));
    return Math.sqrt(variance / permutations);
  });
  const r2 = r2AfterSweeps(aug, d, order, 'sampledShapley');
  const shares = Float64Array.from(values, (v) => (r2 > 0 ? v / r2 : 0));
  return { values, shares, r2, standardErrors, permutations, seed };
}
