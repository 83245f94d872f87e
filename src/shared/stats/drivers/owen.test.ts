import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { correlationMatrix } from './correlation';
import { matrixFromRows, type SquareMatrix } from './linalg';
import { owen, owenWork } from './owen';
import { driverCorrelations } from './regression';
import { shapley } from './shapley';
import { syntheticDrivers } from './testData';

function correlations(p: number, seed: number): { rxx: SquareMatrix; rxy: Float64Array } {
  const d = syntheticDrivers(200, p, seed);
  const corr = correlationMatrix([d.outcome, ...d.drivers], { missing: 'listwise' });
  return driverCorrelations(corr.matrix, 0);
}

/** A partition of 0..p−1 from one group label per driver. */
function partition(labels: readonly number[]): number[][] {
  const groups = new Map<number, number[]>();
  labels.forEach((g, j) => groups.set(g, [...(groups.get(g) ?? []), j]));
  return [...groups.values()];
}

const sum = (x: Float64Array): number => x.reduce((s, v) => s + v, 0);

describe('owen', () => {
  it('matches the brute-force Owen values of R (all 72 union-respecting orders) to 1e-10', () => {
    const path = join(__dirname, '../../../../tests/fixtures/r/owen-r2.json');
    const ref = JSON.parse(readFileSync(path, 'utf8')) as {
      groups: number[][];
      rxx: number[][];
      rxy: number[];
      r2: number;
      shapley: number[];
      owen: number[];
    };
    const rxx = matrixFromRows(ref.rxx);
    const rxy = Float64Array.from(ref.rxy);
    const r = owen(rxx, rxy, ref.groups);
    ref.owen.forEach((v, j) => expect(Math.abs(r.values[j] - v)).toBeLessThan(1e-10));
    expect(Math.abs(r.r2 - ref.r2)).toBeLessThan(1e-10);
    // The fixture is a case where Owen and Shapley differ, so the match is not Shapley's by accident.
    const sh = shapley(rxx, rxy);
    ref.shapley.forEach((v, j) => expect(Math.abs(sh.values[j] - v)).toBeLessThan(1e-10));
    expect(Math.max(...ref.owen.map((v, j) => Math.abs(v - ref.shapley[j])))).toBeGreaterThan(1e-3);
  });

  it('is efficient: the values sum to R² for any partition', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1000 }),
        fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 2, maxLength: 8 }),
        (seed, labels) => {
          const { rxx, rxy } = correlations(labels.length, seed);
          const r = owen(rxx, rxy, partition(labels));
          expect(Math.abs(sum(r.values) - r.r2)).toBeLessThan(1e-12);
          expect(Math.abs(sum(r.shares) - 1)).toBeLessThan(1e-12);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('equals the Shapley values with one group or only singletons', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 1, max: 8 }), (seed, p) => {
        const { rxx, rxy } = correlations(p, seed);
        const sh = shapley(rxx, rxy).values;
        const one = owen(rxx, rxy, [Array.from({ length: p }, (_, j) => j)]).values;
        const singles = owen(
          rxx,
          rxy,
          Array.from({ length: p }, (_, j) => [j]),
        ).values;
        for (let j = 0; j < p; j++) {
          expect(Math.abs(one[j] - sh[j])).toBeLessThan(1e-12);
          expect(Math.abs(singles[j] - sh[j])).toBeLessThan(1e-12);
        }
      }),
      { numRuns: 30 },
    );
  });

  it('gives symmetric drivers in one group equal values', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 0.6, noNaN: true }),
        fc.double({ min: 0.05, max: 0.5, noNaN: true }),
        fc.double({ min: -0.3, max: 0.3, noNaN: true }),
        (rho, c, other) => {
          // Drivers 0 and 1 are interchangeable (same correlations with everything); 2 and 3 are not.
          const rows = [
            [1, rho, 0.2, 0.1],
            [rho, 1, 0.2, 0.1],
            [0.2, 0.2, 1, 0.3],
            [0.1, 0.1, 0.3, 1],
          ];
          const rxy = Float64Array.from([c, c, 0.3 + other, 0.2]);
          const r = owen(matrixFromRows(rows), rxy, [[0, 1, 3], [2]]);
          expect(Math.abs(r.values[0] - r.values[1])).toBeLessThan(1e-12);
        },
      ),
      { numRuns: 50 },
    );
  });

  it('is fast for 32 drivers in 6 stages', () => {
    const { rxx, rxy } = correlations(32, 5);
    const groups = [5, 6, 5, 6, 5, 5].reduce<number[][]>((acc, size) => {
      const start = acc.flat().length;
      return [...acc, Array.from({ length: size }, (_, i) => start + i)];
    }, []);
    expect(owenWork(32, groups)).toBeLessThan(1e8);
    const t = performance.now();
    const r = owen(rxx, rxy, groups);
    expect(performance.now() - t).toBeLessThan(2000);
    expect(Math.abs(sum(r.values) - r.r2)).toBeLessThan(1e-12);
  });

  it('rejects groups that do not partition the drivers', () => {
    const { rxx, rxy } = correlations(3, 1);
    expect(() => owen(rxx, rxy, [[0, 1]])).toThrow(/owen: driver 2 is in no group/);
    expect(() =>
      owen(rxx, rxy, [
        [0, 1],
        [1, 2],
      ]),
    ).toThrow(/owen: driver 1 is in two groups/);
    expect(() => owen(rxx, rxy, [[0, 1, 2], []])).toThrow(/owen: a driver group is empty/);
  });
});
