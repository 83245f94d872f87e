/**
 * The structural (inner) model from the latent variable scores: path coefficients by ordinary least
 * squares of each endogenous construct on its predecessors, R², and total effects
 * T = B + B² + … = (I − B)⁻¹ − I for the recursive path matrix B (Lohmöller 1989, §2.2.3 and
 * §3.1; Hair et al. 2017, §5 and §6 "total effects"). On unit-variance scores the coefficients are
 * standardized; on rescaled (0–100) scores they are the unstandardized ones of the IPMA.
 */
import { solveGaussian } from '../drivers/linalg';
import type { PlsStructure } from './model';

export type StructuralModel = {
  /** b[i][j]: the coefficient of the path i → j (0 where there is none). */
  readonly b: Float64Array[];
  /** R² of each construct (NaN for an exogenous one). */
  readonly r2: Float64Array;
  /** t[i][j]: the total effect of i on j. */
  readonly total: Float64Array[];
};

/** Total effects of a recursive path matrix: the sum of its powers (nilpotent, at most J − 1 of them). */
export function totalEffects(b: readonly Float64Array[]): Float64Array[] {
  const J = b.length;
  const total = b.map((row) => Float64Array.from(row));
  let power = b.map((row) => Float64Array.from(row));
  for (let step = 1; step < J; step++) {
    const next = b.map(() => new Float64Array(J));
    for (let i = 0; i < J; i++)
      for (let k = 0; k < J; k++) {
        const p = power[i][k];
        if (p === 0) continue;
        for (let j = 0; j < J; j++) next[i][j] += p * b[k][j];
      }
    power = next;
    for (let i = 0; i < J; i++) for (let j = 0; j < J; j++) total[i][j] += next[i][j];
  }
  return total;
}

/**
 * Path coefficients, R² and total effects from the covariance matrix of the scores.
 *
 * @throws Error('solveGaussian: …') when a construct's predecessors are collinear.
 */
export function structuralModel(cov: readonly Float64Array[], s: PlsStructure): StructuralModel {
  const J = cov.length;
  const b = cov.map(() => new Float64Array(J));
  const r2 = new Float64Array(J).fill(NaN);
  for (let j = 0; j < J; j++) {
    const pred = s.predecessors[j];
    if (!pred.length) continue;
    const m = pred.length;
    const spp = new Float64Array(m * m);
    pred.forEach((a, u) => pred.forEach((c, v) => (spp[u * m + v] = cov[a][c])));
    const spj = Float64Array.from(pred, (a) => cov[a][j]);
    const beta = solveGaussian(spp, spj, m);
    let explained = 0;
    pred.forEach((a, u) => {
      b[a][j] = beta[u];
      explained += beta[u] * spj[u];
    });
    r2[j] = explained / cov[j][j];
  }
  return { b, r2, total: totalEffects(b) };
}
