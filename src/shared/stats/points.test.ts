import { describe, expect, it } from 'vitest';
import { NO_POINT, pointsColumn, pointValues } from './points';

describe('points: a rating column in one byte per respondent', () => {
  it('reads every byte as itself and 255 as no value', () => {
    const all = Uint8Array.from({ length: 256 }, (_, b) => b);
    const v = pointValues(all);
    for (let b = 0; b < NO_POINT; b++) expect(v[b]).toBe(b);
    expect(v[NO_POINT]).toBeNaN();
    // across the decoder's blocks of 4,096
    const long = Uint8Array.from({ length: 10_001 }, (_, i) => (i % 7 === 0 ? NO_POINT : i % 11));
    expect(Array.from(pointValues(long))).toEqual(Array.from(long, (b) => (b === NO_POINT ? NaN : b)));
  });

  it('makes a column’s values when first read, once', () => {
    const points = Uint8Array.of(1, NO_POINT, 5);
    const col = pointsColumn(points, Uint8Array.of(0, 1, 0));
    const first = col.values;
    expect(Array.from(first)).toEqual([1, NaN, 5]);
    expect(col.values).toBe(first);
    expect(col.points).toBe(points);
  });
});
