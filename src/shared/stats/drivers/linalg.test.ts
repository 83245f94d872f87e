import { describe, expect, it } from 'vitest';
import { jacobiEigen, matrixFromRows, matrixToRows, solveGaussian, sweep } from './linalg';
import { createRng } from '../rng';

function randomSymmetric(n: number, seed: number): number[][] {
  const u = createRng(seed);
  const a = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) for (let j = i; j < n; j++) a[i][j] = a[j][i] = 2 * u() - 1;
  return a;
}

describe('sweep', () => {
  it('sweeping every pivot of a positive definite matrix gives its inverse', () => {
    const a = matrixFromRows([
      [4, 2, 0.6],
      [2, 3, 0.4],
      [0.6, 0.4, 2],
    ]);
    const inv = matrixFromRows(matrixToRows(a));
    for (let k = 0; k < 3; k++) sweep(inv, k);
    for (let i = 0; i < 3; i++) {
      for (let j = 0; j < 3; j++) {
        let s = 0;
        for (let k = 0; k < 3; k++) s += a.data[i * 3 + k] * inv.data[k * 3 + j];
        expect(s).toBeCloseTo(i === j ? 1 : 0, 12);
      }
    }
  });

  it('leaves the regression coefficient and residual variance in the outcome column', () => {
    // x, y with r = 0.6: sweeping x leaves β = 0.6 and 1 − r² = 0.64.
    const m = matrixFromRows([
      [1, 0.6],
      [0.6, 1],
    ]);
    sweep(m, 0);
    expect(m.data[1]).toBeCloseTo(0.6, 15);
    expect(m.data[3]).toBeCloseTo(0.64, 15);
  });

  it('rejects a zero pivot and an index out of range', () => {
    expect(() => sweep(matrixFromRows([[0]]), 0)).toThrow('sweep: pivot 0 is zero');
    expect(() => sweep(matrixFromRows([[1]]), 1)).toThrow(/^sweep: pivot 1 out of range/);
  });
});

describe('solveGaussian', () => {
  it('solves a system that needs pivoting', () => {
    const x = solveGaussian(Float64Array.of(0, 1, 1, 1), Float64Array.of(2, 3), 2);
    expect(Array.from(x)).toEqual([1, 2]);
  });

  it('rejects a singular matrix', () => {
    expect(() => solveGaussian(Float64Array.of(1, 2, 2, 4), Float64Array.of(1, 1), 2)).toThrow(
      /^solveGaussian: .*singular/,
    );
  });
});

describe('jacobiEigen', () => {
  it('finds the eigenvalues of a 2×2 matrix in descending order', () => {
    const { values } = jacobiEigen(
      matrixFromRows([
        [2, 1],
        [1, 2],
      ]),
    );
    expect(values[0]).toBeCloseTo(3, 14);
    expect(values[1]).toBeCloseTo(1, 14);
  });

  it('reconstructs random symmetric matrices with orthonormal eigenvectors', () => {
    for (const [n, seed] of [
      [1, 1],
      [5, 2],
      [12, 3],
      [20, 4],
    ] as const) {
      const rows = randomSymmetric(n, seed);
      const { values, vectors } = jacobiEigen(matrixFromRows(rows));
      const v = (i: number, k: number): number => vectors.data[i * n + k];
      for (let i = 0; i < n; i++) {
        for (let j = 0; j < n; j++) {
          let a = 0;
          let vtv = 0;
          for (let k = 0; k < n; k++) {
            a += v(i, k) * values[k] * v(j, k);
            vtv += v(k, i) * v(k, j);
          }
          expect(a).toBeCloseTo(rows[i][j], 11);
          expect(vtv).toBeCloseTo(i === j ? 1 : 0, 11);
        }
      }
      for (let k = 1; k < n; k++) expect(values[k]).toBeLessThanOrEqual(values[k - 1]);
    }
  });

  it('rejects a non-symmetric matrix', () => {
    expect(() =>
      jacobiEigen(
        matrixFromRows([
          [1, 2],
          [0, 1],
        ]),
      ),
    ).toThrow('jacobiEigen: matrix is not symmetric');
  });
});

describe('matrixFromRows', () => {
  it('rejects ragged rows', () => {
    expect(() => matrixFromRows([[1, 2], [3]])).toThrow(/^matrixFromRows: row 1/);
  });
});
