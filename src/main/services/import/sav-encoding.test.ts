import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSav } from './sav';

const DIR = resolve(__dirname, '../../../../tests/fixtures/import/spss');

describe('SPSS .sav in Windows-1252', () => {
  // windows1252.sav is written by GNU PSPP from windows1252.sps with SET LOCALE='windows-1252':
  // its strings are single bytes (ø = 0xF8), not UTF-8.
  it('reads æøå in variable labels, value labels and string values', async () => {
    const bytes = readFileSync(join(DIR, 'windows1252.sav'));
    expect(bytes.includes(Buffer.from('ø', 'utf8'))).toBe(false);
    expect(bytes.includes(Buffer.from([0xf8]))).toBe(true);
    const f = await readSav('windows1252.sav', new Uint8Array(bytes));
    expect(f.encoding).toBe('windows-1252');
    const rows = f.table.rows;
    expect(rows[0]).toEqual(['id', 'bosted', 'tilfreds', 'kommentar']);
    expect(rows[1]).toEqual([
      'id',
      'Hvilken by bor du i?',
      'Hvor tilfreds er du med færgen?',
      'Øvrige kommentarer',
    ]);
    expect(rows.slice(2).map((r) => r[1])).toEqual(['Århus', 'Tromsø', 'Ærøskøbing', 'Tromsø']);
    expect(rows[4]![3]).toBe('Søvnig personale på færgen');
    expect(rows[5]![3]).toBe('Blåbær');
    expect(f.sav![2]!.valueLabels).toEqual([
      { value: 1, label: 'Meget utilfreds' },
      { value: 2, label: 'Utilfreds' },
      { value: 3, label: 'Hverken/eller' },
      { value: 4, label: 'Tilfreds' },
      { value: 5, label: 'Særdeles tilfreds' },
    ]);
  });
});
