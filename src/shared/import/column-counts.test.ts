import { describe, expect, it } from 'vitest';
import { inferColumn } from './infer';
import { inferQuestion } from './infer/question';
import { columnCounts, columnValues } from './column-values';
import type { RawTable, TableLayout } from './table';

const layout = { firstDataRow: 1 } as TableLayout;

describe('columnCounts', () => {
  const table: RawTable = {
    sheet: 'Sheet1',
    rows: [
      ['id', 'Q1', 'COMMENT', 'CHANNEL'],
      ['1', '5', ' bra ', 'App'],
      ['2', ' 5', '', 'Butikk\u00a0'],
      ['3', '9', '\u00a0', 'App'],
      ['4', '', 'bra', 'Telefon'],
      ['5'],
      ['6', '3', 'treg levering', 'App'],
    ],
  };

  it('counts each trimmed non-empty text in the order first seen, short rows included', () => {
    const c = columnCounts(table, layout, [1, 2, 3]);
    expect([...c.get(1)!]).toEqual([
      ['5', 2],
      ['9', 1],
      ['3', 1],
    ]);
    expect([...c.get(2)!]).toEqual([
      ['bra', 2],
      ['treg levering', 1],
    ]);
    expect([...c.get(3)!]).toEqual([
      ['App', 3],
      ['Butikk', 1],
      ['Telefon', 1],
    ]);
    expect(c.has(0)).toBe(false);
  });

  it('infers the same question from the counts as from the values', () => {
    const c = columnCounts(table, layout, [1, 2, 3]);
    const opts = { decimal: '.' as const, language: 'nb' as const };
    for (const [col, header] of [
      [1, 'Hvor fornøyd er du med leveringen?'],
      [2, 'Kommentar'],
      [3, 'Kanal'],
    ] as const) {
      expect(inferQuestion(header, c.get(col)!, opts)).toEqual(
        inferQuestion(header, columnValues(table, layout, col), opts),
      );
      expect(inferColumn(c.get(col)!, opts)).toEqual(inferColumn(columnValues(table, layout, col), opts));
    }
  });
});

describe('columnCounts of numbers', () => {
  it('keeps "07" and "7" apart and the order first seen across numbers and texts', () => {
    const rows = [['Q'], ['7'], ['07'], ['x'], ['7'], ['999'], ['1000'], ['0'], ['00'], ['07'], ['x']];
    const c = columnCounts({ sheet: 'S', rows }, layout, [0]).get(0)!;
    expect([...c]).toEqual([
      ['7', 2],
      ['07', 2],
      ['x', 2],
      ['999', 1],
      ['1000', 1],
      ['0', 1],
      ['00', 1],
    ]);
  });
});
