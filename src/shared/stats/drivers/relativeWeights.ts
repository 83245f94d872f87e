/**
 * Johnson's relative weights.
 */
import { rethrowAs } from './errors';
import { jacobiEigen, type SquareMatrix } from './linalg';
import { COLLINEARITY_TOLERANCE, standardizedRegression, validateDriverCorrelations } from './regression';

/** Raw relative weights (sum = R²) and shares (raw / R², sum = 1, i.e. 100 %). */
export type RelativeWeights = {
  readonly weights: Float64Array;
  readonly shares: Float64Array;
  readonly r2: number;
};

/**
 * Johnson's relative weights (Johnson 2000, "A heuristic method for estimating the relative weight
 * of predictor variables in multiple regression", Multivariate Behavioral Research 35:1–19).
 *
 * With R_xx = V Λ Vᵀ (Jacobi eigen-decomposition), Λ* = R_xx^{1/2} = V Λ^{1/2} Vᵀ are the
 * correlations of the drivers with their closest orthonormal counterparts Z, and
 * β* = R_xx^{−1/2} r_xy = V Λ^{−1/2} Vᵀ r_xy the outcome's coefficients on Z. Then
 *
 *   εⱼ = Σₖ (Λ*ⱼₖ)² (β*ₖ)²,  Σⱼ εⱼ = R²,  shareⱼ = εⱼ / R².
 *
 * @param labels driver names for error messages
 * @throws Error('relativeWeights: …') for collinear drivers (the error names them when it can) or a
 *   matrix that is not positive definite.
 */
export function relativeWeights(
  rxx: SquareMatrix,
  rxy: Float64Array,
  labels?: readonly string[],
): RelativeWeights {
  const p = validateDriverCorrelations('relativeWeights', rxx, rxy);
  const { values, vectors } = jacobiEigen(rxx);
  const smallest = values[p - 1];
  if (smallest <= COLLINEARITY_TOLERANCE * Math.max(1, values[0])) {
    // The sweep names the collinear drivers; fall back to a generic message if it does not throw.
    try {
      standardizedRegression(rxx, rxy, labels);
    } catch (e) {
      rethrowAs('relativeWeights', e);
    }
    throw new Error(
      `relativeWeights: R_xx is singular or not positive definite (smallest eigenvalue ${smallest})`,
    );
  }
  const v = vectors.data;
  const sqrtL = Float64Array.from(values, Math.sqrt);
  // Vᵀ r_xy, then β* = V Λ^{−1/2} (Vᵀ r_xy).
  const vtr = new Float64Array(p);
  for (let k = 0; k < p; k++) {
    let s = 0;
    for (let i = 0; i < p; i++) s += v[i * p + k] * rxy[i];
    vtr[k] = s / sqrtL[k];
  }
  const betaStar = new Float64Array(p);
  for (let i = 0; i < p; i++) {
    let s = 0;
    for (let k = 0; k < p; k++) s += v[i * p + k] * vtr[k];
    betaStar[i] = s;
  }
  const weights = new Float64Array(p);
  for (let j = 0; j < p; j++) {
    let e = 0;
    for (let k = 0; k < p; k++) {
      // Λ*_jk = Σ_m V_jm √λ_m V_km
      let lambda = 0;
      for (let m = 0; m < p; m++) lambda += v[j * p + m] * sqrtL[m] * v[k * p + m];
      e += lambda * lambda * betaStar[k] * betaStar[k];
    }
    weights[j] = e;
  }
  const r2 = weights.reduce((s, w) => s + w, 0);
  const shares = Float64Array.from(weights, (w) => (r2 > 0 ? w / r2 : 0));
  return { weights, shares, r2 };
}
