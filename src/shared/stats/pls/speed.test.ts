import { describe, expect, it } from 'vitest';
import { readModel, readTable } from '../../../../tests/fixtures/pls/fixtures';
import { compileModel, plsPathModel } from './index';

/**
 * Speed of the estimation itself (the targets: under 1 s for 250 × 24, under 5 s with 1,000
 * bootstrap samples), with generous bounds for a loaded test machine; the CLI adds its start and
 * the sandboxed file read (tests/bench, step `pls`).
 */
describe('PLS speed on the mobi data (250 respondents × 24 items)', () => {
  const s = compileModel(readModel('ecsi-model.json'));
  const mobi = readTable('mobi.csv');
  const columns = s.items.map((i) => mobi.columns.get(i) as Float64Array);

  it('estimates the model in well under a second', () => {
    const t0 = performance.now();
    plsPathModel(columns, s, { scheme: 'path', missing: 'mean' });
    expect(performance.now() - t0).toBeLessThan(1000);
  });

  it('bootstraps 1,000 samples in under five seconds', () => {
    const t0 = performance.now();
    const r = plsPathModel(columns, s, {
      scheme: 'path',
      missing: 'mean',
      bootstrap: { samples: 1000, seed: 1 },
    });
    const ms = performance.now() - t0;
    expect(r.bootstrap?.failed).toBe(0);
    expect(ms).toBeLessThan(5000);
  });
});
