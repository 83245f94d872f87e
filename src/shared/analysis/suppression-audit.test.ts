/**
 * Brute-force audit of the suppression rule on small random tables: no hidden cell can be worked
 * out from what is shown (shown cells, shown row / column totals and the whole), by any linear
 * combination — checked by Gaussian elimination, stronger than the row-by-row rule itself — and a
 * one-way table's complementary suppression hides the fewest respondents any safe choice could.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { suppressCrossed, suppressOneWay } from './suppression';

/** Rank of a small dense matrix (rows of coefficients), by elimination with partial pivoting. */
function rank(m: number[][]): number {
  const a = m.map((r) => [...r]);
  let rk = 0;
  const cols = a[0]?.length ?? 0;
  for (let c = 0; c < cols && rk < a.length; c++) {
    let p = rk;
    for (let r = rk; r < a.length; r++) if (Math.abs(a[r]![c]!) > Math.abs(a[p]![c]!)) p = r;
    if (Math.abs(a[p]![c]!) < 1e-9) continue;
    [a[rk], a[p]] = [a[p]!, a[rk]!];
    for (let r = 0; r < a.length; r++) {
      if (r === rk) continue;
      const f = a[r]![c]! / a[rk]![c]!;
      for (let j = c; j < cols; j++) a[r]![j]! -= f * a[rk]![j]!;
    }
    rk++;
  }
  return rk;
}

/**
 * The hidden cells whose value follows from the published sums: cell x is determined when its unit
 * vector lies in the span of the published equations over the hidden cells.
 */
function determinedCells(
  cells: number[][],
  hidden: boolean[][],
  rowShown: boolean[],
  colShown: boolean[],
  totalShown: boolean,
): [number, number][] {
  const R = cells.length;
  const C = cells[0]!.length;
  const vars: [number, number][] = [];
  for (let r = 0; r < R; r++) for (let c = 0; c < C; c++) if (hidden[r]![c]) vars.push([r, c]);
  if (!vars.length) return [];
  const eq: number[][] = [];
  const add = (inEq: (r: number, c: number) => boolean) =>
    eq.push(vars.map(([r, c]) => (inEq(r, c) ? 1 : 0)));
  for (let r = 0; r < R; r++) if (rowShown[r]) add((rr) => rr === r);
  for (let c = 0; c < C; c++) if (colShown[c]) add((_, cc) => cc === c);
  if (totalShown) add(() => true);
  const useful = eq.filter((e) => e.some((x) => x !== 0));
  const base = useful.length ? rank(useful) : 0;
  return vars.filter(([r, c], i) => {
    if (cells[r]![c] === 0) return false; // an empty cell reveals nobody
    const unit = vars.map((__, j) => (i === j ? 1 : 0));
    return rank([...useful, unit]) === base;
  });
}

/** The minimal Σn of extra groups to hide so that a one-way table is safe (Infinity when none is). */
function minimalExtra(ns: number[], k: number): number {
  const primary = ns.map((n) => n < k);
  const candidates = ns.flatMap((n, i) => (!primary[i] && n > 0 ? [i] : []));
  let best = Infinity;
  for (let mask = 0; mask < 1 << candidates.length; mask++) {
    const hidden = ns.map((_, i) => primary[i] || candidates.some((c, b) => c === i && mask & (1 << b)));
    const h = ns.filter((n, i) => hidden[i] && n > 0);
    const safe = h.length === 0 || (h.length >= 2 && h.reduce((a, b) => a + b, 0) >= k);
    if (!safe) continue;
    const extra = candidates.reduce((s, c, b) => s + (mask & (1 << b) ? ns[c]! : 0), 0);
    best = Math.min(best, extra);
  }
  return best;
}

describe('complementary suppression loses the least', () => {
  it('a 3-respondent branch hides the 47-respondent branch, never the big ones, in every row', () => {
    // 34 touchpoint rows over the same five branches; answers vary a little by row
    for (let row = 0; row < 34; row++) {
      const ns = [880 - row, 3, 47 - (row % 3), 1210 + row, 47];
      const s = suppressOneWay(ns, 5, { size: [900, 3, 47, 1250, 48] });
      expect(s.groups).toEqual([null, 'below-k', 'complementary', null, null]);
      expect(s.rules[2]).toBe('total');
    }
    // equally small in a row: the unit that is smaller over the whole wave goes, consistently
    expect(suppressOneWay([900, 3, 47, 1210, 47], 5, { size: [900, 3, 60, 1250, 48] }).groups).toEqual([
      null,
      'below-k',
      null,
      null,
      'complementary',
    ]);
  });

  it('hides a group of 19,922 only when it is the only one that can protect the small one', () => {
    expect(suppressOneWay([19_922, 3, 60], 5).groups).toEqual([null, 'below-k', 'complementary']);
    // two groups: the big one is the only partner (the total shows it anyway)
    expect(suppressOneWay([19_922, 3], 5).groups).toEqual(['complementary', 'below-k']);
  });

  it('an excluded unit of ≥ k needs no partner; a small excluded unit is protected like any other', () => {
    const ex = [false, true, false, false];
    expect(suppressOneWay([40, 30, 50, 60], 5, { excluded: ex }).groups).toEqual([
      null,
      'excluded',
      null,
      null,
    ]);
    expect(suppressOneWay([40, 3, 50, 60], 5, { excluded: ex }).groups).toEqual([
      'complementary',
      'excluded',
      null,
      null,
    ]);
  });

  it('one-way: the hidden respondents are the fewest any safe choice hides (brute force)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat({ max: 60 }), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 2, max: 10 }),
        (ns, k) => {
          const s = suppressOneWay(ns, k);
          if (ns.reduce((a, b) => a + b, 0) < k) return;
          const best = minimalExtra(ns, k);
          if (best === Infinity) {
            expect(s.totalSuppressed).toBe(true);
            return;
          }
          expect(s.totalSuppressed).toBe(false);
          const extra = ns.reduce((a, n, i) => a + (s.groups[i] === 'complementary' ? n : 0), 0);
          expect(extra).toBe(best);
          const total = ns.reduce((a, b) => a + b, 0);
          const determined = determinedCells(
            [ns],
            [s.groups.map((g) => g !== null)],
            [true],
            ns.map(() => false),
            true,
          );
          expect(determined).toEqual([]);
          expect(total).toBeGreaterThanOrEqual(k);
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('crossed: no hidden non-empty cell follows from the shown cells, totals and the whole (brute force)', () => {
    const table = fc.integer({ min: 2, max: 4 }).chain((C) =>
      fc.array(fc.array(fc.nat({ max: 30 }), { minLength: C, maxLength: C }), {
        minLength: 2,
        maxLength: 4,
      }),
    );
    fc.assert(
      fc.property(table, fc.integer({ min: 2, max: 8 }), (cells, k) => {
        const s = suppressCrossed(cells, k);
        if (s.totalSuppressed) return;
        const hidden = cells.map((row, r) => row.map((_, c) => s.cells[r]![c] !== null));
        const det = determinedCells(
          cells,
          hidden,
          s.rows.map((x) => x === null),
          s.cols.map((x) => x === null),
          true,
        );
        expect(det).toEqual([]);
        // a cell named for a rule carries that rule; a shown cell has none
        s.cells.forEach((row, r) =>
          row.forEach((h, c) => expect(s.cellRules[r]![c] !== null).toBe(h === 'complementary')),
        );
      }),
      { numRuns: 1500 },
    );
  });
});
