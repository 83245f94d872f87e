import * as XLSX from 'xlsx';
import { AppError } from '../../../shared/api/errors';
import type { RawTable } from '../../../shared/import/table';
import { useCodepages } from './codepages';
import { checkDimensions, LIMITS } from './guard';
import { resetInflated, useNativeInflate, ZipEntryTooLarge } from './zip-inflate';

// Zip entries inflate in native zlib rather than SheetJS's JavaScript inflater, capped in size.
useNativeInflate(XLSX.CFB as { utils: { use_zlib: (z: unknown) => void } });

/** A parsed zip container (SheetJS's CFB), so an xlsx's entries are inflated once, not per read. */
type Zip = { FileIndex: unknown[] };
type ParseZip = (zip: Zip, opts: XLSX.ParsingOptions) => XLSX.WorkBook;
const parseZip = (XLSX as unknown as { parse_zip: ParseZip }).parse_zip;

/** The bytes of a workbook, and for zip-based formats (xlsx, ods) the container once opened. */
export type WorkbookSource = { bytes: Uint8Array; zip: Zip | null };

const pad = (n: number) => String(n).padStart(2, '0');

/** Small whole numbers are most cells of a survey export: one shared string each instead of one per cell. */
const SMALL = Array.from({ length: 1024 }, (_, i) => String(i));

export function dateText(d: Date): string {
  // A time-only cell (14:12) is a time on Excel's day zero, which SheetJS gives as 30/31 December
  // 1899: the time alone, never a date in 1899.
  if (d.getFullYear() === 1899 && d.getMonth() === 11 && d.getDate() >= 30)
    return `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
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
    case 'n': {
      const v = c.v as number;
      return v >= 0 && v < 1024 && (v | 0) === v && !Object.is(v, -0) ? SMALL[v]! : String(v);
    }
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

export function unreadable(name: string, e: unknown): AppError {
  if (e instanceof AppError) return e;
  if (e instanceof ZipEntryTooLarge) {
    return new AppError(
      'IMPORT_TOO_LARGE',
      `${name} is refused: it expands beyond ${Math.round(LIMITS.maxEntryBytes / 1048576)} MB in a part or ${Math.round(LIMITS.maxUnzippedBytes / 1048576)} MB in all (a zip bomb, or far beyond a sane spreadsheet)`,
      { file: name },
    );
  }
  return new AppError(
    'IMPORT_UNREADABLE',
    `${name} could not be read as a spreadsheet: ${(e as Error).message}`,
    { file: name },
  );
}

/** Opens a workbook's bytes: zip-based formats are unzipped once here; .xls is read from the bytes. */
export function openWorkbook(name: string, bytes: Uint8Array, zipped: boolean): WorkbookSource {
  if (!zipped) return { bytes, zip: null };
  let zip: Zip;
  resetInflated();
  try {
    zip = XLSX.CFB.read(bytes, { type: 'buffer' }) as Zip;
  } catch (e) {
    throw unreadable(name, e);
  }
  boundRepeats(zip);
  return { bytes, zip };
}

/**
 * An .ods row or cell may declare that it repeats (`number-rows-repeated`, `number-columns-repeated`);
 * the parser expands repeats one by one, so a tiny file declaring two billion would hold the reader
 * for ever. No sheet can use more than Excel's rows and columns, so larger repeats are cut to that
 * before anything is parsed; the sheet's size is checked afterwards as for any file.
 */
export function boundRepeatsInXml(xml: string): string {
  return xml.replace(
    /(number-(rows|columns)-repeated\s*=\s*["'])(\d+)(["'])/g,
    (_m, pre: string, kind: string, n: string, post: string) => {
      const cap = kind === 'rows' ? LIMITS.maxRows : LIMITS.maxColumns;
      return `${pre}${n.length > 9 || Number(n) > cap ? cap : n}${post}`;
    },
  );
}

function boundRepeats(zip: Zip): void {
  for (const e of zip.FileIndex as { name?: string; content?: Uint8Array }[]) {
    if (!e.content || !/(^|\/)(content|styles)\.xml$/i.test(e.name ?? '')) continue;
    const text = Buffer.from(e.content).toString('utf8');
    if (!/repeated/.test(text)) continue;
    const bounded = boundRepeatsInXml(text);
    if (bounded !== text) e.content = Buffer.from(bounded, 'utf8');
  }
}

function readBook(src: WorkbookSource, opts: XLSX.ParsingOptions): XLSX.WorkBook {
  if (src.zip) return parseZip(src.zip, { ...opts });
  useCodepages();
  return XLSX.read(src.bytes, { type: 'buffer', ...opts });
}

/** Sheet names only: cheap, for the sheet choice. */
export function workbookSheetNames(name: string, src: WorkbookSource): string[] {
  try {
    return readBook(src, { bookSheets: true }).SheetNames;
  } catch (e) {
    throw unreadable(name, e);
  }
}

/**
 * Reads the named sheets of a workbook as text tables. Each row of SheetJS's cells is dropped as soon
 * as it is turned into text, so the workbook and the table are not both held in full.
 */
export function readWorkbookSheets(
  name: string,
  src: WorkbookSource,
  sheets: string[],
): Map<string, RawTable> {
  let wb: XLSX.WorkBook;
  try {
    wb = readBook(src, {
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
    throw unreadable(name, e);
  }
  const out = new Map<string, RawTable>();
  for (const sheet of sheets) {
    const ws = wb.Sheets[sheet];
    if (!ws) continue;
    const data = (ws['!data'] ?? []) as (XLSX.CellObject[] | undefined)[];
    // The size the sheet declares (SheetJS keeps it as !fullref when sheetRows cut the read short):
    // a sheet claiming more than Excel's rows, or a whole-sheet range, is refused, not read.
    const ref = (ws['!fullref'] as string | undefined) ?? ws['!ref'];
    const range = ref ? XLSX.utils.decode_range(ref) : { s: { r: 0, c: 0 }, e: { r: -1, c: -1 } };
    checkDimensions(name, sheet, range.e.r + 1, range.e.c + 1);
    const rows: string[][] = new Array<string[]>(data.length);
    for (let r = 0; r < data.length; r++) {
      const src = data[r];
      data[r] = undefined;
      if (!src) {
        rows[r] = [];
        continue;
      }
      let end = src.length;
      while (end > 0 && cellText(src[end - 1]) === '') end--;
      const row = new Array<string>(end);
      for (let c = 0; c < end; c++) row[c] = cellText(src[c]);
      rows[r] = row;
    }
    delete wb.Sheets[sheet];
    out.set(sheet, { sheet, rows });
  }
  return out;
}
