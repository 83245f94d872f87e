import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { expectClose, loadDataset, numericColumn, reference } from '../../../tests/fixtures/r/reference';
import { nps, npsFromCounts } from './nps';

// ../shared/datasets beside the repository; the suite is skipped where that folder is absent.
const VECTORS = fileURLToPath(
  new URL('../../../../shared/datasets/nps/nps_test_vectors.json', import.meta.url),
);

interface NpsVectors {
  'vectors_jjscheng_nps-calculator': {
    cases: {
      scores?: number[];
      counts?: { detractors: number; neutrals: number; promoters: number };
      counts_list?: { detractors: number; neutrals: number; promoters: number }[];
      nps?: number;
      variance?: number;
      stddev?: number;
      stderr?: number;
    }[];
  };
  'vector_chattermill_parrot-api': {
    scores: number[];
    promoters: number;
    detractors: number;
    passives: number;
    pct_promoters: number;
    pct_detractors: number;
    pct_passives: number;
  };
}

describe.skipIf(!existsSync(VECTORS))('NPS vs published test vectors (../shared/datasets/nps)', () => {
  const data: NpsVectors = existsSync(VECTORS) ? JSON.parse(readFileSync(VECTORS, 'utf8')) : null;
  it('jjscheng/nps-calculator cases (NPS fraction × 100, variance and stderr of the fraction)', () => {
    for (const c of data['vectors_jjscheng_nps-calculator'].cases) {
      const counts = c.counts_list
        ? c.counts_list.reduce((s, x) => ({
            detractors: s.detractors + x.detractors,
            neutrals: s.neutrals + x.neutrals,
            promoters: s.promoters + x.promoters,
          }))
        : c.counts;
      if (!c.scores && !counts) throw new Error('vector without scores or counts');
      const r = c.scores
        ? nps(Float64Array.from(c.scores))
        : npsFromCounts({
            promoters: counts?.promoters ?? NaN,
            passives: counts?.neutrals ?? NaN,
            detractors: counts?.detractors ?? NaN,
          });
      if (c.nps !== undefined) expectClose(r.nps, 100 * c.nps, 1e-12, JSON.stringify(c));
      if (c.variance !== undefined) expectClose(r.variance, c.variance, 1e-12, 'variance');
      if (c.stderr !== undefined) expectClose(r.se / 100, c.stderr, 1e-12, 'stderr');
    }
  });
  it('chattermill/parrot-api (rounded to 2 dp there)', () => {
    const v = data['vector_chattermill_parrot-api'];
    const r = nps(Float64Array.from(v.scores));
    expect([r.promoters.count, r.passives.count, r.detractors.count]).toEqual([
      v.promoters,
      v.passives,
      v.detractors,
    ]);
    expect(Math.round(r.promoters.share * 100) / 100).toBe(v.pct_promoters);
    expect(Math.round(r.detractors.share * 100) / 100).toBe(v.pct_detractors);
    expect(r.nps).toBeCloseTo((-1 / 6) * 100, 12);
  });
});

describe('NPS README value (datasets/README.md)', () => {
  it('54 detractors, 108 passives, 162 promoters: Var 5/9, SE of the fraction 0.0414087', () => {
    const r = npsFromCounts({ detractors: 54, passives: 108, promoters: 162 });
    expectClose(r.variance, 5 / 9, 1e-15, 'variance');
    expect(Math.abs(r.se / 100 - 0.0414087)).toBeLessThan(5e-8);
    expect(r.nps).toBeCloseTo(100 / 3, 12);
    expectClose(r.margin95, 1.96 * r.se, 1e-15, 'margin');
  });
});

describe('NPS vs R (tests/fixtures/r, tolerance 1e-9)', () => {
  const rows = loadDataset();
  const rec = numericColumn(rows, 'rec');
  const w = numericColumn(rows, 'w');
  it('unweighted: counts, NPS, variance, SE, Wald margin, adjusted Wald', () => {
    const R = reference.nps.unweighted;
    const r = nps(rec);
    expect(r.n).toBe(R.n);
    expect([r.promoters.count, r.passives.count, r.detractors.count]).toEqual([
      R.promoters,
      R.passives,
      R.detractors,
    ]);
    expectClose(r.nps, R.nps, 1e-9, 'nps');
    expectClose(r.variance, R.variance, 1e-9, 'variance');
    expectClose(r.se, R.se, 1e-9, 'se');
    expectClose(r.margin95, R.margin95, 1e-9, 'margin');
    expectClose(r.adjustedWaldCi95[0], R.adjustedWald[0], 1e-9, 'adjusted lo');
    expectClose(r.adjustedWaldCi95[1], R.adjustedWald[1], 1e-9, 'adjusted hi');
  });
  it('weighted: NPS = svymean of the +1/0/−1 score; SE with Kish n_eff', () => {
    const R = reference.nps.weighted;
    const r = nps(rec, { weights: w });
    expectClose(r.weightedN, R.weightedN, 1e-9, 'Σw');
    expectClose(r.effectiveN, R.effectiveN, 1e-9, 'n_eff');
    expectClose(r.nps, R.nps, 1e-9, 'nps');
    expectClose(r.promoters.share, R.promoterShare, 1e-9, 'p');
    expectClose(r.detractors.share, R.detractorShare, 1e-9, 'd');
    expectClose(r.se, R.seKish, 1e-9, 'se');
  });
});

describe('NPS details', () => {
  it('classifies the boundaries 6/7 and 8/9', () => {
    const r = nps(new Float64Array([0, 6, 7, 8, 9, 10]));
    expect([r.detractors.count, r.passives.count, r.promoters.count]).toEqual([2, 2, 2]);
    expect(r.nps).toBe(0);
  });
  it('n = 0 gives NaN; n = 1 gives a zero-width Wald and a wide adjusted-Wald interval', () => {
    expect(nps(new Float64Array([NaN])).nps).toBeNaN();
    const one = nps(new Float64Array([10]));
    expect(one.nps).toBe(100);
    expect(one.se).toBe(0);
    expect(one.adjustedWaldCi95[0]).toBeLessThan(0);
    // n' = 4, p' = 1.75/4, d' = 0.75/4: 25 ± 1.96·√(0.5625/4)·100 = 25 ± 73.5
    expect(one.adjustedWaldCi95[0]).toBeCloseTo(-48.5, 10);
    expect(one.adjustedWaldCi95[1]).toBeCloseTo(98.5, 10);
  });
  it('rejects values that are not integers 0–10', () => {
    expect(() => nps(new Float64Array([7.5]))).toThrow(/^nps:/);
    expect(() => nps(new Float64Array([11]))).toThrow(/^nps:/);
    expect(() => npsFromCounts({ promoters: -1, passives: 0, detractors: 0 })).toThrow(/^npsFromCounts:/);
  });
  it('NPS and both intervals stay in [−100, 100]; shares sum to 1 (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 10 }), fc.double({ min: 0.05, max: 20, noNaN: true })), {
          minLength: 1,
          maxLength: 50,
        }),
        (rs) => {
          const values = Float64Array.from(rs, (r) => r[0]);
          for (const r of [nps(values), nps(values, { weights: Float64Array.from(rs, (x) => x[1]) })]) {
            for (const x of [r.nps, ...r.ci95, ...r.adjustedWaldCi95])
              expect(x >= -100 && x <= 100).toBe(true);
            expect(r.ci95[0] <= r.nps && r.nps <= r.ci95[1]).toBe(true);
            const s = r.promoters.share + r.passives.share + r.detractors.share;
            expect(Math.abs(s - 1)).toBeLessThan(1e-12);
            expect(r.variance >= -1e-15 && r.variance <= 1 + 1e-15).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
