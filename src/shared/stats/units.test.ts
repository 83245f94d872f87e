import { describe, expect, it } from 'vitest';
import { toIndex0to100, toNpsPoints } from './units';

describe('branded units', () => {
  it('check their range, clamp rounding noise, pass NaN', () => {
    expect(toIndex0to100(50)).toBe(50);
    expect(toIndex0to100(100 + 1e-12)).toBe(100);
    expect(toIndex0to100(NaN)).toBeNaN();
    expect(() => toIndex0to100(101)).toThrow(/^toIndex0to100:/);
    expect(() => toIndex0to100(-0.5)).toThrow(/^toIndex0to100:/);
    expect(toNpsPoints(-100)).toBe(-100);
    expect(() => toNpsPoints(100.5)).toThrow(/^toNpsPoints:/);
  });
});
