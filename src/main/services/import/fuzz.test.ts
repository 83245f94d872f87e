import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { deflateRawSync, crc32 } from 'node:zlib';
import * as XLSX from 'xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Api } from './test-helpers';
import { api, fileHash, makeStudy, tempDir } from './test-helpers';
import { LIMITS } from './guard';

const FIX = resolve(__dirname, '../../../../tests/fixtures/import');
const SOURCES = [
  'scandinavian/nb-semicolon-win1252.csv',
  'scandinavian/da-tab-utf16le.txt',
  'scandinavian/libreoffice-nb-semicolon-win1252.xlsx',
  'scandinavian/libreoffice-nb-semicolon-win1252.xls',
  'scandinavian/libreoffice-da-semicolon-utf8bom.ods',
  'survey-exports/qualtrics/qualtRics_sample.csv',
].map((p) => ({ name: p.split('/').pop()!, bytes: readFileSync(join(FIX, p)) }));

/** The clear refusals a damaged file may get; INTERNAL (a crash) is never one of them. */
const CLEAR = new Set([
  'IMPORT_UNREADABLE',
  'IMPORT_NO_HEADER',
  'IMPORT_NO_MATCHING_COLUMNS',
  'IMPORT_BAD_VALUES',
  'IMPORT_TOO_LARGE',
  'IMPORT_DUPLICATE_FILE',
]);

let dir: string;
let study: string;
let a: Api;
let studyId: string;
beforeAll(async () => {
  dir = tempDir();
  study = join(dir, 'fuzz.tpstudy');
  makeStudy(study);
  a = api(dir);
  studyId = (await a.call('study/open', { path: study })).studyId;
});
afterAll(() => a.close());

async function tryImport(name: string, bytes: Uint8Array) {
  const before = fileHash(study);
  const t0 = Date.now();
  const r = await a.raw('import/commit', {
    studyId,
    file: { name, base64: Buffer.from(bytes).toString('base64') },
    waveYear: 2026,
    onError: 'abort',
    createQuestions: true,
    ifDuplicate: 'skip',
  });
  const ms = Date.now() - t0;
  return { r, ms, unchanged: fileHash(study) === before };
}

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({
    kind: fc.constant('flip' as const),
    at: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 20 }),
    byte: fc.integer({ min: 0, max: 255 }),
  }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    junk: fc.uint8Array({ minLength: 1, maxLength: 64 }),
  }),
);

type Mutation =
  | { kind: 'truncate'; at: number }
  | { kind: 'flip'; at: number[]; byte: number }
  | { kind: 'insert'; at: number; junk: Uint8Array };

function mutate(b: Buffer, m: Mutation): Buffer {
  const pos = (x: number) => Math.min(b.length - 1, Math.floor(x * b.length));
  if (m.kind === 'truncate') return b.subarray(0, pos(m.at));
  if (m.kind === 'flip') {
    const c = Buffer.from(b);
    for (const x of m.at) c[pos(x)] = m.byte;
    return c;
  }
  const at = pos(m.at);
  return Buffer.concat([b.subarray(0, at), Buffer.from(m.junk), b.subarray(at)]);
}

/**
 * A zip whose one entry inflates 1000-fold: the shape of a zip bomb, named like a workbook. With
 * `claim`, its headers lie and declare that many bytes instead.
 */
function zipBomb(claim?: number): Buffer {
  const name = Buffer.from('xl/worksheets/sheet1.xml');
  const raw = Buffer.alloc(64 * 1024 * 1024, 0x20);
  const data = deflateRawSync(raw, { level: 9 });
  const crc = crc32(raw);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(claim ?? raw.length, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(claim ?? raw.length, 24);
  central.writeUInt16LE(name.length, 28);
  const cdOffset = local.length + name.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + name.length, 12);
  end.writeUInt32LE(cdOffset, 16);
  return Buffer.concat([local, name, data, central, name, end]);
}

describe('corrupted, truncated and hostile files', () => {
  it('get a clear error or a clean import: no crash, no hang, and an unchanged study when refused', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: SOURCES.length - 1 }), mutation, async (i, m) => {
        const src = SOURCES[i]!;
        const { r, ms, unchanged } = await tryImport(src.name, mutate(src.bytes, m));
        expect(ms).toBeLessThan(5000);
        if (!r.ok) {
          expect(CLEAR, `${r.error.code}: ${r.error.message}`).toContain(r.error.code);
          expect(r.error.message.length).toBeGreaterThan(10);
          expect(unchanged).toBe(true);
        }
      }),
      { numRuns: 80, seed: 4242 },
    );
    // 80 real imports: about 20 s on a quiet machine; the bound is for a busy one.
  }, 120_000);

  it('refuses a zip bomb before inflating it', async () => {
    const { r, ms, unchanged } = await tryImport('bomb.xlsx', zipBomb());
    expect(r.ok ? null : r.error.code).toBe('IMPORT_TOO_LARGE');
    expect(r.ok ? '' : r.error.message).toMatch(/zip bomb/);
    expect(ms).toBeLessThan(2000);
    expect(unchanged).toBe(true);
  });

  it('refuses absurd sheet dimensions and binary junk', async () => {
    const wide = `${Array.from({ length: 20000 }, (_, i) => `c${i}`).join(',')}\n1\n`;
    const w = await tryImport('wide.csv', Buffer.from(wide));
    expect(w.r.ok ? null : w.r.error.code).toBe('IMPORT_TOO_LARGE');
    const junk = await tryImport(
      'junk.csv',
      Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 7919) % 32)),
    );
    expect(junk.r.ok ? null : junk.r.error.code).toBe('IMPORT_UNREADABLE');
    expect(junk.unchanged).toBe(true);
  });

  it('refuses a zip bomb whose headers lie about its size, while inflating it', async () => {
    const cap = LIMITS.maxEntryBytes;
    LIMITS.maxEntryBytes = 16 * 1024 * 1024; // the real cap is 640 MB; the test bomb is 64 MB
    try {
      const { r, ms, unchanged } = await tryImport('liar.xlsx', zipBomb(100_000));
      expect(r.ok ? null : r.error.code).toBe('IMPORT_TOO_LARGE');
      expect(r.ok ? '' : r.error.message).toMatch(/^liar\.xlsx is refused: .*zip bomb/);
      expect(ms).toBeLessThan(2000);
      expect(unchanged).toBe(true);
    } finally {
      LIMITS.maxEntryBytes = cap;
    }
  });

  it('refuses absurd sheet dimensions in an xlsx quickly, naming the file and sheet', async () => {
    const cases: [string, string][] = [
      // A whole-sheet <dimension> with three cells in it.
      ['whole-sheet.xlsx', '<dimension ref="A1:XFD1048576"/>'],
      // A sheet declaring five million rows.
      ['millions.xlsx', '<dimension ref="A1:CV5000000"/>'],
    ];
    for (const [name, dimension] of cases) {
      const { r, ms, unchanged } = await tryImport(
        name,
        xlsxWithSheetXml(
          `${dimension}<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>id</t></is></c><c r="B1" t="inlineStr"><is><t>Q1</t></is></c></row><row r="2"><c r="A2"><v>1</v></c><c r="B2"><v>3</v></c></row></sheetData>`,
        ),
      );
      expect(r.ok ? null : r.error.code, name).toBe('IMPORT_TOO_LARGE');
      expect(r.ok ? '' : r.error.message).toMatch(
        new RegExp(`^${name.replace('.', '\\.')}: sheet Data is \\d+ rows × \\d+ columns, beyond`),
      );
      expect(ms, name).toBeLessThan(2000);
      expect(unchanged).toBe(true);
    }
    // A row numbered beyond Excel's last row, with a sane <dimension>: refused too, not allocated.
    const far = await tryImport(
      'far-row.xlsx',
      xlsxWithSheetXml(
        '<dimension ref="A1:B2"/><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>id</t></is></c><c r="B1" t="inlineStr"><is><t>Q1</t></is></c></row><row r="4000000"><c r="A4000000"><v>1</v></c><c r="B4000000"><v>3</v></c></row></sheetData>',
      ),
    );
    expect(far.ms).toBeLessThan(2000);
    if (!far.r.ok) expect(CLEAR).toContain(far.r.error.code);
    expect(far.unchanged || far.r.ok).toBe(true);
  });

  it('refuses a file beyond the size limit before decoding it, naming the file', async () => {
    const max = LIMITS.maxFileBytes;
    LIMITS.maxFileBytes = 1024 * 1024; // the real limit is 300 MB; the test file is 2 MB
    try {
      const csv = Buffer.from(`id,Q1\n${'r,1\n'.repeat(512 * 1024)}`);
      const { r, ms, unchanged } = await tryImport('huge.csv', csv);
      expect(r.ok ? null : r.error.code).toBe('IMPORT_TOO_LARGE');
      expect(r.ok ? '' : r.error.message).toMatch(/^huge\.csv is 2 MB; the import takes files up to 1 MB/);
      expect(ms).toBeLessThan(2000);
      expect(unchanged).toBe(true);
    } finally {
      LIMITS.maxFileBytes = max;
    }
  });
});

/** A one-sheet xlsx (sheet "Data") whose sheet XML body is `body`, as a hostile file would write it. */
function xlsxWithSheetXml(body: string): Buffer {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['id']]), 'Data');
  const zip = XLSX.CFB.read(XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer, {
    type: 'buffer',
  });
  const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${body}</worksheet>`;
  XLSX.CFB.utils.cfb_add(zip, '/xl/worksheets/sheet1.xml', Buffer.from(xml));
  return Buffer.from(
    XLSX.CFB.write(zip, { type: 'buffer', fileType: 'zip', compression: true }) as Uint8Array,
  );
}
