import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { expectClose, loadDataset, numericColumn, reference } from '../../../tests/fixtures/r/reference';
import { compositeIndex } from './composite';

const rows = loadDataset();
const items = [
  { values: numericColumn(rows, 'q1'), scale: { min: 1, max: 5 } },
  { values: numericColumn(rows, 'q2'), scale: { min: 1, max: 5 } },
  { values: numericColumn(rows, 'q3'), scale: { min: 0, max: 10 } },
];
const w = numericColumn(rows, 'w');

describe('compositeIndex vs R (tolerance 1e-9)', () => {
  it.each([
    ['equal item weights, half rule', undefined, 0.5, reference.composite.equal],
    ['item weights 2:1:1, 75 % rule', [2, 1, 1], 0.75, reference.composite.weighted],
  ] as const)('%s', (_, weights, minAnsweredShare, R) => {
    const r = compositeIndex(items, { weights, minAnsweredShare });
    R.perRespondent.forEach((x, i) => expectClose(r.perRespondent[i], x, 1e-9, `respondent ${i}`));
    expect(r.overall.n).toBe(R.n);
    expect(r.tooFewAnswers).toBe(rows.length - R.n);
    expectClose(r.overall.mean, R.mean, 1e-9, 'mean');
    const rw = compositeIndex(items, { weights, minAnsweredShare, respondentWeights: w });
    expectClose(rw.overall.mean, R.weightedMean, 1e-9, 'weighted mean');
    expectClose(rw.overall.se, R.weightedSe, 1e-9, 'weighted se');
  });
});

describe('compositeIndex details', () => {
  it('by hand: one 1–5 item at 5 and one 0–10 item at 5 give 75; one answer of two passes the half rule', () => {
    const r = compositeIndex([
      { values: new Float64Array([5, 5, NaN]), scale: { min: 1, max: 5 } },
      {
        values: new Float64Array([5, NaN, NaN]),
        scale: { min: 0, max: 10 },
        missing: new Uint8Array([0, 0, 0]),
      },
    ]);
    expect(Array.from(r.perRespondent)).toEqual([75, 100, NaN]);
    expect(Array.from(r.answeredShare)).toEqual([1, 0.5, 0]);
    expect(r.tooFewAnswers).toBe(1);
  });
  it('a missing code makes an item unanswered', () => {
    const r = compositeIndex(
      [
        { values: new Float64Array([5]), scale: { min: 1, max: 5 }, missing: new Uint8Array([2]) },
        { values: new Float64Array([1]), scale: { min: 1, max: 5 } },
      ],
      { minAnsweredShare: 0.5 },
    );
    expect(r.perRespondent[0]).toBe(0);
  });
  it('rejects impossible input', () => {
    const it1 = { values: new Float64Array([1]), scale: { min: 1, max: 5 } };
    expect(() => compositeIndex([])).toThrow(/^compositeIndex:/);
    expect(() => compositeIndex([it1], { weights: [1, 2] })).toThrow(/^compositeIndex:/);
    expect(() => compositeIndex([it1], { weights: [0] })).toThrow(/^compositeIndex:/);
    expect(() => compositeIndex([it1], { minAnsweredShare: 0 })).toThrow(/^compositeIndex:/);
    expect(() => compositeIndex([{ values: new Float64Array([9]), scale: { min: 1, max: 5 } }])).toThrow(
      /^compositeIndex:/,
    );
    expect(() => compositeIndex([it1, { values: new Float64Array(2), scale: { min: 0, max: 1 } }])).toThrow(
      /^compositeIndex:/,
    );
  });
  it('an index at the top of the scale stays 100 through weighted rounding', () => {
    const r = compositeIndex(
      [
        { values: new Float64Array([NaN]), scale: { min: 1, max: 5 } },
        { values: new Float64Array([10]), scale: { min: 0, max: 10 } },
      ],
      { weights: [0.1, 2.6937499999999566] },
    );
    expect(r.perRespondent[0]).toBe(100);
  });
  it('every index is in [0, 100] (property)', () => {
    const scales = [
      { min: 1, max: 5 },
      { min: 0, max: 10 },
      { min: 1, max: 7 },
    ];
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            ...scales.map((s) =>
              fc.oneof(fc.double({ min: s.min, max: s.max, noNaN: true }), fc.constant(NaN)),
            ),
            fc.double({ min: 0.01, max: 5, noNaN: true }),
          ),
          { minLength: 1, maxLength: 40 },
        ),
        fc.array(fc.double({ min: 0.1, max: 3, noNaN: true }), { minLength: 3, maxLength: 3 }),
        (rs, iw) => {
          const its = scales.map((scale, j) => ({ values: Float64Array.from(rs, (r) => r[j]), scale }));
          const r = compositeIndex(its, {
            weights: iw,
            respondentWeights: Float64Array.from(rs, (x) => x[3]),
          });
          for (const x of r.perRespondent) if (!Number.isNaN(x)) expect(x >= 0 && x <= 100).toBe(true);
          if (r.overall.n > 0) expect(r.overall.mean >= 0 && r.overall.mean <= 100).toBe(true);
          for (const x of r.overall.ci95) if (!Number.isNaN(x)) expect(x >= 0 && x <= 100).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});
