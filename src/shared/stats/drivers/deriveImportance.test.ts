import { describe, expect, it } from 'vitest';
import { deriveImportance } from './deriveImportance';
import { syntheticDrivers } from './testData';

const { outcome, drivers, weights } = syntheticDrivers(120, 3, 31);
const named = drivers.map((values, j) => ({ code: ['price', 'staff', 'speed'][j], values }));

describe('deriveImportance', () => {
  it('returns every measure per driver, in input order, with the sample stated', () => {
    const res = deriveImportance({ outcome, drivers: named, missing: 'listwise' });
    expect(res.drivers.map((d) => d.code)).toEqual(['price', 'staff', 'speed']);
    expect(res.missingHandling).toEqual({ method: 'listwise', n: 120, excluded: 0 });
    expect(res.n).toBe(120);
    expect(res.weighted).toBe(false);
    const total = res.drivers.reduce((s, d) => s + d.shapley, 0);
    expect(total).toBeCloseTo(res.r2, 12);
    expect(res.drivers.reduce((s, d) => s + d.relativeWeightShare, 0)).toBeCloseTo(1, 12);
    expect(res.drivers[0].ci).toBeUndefined();
    expect(res.bootstrap).toBeUndefined();
  });

  it('weights change the result; unusable weights exclude respondents', () => {
    const plain = deriveImportance({ outcome, drivers: named, missing: 'listwise' });
    const weighted = deriveImportance({ outcome, drivers: named, weights, missing: 'listwise' });
    expect(weighted.weighted).toBe(true);
    expect(weighted.r2).not.toBeCloseTo(plain.r2, 6);
    const w = Float64Array.from(weights, (v, i) => (i < 10 ? [0, -1, Number.NaN][i % 3] : v));
    const res = deriveImportance({ outcome, drivers: named, weights: w, missing: 'listwise' });
    expect(res.missingHandling).toEqual({ method: 'listwise', n: 110, excluded: 10 });
  });

  it('listwise Spearman uses the listwise sample; pairwise reports min and max n', () => {
    const gappy = named.map((d, j) => ({
      ...d,
      values: Float64Array.from(d.values, (v, i) => (i % 10 === j ? Number.NaN : v)),
    }));
    const lw = deriveImportance({ outcome, drivers: gappy, missing: 'listwise' });
    const pw = deriveImportance({ outcome, drivers: gappy, missing: 'pairwise' });
    expect(lw.missingHandling).toEqual({ method: 'listwise', n: 84, excluded: 36 });
    expect(pw.missingHandling).toEqual({ method: 'pairwise', minN: 96, maxN: 120 });
    expect(pw.n).toBe(96);
    expect(lw.drivers[0].spearman).not.toBeCloseTo(pw.drivers[0].spearman, 8);
  });

  it('adds bootstrap intervals when asked', () => {
    const res = deriveImportance({
      outcome,
      drivers: named,
      missing: 'listwise',
      bootstrap: { resamples: 40, seed: 9 },
    });
    expect(res.bootstrap).toMatchObject({ resamples: 40, used: 40, seed: 9, level: 0.95 });
    expect(res.drivers[2].ci?.shapleyShare.lower).toBeLessThanOrEqual(res.drivers[2].shapleyShare);
  });

  it('names the problem', () => {
    expect(() => deriveImportance({ outcome, drivers: [], missing: 'listwise' })).toThrow(
      'deriveImportance: no drivers',
    );
    expect(() => deriveImportance({ outcome, drivers: [named[0], named[0]], missing: 'listwise' })).toThrow(
      'deriveImportance: duplicate driver code price',
    );
    expect(() =>
      deriveImportance({
        outcome,
        drivers: [...named, { code: 'copy', values: named[1].values }],
        missing: 'listwise',
      }),
    ).toThrow(
      'deriveImportance: drivers are collinear: copy, staff (copy is a linear combination of the others)',
    );
    expect(() =>
      deriveImportance({
        outcome,
        drivers: [{ code: 'flat', values: new Float64Array(120).fill(3) }],
        missing: 'listwise',
      }),
    ).toThrow('deriveImportance: flat has no variance');
    expect(() =>
      deriveImportance({
        outcome: outcome.subarray(0, 4),
        drivers: named.map((d) => ({ ...d, values: d.values.subarray(0, 4) })),
        missing: 'listwise',
      }),
    ).toThrow('deriveImportance: 4 respondents are too few for 3 drivers (need 5)');
    expect(() =>
      deriveImportance({ outcome: outcome.subarray(1), drivers: named, missing: 'listwise' }),
    ).toThrow(/^deriveImportance: price has 120 values, expected 119/);
  });
});
