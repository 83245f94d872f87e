/**
 * In-place forward sweeps of an augmented (drivers + outcome) covariance block, for R² of subsets.
 */
import { COLLINEARITY_TOLERANCE } from './regression';

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
  if (pivot < -COLLINEARITY_TOLERANCE) {
    throw new Error(`${fnName}: the correlation matrix is not positive semi-definite`);
  }
  if (pivot <= COLLINEARITY_TOLERANCE) return;
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
  if (residual < -COLLINEARITY_TOLERANCE) {
    throw new Error(`${fnName}: the correlation matrix is not positive semi-definite (R² > 1)`);
  }
  return 1 - residual;
}
