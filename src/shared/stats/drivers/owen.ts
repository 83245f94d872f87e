/**
 * Exact Owen values of the R² game with a priori unions (driver groups, e.g. journey stages).
 */
import { rethrowAs } from './errors';
import type { SquareMatrix } from './linalg';
import { augmentedMatrix, validateDriverCorrelations } from './regression';
import type { ShapleyResult } from './shapley';
import { principal, r2AfterSweeps, sweepResidual } from './subsetSweep';

/** Groups as lists of driver indices: a partition of 0..p−1. */
export type DriverGroups = readonly (readonly number[])[];

/** Largest number of R² evaluations (weighted by their size) {@link owen} is asked to do. */
export const OWEN_MAX_WORK = 4e8;

/**
 * Work of {@link owen} in multiply-adds, roughly: for every group k and every set R of the other m − 1
 * groups one sweep of the full matrix (p³), then every subset of group k on its residual block.
 */
export function owenWork(p: number, groups: DriverGroups): number {
  const m = groups.length;
  let work = 0;
  for (const g of groups) {
    const b = g.length;
    work += 2 ** (m - 1) * ((p + 1) ** 3 + 2 ** b * (b + 1) ** 3);
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
 * (LMG) values. For each k and R the matrix is swept on Q_R once; the subsets T of B_k are then
 * swept on the (b_k + 1)-dimensional residual block of B_k and the outcome.
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
  const swept = new Float64Array(d * d);
  for (let k = 0; k < m; k++) {
    const own = groups[k];
    const b = own.length;
    const innerW = shapleyWeights(b);
    const others = groups.filter((_, l) => l !== k);
    const block = [...own, p];
    const bd = b + 1;
    const sub = new Float64Array(bd * bd);
    const r2T = new Float64Array(2 ** b);
    for (let rMask = 0; rMask < 2 ** (m - 1); rMask++) {
      swept.set(aug);
      for (let l = 0; l < m - 1; l++) {
        if (rMask & (1 << l)) for (const j of others[l]) sweepResidual(swept, d, j, 'owen');
      }
      const base = principal(swept, d, block);
      for (let t = 0; t < 2 ** b; t++) {
        const pivots: number[] = [];
        for (let i = 0; i < b; i++) if (t & (1 << i)) pivots.push(i);
        r2T[t] = r2AfterSweeps(base, bd, pivots, 'owen', sub);
      }
      const wr = unionW[popcount(rMask)];
      for (let i = 0; i < b; i++) {
        const bit = 1 << i;
        let acc = 0;
        for (let t = 0; t < 2 ** b; t++) {
          if (t & bit) continue;
          const inc = r2T[t | bit] - r2T[t];
          if (inc > 0) acc += innerW[popcount(t)] * inc;
        }
        values[own[i]] += wr * acc;
      }
    }
  }
  const r2 = r2AfterSweeps(
    aug,
    d,
    Array.from({ length: p }, (_, j) => j),
    'owen',
  );
  return { values, shares: Float64Array.from(values, (v) => (r2 > 0 ? v / r2 : 0)), r2 };
}
