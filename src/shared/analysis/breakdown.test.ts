import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { MeanCell, Measure, NpsCell } from './breakdown';
import { breakdown, crossedBreakdown } from './breakdown';
import { isSuppressed } from './dashboard';
import { groupingFromCodes } from './grouping';

type Ref = {
  k: number;
  welch: { group: string; n: number; mean: number; t: number; df: number; p: number; q: number }[];
  nps: { group: string; n: number; nps: number; z: number; p: number; q: number }[];
};
const dir = new URL('../../../tests/fixtures/r/', import.meta.url);
const ref = JSON.parse(readFileSync(new URL('breakdown-reference.json', dir), 'utf8')) as Ref;
const rows = readFileSync(new URL('breakdown-dataset.csv', dir), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((l) => l.split(','));
const unit = groupingFromCodes(
  'UNIT',
  'Unit',
  rows.map((r) => r[0]!.replaceAll('"', '')),
);
const num = (s: string) => (s === '' || s === 'NA' ? NaN : Number(s));
const rating: Measure = {
  code: 'R',
  label: 'Rating',
  values: Float64Array.from(rows, (r) => num(r[1]!)),
  scale: { min: 1, max: 5 },
  statistic: 'mean',
};
const npsM: Measure = {
  code: 'NPS',
  label: 'NPS',
  values: Float64Array.from(rows, (r) => num(r[2]!)),
  scale: { min: 0, max: 10 },
  statistic: 'nps',
};

describe('breakdown against R (tests/fixtures/r/breakdown-reference.R)', () => {
  it('tests each shown group against the rest with Welch t and adjusts by Benjamini–Hochberg', () => {
    const b = breakdown(rating, unit, { k: ref.k });
    expect(b.groups.map((g) => g.code)).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(b.groups.map((g) => (isSuppressed(g.result) ? g.result.reason : null))).toEqual([
      null,
      null,
      null,
      'complementary',
      'below-k',
    ]);
    for (const r of ref.welch) {
      const g = b.groups.find((x) => x.code === r.group)!;
      const cell = g.result as MeanCell;
      expect(cell.n).toBe(r.n);
      expect(cell.mean).toBeCloseTo(r.mean, 12);
      expect(g.test!.test).toBe('Welch t');
      expect(g.test!.statistic).toBeCloseTo(r.t, 9);
      expect(g.test!.df).toBeCloseTo(r.df, 8);
      expect(g.test!.p).toBeCloseTo(r.p, 9);
      expect(g.test!.q).toBeCloseTo(r.q, 9);
    }
    expect(b.groups[3]!.test).toBeNull();
  });

  it('tests NPS per group with the z test and BH', () => {
    const b = breakdown(npsM, unit, { k: ref.k });
    for (const r of ref.nps) {
      const g = b.groups.find((x) => x.code === r.group)!;
      expect((g.result as NpsCell).nps).toBeCloseTo(r.nps, 10);
      expect(g.test!.test).toBe('NPS difference z');
      expect(g.test!.statistic).toBeCloseTo(r.z, 9);
      expect(g.test!.p).toBeCloseTo(r.p, 9);
      expect(g.test!.q).toBeCloseTo(r.q, 9);
    }
  });

  it('keeps respondents without a group as their own group so groups add up to the total', () => {
    const g = groupingFromCodes('X', 'X', ['a', 'a', null, 'b']);
    expect(g.groups.map((x) => x.code)).toEqual(['a', 'b', null]);
    expect(Array.from(g.index)).toEqual([0, 0, 2, 1]);
  });

  it('crosses two variables and suppresses cells along rows and columns', () => {
    const half = groupingFromCodes(
      'H',
      'Half',
      rows.map((_, i) => (i % 2 ? 'odd' : 'even')),
    );
    const c = crossedBreakdown(rating, unit, half, { k: 5 });
    expect(c.cells).toHaveLength(5);
    // E has 3 respondents: both its cells and at least one partner per column are hidden
    expect(c.cells[4]!.every((x) => isSuppressed(x.result))).toBe(true);
    for (let col = 0; col < 2; col++)
      expect(c.cells.filter((r) => isSuppressed(r[col]!.result)).length).toBeGreaterThanOrEqual(2);
    expect(isSuppressed(c.total)).toBe(false);
    const shown = c.cells.flat().filter((x) => !isSuppressed(x.result));
    for (const x of shown) expect((x.result as MeanCell).n).toBeGreaterThanOrEqual(5);
  });
});

describe('weighted groups are judged by their effective n', () => {
  it('a group of 6 whose weight sits on one respondent is hidden as effective-n, and no n is shown', () => {
    const codes = [...Array(20).fill('A'), ...Array(20).fill('B'), ...Array(6).fill('C')];
    const by = groupingFromCodes('G', 'Group', codes);
    const m: Measure = {
      code: 'R',
      label: 'Rating',
      values: Float64Array.from(codes, (_, i) => 1 + (i % 5)),
      scale: { min: 1, max: 5 },
      statistic: 'mean',
    };
    const weights = Float64Array.from(codes, (c, i) => (c === 'C' ? (i === 40 ? 20 : 0.1) : 1));
    const b = breakdown(m, by, { k: 5, weights });
    const c = b.groups.find((g) => g.code === 'C')!;
    expect(c.result).toEqual({ suppressed: true, k: 5, reason: 'effective-n' });
    expect(isSuppressed(b.groups.find((g) => g.code === 'A')!.result)).toBe(true); // complementary
    const unweighted = breakdown(m, by, { k: 5 });
    expect(isSuppressed(unweighted.groups.find((g) => g.code === 'C')!.result)).toBe(false);
  });
});
