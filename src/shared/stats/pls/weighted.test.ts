import { describe, expect, it } from 'vitest';
import { readModel, readTable } from '../../../../tests/fixtures/pls/fixtures';
import { indexDifference } from './compare';
import { compileModel, plsPathModel, type PlsResult } from './index';

/**
 * Weighted PLS-SEM (Becker & Ismail 2016) checked against two identities that hold by definition:
 * equal weights change nothing, and integer frequency weights are the same as repeating each
 * respondent that many times — on the mobi ECSI data.
 */
const s = compileModel(readModel('ecsi-model.json'));
const mobi = readTable('mobi.csv');
const columns = s.items.map((i) => mobi.columns.get(i) as Float64Array);
const n = columns[0].length;
const options = { scheme: 'path', missing: 'mean' } as const;

/** Every estimate the index rests on, as one flat list. */
function figures(r: PlsResult): number[] {
  const ip = r.fit.ipma!;
  return [
    ...r.fit.weights,
    ...s.items.map((_, k) => r.crossLoadings[k][s.itemBlock[k]]),
    ...r.fit.inner.b.flatMap((row) => [...row]),
    ...[...r.fit.inner.r2].filter((x) => !Number.isNaN(x)),
    ...r.fit.inner.total.flatMap((row) => [...row]),
    ...ip.rescaledWeights,
    ...ip.performance,
    ...ip.total.flatMap((row) => [...row]),
    ip.index,
  ];
}

function expectClose(a: number[], b: number[], tol: number): void {
  expect(a.length).toBe(b.length);
  let worst = 0;
  a.forEach((x, i) => (worst = Math.max(worst, Math.abs(x - b[i]))));
  expect(worst).toBeLessThan(tol);
}

describe('weighted PLS path model (Becker & Ismail 2016)', () => {
  const plain = plsPathModel(columns, s, options);

  it('unweighted is reported as such and weighted as weighted', () => {
    expect(plain.weighted).toBe(false);
    expect(plsPathModel(columns, s, options, new Float64Array(n).fill(1)).weighted).toBe(true);
  });

  it('gives the unweighted estimates when every weight is 2.5 (to 1e-12)', () => {
    const r = plsPathModel(columns, s, options, new Float64Array(n).fill(2.5));
    expectClose(figures(r), figures(plain), 1e-12);
    expect(r.fit.ipma!.index).toBeCloseTo(plain.fit.ipma!.index, 12);
  });

  it('with integer weights equals the model on the data with each row repeated w times (to 1e-9)', () => {
    // weights 1..4 in a fixed, uneven pattern
    const w = Float64Array.from({ length: n }, (_, i) => 1 + ((i * 7 + (i >> 3)) % 4));
    const rows: number[] = [];
    w.forEach((x, i) => {
      for (let c = 0; c < x; c++) rows.push(i);
    });
    const replicated = columns.map((c) => Float64Array.from(rows, (i) => c[i]));
    const a = plsPathModel(columns, s, options, w);
    const b = plsPathModel(replicated, s, options);
    expect(rows.length).toBeGreaterThan(n * 2);
    expectClose(figures(a), figures(b), 1e-9);
    // and it is not the unweighted model: the weights matter
    expect(Math.abs(a.fit.ipma!.index - plain.fit.ipma!.index)).toBeGreaterThan(1e-3);
  });

  it('replicates the unweighted data when only centred (integer weights, to 1e-9)', () => {
    const w = Float64Array.from({ length: n }, (_, i) => 1 + (i % 3));
    const rows: number[] = [];
    w.forEach((x, i) => {
      for (let c = 0; c < x; c++) rows.push(i);
    });
    const replicated = columns.map((c) => Float64Array.from(rows, (i) => c[i]));
    const o = { ...options, standardize: false };
    expectClose(figures(plsPathModel(columns, s, o, w)), figures(plsPathModel(replicated, s, o)), 1e-9);
  });

  it('fills a missing answer with the weighted mean of the item', () => {
    const holed = columns.map((c) => Float64Array.from(c));
    holed[0][0] = NaN;
    const w = Float64Array.from({ length: n }, (_, i) => (i % 2 ? 3 : 1));
    let sw = 0;
    let sx = 0;
    for (let i = 1; i < n; i++) {
      sw += w[i];
      sx += w[i] * columns[0][i];
    }
    const r = plsPathModel(holed, s, options, w);
    expect(r.data.cellsReplaced).toBe(1);
    // the filled cell moves the weighted mean of the item not at all
    expect(r.fit.moments.means[0]).toBeCloseTo(sx / sw, 12);
  });

  it('bootstraps respondents with their weights: equal weights give the unweighted intervals', () => {
    const boot = { ...options, bootstrap: { samples: 30, seed: 7 } };
    const a = plsPathModel(columns, s, boot);
    const b = plsPathModel(columns, s, boot, new Float64Array(n).fill(2.5));
    a.bootstrap!.summaries.forEach((x, q) => {
      const y = b.bootstrap!.summaries[q];
      expect(Math.abs(x.se - y.se)).toBeLessThan(1e-10);
      expect(Math.abs(x.lower - y.lower)).toBeLessThan(1e-10);
    });
  });

  it('weights the change of the index between two samples', () => {
    const half = (from: number) => columns.map((c) => c.slice(from, from + 125));
    const before = half(0);
    const after = half(125);
    const plainD = indexDifference(before, after, s, { scheme: 'path' }, { samples: 20, seed: 3 });
    const ones = {
      before: new Float64Array(125).fill(2),
      after: new Float64Array(125).fill(2),
    };
    const same = indexDifference(before, after, s, { scheme: 'path' }, { samples: 20, seed: 3 }, ones);
    expect(Math.abs(same.difference - plainD.difference)).toBeLessThan(1e-10);
    expect(Math.abs(same.se - plainD.se)).toBeLessThan(1e-10);
    const w = { before: Float64Array.from({ length: 125 }, (_, i) => 1 + (i % 4)), after: ones.after };
    const weighted = indexDifference(before, after, s, { scheme: 'path' }, { samples: 20, seed: 3 }, w);
    const direct = plsPathModel(before, s, options, w.before).fit.ipma!.index;
    expect(weighted.before).toBeCloseTo(direct, 10);
    expect(Math.abs(weighted.before - plainD.before)).toBeGreaterThan(1e-3);
  });
});
