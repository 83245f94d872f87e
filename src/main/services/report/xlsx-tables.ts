import * as XLSX from 'xlsx';
import { safeCell } from '../../../shared/import/safe-cell';
import type { SheetData, TablesInputs, XCell } from './xlsx-tables-cells';
import { tableSheets } from './xlsx-tables-sheets';

/**
 * The results tables as one Excel workbook, one sheet per table: a title row, a header row (both
 * frozen, with the first column), the rows, then the notes that name the tests and the suppression.
 * Text that a spreadsheet would run as a formula is neutralised (safe-cell), numbers stay numbers.
 */

const HEADER_ROWS = 2;

/** Excel refuses sheet names over 31 characters or with []:*?/\ in them, and duplicates. */
function sheetName(name: string, used: Set<string>): string {
  const base =
    name
      .replace(/[[\]:*?/\\]/g, ' ')
      .slice(0, 31)
      .trim() || 'Sheet';
  let out = base;
  for (let i = 2; used.has(out.toLowerCase()); i++) out = `${base.slice(0, 28)} ${i}`;
  used.add(out.toLowerCase());
  return out;
}

function cellText(c: XCell): string {
  if (c === null) return '';
  if (typeof c === 'object') return String(c.v);
  return String(c);
}

function worksheet(s: SheetData): XLSX.WorkSheet {
  const aoa: (string | number | null)[][] = [
    [s.title],
    s.header,
    ...s.rows.map((r) => r.map((c) => (c !== null && typeof c === 'object' ? c.v : c))),
    [],
    ...s.notes.map((n) => [n]),
  ].map((r) => r.map(safeCell));
  const ws = XLSX.utils.aoa_to_sheet(aoa);
  s.rows.forEach((r, ri) =>
    r.forEach((c, ci) => {
      if (c === null || typeof c !== 'object') return;
      const cell = ws[XLSX.utils.encode_cell({ r: ri + HEADER_ROWS, c: ci })] as XLSX.CellObject | undefined;
      if (cell) cell.z = c.z;
    }),
  );
  // Width from the longest header or value of the column (the title and notes may run over).
  ws['!cols'] = s.header.map((h, ci) => ({
    wch: Math.min(60, Math.max(8, h.length + 2, ...s.rows.map((r) => cellText(r[ci] ?? null).length + 2))),
  }));
  return ws;
}

/** Freezes the title and header rows and the first column of every sheet (SheetJS does not write panes). */
function freezePanes(bytes: Buffer, sheets: number): Buffer {
  const cfb = (XLSX.CFB as CfbApi).read(bytes, { type: 'buffer' });
  for (let i = 1; i <= sheets; i++) {
    const path = `/xl/worksheets/sheet${i}.xml`;
    const entry = (XLSX.CFB as CfbApi).find(cfb, path);
    if (!entry?.content) throw new Error(`xlsx: ${path} is missing`);
    const xml = Buffer.from(entry.content).toString('utf8');
    const pane =
      `<pane xSplit="1" ySplit="${HEADER_ROWS}" topLeftCell="B${HEADER_ROWS + 1}" activePane="bottomRight" state="frozen"/>` +
      `<selection pane="bottomRight" activeCell="B${HEADER_ROWS + 1}" sqref="B${HEADER_ROWS + 1}"/>`;
    const frozen = xml.replace(/<sheetView([^>]*?)\/>/, `<sheetView$1>${pane}</sheetView>`);
    if (frozen === xml) throw new Error(`xlsx: ${path} has no sheet view to freeze`);
    entry.content = Buffer.from(frozen, 'utf8');
  }
  return Buffer.from((XLSX.CFB as CfbApi).write(cfb, { fileType: 'zip', type: 'buffer', compression: true }));
}

// SheetJS bundles its zip container (CFB) and types it loosely; these are the calls used here.
type CfbEntry = { content?: Uint8Array };
type CfbApi = {
  read(data: Buffer, opts: { type: 'buffer' }): object;
  find(cfb: object, path: string): CfbEntry | null;
  write(cfb: object, opts: { fileType: 'zip'; type: 'buffer'; compression: boolean }): Uint8Array;
};

/** The workbook of every results table of one wave, as xlsx bytes. */
export function tablesWorkbook(inputs: TablesInputs): { bytes: Buffer; sheets: string[] } {
  const wb = XLSX.utils.book_new();
  const used = new Set<string>();
  const names: string[] = [];
  for (const s of tableSheets(inputs)) {
    const name = sheetName(s.name, used);
    XLSX.utils.book_append_sheet(wb, worksheet(s), name);
    names.push(name);
  }
  wb.Props = {
    Title: `${inputs.meta.client} · ${inputs.meta.title} · ${inputs.wave.label}`,
    Company: inputs.meta.client,
  };
  const raw = XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer;
  return { bytes: freezePanes(raw, names.length), sheets: names };
}
