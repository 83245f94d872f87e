import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { expectClose, loadDataset, numericColumn, reference } from '../../../tests/fixtures/r/reference';
import { frequencies } from './frequencies';

const rows = loadDataset();
const w = numericColumn(rows, 'w');
const channel = rows.map((r) => r.channel);
const reasons = rows.map((r) =>
  r.reasons === null ? null : r.reasons === '' ? [] : r.reasons.split(';').map(Number),
);

describe('frequencies vs R (tolerance 1e-9)', () => {
  it('single choice, unweighted and weighted (xtabs shares)', () => {
    const R = reference.frequencies.single;
    const t = frequencies(channel, { categories: R.categories });
    expect(t.kind).toBe('single');
    expect(t.n).toBe(R.n);
    expect(t.missing.noAnswer).toBe(R.noAnswer);
    expect(t.rows.map((r) => r.category)).toEqual(R.categories);
    expect(t.rows.map((r) => r.count)).toEqual(R.counts);
    const tw = frequencies(channel, { categories: R.categories, weights: w });
    tw.rows.forEach((r, k) => expectClose(r.share, R.weightedShares[k], 1e-9, String(r.category)));
  });
  it('multiple choice: shares of respondents who answered (empty set = answered none)', () => {
    const R = reference.frequencies.multiple;
    const t = frequencies(reasons);
    expect(t.kind).toBe('multiple');
    expect(t.n).toBe(R.n);
    expect(t.rows.map((r) => r.category)).toEqual(R.categories);
    expect(t.rows.map((r) => r.count)).toEqual(R.counts);
    t.rows.forEach((r, k) => expectClose(r.share, R.shares[k], 1e-9, `share ${r.category}`));
    const tw = frequencies(reasons, { weights: w });
    tw.rows.forEach((r, k) => expectClose(r.share, R.weightedShares[k], 1e-9, `weighted ${r.category}`));
    expect(t.mentions).toBe(R.counts.reduce((a, b) => a + b, 0));
  });
});

describe('frequencies details', () => {
  it('orders numbers ascending then labels by first appearance; codes in a Float64Array', () => {
    expect(frequencies(['b', 2, 'a', 1, 'b']).rows.map((r) => r.category)).toEqual([1, 2, 'b', 'a']);
    const t = frequencies(new Float64Array([3, 1, NaN, 3]));
    expect(t.rows.map((r) => [r.category, r.count])).toEqual([
      [1, 1],
      [3, 2],
    ]);
    expect(t.missing.noAnswer).toBe(1);
  });
  it('listed categories appear with zero counts; missing codes and weights as in describe', () => {
    const t = frequencies(['x', 'y', 'x', 'y'], {
      categories: ['x', 'y', 'z'],
      missing: new Uint8Array([0, 2, 0, 3]),
      weights: new Float64Array([1, 1, 3, -1]),
    });
    expect(t.rows.map((r) => r.count)).toEqual([2, 0, 0]);
    expect(t.rows[0].share).toBe(1);
    expect(t.missing).toEqual({ noAnswer: 0, dontKnow: 1, notApplicable: 0 });
    expect(t.excludedByWeight).toBe(1);
    expect(t.weightedN).toBe(4);
    expect(t.effectiveN).toBeCloseTo(16 / 10, 12);
  });
  it('counts a duplicated choice once', () => {
    const t = frequencies([[1, 1, 2], [2], null]);
    expect(t.rows.map((r) => r.count)).toEqual([1, 2]);
    expect(t.n).toBe(2);
  });
  it('rejects impossible input', () => {
    expect(() => frequencies(['q'], { categories: ['a'] })).toThrow(/^frequencies:/);
    expect(() => frequencies(['a'], { weights: new Float64Array(2) })).toThrow(/^frequencies:/);
    // @ts-expect-error a plain code among sets is what the guard is for
    expect(() => frequencies([[1], 2])).toThrow(/^frequencies:/);
    expect(() => frequencies(['a'], { missing: new Uint8Array([7]) })).toThrow(/^frequencies:/);
  });
  it('single-choice shares sum to 1 (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.option(fc.constantFrom('a', 'b', 'c', 'd')),
            fc.double({ min: 0.01, max: 5, noNaN: true }),
          ),
          {
            minLength: 1,
            maxLength: 80,
          },
        ),
        (rs) => {
          const t = frequencies(
            rs.map((r) => r[0]),
            { weights: Float64Array.from(rs, (r) => r[1]) },
          );
          if (t.n === 0) return;
          expect(Math.abs(t.rows.reduce((s, r) => s + r.share, 0) - 1)).toBeLessThan(1e-12);
        },
      ),
      { numRuns: 200 },
    );
  });
});
