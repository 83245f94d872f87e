import { describe, expect, it } from 'vitest';
import { pointsColumn } from '../stats/points';
import { cleanPoints, cleanValues } from './wave';

describe('cleanValues', () => {
  it('hides a value stored with a missing code (don’t know kept as its code)', () => {
    const values = Float64Array.from([4, 9, NaN, 2]);
    const missing = Uint8Array.from([0, 2, 1, 0]);
    const out = cleanValues({ values, missing });
    expect([...out]).toEqual([4, NaN, NaN, 2]);
    expect([...values]).toEqual([4, 9, NaN, 2]);
  });

  it('returns a column whose missing codes hold no value as it is', () => {
    const values = Float64Array.from([4, NaN, NaN, 2]);
    const missing = Uint8Array.from([0, 1, 3, 0]);
    expect(cleanValues({ values, missing })).toBe(values);
  });
});

describe('cleanPoints', () => {
  it('is cleanValues of the points: a value with a missing code goes, in any block', () => {
    const n = 9000;
    const points = Uint8Array.from({ length: n }, (_, i) => (i % 5 === 0 ? 255 : i % 10));
    const missing = Uint8Array.from({ length: n }, (_, i) => (i === 8501 || i % 5 === 0 ? 2 : 0));
    const col = pointsColumn(points, missing);
    const out = cleanPoints(col)!;
    expect(out).not.toBe(points);
    expect(Array.from(out, (b) => (b === 255 ? NaN : b))).toEqual(Array.from(cleanValues(col)));
    expect(out[8501]).toBe(255);
    expect(points[8501]).toBe(1); // the column itself is left as it is
  });

  it('returns the points as they are when no missing code has a value; nothing without points', () => {
    const points = Uint8Array.of(3, 255, 4);
    expect(cleanPoints(pointsColumn(points, Uint8Array.of(0, 1, 0)))).toBe(points);
    expect(cleanPoints({ values: Float64Array.of(1), missing: Uint8Array.of(0) })).toBeUndefined();
  });
});
