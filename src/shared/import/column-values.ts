import type { ValueCounts } from './infer';
import { normalizeLabel } from './missing';
import type { RawTable, SourceColumn, TableLayout } from './table';

/**
 * Reading a table's columns below the header: the first rows for the preview, a column's values,
 * answers counted in one pass, and whether a group of columns holds one multiple-choice question.
 */

/** The first data rows below the header that hold anything, as text, one cell per layout column. */
export function firstRows(table: RawTable, layout: TableLayout, max = 5): string[][] {
  const out: string[][] = [];
  for (let r = layout.firstDataRow; r < table.rows.length && out.length < max; r++) {
    const row = table.rows[r]!;
    if (row.every((c) => c.trim() === '')) continue;
    out.push(layout.columns.map((c) => row[c.index] ?? ''));
  }
  return out;
}

/** Every value of a column below the header. */
export function columnValues(table: RawTable, layout: TableLayout, column: number): string[] {
  const out: string[] = [];
  for (let r = layout.firstDataRow; r < table.rows.length; r++) out.push(table.rows[r]![column] ?? '');
  return out;
}

/** A cell's text without surrounding white space (no call for the usual cell that has none). */
function trimmed(v: string): string {
  const a = v.charCodeAt(0);
  const b = v.charCodeAt(v.length - 1);
  return a <= 32 || a >= 0x80 || b <= 32 || b >= 0x80 ? v.trim() : v;
}

/**
 * The answers of some columns below the header as counts (each trimmed non-empty text, how often),
 * in one pass along the rows: a large file's columns are read where they lie, not copied out one by
 * one (what inferring 100 columns of 100,000 rows spent most of its time on).
 */
export function columnCounts(
  table: RawTable,
  layout: TableLayout,
  columns: readonly number[],
): Map<number, ValueCounts> {
  const nc = columns.length;
  // Whole numbers 0–999 written plainly (most cells of a survey export) are counted in an array,
  // the rest in a map; `order` keeps every distinct text as first seen.
  const small = new Int32Array(nc * 1000);
  const maps = columns.map(() => new Map<string, { n: number }>());
  const order = columns.map((): string[] => []);
  for (let r = layout.firstDataRow; r < table.rows.length; r++) {
    const row = table.rows[r]!;
    for (let j = 0; j < nc; j++) {
      const v = row[columns[j]!];
      if (v === undefined || v === '') continue;
      const t = trimmed(v);
      if (t === '') continue;
      const d = plainNumber(t);
      if (d >= 0) {
        if (small[j * 1000 + d]++ === 0) order[j]!.push(t);
        continue;
      }
      const m = maps[j]!;
      const hit = m.get(t);
      if (hit) hit.n++;
      else {
        m.set(t, { n: 1 });
        order[j]!.push(t);
      }
    }
  }
  const out = new Map<number, ValueCounts>();
  columns.forEach((c, j) => {
    const m = new Map<string, number>();
    for (const t of order[j]!) {
      const d = plainNumber(t);
      m.set(t, d >= 0 ? small[j * 1000 + d]! : maps[j]!.get(t)!.n);
    }
    out.set(c, m);
  });
  return out;
}

/** A text that is a whole number 0–999 in its one plain form ("7", "10"; not "07") as it, else -1. */
function plainNumber(t: string): number {
  const len = t.length;
  if (len > 3) return -1;
  let n = 0;
  for (let i = 0; i < len; i++) {
    const d = t.charCodeAt(i) - 48;
    if (d < 0 || d > 9 || (d === 0 && i === 0 && len > 1)) return -1;
    n = n * 10 + d;
  }
  return n;
}

/**
 * A spread multiple-choice group (SurveyMonkey): each column holds its own option's label when chosen
 * and nothing otherwise. Grids also spread over columns but hold different answers per cell.
 */
export function isSpreadMulti(table: RawTable, layout: TableLayout, cols: readonly SourceColumn[]): boolean {
  if (cols.length < 2) return false;
  return cols.every((c) => {
    const sub = normalizeLabel(c.subLabel ?? '');
    const distinct = new Set(
      columnValues(table, layout, c.index)
        .map((v) => v.trim())
        .filter((v) => v !== ''),
    );
    return distinct.size <= 1 && [...distinct].every((v) => normalizeLabel(v) === sub || distinct.size === 1);
  });
}

/** Option columns that each hold their own option's text, or "Selected", when chosen and nothing otherwise. */
export function isOptionTextGroup(
  table: RawTable,
  layout: TableLayout,
  cols: readonly SourceColumn[],
): boolean {
  return cols.every((c) => {
    const sub = normalizeLabel(c.subLabel ?? '');
    return columnValues(table, layout, c.index).every((v) => {
      const n = normalizeLabel(v);
      return n === '' || n === sub || n === 'selected' || n === 'checked';
    });
  });
}
