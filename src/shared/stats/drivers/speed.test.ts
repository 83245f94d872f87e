/**
 * The fast decompositions against straightforward references, and proof that they are the fast ones.
 */
import { describe, expect, it } from 'vitest';
import { createRng } from '../rng';
import { correlationMatrix } from './correlation';
import { deriveImportance } from './deriveImportance';
import { solveGaussian, type SquareMatrix } from './linalg';
import { owen } from './owen';
import { driverCorrelations } from './regression';
import { shapley } from './shapley';
import { syntheticDrivers } from './testData';

function correlations(n: number, p: number, seed: number): { rxx: SquareMatrix; rxy: Float64Array } {
  const { outcome, drivers } = syntheticDrivers(n, p, seed);
  return driverCorrelations(correlationMatrix([outcome, ...drivers], { missing: 'listwise' }).matrix, 0);
}

/** R² of the subset `mask` solved from scratch: R_SS β = r_Sy, R² = r_Syᵀβ. */
function naiveR2(rxx: SquareMatrix, rxy: Float64Array, mask: number): number {
  const p = rxx.dim;
  const idx: number[] = [];
  for (let j = 0; j < p; j++) if (mask & (1 << j)) idx.push(j);
  const s = idx.length;
  if (s === 0) return 0;
  const a = Float64Array.from({ length: s * s }, (_, t) => rxx.data[idx[Math.floor(t / s)] * p + idx[t % s]]);
  const b = Float64Array.from(idx, (j) => rxy[j]);
  const beta = solveGaussian(a, b, s);
  return beta.reduce((acc, v, i) => acc + v * b[i], 0);
}

const factorial = (n: number): number => (n <= 1 ? 1 : n * factorial(n - 1));

/** Shapley values by the textbook formula, every R² solved from scratch. */
function referenceShapley(rxx: SquareMatrix, rxy: Float64Array): number[] {
  const p = rxx.dim;
  const r2 = Array.from({ length: 2 ** p }, (_, mask) => naiveR2(rxx, rxy, mask));
  return Array.from({ length: p }, (_, j) => {
    let v = 0;
    for (let mask = 0; mask < 2 ** p; mask++) {
      if (mask & (1 << j)) continue;
      const s = [...mask.toString(2)].filter((c) => c === '1').length;
      v += ((factorial(s) * factorial(p - s - 1)) / factorial(p)) * (r2[mask | (1 << j)] - r2[mask]);
    }
    return v;
  });
}

/** Owen values by the textbook double sum (Owen 1977), every R² solved from scratch. */
function referenceOwen(rxx: SquareMatrix, rxy: Float64Array, groups: number[][]): number[] {
  const p = rxx.dim;
  const m = groups.length;
  const r2 = Array.from({ length: 2 ** p }, (_, mask) => naiveR2(rxx, rxy, mask));
  const bits = (ids: readonly number[]) => ids.reduce((acc, j) => acc | (1 << j), 0);
  const count = (x: number) => [...x.toString(2)].filter((c) => c === '1').length;
  const out = new Array<number>(p).fill(0);
  groups.forEach((own, k) => {
    const others = groups.filter((_, l) => l !== k);
    const b = own.length;
    for (let r = 0; r < 2 ** (m - 1); r++) {
      const q = bits(others.filter((_, l) => r & (1 << l)).flat());
      const wr = (factorial(count(r)) * factorial(m - count(r) - 1)) / factorial(m);
      own.forEach((i, ii) => {
        for (let t = 0; t < 2 ** b; t++) {
          if (t & (1 << ii)) continue;
          const tSet = bits(own.filter((_, jj) => t & (1 << jj)));
          const wt = (factorial(count(t)) * factorial(b - count(t) - 1)) / factorial(b);
          out[i] += wr * wt * (r2[q | tSet | (1 << i)] - r2[q | tSet]);
        }
      });
    }
  });
  return out;
}

const maxDiff = (a: ArrayLike<number>, b: ArrayLike<number>): number =>
  Array.from(a).reduce((m, v, i) => Math.max(m, Math.abs(v - b[i])), 0);

describe('fast decompositions equal the textbook formulas', () => {
  it('exact Shapley for p = 2 … 10 on random data, to 1e-10', () => {
    for (let p = 2; p <= 10; p++) {
      const { rxx, rxy } = correlations(150 + 10 * p, p, 100 + p);
      expect(maxDiff(shapley(rxx, rxy).values, referenceShapley(rxx, rxy))).toBeLessThanOrEqual(1e-10);
    }
  });

  it('Owen values for p = 2 … 10 in random stages, to 1e-10', () => {
    const rng = createRng(77);
    for (let p = 2; p <= 10; p++) {
      const { rxx, rxy } = correlations(150 + 10 * p, p, 200 + p);
      const m = 2 + Math.floor(rng() * Math.min(3, p - 1));
      const label = Array.from({ length: p }, (_, j) => (j < m ? j : Math.floor(rng() * m)));
      const groups = Array.from({ length: m }, (_, g) => label.flatMap((l, j) => (l === g ? [j] : [])));
      expect(maxDiff(owen(rxx, rxy, groups).values, referenceOwen(rxx, rxy, groups))).toBeLessThanOrEqual(
        1e-10,
      );
    }
  });
});

describe('the decompositions are the fast algorithms', () => {
  // Generous limits: from scratch these would take minutes (2^20 solves of up to 20 equations, or
  // 2^18 + 2^14 subsets re-swept from scratch, twice); by incremental sweeps they take a fraction of a second.
  it('exact Shapley over 2^20 subsets of 20 drivers (2,000 respondents, whole analysis) < 5 s', () => {
    const { outcome, drivers } = syntheticDrivers(2000, 20, 3);
    const t0 = performance.now();
    const r = deriveImportance({
      outcome,
      drivers: drivers.map((values, j) => ({ code: `TP${j + 1}`, values })),
      missing: 'listwise',
    });
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(r.shapleyMethod.method).toBe('shapley-exact');
    expect(Math.abs(r.drivers.reduce((s, d) => s + d.shapley, 0) - r.r2)).toBeLessThan(1e-10);
  });

  it('Owen values of 32 drivers in stages of 18 and 14 < 3 s', () => {
    const { rxx, rxy } = correlations(2000, 32, 5);
    const groups = [Array.from({ length: 18 }, (_, j) => j), Array.from({ length: 14 }, (_, j) => 18 + j)];
    const t0 = performance.now();
    const r = owen(rxx, rxy, groups);
    expect(performance.now() - t0).toBeLessThan(3000);
    expect(Math.abs(r.values.reduce((s, v) => s + v, 0) - r.r2)).toBeLessThan(1e-10);
  });
});
