import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { correlationMatrix } from './correlation';
import type { SquareMatrix } from './linalg';
import { driverCorrelations } from './regression';
import { sampledShapley } from './sampledShapley';
import { shapley } from './shapley';
import { syntheticDrivers } from './testData';

function correlations(p: number, seed: number): { rxx: SquareMatrix; rxy: Float64Array } {
  const d = syntheticDrivers(300, p, seed);
  const corr = correlationMatrix([d.outcome, ...d.drivers], { missing: 'listwise' });
  return driverCorrelations(corr.matrix, 0);
}

describe('sampledShapley', () => {
  it('lies within 3 standard errors of the exact Shapley values on 12 drivers', () => {
    const { rxx, rxy } = correlations(12, 42);
    const exact = shapley(rxx, rxy).values;
    const r = sampledShapley(rxx, rxy, { permutations: 2000, seed: 7 });
    for (let j = 0; j < 12; j++) {
      expect(r.standardErrors[j]).toBeGreaterThan(0);
      expect(Math.abs(r.values[j] - exact[j])).toBeLessThan(3 * r.standardErrors[j]);
    }
    // The errors shrink like 1/√N: four times the orders, about half the error.
    const more = sampledShapley(rxx, rxy, { permutations: 8000, seed: 7 });
    const ratio = more.standardErrors[0] / r.standardErrors[0];
    expect(ratio).toBeGreaterThan(0.4);
    expect(ratio).toBeLessThan(0.6);
  });

  it('is efficient for every sample: the estimates sum to R²', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1000 }),
        fc.integer({ min: 1, max: 14 }),
        fc.integer({ min: 0, max: 0xffffffff }),
        (dataSeed, p, seed) => {
          const { rxx, rxy } = correlations(p, dataSeed);
          const r = sampledShapley(rxx, rxy, { permutations: 20, seed });
          const total = r.values.reduce((s, v) => s + v, 0);
          expect(Math.abs(total - r.r2)).toBeLessThan(1e-12);
          expect(Math.abs(r.r2 - shapley(rxx, rxy).r2)).toBeLessThan(1e-12);
        },
      ),
      { numRuns: 30 },
    );
  });

  it('is reproducible from its seed and differs with another seed', () => {
    const { rxx, rxy } = correlations(30, 3);
    const a = sampledShapley(rxx, rxy, { permutations: 100, seed: 11 });
    const b = sampledShapley(rxx, rxy, { permutations: 100, seed: 11 });
    const c = sampledShapley(rxx, rxy, { permutations: 100, seed: 12 });
    expect([...a.values]).toEqual([...b.values]);
    expect([...a.values]).not.toEqual([...c.values]);
    expect(a).toMatchObject({ permutations: 100, seed: 11 });
  });

  it('rejects bad options', () => {
    const { rxx, rxy } = correlations(3, 1);
    expect(() => sampledShapley(rxx, rxy, { permutations: 1, seed: 1 })).toThrow(
      /sampledShapley: permutations/,
    );
    expect(() => sampledShapley(rxx, rxy, { permutations: 10, seed: -1 })).toThrow(/sampledShapley: seed/);
  });
});
