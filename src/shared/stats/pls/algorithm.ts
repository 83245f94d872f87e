/**
 * The PLS path modelling algorithm: alternating outer and inner estimation of the latent variable
 * scores until the outer weights settle (Wold 1982; Lohmöller 1989, §2.2, Table 2.1; Tenenhaus et
 * al. 2005, §2.2; Hair et al. 2017, Appendix "The PLS-SEM algorithm").
 *
 *   0. initial outer weights w = 1 (as SmartPLS 2.0, "Initial Weights: 1.0");
 *   1. outer estimation: Y_j = X_j w_j, scaled to unit variance;
 *   2. inner weights e_ji between adjacent constructs by the scheme (centroid: sign r_ji; factorial:
 *      r_ji; path: for a predecessor i of j the coefficient of Y_i in the regression of Y_j on all
 *      its predecessors, for a successor r_ji), and inner proxies Z_j = Σ_i e_ji Y_i;
 *   3. new outer weights: mode A w_j = cov(X_j, Z_j); mode B w_j = S_jj⁻¹ cov(X_j, Z_j);
 *   4. stop when max_k |w_k(new) − w_k(old)| < tolerance or after maxIterations.
 */
import { solveGaussian } from '../drivers/linalg';
import type { PlsStructure } from './model';

export type InnerScheme = 'path' | 'centroid' | 'factorial';

export type AlgorithmOptions = {
  readonly scheme: InnerScheme;
  /** Stop criterion on the largest change of an outer weight; default 1e-7 (SmartPLS 2.0). */
  readonly tolerance?: number;
  /** Iteration cap; default 300. */
  readonly maxIterations?: number;
};

export type OuterEstimate = {
  /** Outer weights, one per item (in {@link PlsStructure.items} order), scaled so var(Y_j) = 1. */
  readonly weights: Float64Array;
  /** Latent variable scores Y_j (mean 0, variance 1), one column per construct. */
  readonly scores: Float64Array[];
  readonly iterations: number;
  readonly converged: boolean;
  /** The largest change of an outer weight in the last iteration. */
  readonly lastChange: number;
};

export const DEFAULT_TOLERANCE = 1e-7;
export const DEFAULT_MAX_ITERATIONS = 300;

/** Sample covariance of two centred columns (divisor n − 1). */
export function covCentred(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s / (a.length - 1);
}

/** Y_j = X_j w_j for every block; then w_j and Y_j are divided by sd(Y_j), in place for w. */
function scoresOf(x: readonly Float64Array[], s: PlsStructure, w: Float64Array): Float64Array[] {
  const n = x[0].length;
  return s.blocks.map((b) => {
    const y = new Float64Array(n);
    for (let k = b.offset; k < b.offset + b.items.length; k++) {
      const xk = x[k];
      const wk = w[k];
      for (let i = 0; i < n; i++) y[i] += wk * xk[i];
    }
    const sdY = Math.sqrt(covCentred(y, y));
    if (!(sdY > 0)) throw new Error(`plsAlgorithm: the scores of ${b.name} have no variance`);
    for (let k = b.offset; k < b.offset + b.items.length; k++) w[k] /= sdY;
    for (let i = 0; i < n; i++) y[i] /= sdY;
    return y;
  });
}

/** Correlations of unit-variance centred scores. */
export function scoreCorrelations(y: readonly Float64Array[]): Float64Array[] {
  const J = y.length;
  const r = y.map(() => new Float64Array(J));
  for (let a = 0; a < J; a++) {
    r[a][a] = 1;
    for (let b = a + 1; b < J; b++) r[a][b] = r[b][a] = covCentred(y[a], y[b]);
  }
  return r;
}

/** The inner weights e_ji (row j, column i) of the scheme. */
export function innerWeights(r: readonly Float64Array[], s: PlsStructure, scheme: InnerScheme): Float64Array[] {
  const J = r.length;
  const e = r.map(() => new Float64Array(J));
  for (let j = 0; j < J; j++) {
    const adjacent = [...s.predecessors[j], ...s.successors[j]];
    if (scheme === 'centroid') for (const i of adjacent) e[j][i] = Math.sign(r[j][i]);
    else if (scheme === 'factorial') for (const i of adjacent) e[j][i] = r[j][i];
    else {
      for (const i of s.successors[j]) e[j][i] = r[j][i];
      const pred = s.predecessors[j];
      if (pred.length) {
        const m = pred.length;
        const rpp = new Float64Array(m * m);
        pred.forEach((a, u) => pred.forEach((b, v) => (rpp[u * m + v] = r[a][b])));
        const b = solveGaussian(rpp, Float64Array.from(pred, (a) => r[a][j]), m);
        pred.forEach((a, u) => (e[j][a] = b[u]));
      }
    }
  }
  return e;
}

/** Per block, the covariance matrix of its items (row-major), for mode B. */
function blockCovariances(x: readonly Float64Array[], s: PlsStructure): (Float64Array | undefined)[] {
  return s.blocks.map((b) => {
    if (b.mode !== 'B') return undefined;
    const m = b.items.length;
    const c = new Float64Array(m * m);
    for (let u = 0; u < m; u++)
      for (let v = u; v < m; v++) c[u * m + v] = c[v * m + u] = covCentred(x[b.offset + u], x[b.offset + v]);
    return c;
  });
}

/**
 * Runs the algorithm on centred (or standardized) indicators `x` (one column per item, in
 * {@link PlsStructure.items} order).
 *
 * @throws Error('plsAlgorithm: …') when a block's scores have no variance; Error('solveGaussian: …')
 * when a mode-B block's items or a construct's predecessors are collinear.
 */
export function plsAlgorithm(x: readonly Float64Array[], s: PlsStructure, options: AlgorithmOptions): OuterEstimate {
  const tolerance = options.tolerance ?? DEFAULT_TOLERANCE;
  const maxIterations = options.maxIterations ?? DEFAULT_MAX_ITERATIONS;
  const n = x[0].length;
  const J = s.blocks.length;
  const sxx = blockCovariances(x, s);
  let w = new Float64Array(s.items.length).fill(1);
  let y = scoresOf(x, s, w);
  let iterations = 0;
  let change = Infinity;
  while (iterations < maxIterations) {
    iterations++;
    const e = innerWeights(scoreCorrelations(y), s, options.scheme);
    const next = new Float64Array(w.length);
    for (let j = 0; j < J; j++) {
      const z = new Float64Array(n);
      for (let i = 0; i < J; i++) {
        const eji = e[j][i];
        if (eji === 0) continue;
        const yi = y[i];
        for (let t = 0; t < n; t++) z[t] += eji * yi[t];
      }
      const b = s.blocks[j];
      const c = Float64Array.from(b.items, (_, u) => covCentred(x[b.offset + u], z));
      const wj = b.mode === 'B' ? solveGaussian(sxx[j] as Float64Array, c, b.items.length) : c;
      next.set(wj, b.offset);
    }
    y = scoresOf(x, s, next);
    change = 0;
    for (let k = 0; k < w.length; k++) change = Math.max(change, Math.abs(next[k] - w[k]));
    w = next;
    if (change < tolerance) break;
  }
  return { weights: w, scores: y, iterations, converged: change < tolerance, lastChange: change };
}
