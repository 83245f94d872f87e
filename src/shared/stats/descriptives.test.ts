import { describe as suite, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  codeColumn,
  expectClose,
  loadDataset,
  numericColumn,
  reference,
} from '../../../tests/fixtures/r/reference';
import { describe, weightedMedian } from './descriptives';

const rows = loadDataset();
const sat = numericColumn(rows, 'sat');
const satMissing = codeColumn(rows, 'sat_missing');
const w = numericColumn(rows, 'w');
const scale = { min: 1, max: 5 };

suite('describe vs R (tests/fixtures/r, tolerance 1e-9 relative)', () => {
  it('unweighted: mean, sd, se, t interval, median, counts, boxes, missing reasons', () => {
    const R = reference.describe.unweighted;
    const d = describe(sat, { scale, missing: satMissing });
    expect(d.n).toBe(R.n);
    expect(d.weightedN).toBe(R.n);
    expect(d.effectiveN).toBe(R.n);
    expectClose(d.mean, R.mean, 1e-9, 'mean');
    expectClose(d.sd, R.sd, 1e-9, 'sd');
    expectClose(d.se, R.se, 1e-9, 'se');
    expectClose(d.ci95[0], R.ci95[0], 1e-9, 'ci lo');
    expectClose(d.ci95[1], R.ci95[1], 1e-9, 'ci hi');
    expect(d.median).toBe(R.median);
    expect(d.distribution.map((p) => p.value)).toEqual([1, 2, 3, 4, 5]);
    expect(d.distribution.map((p) => p.count)).toEqual(R.counts);
    expectClose(d.top2Box, R.top2Box, 1e-9, 'top2');
    expectClose(d.bottomBox, R.bottomBox, 1e-9, 'bottom');
    expectClose(d.bottom2Box, R.bottom2Box, 1e-9, 'bottom2');
    expect(d.missing).toEqual(R.missing);
    expectClose(d.index0to100, (100 * (R.mean - 1)) / 4, 1e-9, 'index');
  });

  it('weighted: svymean mean and SE, svyvar SD, Kish n_eff, t(n_eff − 1) interval', () => {
    const R = reference.describe.weighted;
    const d = describe(sat, { scale, missing: satMissing, weights: w });
    expect(d.weighted).toBe(true);
    expect(d.n).toBe(R.n);
    expectClose(d.weightedN, R.weightedN, 1e-9, 'Σw');
    expectClose(d.effectiveN, R.effectiveN, 1e-9, 'n_eff');
    expectClose(d.mean, R.mean, 1e-9, 'mean');
    expectClose(d.se, R.se, 1e-9, 'se');
    expectClose(d.sd, R.sd, 1e-9, 'sd');
    expectClose(d.df, R.effectiveN - 1, 1e-9, 'df');
    expectClose(d.ci95[0], R.mean - R.qt975 * R.se, 1e-9, 'ci lo');
    expectClose(d.ci95[1], R.mean + R.qt975 * R.se, 1e-9, 'ci hi');
    d.distribution.forEach((p, k) =>
      expectClose(p.weightedCount, R.weightedCounts[k], 1e-9, `Σw at ${p.value}`),
    );
    expectClose(d.top2Box, R.top2Box, 1e-9, 'top2');
    // the SE is of the answering respondents, not R's na.rm domain estimate on all 120
    expect(Math.abs(d.se - R.seNaRmFullDesign)).toBeGreaterThan(1e-5);
  });
});

suite('describe edge cases', () => {
  it('n = 0: NaN statistics, zero counts, missing reasons still counted', () => {
    const d = describe(new Float64Array([NaN, NaN, NaN]), { scale, missing: new Uint8Array([0, 2, 3]) });
    expect(d.n).toBe(0);
    expect(d.mean).toBeNaN();
    expect(d.median).toBeNaN();
    expect(d.index0to100).toBeNaN();
    expect(d.top2Box).toBeNaN();
    expect(d.distribution.every((p) => p.count === 0)).toBe(true);
    expect(d.missing).toEqual({ noAnswer: 1, dontKnow: 1, notApplicable: 1 });
  });
  it('n = 1: mean and median are the value, spread is NaN', () => {
    const d = describe(new Float64Array([4]), { scale });
    expect(d.mean).toBe(4);
    expect(d.median).toBe(4);
    expect(d.sd).toBeNaN();
    expect(d.se).toBeNaN();
    expect(d.ci95[0]).toBeNaN();
    expect(d.index0to100).toBe(75);
    expect(d.top2Box).toBe(1);
  });
  it('a missing code wins over a value, unusable weights drop the respondent', () => {
    const d = describe(new Float64Array([5, 5, 1, 3]), {
      scale,
      missing: new Uint8Array([0, 2, 0, 0]),
      weights: new Float64Array([1, 1, NaN, 0]),
    });
    expect(d.n).toBe(1);
    expect(d.excludedByWeight).toBe(2);
    expect(d.missing.dontKnow).toBe(1);
  });
  it('rejects impossible input', () => {
    expect(() => describe(new Float64Array([6]), { scale })).toThrow(/^describe: value 6/);
    expect(() => describe(new Float64Array([1]), { scale: { min: 5, max: 1 } })).toThrow(/^describe:/);
    expect(() => describe(new Float64Array([1]), { scale, missing: new Uint8Array([9]) })).toThrow(
      /^describe:/,
    );
    expect(() => describe(new Float64Array([1, 2]), { scale, weights: new Float64Array([1]) })).toThrow(
      /^describe:/,
    );
    expect(() => describe(new Float64Array([Infinity]), { scale })).toThrow(/^describe:/);
  });
  it('weighted median by hand', () => {
    expect(weightedMedian(new Float64Array([1, 2, 3, 4]))).toBe(2.5);
    expect(weightedMedian(new Float64Array([4, 1, 3, 2]), new Float64Array([5, 1, 1, 1]))).toBe(4);
    expect(weightedMedian(new Float64Array([1, 2, 3]), new Float64Array([1, 1, 2]))).toBe(2.5);
    expect(weightedMedian(new Float64Array([1, 2, 3]), new Float64Array([3, 1, 1]))).toBe(1);
  });
});

const scaleArb = fc.constantFrom({ min: 1, max: 5 }, { min: 0, max: 10 }, { min: 1, max: 7 });
const sample = scaleArb.chain((sc) =>
  fc.record({
    sc: fc.constant(sc),
    rows: fc.array(
      fc.tuple(
        fc.oneof(fc.integer({ min: sc.min, max: sc.max }), fc.constant(NaN)),
        fc.double({ min: 0.1, max: 10, noNaN: true }),
      ),
      { maxLength: 60 },
    ),
  }),
);
const inRange = (x: number): boolean => Number.isNaN(x) || (x >= 0 && x <= 100);

suite('describe properties', () => {
  it('index in [0, 100], shares sum to 1, boxes nested, weights of 1 change nothing', () => {
    fc.assert(
      fc.property(sample, ({ sc, rows: rs }) => {
        const values = Float64Array.from(rs, (r) => r[0]);
        const weights = Float64Array.from(rs, (r) => r[1]);
        for (const d of [describe(values, { scale: sc }), describe(values, { scale: sc, weights })]) {
          if (d.n === 0) continue;
          expect(d.index0to100 >= 0 && d.index0to100 <= 100).toBe(true);
          expect(inRange(d.index0to100Ci95[0]) && inRange(d.index0to100Ci95[1])).toBe(true);
          expect(Math.abs(d.distribution.reduce((s, p) => s + p.share, 0) - 1)).toBeLessThan(1e-12);
          expect(d.bottomBox <= d.bottom2Box && d.top2Box <= 1).toBe(true);
          expect(d.mean >= d.ci95[0] || d.n < 2).toBe(true);
        }
        const d = describe(values, { scale: sc });
        const ones = describe(values, { scale: sc, weights: new Float64Array(values.length).fill(1) });
        if (d.n > 0) expect(Math.abs(ones.mean - d.mean)).toBeLessThan(1e-12);
        if (d.n > 1) {
          expect(Math.abs(ones.se - d.se)).toBeLessThan(1e-12);
          expect(Math.abs(ones.ci95[0] - d.ci95[0])).toBeLessThan(1e-9);
        }
      }),
      { numRuns: 300 },
    );
  });
});
