import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { AppError } from '../../../shared/api/errors';
import { columnLetter } from '../../../shared/import/cellref';
import { parseNumber } from '../../../shared/import/number';
import { readImportFileGuarded } from '../import/read-sandbox';

export type DataFile = { name: string; headers: string[]; rows: string[][]; decimal: ',' | '.' };

const MISSING_TEXT = /^(|na|n\/a|nan|\.|-)$/i;

/**
 * Reads a CSV/TSV/XLSX/ODS data file (header in the first row) with the import's reader
 * (src/main/services/import/read-file.ts: encoding, delimiter and decimal-comma detection), in the
 * read worker under its watchdog like an import (read-sandbox.ts): a damaged file that would make a
 * parser loop is stopped at the deadline with one line.
 */
export async function readDataFile(path: string): Promise<DataFile> {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch {
    throw new AppError('FILE_NOT_FOUND', `${path} cannot be read`, { path });
  }
  const name = basename(path);
  const f = await readImportFileGuarded(name, bytes);
  const [header, ...rows] = f.table.rows;
  if (!header?.length) throw new AppError('IMPORT_NO_HEADER', `${name} has no header row`, { file: name });
  return {
    name,
    headers: header.map((h) => h.trim()),
    rows: rows.filter((r) => r.some((c) => c.trim() !== '')),
    decimal: f.decimal,
  };
}

/**
 * One column as numbers, NaN for an empty cell or NA; anything else that is not a number is refused
 * with the file, row and column named. Numbers are read locale-aware (decimal comma or point, as
 * the file writes them: parseNumber of src/shared/import/number.ts).
 */
export function numericColumn(f: DataFile, column: string): Float64Array {
  const j = f.headers.findIndex((h) => h === column);
  const jj = j >= 0 ? j : f.headers.findIndex((h) => h.toLowerCase() === column.toLowerCase());
  if (jj < 0)
    throw new AppError(
      'INVALID_INPUT',
      `${f.name} has no column "${column}" (it has ${f.headers.join(', ')})`,
      { file: f.name, column },
    );
  return Float64Array.from(f.rows, (r, i) => {
    const cell = (r[jj] ?? '').trim();
    if (MISSING_TEXT.test(cell)) return NaN;
    const x = parseNumber(cell, f.decimal);
    if (x === null) {
      throw new AppError(
        'IMPORT_BAD_VALUES',
        `${f.name}, row ${i + 2}, column ${columnLetter(jj)} (${f.headers[jj]}): "${cell}" is not a number`,
        {
          file: f.name,
          row: i + 2,
          column: f.headers[jj] ?? column,
        },
      );
    }
    return x;
  });
}
