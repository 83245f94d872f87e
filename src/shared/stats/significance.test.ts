import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { expectClose, loadDataset, numericColumn, reference } from '../../../tests/fixtures/r/reference';
import { nps } from './nps';
import { benjaminiHochberg, npsDifferenceZ, twoProportionZ, welchT } from './significance';

const rows = loadDataset();
const group = rows.map((r) => r.group);
const sat = numericColumn(rows, 'sat');
const rec = numericColumn(rows, 'rec');
const w = numericColumn(rows, 'w');
const pick = (col: Float64Array, g: string): Float64Array => col.filter((_, i) => group[i] === g);

describe('Welch t vs R t.test (tolerance 1e-9)', () => {
  it.each(['sat', 'rec'] as const)('%s, A vs B from raw columns', (name) => {
    const R = reference.welch[name];
    const col = name === 'sat' ? sat : rec;
    const r = welchT(pick(col, 'A'), pick(col, 'B'));
    expect(r.test).toBe('Welch t');
    expectClose(r.statistic, R.statistic, 1e-9, 't');
    expectClose(r.df, R.df, 1e-9, 'df');
    expectClose(r.p, R.p, 1e-9, 'p');
    expectClose(r.diff, R.diff, 1e-9, 'diff');
    expectClose(r.ci95[0], R.ci95[0], 1e-9, 'ci lo');
    expectClose(r.ci95[1], R.ci95[1], 1e-9, 'ci hi');
    expect([r.nA, r.nB]).toEqual([R.nA, R.nB]);
  });
  it('from summaries gives the same as from raw values', () => {
    const R = reference.welch.sat;
    const stats = (x: Float64Array) => {
      const v = x.filter((y) => !Number.isNaN(y));
      const m = v.reduce((s, y) => s + y, 0) / v.length;
      return {
        mean: m,
        sd: Math.sqrt(v.reduce((s, y) => s + (y - m) ** 2, 0) / (v.length - 1)),
        n: v.length,
      };
    };
    const r = welchT(stats(pick(sat, 'A')), stats(pick(sat, 'B')));
    expectClose(r.statistic, R.statistic, 1e-9, 't');
    expectClose(r.p, R.p, 1e-9, 'p');
  });
  it('weighted: svymean/svyvar per group with Kish n_eff (formula evaluated in R)', () => {
    const R = reference.welch.satWeighted;
    const r = welchT(
      { values: pick(sat, 'A'), weights: pick(w, 'A') },
      { values: pick(sat, 'B'), weights: pick(w, 'B') },
    );
    expectClose(r.statistic, R.statistic, 1e-9, 't');
    expectClose(r.df, R.df, 1e-9, 'df');
    expectClose(r.p, R.p, 1e-9, 'p');
    expectClose(r.nA, R.nA, 1e-9, 'nA');
    expectClose(r.nB, R.nB, 1e-9, 'nB');
  });
  it('NaN result for a group with n < 2 or no variance; throws on a negative sd', () => {
    expect(welchT(new Float64Array([1]), new Float64Array([1, 2, 3])).p).toBeNaN();
    expect(welchT(new Float64Array([2, 2]), new Float64Array([3, 3])).statistic).toBeNaN();
    expect(() => welchT({ mean: 1, sd: -1, n: 5 }, { mean: 1, sd: 1, n: 5 })).toThrow(/^welchT:/);
  });
});

describe('two-proportion z vs R prop.test(correct = FALSE)', () => {
  it('z² is the chi-square; same p and interval', () => {
    const R = reference.twoProportion;
    const r = twoProportionZ({ successes: R.x[0], n: R.n[0] }, { successes: R.x[1], n: R.n[1] });
    expect(r.test).toBe('two-proportion z (pooled)');
    expectClose(r.statistic, R.z, 1e-9, 'z');
    expectClose(r.statistic ** 2, R.chisq, 1e-9, 'chi-square');
    expectClose(r.p, R.p, 1e-9, 'p');
    expectClose(r.ci95[0], R.ci95[0], 1e-9, 'ci lo');
    expectClose(r.ci95[1], R.ci95[1], 1e-9, 'ci hi');
  });
  it('accepts a proportion with an effective n; rejects impossible input', () => {
    const a = twoProportionZ({ proportion: 0.5, n: 100 }, { successes: 40, n: 100 });
    expect(a.diff).toBeCloseTo(0.1, 15);
    expect(twoProportionZ({ successes: 0, n: 5 }, { successes: 0, n: 5 }).p).toBeNaN();
    expect(() => twoProportionZ({ successes: 6, n: 5 }, { successes: 1, n: 5 })).toThrow(/^twoProportionZ:/);
    expect(() => twoProportionZ({ proportion: 1.2, n: 5 }, { successes: 1, n: 5 })).toThrow(
      /^twoProportionZ:/,
    );
    expect(() => twoProportionZ({ successes: 0, n: 0 }, { successes: 1, n: 5 })).toThrow(/^twoProportionZ:/);
  });
});

describe('NPS difference z (formula evaluated in R)', () => {
  it('A vs B', () => {
    const R = reference.npsDifference;
    const a = nps(pick(rec, 'A'));
    const b = nps(pick(rec, 'B'));
    expectClose(a.nps, R.A.nps, 1e-9, 'NPS A');
    expectClose(b.variance, R.B.variance, 1e-9, 'Var B');
    const r = npsDifferenceZ(a, b);
    expect(r.test).toBe('NPS difference z');
    expectClose(r.statistic, R.z, 1e-9, 'z');
    expectClose(r.p, R.p, 1e-9, 'p');
    expect([r.nA, r.nB]).toEqual([R.A.n, R.B.n]);
    const again = npsDifferenceZ(
      { nps: R.A.nps, variance: R.A.variance, n: R.A.n },
      { nps: R.B.nps, variance: R.B.variance, n: R.B.n },
    );
    expectClose(again.statistic, R.z, 1e-9, 'z from parts');
  });
  it('rejects impossible input', () => {
    expect(() =>
      npsDifferenceZ({ nps: 120, variance: 0.5, n: 10 }, { nps: 0, variance: 0.5, n: 10 }),
    ).toThrow(/^npsDifferenceZ:/);
    expect(() =>
      npsDifferenceZ({ nps: 10, variance: -0.5, n: 10 }, { nps: 0, variance: 0.5, n: 10 }),
    ).toThrow(/^npsDifferenceZ:/);
  });
});

describe('Benjamini–Hochberg vs R p.adjust(…, "BH")', () => {
  it('q-values, NA skipped, rejections at 0.05', () => {
    const R = reference.bh;
    const r = benjaminiHochberg(R.p.map((p) => p ?? NaN));
    expect(r.test).toBe('Benjamini–Hochberg');
    expect(r.m).toBe(R.p.filter((p) => p !== null).length);
    R.q.forEach((q, i) => expectClose(r.qValues[i], q, 1e-12, `q[${i}]`));
    R.rejectAt05.forEach((rej, i) => {
      if (rej !== null) expect(r.reject[i]).toBe(rej);
    });
  });
  it('q ≥ p, q ≤ 1, q monotone in p, rejections a prefix of the sorted p (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 60 }),
        fc.double({ min: 0.001, max: 0.5, noNaN: true }),
        (ps, alpha) => {
          const r = benjaminiHochberg(ps, alpha);
          const order = ps.map((_, i) => i).sort((a, b) => ps[a] - ps[b]);
          let prevQ = -Infinity;
          let accepted = false;
          for (const i of order) {
            const q = r.qValues[i];
            expect(q).toBeGreaterThanOrEqual(ps[i]);
            expect(q).toBeLessThanOrEqual(1);
            expect(q).toBeGreaterThanOrEqual(prevQ);
            prevQ = q;
            if (accepted) expect(r.reject[i]).toBe(false);
            if (!r.reject[i]) accepted = true;
          }
        },
      ),
      { numRuns: 300 },
    );
  });
  it('rejects p outside [0, 1] and a bad alpha', () => {
    expect(() => benjaminiHochberg([0.5, 1.5])).toThrow(/^benjaminiHochberg:/);
    expect(() => benjaminiHochberg([0.5], 0)).toThrow(/^benjaminiHochberg:/);
  });
});
