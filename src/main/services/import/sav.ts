import type { ReadWarning } from '../../../shared/import/read-warnings';
import { createRequire } from 'node:module';
import { AppError } from '../../../shared/api/errors';
import { SAV_SHEET } from '../../../shared/import/tools/spss';
import type { ReadFile, SavColumn } from './read-file';
import { checkDimensions } from './guard';
import { walkDictionary } from './sav-dictionary';
import { readMeasures } from './sav-measure';
import { readMrSets, resolveMrSets } from './sav-mrsets';

// sav-reader is CommonJS and exports only a `require` condition (no types): loaded with require.
const { SavBufferReader } = createRequire(import.meta.url)('sav-reader') as {
  SavBufferReader: new (b: Buffer) => unknown;
};

/** sav-reader's variable, as far as the import uses it. */
type SysVar = {
  name: string;
  type: number;
  label?: string | null;
  missing?: number | number[] | { min: number; max: number; value?: number } | null;
  printFormat?: { typestr?: string };
  __is_child_string_var?: boolean;
  __shortName?: string;
};
type Meta = {
  header: { encoding?: string | null; n_cases?: number };
  sysvars: SysVar[];
  getValueLabels(name: string): { val: number | string; label: string }[] | null;
};
type Reader = {
  open(): Promise<void>;
  readAllRows(): Promise<Record<string, unknown>[]>;
  meta: Meta;
  reader: { readString(len: number, trimEnd?: boolean): Promise<string> };
};

// SPSS counts seconds from 14 October 1582; JavaScript from 1 January 1970.
const SPSS_EPOCH_S = Date.UTC(1582, 9, 14) / 1000;
const DATE_FORMATS = new Set(['DATE', 'ADATE', 'EDATE', 'JDATE', 'SDATE', 'QYR', 'MOYR', 'WKYR']);
const DATETIME_FORMATS = new Set(['DATETIME', 'YMDHMS']);
const TIME_FORMATS = new Set(['TIME', 'DTIME', 'MTIME']);

const pad = (n: number) => String(n).padStart(2, '0');

/** A numeric cell as text: dates and times as ISO values by the variable's print format. */
function numericText(v: number, format: string): string {
  if (DATE_FORMATS.has(format) || DATETIME_FORMATS.has(format)) {
    const d = new Date((v + SPSS_EPOCH_S) * 1000);
    if (Number.isNaN(d.getTime())) return String(v);
    const day = d.toISOString().slice(0, 10);
    return DATE_FORMATS.has(format) ? day : `${day} ${d.toISOString().slice(11, 19)}`;
  }
  if (TIME_FORMATS.has(format)) {
    const s = Math.round(v);
    return `${pad(Math.floor(s / 3600))}:${pad(Math.floor((s % 3600) / 60))}:${pad(s % 60)}`;
  }
  return String(v);
}

function missingValues(m: SysVar['missing']): number[] {
  if (m === null || m === undefined) return [];
  if (typeof m === 'number') return [m];
  if (Array.isArray(m)) return m;
  // A range: its whole numbers (a survey's 97–99), at most 20 of them, and the extra discrete value.
  const out: number[] = [];
  if (Number.isFinite(m.min) && Number.isFinite(m.max) && m.max - m.min <= 20)
    for (let v = Math.ceil(m.min); v <= m.max; v++) out.push(v);
  if (m.value !== undefined) out.push(m.value);
  return out;
}

/**
 * Reads an SPSS .sav file with sav-reader into a table: the variable names over the variable labels,
 * then one row per case, numbers as text with a decimal point and dates as ISO values; value labels
 * and user-missing values go beside it (`sav`) for the questions the import creates. Strings are
 * decoded in the file's own encoding (sav-reader would read them as UTF-8, garbling Windows-1252
 * files): its reader is given the bytes as they are and the text is decoded here.
 */
export async function readSav(name: string, bytes: Uint8Array): Promise<ReadFile> {
  let sav: Reader;
  let rows: Record<string, unknown>[];
  try {
    sav = new SavBufferReader(Buffer.from(bytes)) as unknown as Reader;
    const inner = sav.reader;
    const original = inner.readString.bind(inner);
    // Bytes as latin1 code units: lossless, decoded below once the file's encoding is known.
    inner.readString = async (len, trimEnd) => {
      if (len < 1) return original(len);
      const buf = await (inner as unknown as { reader: { read(n: number): Promise<Buffer> } }).reader.read(
        len,
      );
      if (buf.length !== len) throw new Error(`not enough bytes for a string of ${len}`);
      const t = buf.toString('latin1');
      return trimEnd ? t.trimEnd() : t;
    };
    await sav.open();
    checkDimensions(name, SAV_SHEET, sav.meta.header.n_cases ?? 0, sav.meta.sysvars.length);
    rows = await sav.readAllRows();
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw new AppError(
      'IMPORT_UNREADABLE',
      `${name} is not a readable SPSS .sav file: ${(e as Error)?.message ?? String(e)}`,
      { file: name },
    );
  }
  const encoding = (sav.meta.header.encoding ?? 'windows-1252').toLowerCase();
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(encoding === 'utf8' ? 'utf-8' : encoding);
  } catch {
    decoder = new TextDecoder('windows-1252');
  }
  const text = (s: string | null | undefined) =>
    s ? decoder.decode(Buffer.from(s, 'latin1')).replace(/\0/g, '').trim() : '';
  const vars = sav.meta.sysvars.filter((v) => !v.__is_child_string_var);
  const names = vars.map((v) => text(v.name));
  const labels = vars.map((v, i) => text(v.label) || names[i]!);
  const table: string[][] = [names, labels];
  for (const r of rows) {
    table.push(
      vars.map((v) => {
        const x = r[v.name];
        if (x === null || x === undefined) return '';
        if (typeof x === 'number')
          return Number.isFinite(x) ? numericText(x, v.printFormat?.typestr ?? 'F') : '';
        return text(String(x));
      }),
    );
  }
  checkDimensions(name, SAV_SHEET, table.length, vars.length);
  // Multiple-response sets and measurement levels: sav-reader skips their records, so the dictionary
  // is walked here.
  const dictWarnings: ReadWarning[] = [];
  const dict = walkDictionary(bytes, dictWarnings);
  const measures = readMeasures(bytes, dict, dictWarnings);
  const sav2: SavColumn[] = vars.map((v, i) => ({
    index: i,
    measure: measures.get((v.__shortName ?? v.name).trim().toUpperCase()),
    numeric: v.type === 0,
    valueLabels: (sav.meta.getValueLabels(v.name) ?? [])
      .filter((l) => typeof l.val === 'number')
      .map((l) => ({ value: l.val as number, label: text(l.label) })),
    missing: v.type === 0 ? missingValues(v.missing) : [],
  }));
  const { sets, warnings } = resolveMrSets(
    readMrSets(bytes, dict),
    vars.map((v, i) => ({
      shortName: v.__shortName ?? v.name,
      name: names[i]!,
      label: labels[i]!,
      valueLabels: sav2[i]!.valueLabels,
      missing: sav2[i]!.missing,
      numeric: sav2[i]!.numeric,
    })),
    text,
  );
  return {
    format: 'sav',
    encoding: encoding === 'utf-8' || encoding === 'utf8' ? 'utf-8' : 'windows-1252',
    delimiter: null,
    sheets: [SAV_SHEET],
    table: { sheet: SAV_SHEET, rows: table },
    extra: new Map(),
    decimal: '.',
    sav: sav2,
    savSets: sets,
    savWarnings: [...dictWarnings, ...warnings],
  };
}
