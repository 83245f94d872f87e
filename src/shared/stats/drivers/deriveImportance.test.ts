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

  it('reads ratings held as points with the same results, and never their values', () => {
    // 0–10 ratings with gaps (255 in the points, NaN in the values), 40 drivers in 5 stages
    const rating = (x: Float64Array, j: number) =>
      Float64Array.from(x, (v, i) =>
        (i * 7 + j) % 13 === 0 ? NaN : Math.max(0, Math.min(10, Math.round(5 + 2 * v))),
      );
    const many = syntheticDrivers(400, 40, 7);
    const y = rating(many.outcome, 99);
    const xs = many.drivers.map(rating);
    const codes = xs.map((_, j) => `TP${j + 1}`);
    const groups = [0, 1, 2, 3, 4].map((g) => ({ label: `S${g}`, codes: codes.slice(g * 8, g * 8 + 8) }));
    const asPoints = (x: Float64Array) => Uint8Array.from(x, (v) => (Number.isNaN(v) ? 255 : v));
    const unread = (): Float64Array => {
      throw new Error('values read');
    };
    const fromValues = deriveImportance({
      outcome: y,
      drivers: xs.map((values, j) => ({ code: codes[j], values })),
      missing: 'pairwise',
      groups,
    });
    const fromPoints = deriveImportance({
      get outcome() {
        return unread();
      },
      drivers: codes.map((code) => ({
        code,
        get values() {
          return unread();
        },
      })),
      missing: 'pairwise',
      groups,
      points: { outcome: asPoints(y), drivers: xs.map(asPoints) },
    });
    expect(fromPoints).toEqual(fromValues);
    expect(fromPoints.shapleyMethod.method).toBe('owen-stages');
    // weighted, listwise or with a bootstrap, the values are read (and the points not needed)
    const weighted = (points?: { outcome: Uint8Array; drivers: Uint8Array[] }) =>
      deriveImportance({
        outcome: y,
        drivers: xs.slice(0, 6).map((values, j) => ({ code: codes[j], values })),
        weights: many.weights,
        missing: 'pairwise',
        ...(points ? { points } : {}),
      });
    const w = weighted({ outcome: asPoints(y), drivers: xs.slice(0, 6).map(asPoints) });
    expect(w.weighted).toBe(true);
    expect(w).toEqual(weighted());
    expect(() =>
      deriveImportance({
        get outcome() {
          return unread();
        },
        drivers: [{ code: 'a', values: y }],
        missing: 'listwise',
        points: { outcome: asPoints(y), drivers: [asPoints(y)] },
      }),
    ).toThrow(/values read/);
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
