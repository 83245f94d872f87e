import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { correlationMatrix } from './correlation';
import { matrixFromRows, type SquareMatrix } from './linalg';
import { driverCorrelations, standardizedRegression } from './regression';
import { relativeWeights } from './relativeWeights';
import { allSubsetsR2, shapley, shapleyFromSubsets, shapleyNaive } from './shapley';
import { syntheticDrivers } from './testData';

function correlations(n: number, p: number, seed: number): { rxx: SquareMatrix; rxy: Float64Array } {
  const { outcome, drivers } = syntheticDrivers(n, p, seed);
  return driverCorrelations(correlationMatrix([outcome, ...drivers], { missing: 'listwise' }).matrix, 0);
}

function permute(
  rxx: SquareMatrix,
  rxy: Float64Array,
  order: number[],
): { rxx: SquareMatrix; rxy: Float64Array } {
  const p = order.length;
  const data = new Float64Array(p * p);
  for (let i = 0; i < p; i++)
    for (let j = 0; j < p; j++) data[i * p + j] = rxx.data[order[i] * rxx.dim + order[j]];
  return { rxx: { dim: p, data }, rxy: Float64Array.from(order, (o) => rxy[o]) };
}

const sum = (a: Float64Array): number => a.reduce((s, v) => s + v, 0);

describe('allSubsetsR2', () => {
  it('gives every subset’s R² as the regression on that subset', () => {
    const { rxx, rxy } = correlations(80, 5, 4);
    const r2 = allSubsetsR2(rxx, rxy);
    expect(r2[0]).toBe(0);
    for (const mask of [1, 6, 13, 22, 31]) {
      const idx = [0, 1, 2, 3, 4].filter((j) => mask & (1 << j));
      const sub = permute(rxx, rxy, idx);
      expect(r2[mask]).toBeCloseTo(standardizedRegression(sub.rxx, sub.rxy).r2, 13);
    }
  });

  it('lets an exact duplicate driver add nothing (treated as aliased, like lm)', () => {
    const { rxx, rxy } = correlations(60, 2, 9);
    const r = rxx.data[1];
    const dup = matrixFromRows([
      [1, r, 1],
      [r, 1, r],
      [1, r, 1],
    ]);
    const res = shapley(dup, Float64Array.of(rxy[0], rxy[1], rxy[0]));
    // Game: v(A) = v(A') = v(AA') = a, v(B) = b, and c for every set with B and A or A'.
    const a = rxy[0] ** 2;
    const b = rxy[1] ** 2;
    const c = standardizedRegression(rxx, rxy).r2;
    expect(res.values[1]).toBeCloseTo((b + 2 * (c - a)) / 3, 13);
    expect(res.values[0]).toBeCloseTo(res.values[2], 14);
    expect(res.r2).toBeCloseTo(c, 13);
    expect(sum(res.values)).toBeCloseTo(c, 13);
  });

  it('refuses too many drivers and a matrix that is not positive semi-definite', () => {
    const big = { dim: 25, data: new Float64Array(625) };
    for (let i = 0; i < 25; i++) big.data[i * 26] = 1;
    expect(() => allSubsetsR2(big, new Float64Array(25))).toThrow('allSubsetsR2: 25 drivers, at most 24');
    const bad = matrixFromRows([
      [1, 0.9, -0.9],
      [0.9, 1, 0.9],
      [-0.9, 0.9, 1],
    ]);
    expect(() => shapley(bad, Float64Array.of(0.1, 0.1, 0.1))).toThrow(
      /^shapley: .*not positive semi-definite/,
    );
  });
});

describe('shapley', () => {
  it('with orthogonal drivers equals the squared correlations', () => {
    const res = shapley(
      matrixFromRows([
        [1, 0],
        [0, 1],
      ]),
      Float64Array.of(0.6, 0.2),
    );
    expect(res.values[0]).toBeCloseTo(0.36, 15);
    expect(res.values[1]).toBeCloseTo(0.04, 15);
    expect(res.shares[0]).toBeCloseTo(0.9, 14);
  });

  it('agrees with the naive all-subsets solver for p = 1 … 8', () => {
    for (let p = 1; p <= 8; p++) {
      const { rxx, rxy } = correlations(150, p, 100 + p);
      const fast = shapley(rxx, rxy);
      const naive = shapleyNaive(rxx, rxy);
      fast.values.forEach((v, j) => expect(v).toBeCloseTo(naive.values[j], 13));
      expect(fast.r2).toBeCloseTo(naive.r2, 13);
    }
  });

  it('shapleyFromSubsets checks the table size', () => {
    expect(() => shapleyFromSubsets(new Float64Array(7), 3)).toThrow(/^shapleyFromSubsets: expected 2\^p/);
  });
});

describe('invariants (property tests)', () => {
  const cases = fc.record({
    p: fc.integer({ min: 1, max: 7 }),
    n: fc.integer({ min: 20, max: 120 }),
    seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
  });

  it('Shapley values and relative weights sum to R², shares lie in [0, 1] and sum to 1', () => {
    fc.assert(
      fc.property(cases, ({ p, n, seed }) => {
        const { rxx, rxy } = correlations(n, p, seed);
        const { r2 } = standardizedRegression(rxx, rxy);
        const sh = shapley(rxx, rxy);
        const rw = relativeWeights(rxx, rxy);
        expect(sum(sh.values)).toBeCloseTo(r2, 12);
        expect(sum(rw.weights)).toBeCloseTo(r2, 12);
        for (const share of [...sh.shares, ...rw.shares]) {
          expect(share).toBeGreaterThanOrEqual(0);
          expect(share).toBeLessThanOrEqual(1);
        }
        expect(sum(sh.shares)).toBeCloseTo(1, 12);
        expect(sum(rw.shares)).toBeCloseTo(1, 12);
      }),
      { numRuns: 60 },
    );
  });

  it('permuting the drivers permutes the results', () => {
    fc.assert(
      fc.property(
        cases.chain((c) =>
          fc.tuple(fc.constant(c), fc.shuffledSubarray([...Array(c.p).keys()], { minLength: c.p })),
        ),
        ([{ p, n, seed }, order]) => {
          const { rxx, rxy } = correlations(n, p, seed);
          const perm = permute(rxx, rxy, order);
          const sh = shapley(rxx, rxy);
          const shP = shapley(perm.rxx, perm.rxy);
          const rw = relativeWeights(rxx, rxy);
          const rwP = relativeWeights(perm.rxx, perm.rxy);
          const beta = standardizedRegression(rxx, rxy).betas;
          const betaP = standardizedRegression(perm.rxx, perm.rxy).betas;
          order.forEach((o, i) => {
            expect(shP.values[i]).toBeCloseTo(sh.values[o], 12);
            expect(rwP.weights[i]).toBeCloseTo(rw.weights[o], 12);
            expect(betaP[i]).toBeCloseTo(beta[o], 10);
          });
        },
      ),
      { numRuns: 60 },
    );
  });
});
