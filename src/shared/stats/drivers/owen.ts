/**
 * Exact Owen values of the R² game with a priori unions (driver groups, e.g. journey stages).
 */
import { rethrowAs } from './errors';
import type { SquareMatrix } from './linalg';
import { augmentedMatrix, validateDriverCorrelations } from './regression';
import type { ShapleyResult } from './shapley';
import { principal, r2AfterSweeps, subsetsR2, sweepResidual } from './subsetSweep';

/** Groups as lists of driver indices: a partition of 0..p−1. */
export type DriverGroups = readonly (readonly number[])[];

/**
 * Largest {@link owenWork} that {@link owen} is asked to do: measured at 4–11 ns per unit on a busy
 * 2-core machine, so about a second there (two stages of 20 drivers: 1.1e8, 1.3 s).
 */
export const OWEN_MAX_WORK = 2e8;

/**
 * Work of {@link owen} in multiply-adds, roughly: for every group k and every set R of the other
 * m − 1 groups, one group's sweeps of the full matrix (depth-first over R, each R extends its parent
 * by one group) and about 6·2^b_k for all subsets of group k on its residual block, plus b_k·2^b_k
 * for its values.
 */
export function owenWork(p: number, groups: DriverGroups): number {
  const m = groups.length;
  let work = 0;
  for (const g of groups) {
    const b = g.length;
    const sweep = m > 1 ? ((p - b) / (m - 1)) * (p + 1) ** 2 : 0;
    work += 2 ** (m - 1) * (sweep + (b + 1) ** 2 + 2 ** b * (b + 6));
  }
  return work;
}

/**
 * Checks that `groups` partitions 0..p−1 (every driver in exactly one non-empty group).
 *
 * @throws Error(`${fnName}: …`) otherwise.
 */
export function validateGroups(fnName: string, p: number, groups: DriverGroups): void {
  const seen = new Uint8Array(p);
  for (const g of groups) {
    if (g.length === 0) throw new Error(`${fnName}: a driver group is empty`);
    for (const j of g) {
      if (!Number.isInteger(j) || j < 0 || j >= p) throw new Error(`${fnName}: driver ${j} out of range`);
      if (seen[j]) throw new Error(`${fnName}: driver ${j} is in two groups`);
      seen[j] = 1;
    }
  }
  const missing = seen.indexOf(0);
  if (missing >= 0) throw new Error(`${fnName}: driver ${missing} is in no group`);
}

/** s!(n − s − 1)!/n! for s = 0..n−1, i.e. 1 / (n · C(n − 1, s)). */
function shapleyWeights(n: number): Float64Array {
  const w = new Float64Array(n);
  let binom = 1;
  for (let s = 0; s < n; s++) {
    w[s] = 1 / (n * binom);
    binom = (binom * (n - 1 - s)) / (s + 1);
  }
  return w;
}

function popcount(x: number): number {
  let c = 0;
  for (let v = x; v; v &= v - 1) c++;
  return c;
}

/**
 * Owen values (Owen 1977, "Values of games with a priori unions") of the R² game v(S) = R²(S) with
 * the drivers partitioned into unions B₁…B_m. For driver i in union B_k:
 *
 *   Owenᵢ = Σ_{R ⊆ M∖{k}} Σ_{T ⊆ B_k∖{i}} r!(m−r−1)!/m! · t!(b_k−t−1)!/b_k! ·
 *           (v(Q_R ∪ T ∪ {i}) − v(Q_R ∪ T)),    Q_R = ∪_{l∈R} B_l.
 *
 * The values sum to R²(D) (efficiency); with one union, or only singletons, they are the Shapley
 * (LMG) values. For each k the sets R are visited depth-first, each swept on Q_R by one more group
 * than its parent; all subsets T of B_k then come from one incremental sweep each of the
 * (b_k + 1)-dimensional residual block of B_k and the outcome ({@link subsetsR2}).
 *
 * @throws Error('owen: …') for groups that do not partition the drivers, too many groups (> 30) or
 *   a matrix that is not positive semi-definite.
 */
export function owen(rxx: SquareMatrix, rxy: Float64Array, groups: DriverGroups): ShapleyResult {
  const p = validateDriverCorrelations('owen', rxx, rxy);
  validateGroups('owen', p, groups);
  const m = groups.length;
  if (m > 30) throw new Error(`owen: ${m} groups, at most 30`);
  try {
    return owenValues(augmentedMatrix(rxx, rxy).data, p, groups);
  } catch (e) {
    return rethrowAs('owen', e);
  }
}

function owenValues(aug: Float64Array, p: number, groups: DriverGroups): ShapleyResult {
  const d = p + 1;
  const m = groups.length;
  const unionW = shapleyWeights(m);
  const values = new Float64Array(p);
  // One swept matrix per depth of the search over sets R of other groups.
  const stack = Array.from({ length: m }, () => new Float64Array(d * d));
  for (let k = 0; k < m; k++) {
    const own = groups[k];
    const b = own.length;
    const innerW = shapleyWeights(b);
    const pop = new Uint8Array(2 ** b);
    for (let t = 1; t < 2 ** b; t++) pop[t] = pop[t >> 1] + (t & 1);
    const others = groups.filter((_, l) => l !== k);
    const block = [...own, p];
    // Adds the terms of R (the matrix swept on Q_R): every subset T of B_k on its residual block.
    const addUnion = (swept: Float64Array, rMask: number): void => {
      const r2T = subsetsR2(principal(swept, d, block), b, 'owen');
      const wr = unionW[popcount(rMask)];
      for (let i = 0; i < b; i++) {
        const bit = 1 << i;
        let acc = 0;
        for (let high = 0; high < 2 ** b; high += 2 * bit) {
          for (let t = high; t < high + bit; t++) {
            const inc = r2T[t | bit] - r2T[t];
            if (inc > 0) acc += innerW[pop[t]] * inc;
          }
        }
        values[own[i]] += wr * acc;
      }
    };
    // Depth-first over R in lexicographic order: a child sweeps one more group on a copy of its
    // parent, so each R costs one group's sweeps (the same sweeps, in the same order, as from scratch).
    const visit = (depth: number, parent: Float64Array, rMask: number, last: number): void => {
      for (let l = last + 1; l < m - 1; l++) {
        const child = stack[depth];
        child.set(parent);
        for (const j of others[l]) sweepResidual(child, d, j, 'owen');
        addUnion(child, rMask | (1 << l));
        visit(depth + 1, child, rMask | (1 << l), l);
      }
    };
    addUnion(aug, 0);
    visit(0, aug, 0, -1);
  }
  const r2 = r2AfterSweeps(
    aug,
    d,
    Array.from({ length: p }, (_, j) => j),
    'owen',
  );
  return { values, shares: Float64Array.from(values, (v) => (r2 > 0 ? v / r2 : 0)), r2 };
}
