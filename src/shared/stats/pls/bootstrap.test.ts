import { describe, expect, it } from 'vitest';
import { readModel, readTable } from '../../../../tests/fixtures/pls/fixtures';
import { createRng, resampleIndices } from '../rng';
import { bootstrapPls, parameterValue, plsParameters, quantileSorted } from './bootstrap';
import { fitPls } from './fit';
import { compileModel, plsPathModel } from './index';
import { handleMissing } from './prepare';

const s = compileModel(readModel('ecsi-model.json'));
const mobi = readTable('mobi.csv');
const columns = s.items.map((i) => mobi.columns.get(i) as Float64Array);

describe('PLS bootstrap', () => {
  it('re-estimates the model on each seeded resample (two resamples, by hand)', () => {
    const fit = fitPls(columns, s, { scheme: 'path' });
    const boot = bootstrapPls(columns, s, { scheme: 'path' }, fit, { samples: 2, seed: 42 });
    const rng = createRng(42);
    const byHand = [0, 1].map(() => {
      const idx = resampleIndices(rng, 250);
      return fitPls(
        columns.map((c) => Float64Array.from(idx, (i) => c[i])),
        s,
        { scheme: 'path' },
      );
    });
    const params = plsParameters(s, fit);
    expect(boot.parameters).toEqual(params);
    // paths, total effects, weights, the index and the importances are all followed
    expect(new Set(params.map((p) => p.kind))).toEqual(
      new Set(['path', 'total', 'weight', 'index', 'importance']),
    );
    params.forEach((p, q) => {
      const [a, b] = byHand.map((f) => parameterValue(p, f));
      expect(boot.summaries[q].mean).toBeCloseTo((a + b) / 2, 12);
      expect(boot.summaries[q].se).toBeCloseTo(Math.abs(a - b) / Math.SQRT2, 12);
      expect(boot.summaries[q].lower).toBeCloseTo(Math.min(a, b) + 0.025 * Math.abs(a - b), 12);
      expect(boot.summaries[q].t).toBeCloseTo(parameterValue(p, fit) / boot.summaries[q].se, 10);
    });
  });

  it('gives the same figures for the same seed and others for another', () => {
    const run = (seed: number) =>
      plsPathModel(columns, s, { scheme: 'path', missing: 'mean', bootstrap: { samples: 50, seed } })
        .bootstrap;
    expect(run(5)).toEqual(run(5));
    expect(run(5)?.summaries[0].se).not.toBe(run(6)?.summaries[0].se);
  });

  it('refuses a bad number of samples or level', () => {
    const fit = fitPls(columns, s, { scheme: 'path' });
    expect(() => bootstrapPls(columns, s, { scheme: 'path' }, fit, { samples: 0, seed: 1 })).toThrow(
      /samples/,
    );
    expect(() =>
      bootstrapPls(columns, s, { scheme: 'path' }, fit, { samples: 5, seed: 1, level: 1 }),
    ).toThrow(/level/);
  });

  it('takes percentiles as R quantile type 7', () => {
    // R: quantile(c(1, 2, 4, 8), c(0.025, 0.5, 0.975)) = 1.075, 3, 7.7
    const v = Float64Array.from([1, 2, 4, 8]);
    expect(quantileSorted(v, 0.025)).toBeCloseTo(1.075, 12);
    expect(quantileSorted(v, 0.5)).toBeCloseTo(3, 12);
    expect(quantileSorted(v, 0.975)).toBeCloseTo(7.7, 12);
  });
});

describe('PLS missing values', () => {
  const a = Float64Array.from([1, 2, -99, 4, NaN]);
  const b = Float64Array.from([5, -99, 7, 8, 9]);

  it('replaces the missing code and NaN by the item mean', () => {
    const r = handleMissing([a, b], ['a', 'b'], { missing: 'mean', missingCode: -99 });
    expect(Array.from(r.columns[0])).toEqual([1, 2, 7 / 3, 4, 7 / 3]);
    expect(Array.from(r.columns[1])).toEqual([5, 29 / 4, 7, 8, 9]);
    expect(r).toMatchObject({ n: 5, rowsDropped: 0, cellsReplaced: 3, missingPerItem: [2, 1] });
  });

  it('drops the rows with any missing item casewise', () => {
    const r = handleMissing([a, b], ['a', 'b'], { missing: 'casewise', missingCode: -99 });
    expect(Array.from(r.columns[0])).toEqual([1, 4]);
    expect(Array.from(r.columns[1])).toEqual([5, 8]);
    expect(r).toMatchObject({ n: 2, rowsDropped: 3, cellsReplaced: 0 });
  });

  it('takes −99 as an answer without the code, and refuses an item with no answers', () => {
    expect(handleMissing([a], ['a'], { missing: 'casewise' }).n).toBe(4);
    expect(() => handleMissing([Float64Array.from([NaN, NaN])], ['x'], { missing: 'mean' })).toThrow(
      'item x has no answers',
    );
  });

  it('names an item without variance', () => {
    const flat = columns.map((c, k) => (k === 3 ? new Float64Array(250).fill(4) : c));
    expect(() => plsPathModel(flat, s, { scheme: 'path', missing: 'mean' })).toThrow(
      'item IMAG4 has no variance',
    );
  });
});
