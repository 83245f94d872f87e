import { describe, expect, it } from 'vitest';
import { decodeCodesInto, decodeColumnInto, decodeValuesInto, encodeValues, float64s } from './blob-codec';

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

  it('reads missing codes four at a time as one by one, at any offset and length', () => {
    // one by one: a blank cell (255) no answer, any other code itself
    const byOne = (c: number): number => (c === 255 ? 1 : c);
    let seed = 7;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (const m of [1, 3, 4, 5, 8, 1021, 4096 + 3]) {
      for (const at of [0, 1, 2, 4, 8]) {
        const codes = Buffer.from(Array.from({ length: m }, () => [0, 0, 0, 1, 2, 3, 255][next() % 7]!));
        const missing = new Uint8Array(at + m + 3).fill(9);
        decodeCodesInto(missing, at, codes, m);
        expect([...missing.subarray(at, at + m)]).toEqual([...codes].map(byOne));
        expect([...missing.subarray(0, at)].every((c) => c === 9)).toBe(true);
        expect([...missing.subarray(at + m)]).toEqual([9, 9, 9]);
      }
    }
  });

  it('reads a damaged block of codes as stored: a byte from 128 to 254 is no answer', () => {
    for (const odd of [128, 200, 254]) {
      const codes = Buffer.from([0, 255, odd, 0, 2, 255, 0, 0, 3]);
      const missing = new Uint8Array(9);
      decodeCodesInto(missing, 0, codes, 9);
      expect([...missing]).toEqual([0, 1, odd, 0, 2, 1, 0, 0, 3]);
    }
  });
});
