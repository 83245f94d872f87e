import { describe, expect, it } from 'vitest';
import { readModel, readSmartPls, readTable } from '../../../../tests/fixtures/pls/fixtures';
import { compileModel, plsPathModel } from './index';

/**
 * The mobi data (250 mobile-phone customers, 24 items on 1–10) with the ECSI model, against
 * SmartPLS 2.0.M3 with the path weighting scheme, standardized data, initial weights 1 and stop
 * criterion 1e-7 (tests/fixtures/pls/smartpls-pathweighting/readMe.txt).
 */
describe('PLS path model of the mobi ECSI data against SmartPLS 2.0', () => {
  const spec = readModel('ecsi-model.json');
  const s = compileModel(spec);
  const mobi = readTable('mobi.csv');
  const columns = s.items.map((i) => mobi.columns.get(i) as Float64Array);
  const r = plsPathModel(columns, s, { scheme: 'path', missing: 'mean' });
  const names = s.blocks.map((b) => b.name);
  const weights = readSmartPls('outerWeights.txt');
  const paths = readSmartPls('pathCoefficients.txt');
  const totals = readSmartPls('totalEffects.txt');
  const cross = readSmartPls('crossLoadings.txt');

  it('converges within the stop criterion and the iteration cap', () => {
    expect(r.fit.converged).toBe(true);
    expect(r.fit.lastChange).toBeLessThan(1e-7);
    expect(r.fit.iterations).toBeLessThan(34);
    expect(r.data.n).toBe(250);
  });

  it('reproduces the outer weights to 1e-6', () => {
    s.items.forEach((item, k) => {
      expect(Math.abs(r.fit.weights[k] - weights(item, names[s.itemBlock[k]]))).toBeLessThan(1e-6);
    });
  });

  it('reproduces every path coefficient (and the zeros where there is no path) to 1e-6', () => {
    for (const [i, from] of names.entries())
      for (const [j, to] of names.entries())
        expect(Math.abs(r.fit.inner.b[i][j] - paths(from, to))).toBeLessThan(1e-6);
  });

  it('reproduces the total effects to 1e-6', () => {
    for (const [i, from] of names.entries())
      for (const [j, to] of names.entries())
        expect(Math.abs(r.fit.inner.total[i][j] - totals(from, to))).toBeLessThan(1e-6);
  });

  it('reproduces the cross-loadings to 1e-6', () => {
    s.items.forEach((item, k) =>
      names.forEach((c, j) => expect(Math.abs(r.crossLoadings[k][j] - cross(item, c))).toBeLessThan(1e-6)),
    );
  });
});
