import * as XLSX from 'xlsx';
import * as cptable from 'xlsx/dist/cpexcel.full.mjs';
import { AppError } from '../../../shared/api/errors';
import type { RawTable } from '../../../shared/import/table';
import { checkDimensions, LIMITS } from './guard';

// Old .xls files carry text in Windows code pages; without the tables æøå would be lost.
XLSX.set_cptable(cptable);

const pad = (n: number) => String(n).padStart(2, '0');

function dateText(d: Date): string {
  const day = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  const t = d.getHours() + d.getMinutes() + d.getSeconds();
  return t === 0 ? day : `${day} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

/** Cell → text, without SheetJS's locale formatting: numbers in JS notation, dates ISO. */
function cellText(c: XLSX.CellObject | undefined): string {
  if (!c || c.v === undefined || c.v === null) return '';
  switch (c.t) {
    case 's':
      return String(c.v);
    case 'n':
      return String(c.v);
    case 'b':
      return c.v ? 'TRUE' : 'FALSE';
    case 'd':
      return c.v instanceof Date ? dateText(c.v) : String(c.v);
    case 'e':
      return c.w ?? '';
    default:
      return String(c.v);
  }
}

/** Sheet names only: cheap, for the sheet choice. */
export function workbookSheetNames(name: string, bytes: Uint8Array): string[] {
  try {
    return XLSX.read(bytes, { type: 'buffer', bookSheets: true }).SheetNames;
  } catch (e) {
    throw new AppError('IMPORT_UNREADABLE', `${name} could not be read as a spreadsheet: ${(e as Error).message}`, { file: name });
  }
}

/** Reads the named sheets of a workbook as text tables. */
export function readWorkbookSheets(name: string, bytes: Uint8Array, sheets: string[]): Map<string, RawTable> {
  let wb: XLSX.WorkBook;
  try {
    wb = XLSX.read(bytes, {
      type: 'buffer',
      dense: true,
      cellDates: true,
      cellText: false,
      cellHTML: false,
      cellFormula: false,
      cellStyles: false,
      sheetRows: LIMITS.maxRows + 1,
      sheets,
    });
  } catch (e) {
    throw new AppError('IMPORT_UNREADABLE', `${name} could not be read as a spreadsheet: ${(e as Error).message}`, { file: name });
  }
  const out = new Map<string, RawTable>();
  for (const sheet of sheets) {
    const ws = wb.Sheets[sheet];
    if (!ws) continue;
    const data = (ws['!data'] ?? []) as (XLSX.CellObject[] | undefined)[];
    const range = ws['!ref'] ? XLSX.utils.decode_range(ws['!ref']) : { s: { r: 0, c: 0 }, e: { r: -1, c: -1 } };
    checkDimensions(name, sheet, range.e.r + 1, range.e.c + 1);
    const rows: string[][] = new Array<string[]>(data.length);
    for (let r = 0; r < data.length; r++) {
      const src = data[r];
      if (!src) {
        rows[r] = [];
        continue;
      }
      const row = new Array<string>(src.length);
      for (let c = 0; c < src.length; c++) row[c] = cellText(src[c]);
      while (row.length > 0 && row[row.length - 1] === '') row.pop();
      rows[r] = row;
    }
    out.set(sheet, { sheet, rows });
  }
  return out;
}
