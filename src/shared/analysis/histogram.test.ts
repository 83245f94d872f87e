import fc from 'fast-check';
import { describe as suite, expect, it } from 'vitest';
import { describe } from '../stats/descriptives';
import { nps } from '../stats/nps';
import { NO_POINT } from '../stats/points';
import { columnInput, groupedHistogram, npsStats, ratingStats, sumSlices } from './histogram';

const column = (min: number, max: number) =>
  fc.array(
    fc.record({
      v: fc.option(fc.integer({ min, max }), { freq: 6 }),
      w: fc.double({ min: 0.2, max: 5, noNaN: true }),
      m: fc.constantFrom(0, 0, 0, 2),
    }),
    { minLength: 3, maxLength: 60 },
  );

suite('histogram statistics equal src/shared/stats (describe, nps)', () => {
  it('rating: mean, sd, se, ci, median, top-2-box, index, weighted and not (property)', () => {
    fc.assert(
      fc.property(column(1, 5), fc.boolean(), (rows, weighted) => {
        const values = Float64Array.from(rows, (r) => r.v ?? NaN);
        const missing = Uint8Array.from(rows, (r) => (r.v === null ? 1 : r.m));
        const weights = weighted ? Float64Array.from(rows, (r) => r.w) : undefined;
        const scale = { min: 1, max: 5 };
        const ref = describe(values, { scale, missing, weights });
        const h = groupedHistogram({ values, missing, weights, scale })!;
        const s = ratingStats(sumSlices(h), scale, weighted);
        expect(s.n).toBe(ref.n);
        if (ref.n === 0) return;
        for (const [a, b] of [
          [s.mean, ref.mean],
          [s.sd, ref.sd],
          [s.se, ref.se],
          [s.ci95[0], ref.ci95[0]],
          [s.median, ref.median],
          [s.top2Box, ref.top2Box],
          [s.index, ref.index0to100],
          [s.effectiveN, ref.effectiveN],
        ] as const) {
          if (Number.isNaN(b)) expect(a).toBeNaN();
          else expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(b)));
        }
      }),
      { numRuns: 400 },
    );
  });

  it('identical answers have their value as the mean and no spread, whatever the weights', () => {
    // Σw·x / Σw of these rounds to 5.000000000000001; with an effective n of 1.13 the t quantile is
    // about 10⁹, which made that rounding a confidence interval of ±2·10⁻⁶ around a constant.
    const values = Float64Array.of(NaN, 5, 5);
    const weights = Float64Array.of(0.2, 0.24203155675021137, 3.705272776032657);
    const scale = { min: 1, max: 5 };
    const h = groupedHistogram({ values, missing: Uint8Array.of(1, 0, 0), weights, scale })!;
    const s = ratingStats(sumSlices(h), scale, true);
    expect(s.mean).toBe(5);
    expect(s.sd).toBe(0);
    expect(s.ci95).toEqual([5, 5]);
    expect(s.index).toBe(100);
  });

  it('counts the same from points as from values, grouped or not, and never reads the values', () => {
    fc.assert(
      fc.property(column(0, 10), fc.integer({ min: 1, max: 4 }), (rows, groups) => {
        const values = Float64Array.from(rows, (r) => r.v ?? NaN);
        const points = Uint8Array.from(rows, (r) => r.v ?? NO_POINT);
        const missing = Uint8Array.from(rows, (r) => (r.v === null ? 1 : r.m));
        const groupIndex = Int32Array.from(rows, (_, i) => (i % (groups + 1)) - 1);
        const scale = { min: 0, max: 10 };
        const fromValues = groupedHistogram({ values, missing, scale, groupIndex, groups });
        const unread = {
          get values(): Float64Array {
            throw new Error('values read');
          },
          points,
          missing,
        };
        expect(groupedHistogram(columnInput(unread, { scale, groupIndex, groups }))).toEqual(fromValues);
      }),
      { numRuns: 200 },
    );
  });

  it('a weighted histogram reads the values, points or not', () => {
    const values = Float64Array.of(1, 2, 2, NaN);
    const col = { values, points: Uint8Array.of(1, 2, 2, NO_POINT) };
    const weights = Float64Array.of(1, 2, 0.5, 1);
    const scale = { min: 1, max: 5 };
    expect(groupedHistogram(columnInput(col, { weights, scale }))).toEqual(
      groupedHistogram({ values, weights, scale }),
    );
  });

  it('NPS: score, shares, variance and SE (property)', () => {
    fc.assert(
      fc.property(column(0, 10), fc.boolean(), (rows, weighted) => {
        const values = Float64Array.from(rows, (r) => r.v ?? NaN);
        const weights = weighted ? Float64Array.from(rows, (r) => r.w) : undefined;
        const ref = nps(values, { weights });
        const s = npsStats(sumSlices(groupedHistogram({ values, weights, scale: { min: 0, max: 10 } })!));
        expect(s.n).toBe(ref.n);
        if (ref.n === 0) return;
        expect(s.nps).toBeCloseTo(ref.nps, 9);
        expect(s.variance).toBeCloseTo(ref.variance, 12);
        if (ref.n > 1) expect(s.se).toBeCloseTo(ref.se, 9);
        expect(s.promoters).toBeCloseTo(ref.promoters.share, 12);
      }),
      { numRuns: 400 },
    );
  });

  it('refuses values outside the scale and reports non-integer values with null', () => {
    expect(() => groupedHistogram({ values: Float64Array.of(1, 7), scale: { min: 1, max: 5 } })).toThrow(
      /groupedHistogram: value 7/,
    );
    expect(groupedHistogram({ values: Float64Array.of(1, 2.5), scale: { min: 1, max: 5 } })).toBeNull();
  });

  it('refuses points off the scale or in no group, naming the row, as it does values', () => {
    const unread = (points: Uint8Array, missing?: Uint8Array) => ({
      get values(): Float64Array {
        throw new Error('values read');
      },
      points,
      missing,
    });
    const scale = { min: 1, max: 5 };
    expect(() => groupedHistogram(columnInput(unread(Uint8Array.of(1, NO_POINT, 7)), { scale }))).toThrow(
      'groupedHistogram: value 7 at row 2 is outside the scale 1–5',
    );
    expect(() => groupedHistogram(columnInput(unread(Uint8Array.of(0, 1)), { scale }))).toThrow(
      /value 0 at row 0/,
    );
    // a point off the scale with a missing code is not counted, so not refused
    const col = unread(Uint8Array.of(1, 7), Uint8Array.of(0, 2));
    expect(groupedHistogram(columnInput(col, { scale }))!.count[0]).toBe(1);
    const groupIndex = Int32Array.of(0, 2, -1);
    expect(() =>
      groupedHistogram(columnInput(unread(Uint8Array.of(1, 2, 3)), { scale, groupIndex, groups: 2 })),
    ).toThrow('groupedHistogram: group index 2 at row 1 is not below 2');
  });
});
