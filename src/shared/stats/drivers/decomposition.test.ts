import { describe, expect, it } from 'vitest';
import { correlationMatrix } from './correlation';
import { EXACT_SHAPLEY_MAX_DRIVERS, chooseMethod, decomposeR2 } from './decomposition';
import { deriveImportance } from './deriveImportance';
import { driverCorrelations } from './regression';
import { shapley } from './shapley';
import { syntheticDrivers } from './testData';

const stages = (sizes: readonly number[]): { label: string; indices: number[] }[] => {
  let start = 0;
  return sizes.map((size, s) => {
    const indices = Array.from({ length: size }, (_, i) => start + i);
    start += size;
    return { label: `Stage ${s + 1}`, indices };
  });
};

describe('chooseMethod', () => {
  it('is exact up to the limit, then Owen over feasible groups, else sampled', () => {
    expect(chooseMethod(EXACT_SHAPLEY_MAX_DRIVERS)).toBe('shapley-exact');
    expect(chooseMethod(EXACT_SHAPLEY_MAX_DRIVERS + 1)).toBe('shapley-sampled');
    expect(chooseMethod(32, { groups: stages([5, 6, 5, 6, 5, 5]) })).toBe('owen-stages');
    // One group is no structure; two halves of 16 are 2 × 2¹⁶ subsets each, quick by sweeps; two
    // halves of 22 are 2 × 2²² subsets each: too slow, so sampled.
    expect(chooseMethod(32, { groups: stages([32]) })).toBe('shapley-sampled');
    expect(chooseMethod(32, { groups: stages([16, 16]) })).toBe('owen-stages');
    expect(chooseMethod(44, { groups: stages([22, 22]) })).toBe('shapley-sampled');
  });
});

describe('decomposeR2', () => {
  const d = syntheticDrivers(400, 32, 9);
  const { rxx, rxy } = driverCorrelations(
    correlationMatrix([d.outcome, ...d.drivers], { missing: 'listwise' }).matrix,
    0,
  );
  const codes = Array.from({ length: 32 }, (_, j) => `q${j + 1}`);

  it('names Owen with its stages for 32 drivers in stages, and the values sum to R²', () => {
    const r = decomposeR2(rxx, rxy, codes, { groups: stages([5, 6, 5, 6, 5, 5]) });
    expect(r.method.method).toBe('owen-stages');
    if (r.method.method !== 'owen-stages') return;
    expect(r.method.groups[1]).toEqual({ label: 'Stage 2', codes: ['q6', 'q7', 'q8', 'q9', 'q10', 'q11'] });
    expect(Math.abs(r.values.reduce((s, v) => s + v, 0) - r.r2)).toBeLessThan(1e-12);
    expect(r.standardErrors).toBeUndefined();
  });

  it('names the sampled method with its parameters and gives standard errors without stages', () => {
    const r = decomposeR2(rxx, rxy, codes, { seed: 5, permutations: 300 });
    expect(r.method).toEqual({ method: 'shapley-sampled', permutations: 300, seed: 5 });
    expect(r.standardErrors).toHaveLength(32);
  });

  it('is exact Shapley below the limit', () => {
    const small = driverCorrelations(
      correlationMatrix([d.outcome, ...d.drivers.slice(0, 8)], { missing: 'listwise' }).matrix,
      0,
    );
    const r = decomposeR2(small.rxx, small.rxy, codes.slice(0, 8), { groups: stages([4, 4]) });
    expect(r.method).toEqual({ method: 'shapley-exact' });
    expect([...r.values]).toEqual([...shapley(small.rxx, small.rxy).values]);
  });
});

describe('deriveImportance with 32 drivers', () => {
  const d = syntheticDrivers(300, 32, 21);
  const drivers = d.drivers.map((values, j) => ({ code: `q${j + 1}`, values }));
  const groups = stages([5, 6, 5, 6, 5, 5]).map((g) => ({
    label: g.label,
    codes: g.indices.map((j) => `q${j + 1}`),
  }));

  it('gives betas, relative weights and Owen values by stage', () => {
    const r = deriveImportance({ outcome: d.outcome, drivers, missing: 'listwise', groups });
    expect(r.drivers).toHaveLength(32);
    expect(r.shapleyMethod.method).toBe('owen-stages');
    const total = (key: 'shapley' | 'relativeWeight') => r.drivers.reduce((s, x) => s + x[key], 0);
    expect(Math.abs(total('shapley') - r.r2)).toBeLessThan(1e-10);
    expect(Math.abs(total('relativeWeight') - r.r2)).toBeLessThan(1e-10);
    expect(r.drivers.every((x) => Number.isFinite(x.beta))).toBe(true);
  });

  it('samples with a standard error per driver without stages, seeded by the bootstrap seed', () => {
    const r = deriveImportance({
      outcome: d.outcome,
      drivers,
      missing: 'pairwise',
      bootstrap: { resamples: 5, seed: 77 },
    });
    expect(r.shapleyMethod).toEqual({ method: 'shapley-sampled', permutations: 2000, seed: 77 });
    expect(r.drivers.every((x) => x.shapleySe !== undefined && x.shapleySe > 0)).toBe(true);
    expect(r.bootstrap?.used).toBe(5);
    expect(r.drivers[0].ci?.shapley.lower).toBeLessThanOrEqual(r.drivers[0].ci!.shapley.upper);
  });

  it('rejects groups that name an unknown driver or miss one', () => {
    const bad = [{ label: 'A', codes: ['q1', 'nope'] }];
    expect(() => deriveImportance({ outcome: d.outcome, drivers, missing: 'listwise', groups: bad })).toThrow(
      /deriveImportance: a group names nope/,
    );
    const partial = [{ label: 'A', codes: ['q1'] }];
    expect(() =>
      deriveImportance({ outcome: d.outcome, drivers, missing: 'listwise', groups: partial }),
    ).toThrow(/deriveImportance: the groups must hold every driver exactly once/);
  });
});
