/**
 * In-place forward sweeps of an augmented (drivers + outcome) covariance block, for R² of subsets.
 */
import { COLLINEARITY_TOLERANCE } from './regression';

/** Read once: the hot loops below compare every pivot with it. */
const TOLERANCE = COLLINEARITY_TOLERANCE;

/**
 * Sweeps pivot k of the symmetric d×d matrix `a` (row-major) in place, keeping only the residual
 * (co)variances of the other rows: a'ᵢⱼ = aᵢⱼ − aᵢₖ aₖⱼ / aₖₖ, then row and column k are zeroed
 * (Beaton 1964; Goodnight 1979). A pivot ≤ {@link COLLINEARITY_TOLERANCE} adds nothing (an aliased
 * driver, as `lm` drops it).
 *
 * @throws Error(`${fnName}: …`) for a negative pivot (a matrix that is not positive semi-definite).
 */
export function sweepResidual(a: Float64Array, d: number, k: number, fnName: string): void {
  const pivot = a[k * d + k];
  if (pivot < -TOLERANCE) {
    throw new Error(`${fnName}: the correlation matrix is not positive semi-definite`);
  }
  if (pivot <= TOLERANCE) return;
  const rowK = k * d;
  for (let i = 0; i < d; i++) {
    if (i === k) continue;
    const f = a[i * d + k] / pivot;
    if (f === 0) continue;
    const rowI = i * d;
    for (let j = 0; j < d; j++) a[rowI + j] -= f * a[rowK + j];
  }
  for (let j = 0; j < d; j++) {
    a[rowK + j] = 0;
    a[j * d + k] = 0;
  }
}

/** The principal submatrix of `a` (d×d) on the given rows, in that order. */
export function principal(a: Float64Array, d: number, idx: readonly number[]): Float64Array {
  const s = idx.length;
  const out = new Float64Array(s * s);
  for (let i = 0; i < s; i++) for (let j = 0; j < s; j++) out[i * s + j] = a[idx[i] * d + idx[j]];
  return out;
}

/** 1 − residual variance of the last row (the outcome) of a copy of `a` swept on `pivots`. */
export function r2AfterSweeps(
  a: Float64Array,
  d: number,
  pivots: readonly number[],
  fnName: string,
  work: Float64Array = new Float64Array(d * d),
): number {
  work.set(a.subarray(0, d * d));
  for (const k of pivots) sweepResidual(work, d, k, fnName);
  const residual = work[d * d - 1];
  if (residual < -TOLERANCE) {
    throw new Error(`${fnName}: the correlation matrix is not positive semi-definite (R² > 1)`);
  }
  return 1 - residual;
}

/**
 * R²(S) of the last row (the outcome) on every subset S of the first p rows of the augmented
 * (p + 1)×(p + 1) covariance matrix `aug`, indexed by bitmask (bit j = row j); see
 * {@link allSubsetsR2} in ./shapley for the method. Each subset costs one forward sweep of the
 * block its parent left, so all 2^p of them take about 6·2^p multiply-adds.
 *
 * @throws Error(`${fnName}: …`) for a matrix that is not positive semi-definite.
 */
export function subsetsR2(aug: Float64Array, p: number, fnName: string): Float64Array {
  const r2 = new Float64Array(2 ** p);
  const d0 = p + 1;
  r2[0] = 1 - aug[d0 * d0 - 1];
  const buffers = Array.from({ length: p + 1 }, (_, depth) => new Float64Array((d0 - depth) ** 2));
  buffers[0].set(aug.subarray(0, d0 * d0));
  // Local index l of a node with largest member m is row m + 1 + l; the outcome is last (d − 1).
  // Only the upper triangle of each block is computed and read (the blocks are symmetric).
  const visit = (depth: number, mask: number, m: number, d: number): void => {
    const a = buffers[depth];
    const c = buffers[depth + 1];
    for (let lk = 0; lk < d - 1; lk++) {
      const k = m + 1 + lk;
      const child = mask | (1 << k);
      const dc = d - lk - 1;
      const off = lk + 1;
      const pivot = a[lk * d + lk];
      if (pivot > TOLERANCE) {
        const pivotRow = lk * d + off;
        for (let i = 0; i < dc; i++) {
          const src = (off + i) * d + off;
          const f = a[pivotRow + i] / pivot; // aₖᵢ = aᵢₖ: the upper triangle is all that is kept
          const dst = i * dc;
          for (let j = i; j < dc; j++) c[dst + j] = a[src + j] - f * a[pivotRow + j];
        }
      } else if (pivot < -TOLERANCE) {
        throw new Error(`${fnName}: the correlation matrix is not positive semi-definite`);
      } else {
        for (let i = 0; i < dc; i++) for (let j = i; j < dc; j++) c[i * dc + j] = a[(off + i) * d + off + j];
      }
      const residual = c[dc * dc - 1];
      if (residual < -TOLERANCE) {
        throw new Error(`${fnName}: the correlation matrix is not positive semi-definite (R² > 1)`);
      }
      r2[child] = 1 - residual;
      if (dc > 1) visit(depth + 1, child, k, dc);
    }
  };
  visit(0, 0, -1, d0);
  return r2;
}
