/**
 * The decomposition of R² over the drivers, chosen by size: exact Shapley, Owen over groups, or sampled.
 */
import type { SquareMatrix } from './linalg';
import { OWEN_MAX_WORK, owen, owenWork, validateGroups } from './owen';
import { sampledShapley } from './sampledShapley';
import { shapley, type ShapleyResult } from './shapley';

/**
 * Largest p decomposed exactly over all 2^p subsets (measured on a busy 2-core machine: p = 20 about
 * 0.1 s, p = 22 about 0.5 s, p = 24 about 3 s and 150 MB). A 24-touchpoint journey is common, and
 * its exact values are worth a few seconds once (results are cached per filter); beyond it the cost
 * quadruples with every two drivers, and Owen values over the stages take over.
 */
export const EXACT_SHAPLEY_MAX_DRIVERS = 24;
/** Permutations of the sampled Shapley values, and of each bootstrap resample's. */
export const SAMPLED_PERMUTATIONS = 2000;
export const SAMPLED_BOOTSTRAP_PERMUTATIONS = 200;
export const DEFAULT_SHAPLEY_SEED = 1;

/** A group of drivers (e.g. a journey stage) by label and driver indices. */
export type IndexedGroup = { readonly label: string; readonly indices: readonly number[] };

/** How the R² was decomposed, with its parameters. */
export type ShapleyMethod =
  | { readonly method: 'shapley-exact' }
  | {
      readonly method: 'owen-stages';
      /** The a priori unions: each group's label and driver codes. */
      readonly groups: readonly { readonly label: string; readonly codes: readonly string[] }[];
    }
  | { readonly method: 'shapley-sampled'; readonly permutations: number; readonly seed: number };

export type Decomposition = ShapleyResult & {
  readonly method: ShapleyMethod;
  /** Monte-Carlo standard error of each value (sampled only). */
  readonly standardErrors?: Float64Array;
};

export type DecompositionOptions = {
  readonly groups?: readonly IndexedGroup[] | undefined;
  readonly seed?: number | undefined;
  readonly permutations?: number | undefined;
};

/**
 * Chooses the decomposition: with p ≤ {@link EXACT_SHAPLEY_MAX_DRIVERS}, exact Shapley/LMG; else,
 * when groups are given (at least two, at most 30, and the work of {@link owenWork} is at most
 * {@link OWEN_MAX_WORK}), exact Owen values with the groups as a priori unions; else Shapley values
 * sampled from seeded random orders (with standard errors).
 */
export function chooseMethod(p: number, options: DecompositionOptions = {}): ShapleyMethod['method'] {
  if (p <= EXACT_SHAPLEY_MAX_DRIVERS) return 'shapley-exact';
  const groups = options.groups;
  if (groups && groups.length >= 2 && groups.length <= 30) {
    if (
      owenWork(
        p,
        groups.map((g) => g.indices),
      ) <= OWEN_MAX_WORK
    )
      return 'owen-stages';
  }
  return 'shapley-sampled';
}

/**
 * Decomposes R² over the drivers by {@link chooseMethod}'s method; the result names it.
 *
 * @param codes driver codes, to name the groups' members
 * @throws Error('shapley: …' | 'owen: …' | 'sampledShapley: …') from the method.
 */
export function decomposeR2(
  rxx: SquareMatrix,
  rxy: Float64Array,
  codes: readonly string[],
  options: DecompositionOptions = {},
): Decomposition {
  const p = rxx.dim;
  if (options.groups)
    validateGroups(
      'decomposeR2',
      p,
      options.groups.map((g) => g.indices),
    );
  const method = chooseMethod(p, options);
  if (method === 'shapley-exact') return { ...shapley(rxx, rxy), method: { method } };
  if (method === 'owen-stages') {
    const groups = options.groups!;
    const r = owen(
      rxx,
      rxy,
      groups.map((g) => g.indices),
    );
    const named = groups.map((g) => ({ label: g.label, codes: g.indices.map((j) => codes[j]) }));
    return { ...r, method: { method, groups: named } };
  }
  const permutations = options.permutations ?? SAMPLED_PERMUTATIONS;
  const seed = options.seed ?? DEFAULT_SHAPLEY_SEED;
  const r = sampledShapley(rxx, rxy, { permutations, seed });
  return {
    values: r.values,
    shares: r.shares,
    r2: r.r2,
    standardErrors: r.standardErrors,
    method: { method, permutations, seed },
  };
}
