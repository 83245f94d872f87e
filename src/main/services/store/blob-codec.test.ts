import { describe, expect, it } from 'vitest';
import { decodeColumnInto, decodeValuesInto, encodeValues, float64s } from './blob-codec';

describe('stored values', () => {
  it('decodes a column with its missing codes, a blank cell read as no answer', () => {
    for (const values of [
      Float64Array.from([1, NaN, 3, NaN, 254]),
      Float64Array.from([1.5, NaN, 3, NaN, 2]),
    ]) {
      const codes = Buffer.from([0, 255, 2, 1, 255]);
      const v = new Float64Array(7).fill(-1);
      const m = new Uint8Array(7).fill(9);
      decodeColumnInto(v, m, 1, encodeValues(values), codes, 5);
      expect([...v]).toEqual([-1, ...values, -1]);
      expect([...m]).toEqual([9, 0, 1, 2, 1, 1, 9]);
    }
    expect(() =>
      decodeColumnInto(new Float64Array(3), new Uint8Array(3), 0, Buffer.alloc(3), Buffer.alloc(2), 3),
    ).toThrow(/2 codes for 3 respondents/);
  });

  it('round-trips one-byte columns, NaN included, at an offset into a larger target', () => {
    const values = Float64Array.from([0, 1, NaN, 254, 5, NaN, NaN, 9]);
    const blob = encodeValues(values);
    expect(blob.length).toBe(values.length);
    const target = new Float64Array(12).fill(-7);
    decodeValuesInto(target, 3, blob, values.length);
    expect([...target]).toEqual([-7, -7, -7, 0, 1, NaN, 254, 5, NaN, NaN, 9, -7]);
  });

  it('keeps other numbers as 8 bytes each', () => {
    const values = Float64Array.from([1.5, -0, 255, NaN, 1e9]);
    const blob = encodeValues(values);
    expect(blob.length).toBe(8 * values.length);
    const back = float64s(blob, values.length);
    expect(Object.is(back[1], -0)).toBe(true);
    expect([...back]).toEqual([1.5, -0, 255, NaN, 1e9]);
  });

  it('refuses a column whose length fits neither form', () => {
    expect(() => float64s(Buffer.alloc(7), 5)).toThrow(/holds 7 bytes for 5 respondents/);
  });
});
