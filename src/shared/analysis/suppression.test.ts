import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { suppressCrossed, suppressOneWay } from './suppression';

describe('suppressOneWay', () => {
  it('hides groups under k and, when exactly one is hidden, the next-smallest too', () => {
    expect(suppressOneWay([20, 3, 12, 40], 5).groups).toEqual([null, 'below-k', 'complementary', null]);
    // two hidden groups whose total is still < k: add more until the hidden total reaches k
    expect(suppressOneWay([1, 2, 30, 8], 5).groups).toEqual(['below-k', 'below-k', null, 'complementary']);
    expect(suppressOneWay([10, 10, 10], 5)).toEqual({
      groups: [null, null, null],
      rules: [null, null, null],
      totalSuppressed: false,
    });
    expect(suppressOneWay([2, 2], 5).totalSuppressed).toBe(true);
  });

  it('does not count empty groups as protection', () => {
    expect(suppressOneWay([0, 3, 9, 50], 5).groups).toEqual(['below-k', 'below-k', 'complementary', null]);
  });

  it('never lets a hidden group be recovered as total − Σ shown (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat({ max: 40 }), { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 1, max: 10 }),
        (ns, k) => {
          const s = suppressOneWay(ns, k);
          const total = ns.reduce((a, b) => a + b, 0);
          const shown = ns.reduce((a, n, i) => a + (s.groups[i] === null ? n : 0), 0);
          ns.forEach((n, i) => {
            if (s.groups[i] === null) expect(n).toBeGreaterThanOrEqual(k);
            else if (!s.totalSuppressed && n > 0) {
              expect(n).not.toBe(total - shown);
              expect(total - shown).toBeGreaterThanOrEqual(k);
            }
          });
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('suppressCrossed', () => {
  it('protects every row and column against subtraction from its margin (property)', () => {
    const table = fc.integer({ min: 1, max: 5 }).chain((C) =>
      fc.array(fc.array(fc.nat({ max: 25 }), { minLength: C, maxLength: C }), {
        minLength: 1,
        maxLength: 5,
      }),
    );
    fc.assert(
      fc.property(table, fc.integer({ min: 2, max: 8 }), (cells, k) => {
        const s = suppressCrossed(cells, k);
        if (s.totalSuppressed) return;
        const check = (ns: number[], hidden: (string | null)[]) => {
          const h = ns.filter((n, i) => hidden[i] !== null && n > 0);
          if (h.length === 0) return;
          expect(h.length).toBeGreaterThanOrEqual(2);
          expect(h.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(k);
        };
        cells.forEach((row, r) => {
          row.forEach((n, c) => {
            if (s.cells[r]![c] === null) expect(n).toBeGreaterThanOrEqual(k);
          });
          if (s.rows[r] === null) check(row, s.cells[r]!);
        });
        cells[0]!.forEach((_, c) => {
          if (s.cols[c] === null)
            check(
              cells.map((row) => row[c]!),
              s.cells.map((row) => row[c]!),
            );
        });
        check(
          cells.map((row) => row.reduce((a, b) => a + b, 0)),
          s.rows,
        );
      }),
      { numRuns: 1000 },
    );
  });

  it('hides the partner cell in the row and the column of a small cell', () => {
    const s = suppressCrossed(
      [
        [3, 10, 10],
        [10, 10, 10],
        [10, 10, 10],
      ],
      5,
    );
    expect(s.cells[0]![0]).toBe('below-k');
    expect(s.cells[0]!.filter((x) => x !== null).length).toBeGreaterThanOrEqual(2);
    expect(s.cells.map((r) => r[0]).filter((x) => x !== null).length).toBeGreaterThanOrEqual(2);
  });
});
