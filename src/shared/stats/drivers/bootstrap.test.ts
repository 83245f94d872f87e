import { describe, expect, it } from 'vitest';
import { bootstrapImportance, quantileSorted } from './bootstrap';
import { deriveImportance } from './deriveImportance';
import { syntheticDrivers } from './testData';

const { outcome, drivers, weights } = syntheticDrivers(150, 4, 77);

describe('quantileSorted', () => {
  it('interpolates like R quantile(type = 7)', () => {
    const x = Float64Array.from({ length: 10 }, (_, i) => i + 1);
    // R: quantile(1:10, c(0.025, 0.5, 0.975)) = 1.225, 5.5, 9.775
    expect(quantileSorted(x, 0.025)).toBeCloseTo(1.225, 14);
    expect(quantileSorted(x, 0.5)).toBeCloseTo(5.5, 14);
    expect(quantileSorted(x, 0.975)).toBeCloseTo(9.775, 14);
    expect(() => quantileSorted(x, 1.5)).toThrow(/^quantileSorted: /);
  });
});

describe('bootstrapImportance', () => {
  const input = { outcome, drivers, missing: 'listwise' as const, resamples: 60, seed: 12345 };

  it('is reproducible for the same seed and differs for another', () => {
    const a = bootstrapImportance(input);
    const b = bootstrapImportance(input);
    const c = bootstrapImportance({ ...input, seed: 54321 });
    expect(b).toEqual(a);
    expect(c.drivers[0].shapley).not.toEqual(a.drivers[0].shapley);
    expect(a.used).toBe(60);
  });

  it('gives ordered intervals around the estimates, shares inside [0, 1]', () => {
    const res = bootstrapImportance({ ...input, weights, resamples: 200 });
    const point = deriveImportance({
      outcome,
      drivers: drivers.map((values, j) => ({ code: `d${j}`, values })),
      weights,
      missing: 'listwise',
    });
    res.drivers.forEach((ci, j) => {
      for (const k of ['beta', 'relativeWeight', 'relativeWeightShare', 'shapley', 'shapleyShare'] as const) {
        expect(ci[k].lower).toBeLessThanOrEqual(ci[k].upper);
      }
      // Betas are close to symmetric; a weight near 0 is bounded below, so its percentile interval
      // may lie above the estimate (a known property of percentile intervals, not checked here).
      expect(ci.beta.lower).toBeLessThanOrEqual(point.drivers[j].beta);
      expect(ci.beta.upper).toBeGreaterThanOrEqual(point.drivers[j].beta);
      expect(ci.shapleyShare.lower).toBeGreaterThanOrEqual(0);
      expect(ci.shapleyShare.upper).toBeLessThanOrEqual(1);
    });
    expect(res.r2.lower).toBeLessThan(point.r2);
    expect(res.r2.upper).toBeGreaterThan(point.r2);
  });

  it('a wider level gives wider intervals', () => {
    const narrow = bootstrapImportance({ ...input, level: 0.5 });
    const wide = bootstrapImportance({ ...input, level: 0.99 });
    expect(wide.drivers[1].beta.upper - wide.drivers[1].beta.lower).toBeGreaterThan(
      narrow.drivers[1].beta.upper - narrow.drivers[1].beta.lower,
    );
  });

  it('works with pairwise deletion and skips degenerate resamples', () => {
    const withGaps = drivers.map((d, j) =>
      Float64Array.from(d, (v, i) => ((i + j) % 9 === 0 ? Number.NaN : v)),
    );
    const res = bootstrapImportance({ ...input, drivers: withGaps, missing: 'pairwise', resamples: 30 });
    expect(res.used).toBe(30);
    // Five respondents, two drivers: many resamples repeat a respondent until a column is constant.
    const tiny = bootstrapImportance({
      outcome: Float64Array.of(1, 2, 3, 4, 6),
      drivers: [Float64Array.of(2, 1, 4, 3, 5), Float64Array.of(1, 1, 2, 2, 4)],
      missing: 'listwise',
      resamples: 200,
      seed: 1,
    });
    expect(tiny.used).toBeLessThan(200);
    expect(tiny.used).toBeGreaterThan(0);
  });

  it('rejects bad options', () => {
    expect(() => bootstrapImportance({ ...input, resamples: 0 })).toThrow(/^bootstrapImportance: resamples/);
    expect(() => bootstrapImportance({ ...input, seed: 0.5 })).toThrow(/^bootstrapImportance: seed/);
    expect(() => bootstrapImportance({ ...input, level: 1 })).toThrow(/^bootstrapImportance: level/);
  });
});
