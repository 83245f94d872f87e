import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import type { RawTable } from '../../../shared/import/table';
import { readImportFile } from './read-file';
import { openWorkbook, readWorkbookSheets, workbookSheetNames } from './workbook';
import { openFastXlsx, sheetChunk, XlsxDecline } from './xlsx-fast';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const SHARED = join(root, '..', 'shared', 'datasets');

type Read = { sheets: string[]; tables: Record<string, string[][]> };
const plain = (m: Map<string, RawTable>) => Object.fromEntries([...m].map(([k, t]) => [k, t.rows]));

function viaSheetJs(name: string, bytes: Uint8Array): Read {
  const src = openWorkbook(name, bytes, true);
  const sheets = workbookSheetNames(name, src);
  return { sheets, tables: plain(readWorkbookSheets(name, src, sheets)) };
}

function viaFast(name: string, bytes: Uint8Array): Read {
  const book = openFastXlsx(name, bytes);
  return { sheets: book.sheets, tables: plain(book.read(book.sheets)) };
}

function xlsxFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const e of readdirSync(dir)) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) out.push(...xlsxFiles(p));
    else if (/\.xls[xm]$/i.test(e)) out.push(p);
  }
  return out;
}

// --- building workbooks -----------------------------------------------------------------------

/** Rewrites parts of an xlsx written by SheetJS (to get what SheetJS never writes). */
function rewrite(xlsx: Uint8Array, edit: (path: string, xml: string) => string): Buffer {
  const zip = XLSX.CFB.read(Buffer.from(xlsx), { type: 'buffer' });
  zip.FullPaths.forEach((p: string, i: number) => {
    const e = zip.FileIndex[i]!;
    if (!e.content || !/\.(xml|rels)$/.test(p)) return;
    const path = p.replace(/^Root Entry\//, '');
    const xml = Buffer.from(e.content as Uint8Array).toString('utf8');
    const next = edit(path, xml);
    if (next !== xml) e.content = Buffer.from(next, 'utf8');
  });
  return Buffer.from(
    XLSX.CFB.write(zip, { type: 'buffer', fileType: 'zip', compression: true }) as Uint8Array,
  );
}

function book(aoa: unknown[][], opts: { sst?: boolean; date1904?: boolean; sheets?: number } = {}): Buffer {
  const wb = XLSX.utils.book_new();
  for (let s = 0; s < (opts.sheets ?? 1); s++)
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(aoa, { cellDates: true }), `Ark ${s + 1}`);
  if (opts.date1904) wb.Workbook = { WBProps: { date1904: true } };
  // Dates are written as Excel writes them: serial numbers in a date style.
  return XLSX.write(wb, {
    type: 'buffer',
    bookType: 'xlsx',
    bookSST: opts.sst ?? true,
    cellDates: false,
  }) as Buffer;
}

function rng(seed: number) {
  let s = seed >>> 0 || 1;
  return () => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return s / 0x100000000;
  };
}

const TEXTS = [
  'Svært fornøyd',
  'Ærlig talt – ok',
  'Rødgrød med fløde',
  ' leading and trailing ',
  'a & b < c > d "q" \'s\'',
  'line one\r\nline two',
  'tab\there',
  'literal _x000D_ escape',
  '😀 emoji',
  '漢字',
  '',
  '0042',
  'TRUE',
  '=not a formula',
  '&amp; literal',
];

function randomCell(r: () => number): unknown {
  const k = Math.floor(r() * 12);
  switch (k) {
    case 0:
      return null;
    case 1:
      return Math.floor(r() * 11);
    case 2:
      return Math.round((r() - 0.5) * 1e6) / 100;
    case 3:
      return r() < 0.5 ? 1e21 * r() : -r() * 1e-7;
    case 4:
      return TEXTS[Math.floor(r() * TEXTS.length)];
    case 5:
      return r() < 0.5;
    case 6: {
      const d = new Date(
        Date.UTC(1990 + Math.floor(r() * 40), Math.floor(r() * 12), 1 + Math.floor(r() * 28)),
      );
      if (r() < 0.5) d.setUTCHours(Math.floor(r() * 24), Math.floor(r() * 60), Math.floor(r() * 60));
      return d;
    }
    case 7: // a time of day
      return { t: 'n', v: Math.floor(r() * 86400) / 86400, z: r() < 0.5 ? 'hh:mm' : 'h:mm:ss' };
    case 8:
      return { t: 'e', v: [0x07, 0x0f, 0x2a, 0x17, 0x24][Math.floor(r() * 5)] };
    case 9:
      return {
        t: 'n',
        v: 40000 + Math.floor(r() * 10000),
        z: ['dd.mm.yyyy', 'yyyy-mm-dd', '0.00', '#,##0 "kr"', '[Red]0'][Math.floor(r() * 5)],
      };
    case 10:
      return String(Math.floor(r() * 100000));
    default:
      return Math.floor(r() * 5) + 1;
  }
}

function randomBook(seed: number): Buffer {
  const r = rng(seed);
  const rows = 1 + Math.floor(r() * 30);
  const cols = 1 + Math.floor(r() * 12);
  const aoa: unknown[][] = [];
  for (let i = 0; i < rows; i++) {
    if (r() < 0.1) {
      aoa.push([]);
      continue;
    }
    const row: unknown[] = [];
    for (let c = 0; c < cols; c++) row.push(randomCell(r));
    aoa.push(row);
  }
  const xlsx = book(aoa, { sst: r() < 0.7, date1904: r() < 0.3, sheets: 1 + Math.floor(r() * 2) });
  const inline = r() < 0.5;
  const noRefs = r() < 0.3;
  const rich = r() < 0.5;
  return rewrite(xlsx, (path, xml) => {
    let out = xml;
    if (path.includes('worksheets/') && inline)
      out = out.replace(
        /<c ([^>]*)t="str"([^>]*)><v>([^<]*)<\/v><\/c>/g,
        '<c $1t="inlineStr"$2><is><t xml:space="preserve">$3</t></is></c>',
      );
    if (path.includes('worksheets/') && noRefs)
      out = out.replace(/<c r="[A-Z]+\d+"/g, (m) => (r() < 0.5 ? '<c' : m));
    if (path.endsWith('sharedStrings.xml') && rich)
      out = out.replace(/<si><t( xml:space="preserve")?>([^<]{2,})<\/t><\/si>/g, (_m, _sp, t: string) => {
        const cut = Math.max(1, Math.floor(t.length / 2));
        const [a, b] = [t.slice(0, cut), t.slice(cut)];
        return a.endsWith('&') || /&[a-z#0-9]*$/.test(a)
          ? _m
          : `<si><r><rPr><b/></rPr><t xml:space="preserve">${a}</t></r><r><t xml:space="preserve">${b}</t></r><rPh sb="0" eb="1"><t>ふ</t></rPh></si>`;
      });
    return out;
  });
}

// --- tests --------------------------------------------------------------------------------------

describe('the fast xlsx reader reads what the SheetJS-based reader reads, cell for cell', () => {
  const files = [...xlsxFiles(join(root, 'tests', 'fixtures')), ...xlsxFiles(SHARED)];

  it('finds the fixtures', () => {
    expect(files.length).toBeGreaterThanOrEqual(4);
  });

  for (const f of files) {
    it(f.slice(root.length - 1).replace(/^\/\.\.\//, '../'), () => {
      const bytes = readFileSync(f);
      const fast = viaFast(f, bytes); // must not decline: these are ordinary workbooks
      expect(fast).toEqual(viaSheetJs(f, bytes));
    });
  }

  it('the bench workbook (survey answers, a date column, texts)', async () => {
    const { importFile } = await import('../../../../tests/bench/data');
    const bytes = readFileSync(await importFile(300, 'xlsx'));
    const fast = viaFast('bench.xlsx', bytes);
    expect(fast.tables[fast.sheets[0]!]!.length).toBe(301);
    expect(fast).toEqual(viaSheetJs('bench.xlsx', bytes));
  });

  it('400 random workbooks: numbers, texts, unicode, booleans, errors, dates, times, blanks, inline and rich strings', () => {
    const declined: string[] = [];
    const whole = sheetChunk.bytes;
    for (let seed = 1; seed <= 400; seed++) {
      // Half of them scanned in small pieces, so rows straddle the pieces' ends.
      sheetChunk.bytes = seed % 2 ? whole : 1 + (seed % 300);
      const bytes = randomBook(seed);
      let fast: Read;
      try {
        fast = viaFast(`fuzz-${seed}.xlsx`, bytes);
      } catch (e) {
        if (!(e instanceof XlsxDecline)) throw e;
        declined.push(`${seed}: ${e.message}`);
        continue;
      }
      const slow = viaSheetJs(`fuzz-${seed}.xlsx`, bytes);
      if (JSON.stringify(fast) !== JSON.stringify(slow)) expect({ seed, fast }).toEqual({ seed, fast: slow });
    }
    sheetChunk.bytes = whole;
    expect(declined.slice(0, 5)).toEqual([]);
  });
});

describe('xlsx details the fast reader gets right', () => {
  const cellsXml = (cells: string) =>
    rewrite(book([['x']]), (path, xml) =>
      path.endsWith('sheet1.xml')
        ? xml.replace(/<sheetData>[\s\S]*<\/sheetData>/, `<sheetData>${cells}</sheetData>`)
        : xml,
    );

  it('entities, numeric references and _x escapes as SheetJS decodes them', () => {
    const bytes = cellsXml(
      '<row r="1"><c r="A1" t="inlineStr"><is><t>&lt;b&gt; &amp;amp; &#228;&#xE6; _x000D_x</t></is></c>' +
        '<c r="C1" t="str"><v>&amp;lt;</v></c><c r="D1" t="b"><v>1</v></c><c r="E1" t="e"><v>#N/A</v></c></row>' +
        '<row r="3"><c r="B3"><v>007</v></c></row>',
    );
    const fast = viaFast('x.xlsx', bytes);
    expect(fast.tables['Ark 1']).toEqual([['<b> &amp; äæ \rx', '', '<', 'TRUE'], [], ['', '7']]);
    expect(fast).toEqual(viaSheetJs('x.xlsx', bytes));
  });

  it('cells without r follow the one before; rows without r the row before', () => {
    const bytes = cellsXml(
      '<row><c><v>1</v></c><c r="C1"><v>3</v></c><c><v>4</v></c></row><row><c><v>5</v></c></row>',
    );
    const fast = viaFast('x.xlsx', bytes);
    expect(fast.tables['Ark 1']).toEqual([['1', '', '3', '4'], ['5']]);
    expect(fast).toEqual(viaSheetJs('x.xlsx', bytes));
  });

  it('dates by the style: built-in 14 and 22, a custom d.m.yyyy, a time, the 1904 system', () => {
    const aoa = [
      [
        { t: 'n', v: 46000, z: 'm/d/yy' },
        { t: 'n', v: 46000.5, z: 'm/d/yy h:mm' },
        { t: 'n', v: 46000, z: 'dd.mm.yyyy' },
        { t: 'n', v: 0.25, z: 'hh:mm' },
        { t: 'n', v: 46000, z: '"d"0' },
      ],
    ];
    const bytes = book(aoa);
    const fast = viaFast('d.xlsx', bytes);
    expect(fast.tables['Ark 1']).toEqual([
      ['2025-12-09', '2025-12-09 12:00:00', '2025-12-09', '06:00:00', '46000'],
    ]);
    expect(fast).toEqual(viaSheetJs('d.xlsx', bytes));
    const b1904 = book(aoa, { date1904: true });
    expect(viaFast('d.xlsx', b1904)).toEqual(viaSheetJs('d.xlsx', b1904));
  });

  it('declines what it does not know, and the import still reads it through SheetJS', () => {
    const bytes = cellsXml(
      '<row r="1"><c r="A1" t="d"><v>2026-03-01T00:00:00</v></c><c r="B1"><v>2</v></c></row>',
    );
    expect(() => viaFast('d.xlsx', bytes)).toThrow(XlsxDecline);
    const read = readImportFile('d.xlsx', bytes);
    expect(read.table.rows).toEqual(viaSheetJs('d.xlsx', bytes).tables['Ark 1']);
    expect(read.table.rows[0]![1]).toBe('2');
  });
});

describe('what the fast reader leaves to SheetJS', () => {
  const aoa = [
    ['id', 'q1', 'when'],
    [1, 5, { t: 'n', v: 46000.25, z: 'dd.mm.yyyy hh:mm' }],
    [2, 'vet ikke', null],
  ];

  it('an .xlsm (macro-enabled) is read by the fast reader, as SheetJS reads it', () => {
    const xlsm = rewrite(book(aoa), (path, xml) =>
      path === '[Content_Types].xml'
        ? xml
            .replace('spreadsheetml.sheet.main+xml', 'x')
            .replace(
              'application/vnd.openxmlformats-officedocument.x',
              'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
            )
        : xml,
    );
    expect(viaFast('m.xlsm', xlsm)).toEqual(viaSheetJs('m.xlsm', xlsm));
    expect(readImportFile('m.xlsm', xlsm).table.rows).toEqual([
      ['id', 'q1', 'when'],
      ['1', '5', '2025-12-09 06:00:00'],
      ['2', 'vet ikke'],
    ]);
  });

  it('strict OOXML, a chart sheet and a prefixed sheet are declined and read through SheetJS', () => {
    const strict = rewrite(book(aoa), (path, xml) =>
      path === 'xl/workbook.xml'
        ? xml.replace(
            'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
            'http://purl.oclc.org/ooxml/spreadsheetml/main',
          )
        : xml,
    );
    expect(() => viaFast('s.xlsx', strict)).toThrow(XlsxDecline);
    const prefixed = rewrite(book(aoa), (path, xml) =>
      path.endsWith('sheet1.xml')
        ? xml
            .replace(/<(\/?)(worksheet|sheetData|row|c|v|dimension)\b/g, '<$1x:$2')
            .replace(
              '<x:worksheet ',
              '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ',
            )
        : xml,
    );
    expect(() => viaFast('p.xlsx', prefixed)).toThrow(XlsxDecline);
    // Whatever SheetJS makes of them, the import makes of them too.
    for (const [n, b] of [
      ['s.xlsx', strict],
      ['p.xlsx', prefixed],
    ] as const) {
      const slow = viaSheetJs(n, b);
      expect(readImportFile(n, b).table.rows).toEqual(slow.tables[slow.sheets[0]!] ?? []);
    }
  });
});

describe('damaged workbooks get one clear line', () => {
  it('sheet XML cut short names the file and the sheet', () => {
    const bytes = rewrite(
      book([
        ['id', 'q1'],
        [1, 5],
      ]),
      (path, xml) => (path.endsWith('sheet1.xml') ? xml.slice(0, xml.indexOf('</row>') + 20) : xml),
    );
    expect(() => readImportFile('cut.xlsx', bytes)).toThrow(/cut\.xlsx: sheet "Ark 1" is damaged/);
  });

  it('a cell pointing past the shared texts names the file and the sheet', () => {
    const bytes = rewrite(
      book([
        ['id', 'q1'],
        [1, 5],
      ]),
      (path, xml) => (path.endsWith('sheet1.xml') ? xml.replace(/<v>1<\/v>/, '<v>999</v>') : xml),
    );
    expect(() => readImportFile('sst.xlsx', bytes)).toThrow(
      /sst\.xlsx: sheet "Ark 1" is damaged: cell B1 refers to a shared text/,
    );
  });

  it('a damaged zip is refused without a stack trace', () => {
    const rows = [['id', 'q1'], ...Array.from({ length: 200 }, (_, i) => [i, `svar ${i % 7}`])];
    const good = rewrite(book(rows), (_p, xml) => xml); // deflated
    const at = good.indexOf('xl/worksheets/sheet1.xml') + 'xl/worksheets/sheet1.xml'.length;
    const bad = Buffer.from(good);
    bad.fill(0xff, at + 10, at + 60);
    expect(() => readImportFile('zip.xlsx', bad)).toThrow(/^zip\.xlsx could not be read as a spreadsheet/);
    const cut = good.subarray(0, good.length - 30);
    expect(() => readImportFile('cut.xlsx', cut)).toThrow(/^cut\.xlsx is a damaged zip file/);
  });
});
