/**
 * Weighted covariance and correlation matrices with listwise or pairwise deletion.
 */
import type { SquareMatrix } from './linalg';
import {
  columnLabel,
  completeRows,
  usableWeights,
  validateColumns,
  type MissingHandling,
  type PairMoments,
  type SampleSize,
} from './sample';
import { pairwiseMoments } from './pairwiseMoments';
import { wholePairMoments } from './wholePairMoments';

/** Options shared by the matrix functions. */
export type MatrixOptions = {
  readonly weights?: Float64Array;
  readonly missing: MissingHandling;
  /** Names used in error messages (defaults to `column 1`, `column 2`, …). */
  readonly labels?: readonly string[];
};

/** A covariance or correlation matrix together with the sample it rests on. */
export type MatrixResult = { readonly matrix: SquareMatrix; readonly sample: SampleSize };

/** Rows per block of {@link covarianceOfRows}: 21 columns × 2 × 2,048 doubles stay in cache. */
const ROW_BLOCK = 2048;

/**
 * Weighted covariance of rows `rows` (reliability weights, as R `cov.wt(method = "unbiased")`):
 *   x̄_j = Σ wᵢ x_ij / W,  c_jk = Σ wᵢ (x_ij − x̄_j)(x_ik − x̄_k) / (W − Σ wᵢ²/W),  W = Σ wᵢ,
 * which with unit weights is the usual n − 1 covariance.
 */
function covarianceOfRows(
  columns: readonly Float64Array[],
  rows: Uint32Array,
  weights?: Float64Array,
): Float64Array {
  const k = columns.length;
  const means = new Float64Array(k);
  let sw = 0;
  let sw2 = 0;
  for (const i of rows) {
    const w = weights ? weights[i] : 1;
    sw += w;
    sw2 += w * w;
  }
  for (let j = 0; j < k; j++) {
    const c = columns[j];
    let s = 0;
    for (const i of rows) s += (weights ? weights[i] : 1) * c[i];
    means[j] = s / sw;
  }
  // Rows in blocks: per block one compact column of plain and one of weighted deviations per
  // variable, then each entry adds the block's dot product Σ (wᵢ·dᵢₐ)·dᵢᵦ to its running sum — the
  // same additions in the same row order as row by row, on cache-sized typed arrays.
  const m = rows.length;
  const block = Math.min(m, ROW_BLOCK);
  const dev = Array.from({ length: k }, () => new Float64Array(block));
  const wdev = weights ? Array.from({ length: k }, () => new Float64Array(block)) : dev;
  const out = new Float64Array(k * k);
  for (let t0 = 0; t0 < m; t0 += block) {
    const len = Math.min(block, m - t0);
    for (let j = 0; j < k; j++) {
      const c = columns[j];
      const mean = means[j];
      const d = dev[j];
      const wd = wdev[j];
      for (let t = 0; t < len; t++) {
        const i = rows[t0 + t];
        const v = c[i] - mean;
        d[t] = v;
        if (weights) wd[t] = weights[i] * v;
      }
    }
    for (let a = 0; a < k; a++) {
      const wa = wdev[a];
      for (let b = a; b < k; b++) {
        const db = dev[b];
        let s = out[a * k + b];
        for (let t = 0; t < len; t++) s += wa[t] * db[t];
        out[a * k + b] = s;
      }
    }
  }
  const denom = sw - sw2 / sw;
  for (let a = 0; a < k; a++) {
    for (let b = a; b < k; b++) {
      const v = out[a * k + b] / denom;
      out[a * k + b] = v;
      out[b * k + a] = v;
    }
  }
  for (let j = 0; j < k; j++) {
    const c = columns[j];
    const first = rows.length > 0 ? c[rows[0]] : 0;
    // Exactly zero for a constant column: the two-pass sum leaves round-off otherwise.
    if (rows.every((i) => c[i] === first)) for (let b = 0; b < k; b++) out[j * k + b] = out[b * k + j] = 0;
  }
  return out;
}

/**
 * Weighted covariance matrix (R `cov.wt(method = "unbiased")` weighting, see above).
 * Listwise: all entries from the complete rows. Pairwise (R `cov(use = "pairwise.complete.obs")`):
 * entry (j, k) from the rows where both j and k are present, with that subset's own means.
 *
 * @throws Error('covarianceMatrix: …') on bad input or fewer than 2 usable respondents.
 */
export function covarianceMatrix(columns: readonly Float64Array[], options: MatrixOptions): MatrixResult {
  validateColumns('covarianceMatrix', columns, options.weights, options.labels);
  return moments('covarianceMatrix', columns, options, false);
}

/**
 * Weighted Pearson correlation matrix r_jk = c_jk / √(c_jj c_kk) (Pearson 1896), listwise or
 * pairwise as in {@link covarianceMatrix}; with pairwise deletion each r_jk uses only its own pair's
 * rows (as R `cor(use = "pairwise.complete.obs")`), so the matrix need not be positive definite.
 *
 * @throws Error('correlationMatrix: …') on bad input, fewer than 3 usable respondents or a column
 *   without variance.
 */
export function correlationMatrix(columns: readonly Float64Array[], options: MatrixOptions): MatrixResult {
  validateColumns('correlationMatrix', columns, options.weights, options.labels);
  return correlationMatrixOfValid(columns, options);
}

/** {@link correlationMatrix} of columns the caller has already validated (validateColumns). */
export function correlationMatrixOfValid(
  columns: readonly Float64Array[],
  options: MatrixOptions,
): MatrixResult {
  return moments('correlationMatrix', columns, options, true);
}

function moments(
  fnName: string,
  columns: readonly Float64Array[],
  options: MatrixOptions,
  standardize: boolean,
): MatrixResult {
  const k = columns.length;
  const minN = standardize ? 3 : 2;
  const { labels } = options;
  const weights = usableWeights(options.weights);
  if (options.missing === 'listwise') {
    const rows = completeRows(columns, weights);
    if (rows.length < minN)
      throw new Error(`${fnName}: only ${rows.length} complete respondents (need ${minN})`);
    const cov = covarianceOfRows(columns, rows, weights);
    if (standardize) toCorrelation(fnName, cov, k, labels);
    const total = columns[0].length;
    return {
      matrix: { dim: k, data: cov },
      sample: { method: 'listwise', n: rows.length, excluded: total - rows.length },
    };
  }
  if (options.missing !== 'pairwise') throw new Error(`${fnName}: missing must be 'listwise' or 'pairwise'`);
  return fromPairs(fnName, pairwiseMoments(columns, weights), k, labels, standardize);
}

/**
 * The unweighted pairwise {@link correlationMatrix} of columns held as points (see stats/points.ts),
 * exactly as of their values; null when the sums could lose exactness (then pass the values).
 */
export function correlationMatrixOfPoints(
  points: readonly Uint8Array[],
  labels?: readonly string[],
): MatrixResult | null {
  const pairs = wholePairMoments({ points });
  return pairs && fromPairs('correlationMatrix', pairs, points.length, labels, true);
}

/** The matrix of pairwise moments, each entry from its own pair's rows. */
function fromPairs(
  fnName: string,
  pairs: readonly PairMoments[],
  k: number,
  labels: readonly string[] | undefined,
  standardize: boolean,
): MatrixResult {
  const minN = standardize ? 3 : 2;
  const out = new Float64Array(k * k);
  let lo = Infinity;
  let hi = 0;
  for (let a = 0; a < k; a++) {
    for (let b = a; b < k; b++) {
      const m = pairs[a * k + b];
      if (m.n < minN) {
        throw new Error(
          `${fnName}: only ${m.n} respondents have both ${columnLabel(labels, a)} and ${columnLabel(labels, b)} (need ${minN})`,
        );
      }
      lo = Math.min(lo, m.n);
      hi = Math.max(hi, m.n);
      let v: number;
      if (!standardize) v = m.sxy / m.denom;
      else if (a === b) {
        if (!(m.sxx > 0)) throw new Error(`${fnName}: ${columnLabel(labels, a)} has no variance`);
        v = 1;
      } else {
        if (!(m.sxx > 0))
          throw new Error(
            `${fnName}: ${columnLabel(labels, a)} has no variance among respondents with ${columnLabel(labels, b)}`,
          );
        if (!(m.syy > 0))
          throw new Error(
            `${fnName}: ${columnLabel(labels, b)} has no variance among respondents with ${columnLabel(labels, a)}`,
          );
        v = m.sxy / Math.sqrt(m.sxx * m.syy);
      }
      out[a * k + b] = v;
      out[b * k + a] = v;
    }
  }
  return { matrix: { dim: k, data: out }, sample: { method: 'pairwise', minN: lo, maxN: hi } };
}

/** Turns a covariance matrix (row-major k×k) into a correlation matrix, in place. */
function toCorrelation(fnName: string, cov: Float64Array, k: number, labels?: readonly string[]): void {
  const sd = new Float64Array(k);
  for (let j = 0; j < k; j++) {
    const v = cov[j * k + j];
    if (!(v > 0)) throw new Error(`${fnName}: ${columnLabel(labels, j)} has no variance`);
    sd[j] = Math.sqrt(v);
  }
  for (let a = 0; a < k; a++) {
    for (let b = 0; b < k; b++) cov[a * k + b] = a === b ? 1 : cov[a * k + b] / (sd[a] * sd[b]);
  }
}

/**
 * Weighted correlation matrix of rows already known to be complete, stored row-major
 * (`data[i * k + j]`), with per-row weights (0 = row not used). Used by the bootstrap, where the
 * weights are resample counts × respondent weights. Same formulas as {@link correlationMatrix}.
 *
 * @throws Error('correlationOfRowMajor: …') when a column has no variance in the weighted rows.
 */
export function correlationOfRowMajor(data: Float64Array, k: number, weights: Float64Array): SquareMatrix {
  const n = weights.length;
  if (!weights.every((w) => Number.isFinite(w) && w >= 0))
    throw new Error('correlationOfRowMajor: weights must be finite and ≥ 0');
  if (data.length !== n * k) throw new Error('correlationOfRowMajor: data and weights disagree');
  const means = new Float64Array(k);
  let sw = 0;
  for (let i = 0; i < n; i++) {
    const w = weights[i];
    if (w === 0) continue;
    sw += w;
    const base = i * k;
    for (let j = 0; j < k; j++) means[j] += w * data[base + j];
  }
  if (!(sw > 0)) throw new Error('correlationOfRowMajor: no weight');
  for (let j = 0; j < k; j++) means[j] = means[j] / sw;
  const out = new Float64Array(k * k);
  const dev = new Float64Array(k);
  for (let i = 0; i < n; i++) {
    const w = weights[i];
    if (w === 0) continue;
    const base = i * k;
    for (let j = 0; j < k; j++) dev[j] = data[base + j] - means[j];
    for (let a = 0; a < k; a++) {
      const wa = w * dev[a];
      const row = a * k;
      for (let b = a; b < k; b++) out[row + b] += wa * dev[b];
    }
  }
  for (let a = 0; a < k; a++) for (let b = 0; b < a; b++) out[a * k + b] = out[b * k + a];
  for (let j = 0; j < k; j++) {
    let first = Number.NaN;
    let constant = true;
    for (let i = 0; i < n && constant; i++) {
      if (weights[i] === 0) continue;
      const v = data[i * k + j];
      if (Number.isNaN(first)) first = v;
      else if (v !== first) constant = false;
    }
    if (constant) out[j * k + j] = 0;
  }
  toCorrelation('correlationOfRowMajor', out, k);
  return { dim: k, data: out };
}
