import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Measure } from './breakdown';
import { breakdown } from './breakdown';
import { compareWaves } from './compare';
import { checkFilter, groupingFromCodes } from './grouping';
import { unitSummary } from './units';

type Yoy = {
  meanChange: number;
  t: number;
  df: number;
  p: number;
  top2Change: number;
  chisq: number;
  top2P: number;
  npsChange: number;
  npsZ: number;
  npsP: number;
};
const dir = new URL('../../../tests/fixtures/r/', import.meta.url);
const yoy = (JSON.parse(readFileSync(new URL('breakdown-reference.json', dir), 'utf8')) as { yoy: Yoy }).yoy;
const rows = readFileSync(new URL('breakdown-dataset.csv', dir), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((l) => l.split(','));
const num = (s: string) => (s === '' || s === 'NA' ? NaN : Number(s));
const pick = (unit: string, col: number) =>
  Float64Array.from(
    rows.filter((r) => r[0] === `"${unit}"`),
    (r) => num(r[col]!),
  );
const rating: Measure = {
  code: 'R',
  label: 'Rating',
  values: new Float64Array(0),
  scale: { min: 1, max: 5 },
  statistic: 'mean',
};

describe('compareWaves against R (tests/fixtures/r/breakdown-reference.R, yoy)', () => {
  it('mean and index change by Welch t', () => {
    const c = compareWaves(rating, 'mean', { values: pick('A', 1) }, { values: pick('B', 1) }, 5);
    expect(c.change).toBeCloseTo(yoy.meanChange, 12);
    expect(c.test?.test).toBe('Welch t');
    expect(c.test!.statistic).toBeCloseTo(yoy.t, 9);
    expect(c.test!.df).toBeCloseTo(yoy.df, 8);
    expect(c.test!.p).toBeCloseTo(yoy.p, 9);
    const i = compareWaves(rating, 'index', { values: pick('A', 1) }, { values: pick('B', 1) }, 5);
    expect(i.change).toBeCloseTo((100 * yoy.meanChange) / 4, 10);
    expect(i.test!.p).toBeCloseTo(yoy.p, 9);
  });

  it('top-2-box by the pooled z test (z² = R prop.test chi-square) and NPS by the z test', () => {
    const t = compareWaves(rating, 'top2', { values: pick('A', 1) }, { values: pick('B', 1) }, 5);
    expect(t.change).toBeCloseTo(yoy.top2Change, 12);
    expect(t.test!.statistic ** 2).toBeCloseTo(yoy.chisq, 9);
    expect(t.test!.p).toBeCloseTo(yoy.top2P, 9);
    const npsM: Measure = { ...rating, scale: { min: 0, max: 10 }, statistic: 'nps' };
    const n = compareWaves(npsM, 'nps', { values: pick('A', 2) }, { values: pick('B', 2) }, 5);
    expect(n.change).toBeCloseTo(yoy.npsChange, 10);
    expect(n.test?.test).toBe('NPS difference z');
    expect(n.test!.statistic).toBeCloseTo(yoy.npsZ, 9);
    expect(n.test!.p).toBeCloseTo(yoy.npsP, 9);
  });

  it('suppresses a wave under k and tests nothing', () => {
    const c = compareWaves(rating, 'mean', { values: pick('E', 1) }, { values: pick('B', 1) }, 5);
    expect(c.a).toMatchObject({ suppressed: true, reason: 'below-k' });
    expect(c.test).toBeNull();
    expect(c.change).toBeNull();
  });
});

describe('units and filters', () => {
  it('best unit and consistency use only shown units', () => {
    const values = Float64Array.from([5, 5, 5, 5, 5, 5, 4, 4, 4, 4, 4, 4, 2, 2, 2, 2, 2, 1, 1, 3]);
    const codes = [...Array(6).fill('A'), ...Array(6).fill('B'), ...Array(5).fill('C'), 'D', 'D', 'D'];
    const b = breakdown({ ...rating, values }, groupingFromCodes('U', 'Unit', codes), { k: 5 });
    const u = unitSummary(b);
    // D (3) is below k and C (5) is its complementary partner: A and B remain
    expect(u.best?.code).toBe('A');
    expect(u.consistency.units).toBe(2);
    expect(u.consistency.range).toBeCloseTo(25, 12);
    expect(u.consistency.sd).toBeCloseTo(25 / Math.SQRT2, 12);
  });

  it('refuses filters that select fewer than k, leave out fewer than k, or split hidden groups', () => {
    const counts = [20, 3, 12, 40]; // group 1 below k, group 2 its partner
    expect(checkFilter(counts, new Set([0]), 5).allowed).toBe(true);
    expect(checkFilter(counts, new Set([1]), 5).allowed).toBe(false);
    expect(checkFilter(counts, new Set([2]), 5).allowed).toBe(false); // 12 − … would reveal group 1
    expect(checkFilter(counts, new Set([1, 2]), 5).allowed).toBe(true);
    expect(checkFilter([20, 3, 52], new Set([0, 2]), 5).allowed).toBe(false);
  });
});
