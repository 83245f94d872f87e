import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { buildSampleStudy } from '../sample/build-sample';
import { studyTablesInputs, studyTablesXlsx } from './deliverables-service';
import { hasSoffice, sofficeConvert, zipParts } from './pptx/office-test-utils';
import { tablesWorkbook } from './xlsx-tables';
import type { TablesInputs } from './xlsx-tables-cells';

const resourcesDir = fileURLToPath(new URL('../../../../resources', import.meta.url));

function sampleDb(): Database.Database {
  const path = join(mkdtempSync(join(tmpdir(), 'tp-xlsx-')), 'sample.tpstudy');
  buildSampleStudy(join(resourcesDir, 'sample'), path);
  return new Database(path);
}

function rowsOf(ws: XLSX.WorkSheet): XLSX.CellObject[][] {
  const range = XLSX.utils.decode_range(ws['!ref'] ?? 'A1');
  const out: XLSX.CellObject[][] = [];
  for (let r = range.s.r; r <= range.e.r; r++) {
    const row: XLSX.CellObject[] = [];
    for (let c = range.s.c; c <= range.e.c; c++)
      row.push((ws[XLSX.utils.encode_cell({ r, c })] as XLSX.CellObject | undefined) ?? { t: 'z' });
    out.push(row);
  }
  return out;
}

describe('the Excel tables of the sample study', () => {
  let inputs: TablesInputs;
  let bytes: Buffer;
  let wb: XLSX.WorkBook;
  beforeAll(() => {
    const db = sampleDb();
    inputs = studyTablesInputs(db, { lang: 'nb' });
    const r = studyTablesXlsx(db, { lang: 'nb' });
    expect(r.name).toMatch(/\.xlsx$/);
    bytes = r.bytes;
    wb = XLSX.read(bytes, { type: 'buffer', cellNF: true });
  });

  it('has one sheet per results table, named in the language', () => {
    expect(wb.SheetNames).toEqual([
      'Kontaktpunkter per måling',
      'NPS',
      'Endring',
      'Prioriteringskart',
      'Drivere',
      'Enheter',
      'Krysstabell',
      'Frekvenser',
      'Kommentarer',
    ]);
    const header = rowsOf(wb.Sheets['Kontaktpunkter per måling']!)[1]!.map((c) => c.v);
    expect(header).toEqual(
      expect.arrayContaining(['Kontaktpunkt', 'Indeks 2025', 'n 2025', 'Indeks 2026', 'n 2026']),
    );
  });

  it('stores numbers as numbers with number formats, with n beside each figure', () => {
    const rows = rowsOf(wb.Sheets['Kontaktpunkter per måling']!);
    const web = rows.find((r) => r[1]?.v === 'Nettsiden')!;
    expect(web[4]).toMatchObject({ t: 'n', z: '0' });
    expect(web[5]).toMatchObject({ t: 'n', v: 443, z: '0' });
    expect(web[6]).toMatchObject({ t: 'n', z: '0.00' });
    expect(web[9]).toMatchObject({ t: 'n', z: '0%' });
    expect(Number(web[9]!.v)).toBeLessThan(1);
    const change = rowsOf(wb.Sheets['Endring']!);
    const app = change.find((r) => r[0]?.v === 'Mobilappen')!;
    expect(app[5]).toMatchObject({ t: 'n', z: '+0.0;-0.0;0.0' });
    expect(app[10]?.v).toBe('*');
    expect(app[11]?.v).toBe('Welch t-test');
    // The significance mark's test and adjustment are named in a note row.
    expect(
      change
        .flat()
        .some((c) => /^\*: signifikant endring \(Welch t-test.*Benjamini–Hochberg/.test(String(c.v))),
    ).toBe(true);
  });

  it('shows hidden cells as the suppression marker, with no n beside them', () => {
    const rows = rowsOf(wb.Sheets['Krysstabell']!);
    const header = rows[1]!.map((c) => c.v);
    expect(header.filter((h) => h === 'n').length).toBeGreaterThan(2);
    let hidden = 0;
    for (const r of rows.slice(2)) {
      for (let i = 1; i + 1 < r.length; i += 2) {
        if (r[i]?.v !== '–') continue;
        hidden++;
        expect(r[i + 1]?.v).toBe('–');
      }
    }
    expect(hidden).toBeGreaterThan(0);
    expect(rows.flat().some((c) => String(c.v).startsWith('«–»: ikke vist'))).toBe(true);
  });

  it('freezes the title and header rows and the first column, and sizes the columns', () => {
    const parts = zipParts(bytes);
    for (let i = 1; i <= wb.SheetNames.length; i++)
      expect(parts.get(`xl/worksheets/sheet${i}.xml`)).toContain(
        '<pane xSplit="1" ySplit="2" topLeftCell="B3" activePane="bottomRight" state="frozen"/>',
      );
    // Column widths: the touchpoint column is wide enough for its names.
    const width = /<col min="2" max="2" width="([\d.]+)"/.exec(parts.get('xl/worksheets/sheet1.xml') ?? '');
    expect(Number(width?.[1])).toBeGreaterThan(20);
  });

  it('neutralises text a spreadsheet would run as a formula', () => {
    const evil = '=HYPERLINK("http://x.example","klikk")';
    const last = inputs.waves.at(-1)!.dashboard;
    const d = {
      ...last,
      touchpoints: last.touchpoints.map((t, i) => (i === 0 ? { ...t, touchpointText: evil } : t)),
    };
    const r = tablesWorkbook({
      ...inputs,
      waves: [...inputs.waves.slice(0, -1), { ...inputs.waves.at(-1)!, dashboard: d }],
    });
    const back = XLSX.read(r.bytes, { type: 'buffer', cellFormula: true });
    const cells = rowsOf(back.Sheets[back.SheetNames[0]!]!).flat();
    expect(cells.some((c) => c.f !== undefined)).toBe(false);
    expect(cells.some((c) => c.v === `'${evil}`)).toBe(true);
  });

  it.skipIf(!hasSoffice())(
    'converts in LibreOffice Calc without error',
    () => {
      const csv = readFileSync(sofficeConvert(bytes, 'tables.xlsx', 'csv'), 'utf8');
      expect(csv).toContain('Nettsiden');
      expect(csv).toContain('Indeks 2026');
    },
    60_000,
  );
  if (!hasSoffice())
    it.skip('LibreOffice (soffice) is not installed: the workbook was not opened in Calc', () => {});
});
