/**
 * A small streaming xlsx writer for benchmarks: the sheet XML is produced row batch by row batch and
 * deflated as it goes (node:zlib), then zipped by hand. SheetJS's writer holds the whole workbook as
 * objects and took over 8 minutes for 100,000 × 100; this takes seconds and little memory.
 *
 * Output is what Excel writes in spirit: shared strings for text, `<c r="B2"><v>4</v></c>` for
 * numbers, blank cells left out, a `<dimension>` and a minimal styles part.
 */
import { closeSync, openSync, renameSync, writeSync } from 'node:fs';
import { crc32, createDeflateRaw, deflateRawSync } from 'node:zlib';

export type CellValue = string | number | null;

type Entry = { name: string; crc: number; size: number; chunks: Buffer[]; compressed: number };

const esc = (s: string) =>
  s.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));

function colLetters(count: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let n = i + 1;
    let s = '';
    while (n > 0) {
      const r = (n - 1) % 26;
      s = String.fromCharCode(65 + r) + s;
      n = Math.floor((n - 1) / 26);
    }
    out.push(s);
  }
  return out;
}

function smallEntry(name: string, text: string): Entry {
  const raw = Buffer.from(text, 'utf8');
  const data = deflateRawSync(raw);
  return { name, crc: crc32(raw), size: raw.length, chunks: [data], compressed: data.length };
}

/** Deflates a stream of string pieces into one zip entry, keeping only the compressed bytes. */
async function streamEntry(name: string, pieces: Iterable<string>): Promise<Entry> {
  const z = createDeflateRaw({ level: 6 });
  const entry: Entry = { name, crc: 0, size: 0, chunks: [], compressed: 0 };
  z.on('data', (c: Buffer) => {
    entry.chunks.push(c);
    entry.compressed += c.length;
  });
  const done = new Promise<void>((resolve, reject) => {
    z.on('end', resolve);
    z.on('error', reject);
  });
  for (const piece of pieces) {
    const buf = Buffer.from(piece, 'utf8');
    entry.crc = crc32(buf, entry.crc);
    entry.size += buf.length;
    if (!z.write(buf)) await new Promise((r) => z.once('drain', r));
  }
  z.end();
  await done;
  return entry;
}

function writeZip(path: string, entries: Entry[]): void {
  const tmp = `${path}.${process.pid}.part`;
  const fd = openSync(tmp, 'w');
  const central: Buffer[] = [];
  let offset = 0;
  const put = (b: Buffer) => {
    writeSync(fd, b);
    offset += b.length;
  };
  for (const e of entries) {
    const name = Buffer.from(e.name);
    if (e.size >= 0xffffffff || offset >= 0xffffffff) throw new Error('xlsx-writer: no zip64 support');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(e.crc, 14);
    local.writeUInt32LE(e.compressed, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(name.length, 26);
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE(20, 4);
    cd.writeUInt16LE(20, 6);
    cd.writeUInt16LE(8, 10);
    cd.writeUInt32LE(e.crc, 16);
    cd.writeUInt32LE(e.compressed, 20);
    cd.writeUInt32LE(e.size, 24);
    cd.writeUInt16LE(name.length, 28);
    cd.writeUInt32LE(offset, 42);
    central.push(cd, name);
    put(local);
    put(name);
    for (const c of e.chunks) put(c);
    e.chunks = [];
  }
  const cdStart = offset;
  for (const b of central) put(b);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(offset - cdStart, 12);
  end.writeUInt32LE(cdStart, 16);
  put(end);
  closeSync(fd);
  renameSync(tmp, path);
}

/**
 * Writes a one-sheet xlsx: `header` (strings) then `rowCount` rows from `row(i)` (null = blank cell).
 * Strings go to the shared-string table, numbers inline. Rows are produced lazily, 500 at a time.
 */
export async function writeXlsx(
  path: string,
  sheetName: string,
  header: string[],
  rowCount: number,
  row: (i: number) => CellValue[],
): Promise<void> {
  const cols = header.length;
  const letters = colLetters(cols);
  const sst = new Map<string, number>();
  let sstRefs = 0;
  const cell = (ref: string, v: CellValue): string => {
    if (v === null || v === '') return '';
    if (typeof v === 'number') return `<c r="${ref}"><v>${v}</v></c>`;
    let i = sst.get(v);
    if (i === undefined) sst.set(v, (i = sst.size));
    sstRefs++;
    return `<c r="${ref}" t="s"><v>${i}</v></c>`;
  };
  function* sheetXml(): Generator<string> {
    yield '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">';
    yield `<dimension ref="A1:${letters[cols - 1]}${rowCount + 1}"/><sheetData>`;
    let s = `<row r="1">${header.map((h, c) => cell(`${letters[c]}1`, h)).join('')}</row>`;
    for (let i = 0; i < rowCount; i++) {
      const r = i + 2;
      const values = row(i);
      s += `<row r="${r}">`;
      for (let c = 0; c < cols; c++) s += cell(`${letters[c]}${r}`, values[c] ?? null);
      s += '</row>';
      if ((i & 511) === 511) {
        yield s;
        s = '';
      }
    }
    yield `${s}</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;
  }
  const sheet = await streamEntry('xl/worksheets/sheet1.xml', sheetXml());
  const strings = [...sst.keys()]
    .map((s) => `<si><t${/^\s|\s$/.test(s) ? ' xml:space="preserve"' : ''}>${esc(s)}</t></si>`)
    .join('');
  const ns = 'http://schemas.openxmlformats.org';
  writeZip(path, [
    smallEntry(
      '[Content_Types].xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="${ns}/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`,
    ),
    smallEntry(
      '_rels/.rels',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${ns}/package/2006/relationships"><Relationship Id="rId1" Type="${ns}/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    smallEntry(
      'xl/workbook.xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${ns}/spreadsheetml/2006/main" xmlns:r="${ns}/officeDocument/2006/relationships"><sheets><sheet name="${esc(sheetName)}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    smallEntry(
      'xl/_rels/workbook.xml.rels',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${ns}/package/2006/relationships"><Relationship Id="rId1" Type="${ns}/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${ns}/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId3" Type="${ns}/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    ),
    smallEntry(
      'xl/styles.xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${ns}/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`,
    ),
    smallEntry(
      'xl/sharedStrings.xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="${ns}/spreadsheetml/2006/main" count="${sstRefs}" uniqueCount="${sst.size}">${strings}</sst>`,
    ),
    sheet,
  ]);
}
