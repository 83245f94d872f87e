import { describe, expect, it } from 'vitest';
import { safeCell, safeRows } from './safe-cell';

describe('safeCell', () => {
  it('prefixes text a spreadsheet would run as a formula', () => {
    for (const t of ['=1+1', '+47 12', '-x', '@SUM(A1)', '\t=cmd', '\r=cmd'])
      expect(safeCell(t)).toBe(`'${t}`);
  });
  it('leaves other text, empty text and numbers alone', () => {
    expect(safeCell('Fjordbank')).toBe('Fjordbank');
    expect(safeCell('')).toBe('');
    expect(safeCell(-3)).toBe(-3);
    expect(safeRows([['=x', 5, 'ok']])).toEqual([["'=x", 5, 'ok']]);
  });
});
