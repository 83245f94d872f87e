import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { parseCsv } from './csv';
import { readImportFile } from './read-file';

describe('cell values as the file means them', () => {
  it('reads a CSV header with a space before each quoted field without the quotes', () => {
    expect(parseCsv('"manufacturer", "mpg", "cyl"\n"audi", 18, 4\n', ',')).toEqual([
      ['manufacturer', 'mpg', 'cyl'],
      ['audi', ' 18', ' 4'],
    ]);
    // A space inside an unquoted field stays.
    expect(parseCsv('a, b\n', ',')).toEqual([['a', ' b']]);
  });

  it('reads an Excel time-only cell as the time, not a date in 1899; dates stay ISO', () => {
    const ws = XLSX.utils.aoa_to_sheet([['When', 'Day']]);
    ws['A2'] = { t: 'n', v: 14.2 / 24, z: 'hh:mm:ss' };
    ws['B2'] = { t: 'n', v: 45302, z: 'dd.mm.yyyy' };
    ws['!ref'] = 'A1:B2';
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, 'Data');
    const bytes = XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
    const f = readImportFile('times.xlsx', bytes);
    expect(f.table.rows[1]).toEqual(['14:12:00', '2024-01-11']);
  });
});
