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
 *
 * All of it in the covariance form (Lohmöller 1989, §2.2.6): with S the items' covariance matrix,
 * cov(Y_a, Y_b) = w_aᵀ S_ab w_b and cov(X_j, Z_j) = Σ_i e_ji S_ji w_i, so one pass over the data
 * (for S) serves every iteration, and a bootstrap resample costs one covariance matrix.
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
  /** cov[k·J + j]: covariance of item k (as estimated) with the scores of construct j. */
  readonly itemScoreCov: Float64Array;
  /** Correlations of the construct scores (J × J). */
  readonly scoreCorrelations: Float64Array[];
  readonly iterations: number;
  readonly converged: boolean;
  /** The largest change of an outer weight in the last iteration. */
  readonly lastChange: number;
};

export const DEFAULT_TOLERANCE = 1e-7;
export const DEFAULT_MAX_ITERATIONS = 300;

/** C = S·W: covariances of every item with every construct's scores (p × J, row-major). */
function itemScoreCovariances(cov: Float64Array, p: number, s: PlsStructure, w: Float64Array): Float64Array {
  const J = s.blocks.length;
  const c = new Float64Array(p * J);
  for (let k = 0; k < p; k++) {
    const row = k * p;
    for (let j = 0; j < J; j++) {
      const b = s.blocks[j];
      let sum = 0;
      for (let l = b.offset; l < b.offset + b.items.length; l++) sum += cov[row + l] * w[l];
      c[k * J + j] = sum;
    }
  }
  return c;
}

/** Divides each block's weights by the sd of its scores, var(Y_j) = w_jᵀ S_jj w_j; in place. */
function normalize(cov: Float64Array, p: number, s: PlsStructure, w: Float64Array): void {
  for (const b of s.blocks) {
    let v = 0;
    for (let k = b.offset; k < b.offset + b.items.length; k++)
      for (let l = b.offset; l < b.offset + b.items.length; l++) v += w[k] * cov[k * p + l] * w[l];
    if (!(v > 0)) throw new Error(`plsAlgorithm: the scores of ${b.name} have no variance`);
    const sdY = Math.sqrt(v);
    for (let k = b.offset; k < b.offset + b.items.length; k++) w[k] /= sdY;
  }
}

/** Correlations of unit-variance scores from C = S·W: r_ab = Σ_{k in a} w_k C_kb. */
function correlationsOf(c: Float64Array, s: PlsStructure, w: Float64Array): Float64Array[] {
  const J = s.blocks.length;
  return s.blocks.map((b, a) => {
    const row = new Float64Array(J);
    for (let j = 0; j < J; j++) {
      let sum = 0;
      for (let k = b.offset; k < b.offset + b.items.length; k++) sum += w[k] * c[k * J + j];
      row[j] = j === a ? 1 : sum;
    }
    return row;
  });
}

/** The inner weights e_ji (row j, column i) of the scheme. */
export function innerWeights(
  r: readonly Float64Array[],
  s: PlsStructure,
  scheme: InnerScheme,
): Float64Array[] {
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
        const b = solveGaussian(
          rpp,
          Float64Array.from(pred, (a) => r[a][j]),
          m,
        );
        pred.forEach((a, u) => (e[j][a] = b[u]));
      }
    }
  }
  return e;
}

/** A block's covariance submatrix (row-major), for mode B. */
function blockOf(cov: Float64Array, p: number, offset: number, m: number): Float64Array {
  const out = new Float64Array(m * m);
  for (let u = 0; u < m; u++) for (let v = 0; v < m; v++) out[u * m + v] = cov[(offset + u) * p + offset + v];
  return out;
}

/**
 * Runs the algorithm on the covariance matrix `cov` (p × p, row-major) of the centred (or
 * standardized) items, in {@link PlsStructure.items} order.
 *
 * @throws Error('plsAlgorithm: …') when a block's scores have no variance; Error('solveGaussian: …')
 * when a mode-B block's items or a construct's predecessors are collinear.
 */
export function plsAlgorithm(cov: Float64Array, s: PlsStructure, options: AlgorithmOptions): OuterEstimate {
  const tolerance = options.tolerance ?? DEFAULT_TOLERANCE;
  const maxIterations = options.maxIterations ?? DEFAULT_MAX_ITERATIONS;
  const p = s.items.length;
  const J = s.blocks.length;
  const sxx = s.blocks.map((b) => (b.mode === 'B' ? blockOf(cov, p, b.offset, b.items.length) : undefined));
  let w = new Float64Array(p).fill(1);
  normalize(cov, p, s, w);
  let c = itemScoreCovariances(cov, p, s, w);
  let r = correlationsOf(c, s, w);
  let iterations = 0;
  let change = Infinity;
  while (iterations < maxIterations) {
    iterations++;
    const e = innerWeights(r, s, options.scheme);
    const next = new Float64Array(p);
    for (let j = 0; j < J; j++) {
      const b = s.blocks[j];
      const m = b.items.length;
      const czj = new Float64Array(m);
      for (let u = 0; u < m; u++) {
        const row = (b.offset + u) * J;
        let sum = 0;
        for (let i = 0; i < J; i++) if (e[j][i] !== 0) sum += e[j][i] * c[row + i];
        czj[u] = sum;
      }
      next.set(b.mode === 'B' ? solveGaussian(sxx[j] as Float64Array, czj, m) : czj, b.offset);
    }
    normalize(cov, p, s, next);
    change = 0;
    for (let k = 0; k < p; k++) change = Math.max(change, Math.abs(next[k] - w[k]));
    w = next;
    c = itemScoreCovariances(cov, p, s, w);
    r = correlationsOf(c, s, w);
    if (change < tolerance) break;
  }
  return {
    weights: w,
    itemScoreCov: c,
    scoreCorrelations: r,
    iterations,
    converged: change < tolerance,
    lastChange: change,
  };
}

/**
 * Latent variable scores Y_j = Σ_k w_k (x_k − mean_k)/divisor_k, one column per construct (mean 0,
 * variance 1 for the weights of {@link plsAlgorithm}).
 */
export function latentScores(
  raw: readonly Float64Array[],
  s: PlsStructure,
  weights: Float64Array,
  means: Float64Array,
  divisors: Float64Array,
): Float64Array[] {
  const n = raw[0].length;
  return s.blocks.map((b) => {
    const y = new Float64Array(n);
    for (let k = b.offset; k < b.offset + b.items.length; k++) {
      const f = weights[k] / divisors[k];
      const m = means[k];
      const xk = raw[k];
      for (let i = 0; i < n; i++) y[i] += f * (xk[i] - m);
    }
    return y;
  });
}
