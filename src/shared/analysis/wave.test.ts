import { describe, expect, it } from 'vitest';
import { cleanValues } from './wave';

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
