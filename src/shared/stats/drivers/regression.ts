/**
 * Standardized regression of the outcome on the drivers, from correlations alone.
 */
import { sweep, type SquareMatrix } from './linalg';

/** The drivers' intercorrelations R_xx (p×p) and their correlations with the outcome r_xy (p). */
export type DriverCorrelations = { readonly rxx: SquareMatrix; readonly rxy: Float64Array };

/**
 * A driver whose residual variance given the drivers before it is below this (on the correlation
 * scale, i.e. 1 − R²ⱼ < 1e-10, a variance inflation factor above 10¹⁰) is treated as a linear
 * combination of them.
 */
export const COLLINEARITY_TOLERANCE = 1e-10;

/**
 * Splits a (p+1)×(p+1) correlation matrix of outcome and drivers into R_xx and r_xy.
 *
 * @param outcomeIndex row/column of the outcome in `corr`
 * @throws Error('driverCorrelations: …') for an index out of range or a matrix with no drivers.
 */
export function driverCorrelations(corr: SquareMatrix, outcomeIndex: number): DriverCorrelations {
  const k = corr.dim;
  if (k < 2) throw new Error('driverCorrelations: need an outcome and at least one driver');
  if (!Number.isInteger(outcomeIndex) || outcomeIndex < 0 || outcomeIndex >= k) {
    throw new Error(`driverCorrelations: outcome index ${outcomeIndex} out of range`);
  }
  const p = k - 1;
  const map = Array.from({ length: k }, (_, i) => i).filter((i) => i !== outcomeIndex);
  const rxx = new Float64Array(p * p);
  const rxy = new Float64Array(p);
  map.forEach((src, i) => {
    rxy[i] = corr.data[src * k + outcomeIndex];
    map.forEach((srcJ, j) => (rxx[i * p + j] = corr.data[src * k + srcJ]));
  });
  return { rxx: { dim: p, data: rxx }, rxy };
}

/**
 * Checks R_xx and r_xy for shape, finiteness and symmetry.
 *
 * @throws Error('<fnName>: …')
 */
export function validateDriverCorrelations(fnName: string, rxx: SquareMatrix, rxy: Float64Array): number {
  const p = rxx.dim;
  if (p < 1) throw new Error(`${fnName}: no drivers`);
  if (rxx.data.length !== p * p) throw new Error(`${fnName}: R_xx is not ${p}×${p}`);
  if (rxy.length !== p) throw new Error(`${fnName}: r_xy has ${rxy.length} entries, expected ${p}`);
  for (let i = 0; i < p; i++) {
    if (!Number.isFinite(rxy[i])) throw new Error(`${fnName}: r_xy has a non-finite entry`);
    for (let j = 0; j < p; j++) {
      const v = rxx.data[i * p + j];
      if (!Number.isFinite(v)) throw new Error(`${fnName}: R_xx has a non-finite entry`);
      if (Math.abs(v - rxx.data[j * p + i]) > 1e-9) throw new Error(`${fnName}: R_xx is not symmetric`);
    }
  }
  return p;
}

/** The augmented matrix [[R_xx, r_xy], [r_yx, 1]] ((p+1)×(p+1), outcome last). */
export function augmentedMatrix(rxx: SquareMatrix, rxy: Float64Array): SquareMatrix {
  const p = rxx.dim;
  const d = p + 1;
  const data = new Float64Array(d * d);
  for (let i = 0; i < p; i++) {
    for (let j = 0; j < p; j++) data[i * d + j] = rxx.data[i * p + j];
    data[i * d + p] = rxy[i];
    data[p * d + i] = rxy[i];
  }
  data[p * d + p] = 1;
  return { dim: d, data };
}

function name(labels: readonly string[] | undefined, i: number): string {
  return labels?.[i] ?? `driver ${i + 1}`;
}

/** Standardized coefficients and R² of the regression of the outcome on all drivers. */
export type StandardizedRegression = { readonly betas: Float64Array; readonly r2: number };

/**
 * Standardized betas β = R_xx⁻¹ r_xy and R² = r_xyᵀ β, by sweeping the driver pivots of the
 * augmented correlation matrix (Beaton 1964; Goodnight 1979): after the sweep, column y holds β and
 * cell (y, y) holds 1 − R².
 *
 * Before each pivot j is swept its cell holds 1 − R²ⱼ of driver j on the drivers already swept; if
 * that is below {@link COLLINEARITY_TOLERANCE} the drivers are collinear and the error names j and
 * the swept drivers it loads on.
 *
 * @param labels driver names for error messages
 * @throws Error('standardizedRegression: …') for collinear drivers or a correlation matrix that is
 *   not positive definite (possible with pairwise deletion).
 */
export function standardizedRegression(
  rxx: SquareMatrix,
  rxy: Float64Array,
  labels?: readonly string[],
): StandardizedRegression {
  const p = validateDriverCorrelations('standardizedRegression', rxx, rxy);
  const a = augmentedMatrix(rxx, rxy);
  const d = p + 1;
  for (let j = 0; j < p; j++) {
    const pivot = a.data[j * d + j];
    if (pivot < -COLLINEARITY_TOLERANCE) {
      throw new Error(
        'standardizedRegression: the correlation matrix is not positive definite ' +
          `(at ${name(labels, j)}; can happen with pairwise deletion)`,
      );
    }
    if (pivot <= COLLINEARITY_TOLERANCE) {
      const involved = [name(labels, j)];
      for (let i = 0; i < j; i++) if (Math.abs(a.data[i * d + j]) > 1e-6) involved.push(name(labels, i));
      throw new Error(
        `standardizedRegression: drivers are collinear: ${involved.join(', ')} ` +
          `(${name(labels, j)} is a linear combination of the others)`,
      );
    }
    sweep(a, j);
  }
  const residual = a.data[d * d - 1];
  if (residual < -COLLINEARITY_TOLERANCE) {
    throw new Error('standardizedRegression: the correlation matrix is not positive definite (R² > 1)');
  }
  const betas = new Float64Array(p);
  for (let j = 0; j < p; j++) betas[j] = a.data[j * d + p];
  return { betas, r2: Math.min(1, 1 - residual) };
}
