import { describe, expect, it } from 'vitest';
import { meanEstimate } from './moments';

describe('meanEstimate', () => {
  it('by hand: 1, 2, 3, 4 → mean 2.5, sd √(5/3), t interval with 3 df', () => {
    const e = meanEstimate(new Float64Array([1, 2, 3, 4]));
    expect(e.mean).toBe(2.5);
    expect(e.sd).toBeCloseTo(Math.sqrt(5 / 3), 15);
    expect(e.se).toBeCloseTo(Math.sqrt(5 / 3) / 2, 15);
    // qt(0.975, 3) = 3.182446305284263 (R)
    expect(e.ci95[1]).toBeCloseTo(2.5 + (3.182446305284263 * Math.sqrt(5 / 3)) / 2, 12);
  });
  it('weighted by hand: weights 1, 3 on 0, 1 → mean 0.75, Kish n_eff 1.6', () => {
    const e = meanEstimate(new Float64Array([0, 1]), new Float64Array([1, 3]));
    expect(e.mean).toBe(0.75);
    expect(e.effectiveN).toBeCloseTo(1.6, 15);
    // SE² = n/(n−1)·Σw²(x−x̄)²/W² = 2·(0.5625 + 9·0.0625)/16
    expect(e.se).toBeCloseTo(Math.sqrt((2 * (0.5625 + 0.5625)) / 16), 15);
    expect(e.df).toBeCloseTo(0.6, 15);
  });
  it('n = 0 and n = 1', () => {
    expect(meanEstimate(new Float64Array()).mean).toBeNaN();
    expect(meanEstimate(new Float64Array()).effectiveN).toBe(0);
    const one = meanEstimate(new Float64Array([3]), new Float64Array([2]));
    expect(one.mean).toBe(3);
    expect(one.se).toBeNaN();
  });
  it('rejects non-finite values, unusable weights, length mismatch', () => {
    expect(() => meanEstimate(new Float64Array([NaN]))).toThrow(/^meanEstimate:/);
    expect(() => meanEstimate(new Float64Array([1]), new Float64Array([0]))).toThrow(/^meanEstimate:/);
    expect(() => meanEstimate(new Float64Array([1]), new Float64Array(2))).toThrow(/^meanEstimate:/);
  });
});
