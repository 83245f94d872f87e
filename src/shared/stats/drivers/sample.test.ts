import { describe, expect, it } from 'vitest';
import { completeRows, pairMoments, usableWeights, validateColumns, weightedMean } from './sample';

const f = (...v: number[]): Float64Array => Float64Array.from(v);
const NaN_ = Number.NaN;

describe('weightedMean', () => {
  it('skips missing values and unusable weights', () => {
    expect(weightedMean(f(1, 2, NaN_, 4))).toBeCloseTo(7 / 3, 15);
    expect(weightedMean(f(1, 2, 3, 4), f(1, 3, 0, NaN_))).toBeCloseTo(7 / 4, 15);
    expect(weightedMean(f(NaN_))).toBeNaN();
  });
});

describe('usableWeights', () => {
  it('zeroes NaN, infinite, zero and negative weights', () => {
    expect(Array.from(usableWeights(f(1, NaN_, Infinity, 0, -2, 0.5)) ?? [])).toEqual([1, 0, 0, 0, 0, 0.5]);
    expect(usableWeights(undefined)).toBeUndefined();
  });

  it('leaves weights that are all 1 out, which gives the unweighted numbers exactly', () => {
    expect(usableWeights(f(1, 1, 1))).toBeUndefined();
    const x = f(1, 4, 2, NaN_, 5, 3);
    const y = f(2, 3, 3, 1, NaN_, 1);
    expect(pairMoments(x, y, usableWeights(f(1, 1, 1, 1, 1, 1)))).toEqual(pairMoments(x, y));
    expect(weightedMean(x, f(1, 1, 1, 1, 1, 1))).toBe(weightedMean(x));
  });
});

describe('completeRows', () => {
  it('keeps rows present in every column with a usable weight', () => {
    expect(Array.from(completeRows([f(1, NaN_, 3, 4), f(1, 2, 3, 4)], f(1, 1, 0, 2)))).toEqual([0, 3]);
  });
});

describe('validateColumns', () => {
  it('names the column of unequal length or with an infinity', () => {
    expect(() => validateColumns('fn', [f(1, 2), f(1)], undefined, ['a', 'b'])).toThrow(
      'fn: b has 1 values, expected 2',
    );
    expect(() => validateColumns('fn', [f(1, -Infinity)])).toThrow('fn: column 1 row 2 is infinite');
    expect(() => validateColumns('fn', [f(1, 2)], f(1))).toThrow('fn: weights have 1 values, expected 2');
  });
});

describe('pairMoments', () => {
  it('gives exact zeros for a constant column', () => {
    const m = pairMoments(f(0.1, 0.1, 0.1, NaN_), f(1, 2, 3, 4));
    expect(m.n).toBe(3);
    expect(m.sxx).toBe(0);
    expect(m.sxy).toBe(0);
    expect(m.syy).toBeCloseTo(2, 14);
  });
});
