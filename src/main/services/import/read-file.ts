import type { ReadWarning } from '../../../shared/import/read-warnings';
import { extname } from 'node:path';
import { AppError } from '../../../shared/api/errors';
import type { DecimalSeparator } from '../../../shared/import/number';
import { detectDecimal } from '../../../shared/import/number';
import type { RawTable } from '../../../shared/import/table';
import type { Measure } from '../../../shared/import/infer/labelled';
import type { SavSet } from '../../../shared/import/tools/spss';
import type { Delimiter } from './csv';
import { parseCsv, sniffDelimiter } from './csv';
import type { TextEncoding } from './decode';
import { decodeText } from './decode';
import { checkDimensions, checkFileSize, checkZip } from './guard';
import { openWorkbook, readWorkbookSheets, unreadable, workbookSheetNames } from './workbook';
import type { FastWorkbook } from './xlsx-fast';
import { openFastXlsx, XlsxDamaged } from './xlsx-fast';
import { ZipEntryTooLarge } from './zip-inflate';

export const FILE_FORMATS = ['xlsx', 'xls', 'ods', 'csv', 'tsv', 'txt', 'sav'] as const;
export type FileFormat = (typeof FILE_FORMATS)[number];

export type ReadOptions = { sheet?: string | undefined; delimiter?: Delimiter | undefined };

export type ReadFile = {
  format: FileFormat;
  encoding: TextEncoding | null;
  delimiter: Delimiter | null;
  sheets: string[];
  table: RawTable;
  /** Other sheets a tool's export needs (SurveyXact's Structure or Variables, and Labels). */
  extra: Map<string, RawTable>;
  decimal: DecimalSeparator;
  /** An SPSS file's value labels and user-missing values, by column (see sav.ts). */
  sav?: SavColumn[] | undefined;
  /** An SPSS file's multiple-response sets (sav-mrsets.ts), members resolved to columns. */
  savSets?: SavSet[] | undefined;
  /**
   * What could not be read of an SPSS file's dictionary records (multiple-response sets, measurement
   * levels): left out, the rest imports.
   */
  savWarnings?: ReadWarning[] | undefined;
  /** The workbook's other sheets: their size and first row, so the wizard can list them. */
  otherSheets?: SheetInfo[] | undefined;
};

export type SavColumn = {
  index: number;
  numeric: boolean;
  valueLabels: { value: number; label: string }[];
  missing: number[];
  /** The measurement level the file declares (record 7/11), if it has one. */
  measure?: Measure | undefined;
};

export type SheetInfo = { name: string; rows: number; columns: number; header: string[] };

/** The format from the file's first bytes; the extension only tells CSV, TSV and TXT apart. */
export function sniffFormat(name: string, b: Uint8Array): FileFormat {
  const ext = extname(name).toLowerCase().slice(1);
  if (b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04) {
    const head = Buffer.from(b.subarray(0, 200)).toString('latin1');
    return head.includes('mimetypeapplication/vnd.oasis.opendocument') ? 'ods' : 'xlsx';
  }
  if (b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0) return 'xls';
  // SPSS system files start "$FL2" (or "$FL3" when ZLIB-compressed).
  if (b[0] === 0x24 && b[1] === 0x46 && b[2] === 0x4c && (b[3] === 0x32 || b[3] === 0x33)) return 'sav';
  if (ext === 'sav' || ext === 'zsav') {
    throw new AppError(
      'IMPORT_UNREADABLE',
      `${name} is not a valid SPSS .sav file: it may be damaged or truncated`,
      {
        file: name,
      },
    );
  }
  if (ext === 'xlsx' || ext === 'ods' || ext === 'xlsm') {
    throw new AppError(
      'IMPORT_UNREADABLE',
      `${name} is not a valid .${ext} file (it is not a zip archive): it may be damaged or truncated`,
      { file: name },
    );
  }
  if (ext === 'tsv') return 'tsv';
  if (ext === 'txt') return 'txt';
  return 'csv';
}

function looksBinary(text: string): boolean {
  const probe = text.slice(0, 4096);
  let ctrl = 0;
  for (let i = 0; i < probe.length; i++) {
    const c = probe.charCodeAt(i);
    if ((c < 9 || (c > 13 && c < 32)) && c !== 27) ctrl++;
  }
  return ctrl > probe.length / 20;
}

function readText(name: string, bytes: Uint8Array, format: FileFormat, opts: ReadOptions): ReadFile {
  const { text, encoding } = decodeText(bytes);
  if (looksBinary(text)) {
    throw new AppError(
      'IMPORT_UNREADABLE',
      `${name} is not a text or spreadsheet file the import knows (.xlsx, .xls, .ods, .csv, .tsv, .txt)`,
      { file: name },
    );
  }
  const delimiter = opts.delimiter ?? (format === 'tsv' ? '\t' : sniffDelimiter(text));
  const rows = parseCsv(text, delimiter);
  const sheet = name;
  checkDimensions(
    name,
    sheet,
    rows.length,
    rows.reduce((w, r) => Math.max(w, r.length), 0),
  );
  const sample: string[] = [];
  for (let r = 1; r < Math.min(rows.length, 2000); r++)
    for (const c of rows[r]!) if (/\d[.,]\d/.test(c)) sample.push(c);
  const decimal = detectDecimal(sample, delimiter === ';' ? ',' : '.');
  return { format, encoding, delimiter, sheets: [sheet], table: { sheet, rows }, extra: new Map(), decimal };
}

/** A workbook's sheet names and a reader of its sheets as text tables. */
type Book = { sheets: string[]; read(names: string[]): Map<string, RawTable> };

function sheetJsBook(name: string, bytes: Uint8Array, zipped: boolean): Book {
  if (zipped) checkZip(name, bytes);
  const src = openWorkbook(name, bytes, zipped);
  return { sheets: workbookSheetNames(name, src), read: (names) => readWorkbookSheets(name, src, names) };
}

/**
 * An .xlsx/.xlsm is read by the import's own reader (xlsx-fast.ts); whatever it declines, SheetJS
 * reads, so no file SheetJS reads is refused. A sheet whose XML is itself damaged (cut short, a cell
 * pointing past the shared texts) is refused with a message naming the sheet and the damage.
 */
function openBook(name: string, bytes: Uint8Array, format: FileFormat): Book {
  if (format !== 'xlsx') return sheetJsBook(name, bytes, format === 'ods');
  checkZip(name, bytes);
  let slow: Book | null = null;
  const sheetJs = () => (slow ??= sheetJsBook(name, bytes, true));
  let fast: FastWorkbook;
  try {
    fast = openFastXlsx(name, bytes);
  } catch (e) {
    if (e instanceof AppError || e instanceof ZipEntryTooLarge) throw unreadable(name, e);
    return sheetJs(); // declined (or anything unforeseen): SheetJS reads it
  }
  return {
    sheets: fast.sheets,
    read(names) {
      try {
        return fast.read(names);
      } catch (e) {
        if (e instanceof AppError || e instanceof ZipEntryTooLarge) throw unreadable(name, e);
        if (e instanceof XlsxDamaged) {
          // SheetJS would read up to the damage, or lose the sheet without a word: neither is an import.
          throw new AppError('IMPORT_UNREADABLE', `${name}: sheet "${e.sheet}" is damaged: ${e.message}`, {
            file: name,
            sheet: e.sheet,
          });
        }
        return sheetJs().read(names); // declined (or anything unforeseen)
      }
    },
  };
}

/** The sheet to read when the user has not chosen: SurveyXact's data sheet, else the first. */
function defaultSheet(names: string[]): string {
  return names.find((n) => n.toLowerCase() === 'dataset') ?? names[0]!;
}

/**
 * Reads any supported file, SPSS .sav included (its reader is asynchronous): what the read sandbox
 * runs.
 */
export async function readImportFileAsync(
  name: string,
  bytes: Uint8Array,
  opts: ReadOptions = {},
): Promise<ReadFile> {
  checkFileSize(name, bytes.byteLength);
  if (bytes.byteLength > 0 && sniffFormat(name, bytes) === 'sav') {
    const { readSav } = await import('./sav');
    return readSav(name, bytes);
  }
  return readImportFile(name, bytes, opts);
}

/** Reads any supported file into a text table, refusing hostile and damaged files with a clear message. */
export function readImportFile(name: string, bytes: Uint8Array, opts: ReadOptions = {}): ReadFile {
  checkFileSize(name, bytes.byteLength);
  if (bytes.byteLength === 0) throw new AppError('IMPORT_UNREADABLE', `${name} is empty`, { file: name });
  const format = sniffFormat(name, bytes);
  if (format === 'sav') {
    throw new AppError('IMPORT_UNREADABLE', `${name}: an SPSS file is read through the read sandbox`, {
      file: name,
    });
  }
  if (format === 'csv' || format === 'tsv' || format === 'txt') return readText(name, bytes, format, opts);
  const book = openBook(name, bytes, format);
  const sheets = book.sheets;
  if (sheets.length === 0) throw new AppError('IMPORT_UNREADABLE', `${name} has no sheets`, { file: name });
  const sheet = opts.sheet ?? defaultSheet(sheets);
  if (!sheets.includes(sheet)) {
    throw new AppError('IMPORT_UNREADABLE', `${name} has no sheet "${sheet}" (it has ${sheets.join(', ')})`, {
      file: name,
      sheet,
    });
  }
  // Every sheet is read: SurveyXact's Structure (or Variables) and Labels are needed, the others listed (a Kobo
  // repeat group's sheet, a second table) so that nothing is left out without a word.
  const wanted = [sheet, ...sheets.filter((s) => s !== sheet && /^(variables|labels|structure)$/i.test(s))];
  let tables: Map<string, RawTable>;
  try {
    tables = book.read([sheet, ...sheets.filter((s) => s !== sheet)]);
  } catch {
    // Another sheet too large or damaged must not stop the chosen one: it is listed without its size.
    tables = book.read(wanted);
  }
  const table = tables.get(sheet) ?? { sheet, rows: [] };
  tables.delete(sheet);
  const otherSheets: SheetInfo[] = [];
  const extra = new Map<string, RawTable>();
  for (const [n, t] of tables) {
    if (/^(variables|labels|structure)$/i.test(n)) extra.set(n, t);
    const header = (t.rows.find((r) => r.some((c) => c.trim() !== '')) ?? []).slice(0, 200);
    const rows = t.rows.filter((r) => r.some((c) => c.trim() !== '')).length;
    otherSheets.push({ name: n, rows: Math.max(0, rows - 1), columns: header.length, header });
  }
  for (const n of sheets)
    if (n !== sheet && !tables.has(n)) otherSheets.push({ name: n, rows: -1, columns: 0, header: [] });
  return { format, encoding: null, delimiter: null, sheets, table, extra, decimal: '.', otherSheets };
}
