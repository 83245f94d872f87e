import { describe, expect, it } from 'vitest';
import type { SegmentVariable } from './targets-form';
import { rowsOf, validateTargets } from './targets-form';

const AGE: SegmentVariable = {
  code: 'AGE',
  label: 'Age group',
  options: [
    { code: '1', label: '18–29' },
    { code: '2', label: '30–59' },
    { code: '3', label: '60+' },
  ],
};
const REGION: SegmentVariable = { code: 'REGION', label: 'Region', options: [{ code: 'N', label: 'North' }] };

describe('the weighting targets form', () => {
  it('turns percentages that add up to 100 into shares that sum to exactly 1', () => {
    const r = validateTargets([{ variable: 'AGE', shares: { '1': 33.3, '2': 33.3, '3': 33.3 } }], [AGE]);
    expect(r.errors).toEqual([]);
    const shares = Object.values(r.targets![0]!.shares);
    expect(shares.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 12);
    expect(rowsOf(r.targets!)[0]!.shares).toEqual({ '1': 33.3, '2': 33.3, '3': 33.3 });
  });

  it('names the variable when its shares do not add up, are missing or out of range', () => {
    const segs = [AGE, REGION];
    expect(
      validateTargets([{ variable: 'AGE', shares: { '1': 20, '2': 30, '3': 45 } }], segs).errors,
    ).toEqual([{ key: 'errorSum', variable: 'Age group', sum: '95' }]);
    expect(validateTargets([{ variable: 'AGE', shares: { '1': 20, '2': '' } }], segs).errors).toEqual([
      { key: 'errorEmpty', variable: 'Age group' },
    ]);
    expect(
      validateTargets([{ variable: 'AGE', shares: { '1': 120, '2': -10, '3': -10 } }], segs).errors,
    ).toEqual([{ key: 'errorRange', variable: 'Age group' }]);
    expect(
      validateTargets(
        [
          { variable: 'REGION', shares: { N: 100 } },
          { variable: 'REGION', shares: { N: 100 } },
          { variable: null, shares: {} },
        ],
        segs,
      ).errors,
    ).toEqual([{ key: 'errorTwice', variable: 'Region' }, { key: 'errorChoose' }]);
  });
});
