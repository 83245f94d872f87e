import type { ToolInput } from './types';

/** Row i of the header, trimmed and lowercased. */
export const headerRow = (input: ToolInput, i: number): string[] =>
  (input.rows[i] ?? []).map((c) => c.trim().toLowerCase());

export const hasAll = (row: readonly string[], ...names: string[]): boolean =>
  names.every((n) => row.includes(n));

/** Share of a row's non-empty cells that match. */
export function share(row: readonly string[], test: (c: string) => boolean): number {
  const cells = row.filter((c) => c !== '');
  return cells.length === 0 ? 0 : cells.filter(test).length / cells.length;
}
