/**
 * Small dense linear algebra for correlation matrices (p ≤ a few dozen): the sweep operator,
 * a Jacobi eigensolver for symmetric matrices and a plain Gaussian elimination.
 */

/** A square matrix stored row-major: element (i, j) is `data[i * dim + j]`. */
export type SquareMatrix = { readonly dim: number; readonly data: Float64Array };

/**
 * Builds a {@link SquareMatrix} from nested rows.
 *
 * @throws Error('matrixFromRows: …') when the rows are not square.
 */
export function matrixFromRows(rows: readonly (readonly number[])[]): SquareMatrix {
  const dim = rows.length;
  const data = new Float64Array(dim * dim);
  rows.forEach((row, i) => {
    if (row.length !== dim) {
      throw new Error(`matrixFromRows: row ${i} has ${row.length} entries, expected ${dim}`);
    }
    data.set(row, i * dim);
  });
  return { dim, data };
}

/** Nested rows of a {@link SquareMatrix} (for display, JSON and tests). */
export function matrixToRows(m: SquareMatrix): number[][] {
  const rows: number[][] = [];
  for (let i = 0; i < m.dim; i++) rows.push(Array.from(m.data.subarray(i * m.dim, (i + 1) * m.dim)));
  return rows;
}

/** Element (i, j). */
export function at(m: SquareMatrix, i: number, j: number): number {
  return m.data[i * m.dim + j];
}

/**
 * Sweeps a symmetric matrix on pivot k, in place (Beaton 1964, "The use of special matrix operators
 * in statistical calculus"; the form of Goodnight 1979, "A tutorial on the SWEEP operator",
 * The American Statistician 33:149–158). With d = a_kk:
 *
 *   a_kk ← 1/d;  a_kj ← a_kj/d;  a_ik ← −a_ik/d;  a_ij ← a_ij − a_ik·a_kj/d  (i, j ≠ k).
 *
 * Sweeping the driver pivots of [[R_xx, r_xy], [r_yx, 1]] leaves the standardized coefficients in
 * the outcome column and 1 − R² in the outcome's diagonal cell.
 *
 * @throws Error('sweep: …') for a pivot out of range or a zero pivot.
 */
export function sweep(m: SquareMatrix, k: number): void {
  const { dim, data } = m;
  if (!Number.isInteger(k) || k < 0 || k >= dim)
    throw new Error(`sweep: pivot ${k} out of range 0..${dim - 1}`);
  const d = data[k * dim + k];
  if (!(Math.abs(d) > 0)) throw new Error(`sweep: pivot ${k} is zero`);
  const rowK = k * dim;
  for (let j = 0; j < dim; j++) if (j !== k) data[rowK + j] = data[rowK + j] / d;
  for (let i = 0; i < dim; i++) {
    if (i === k) continue;
    const rowI = i * dim;
    const b = data[rowI + k];
    if (b !== 0) {
      for (let j = 0; j < dim; j++) if (j !== k) data[rowI + j] = data[rowI + j] - b * data[rowK + j];
    }
    data[rowI + k] = -b / d;
  }
  data[rowK + k] = 1 / d;
}

/**
 * Solves A x = b by Gaussian elimination with partial pivoting (textbook; Golub & Van Loan,
 * "Matrix Computations", §3.4). Deliberately plain: it is the from-scratch reference solver.
 *
 * @param a row-major n×n matrix (not modified)
 * @throws Error('solveGaussian: …') when A is (numerically) singular or sizes disagree.
 */
export function solveGaussian(a: Float64Array, b: Float64Array, n: number, tolerance = 1e-12): Float64Array {
  if (a.length !== n * n || b.length !== n) throw new Error('solveGaussian: sizes disagree');
  const m = Float64Array.from(a);
  const x = Float64Array.from(b);
  for (let col = 0; col < n; col++) {
    let best = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(m[r * n + col]) > Math.abs(m[best * n + col])) best = r;
    const pivot = m[best * n + col];
    if (!(Math.abs(pivot) > tolerance)) throw new Error(`solveGaussian: matrix is singular at column ${col}`);
    if (best !== col) {
      for (let j = 0; j < n; j++) {
        const t = m[col * n + j];
        m[col * n + j] = m[best * n + j];
        m[best * n + j] = t;
      }
      const t = x[col];
      x[col] = x[best];
      x[best] = t;
    }
    for (let r = col + 1; r < n; r++) {
      const f = m[r * n + col] / pivot;
      if (f === 0) continue;
      for (let j = col; j < n; j++) m[r * n + j] = m[r * n + j] - f * m[col * n + j];
      x[r] = x[r] - f * x[col];
    }
  }
  for (let r = n - 1; r >= 0; r--) {
    let s = x[r];
    for (let j = r + 1; j < n; j++) s -= m[r * n + j] * x[j];
    x[r] = s / m[r * n + r];
  }
  return x;
}

/** Eigen-decomposition of a symmetric matrix: A = V·diag(values)·Vᵀ, eigenvectors in V's columns. */
export type Eigen = { readonly values: Float64Array; readonly vectors: SquareMatrix };

/**
 * Eigenvalues and eigenvectors of a symmetric matrix by the cyclic Jacobi method (Jacobi 1846;
 * Golub & Van Loan, "Matrix Computations", §8.5): rotations J(p, q, θ) with
 * θ = (a_qq − a_pp)/(2 a_pq), t = sign(θ)/(|θ| + √(θ² + 1)), c = 1/√(1 + t²), s = t·c
 * annihilate a_pq until the off-diagonal mass is below round-off. Eigenvalues are returned in
 * descending order.
 *
 * @throws Error('jacobiEigen: …') when the matrix is not symmetric or does not converge.
 */
export function jacobiEigen(m: SquareMatrix, maxSweeps = 100): Eigen {
  const n = m.dim;
  const a = Float64Array.from(m.data);
  let norm = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const v = a[i * n + j];
      if (!Number.isFinite(v)) throw new Error('jacobiEigen: matrix has non-finite entries');
      if (Math.abs(v - a[j * n + i]) > 1e-9 * (1 + Math.abs(v)))
        throw new Error('jacobiEigen: matrix is not symmetric');
      norm += v * v;
    }
  }
  const v = new Float64Array(n * n);
  for (let i = 0; i < n; i++) v[i * n + i] = 1;
  const threshold = 1e-30 * Math.max(norm, Number.MIN_VALUE);
  let converged = n < 2;
  for (let sweepNo = 0; sweepNo < maxSweeps && !converged; sweepNo++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += a[p * n + q] ** 2;
    if (off <= threshold) {
      converged = true;
      break;
    }
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = a[p * n + q];
        if (apq === 0) continue;
        const theta = (a[q * n + q] - a[p * n + p]) / (2 * apq);
        const t = (theta >= 0 ? 1 : -1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(1 + t * t);
        const s = t * c;
        // A ← A·J (columns p, q), then A ← Jᵀ·A (rows p, q); V ← V·J.
        for (let k = 0; k < n; k++) {
          const akp = a[k * n + p];
          const akq = a[k * n + q];
          a[k * n + p] = c * akp - s * akq;
          a[k * n + q] = s * akp + c * akq;
        }
        for (let k = 0; k < n; k++) {
          const apk = a[p * n + k];
          const aqk = a[q * n + k];
          a[p * n + k] = c * apk - s * aqk;
          a[q * n + k] = s * apk + c * aqk;
        }
        a[p * n + q] = 0;
        a[q * n + p] = 0;
        for (let k = 0; k < n; k++) {
          const vkp = v[k * n + p];
          const vkq = v[k * n + q];
          v[k * n + p] = c * vkp - s * vkq;
          v[k * n + q] = s * vkp + c * vkq;
        }
      }
    }
  }
  if (!converged) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += a[p * n + q] ** 2;
    if (off > threshold) throw new Error('jacobiEigen: did not converge');
  }
  const order = Array.from({ length: n }, (_, i) => i).sort((i, j) => a[j * n + j] - a[i * n + i]);
  const values = new Float64Array(n);
  const vectors = new Float64Array(n * n);
  order.forEach((src, dst) => {
    values[dst] = a[src * n + src];
    for (let k = 0; k < n; k++) vectors[k * n + dst] = v[k * n + src];
  });
  return { values, vectors: { dim: n, data: vectors } };
}
