// Deterministic damaged and hostile files for the tests: tiny .ods files whose XML declares absurd
// repeats, and byte-damaged copies of a real file. Test-only; nothing in the app imports this.
import { crc32, deflateRawSync } from 'node:zlib';
import * as XLSX from 'xlsx';

/** A two-row .ods whose second row or cell carries the given repeat attribute. */
export function odsWithRepeat(
  attr: 'table:number-rows-repeated' | 'table:number-columns-repeated',
  n: number,
): Buffer {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(
    wb,
    XLSX.utils.aoa_to_sheet([
      ['id', 'q1'],
      ['1', '5'],
    ]),
    'Data',
  );
  const ods = XLSX.write(wb, { type: 'buffer', bookType: 'ods' }) as Buffer;
  const zip = XLSX.CFB.read(ods, { type: 'buffer' });
  const entry = XLSX.CFB.find(zip, 'content.xml')!;
  let xml = Buffer.from(entry.content as Uint8Array).toString('utf8');
  const rows = xml.split('<table:table-row>');
  const target = attr === 'table:number-rows-repeated' ? '<table:table-row>' : '<table:table-cell ';
  if (attr === 'table:number-rows-repeated') {
    rows[2] = rows[2]!; // the second data row repeats
    xml = `${rows.slice(0, 2).join(target)}<table:table-row ${attr}="${n}">${rows.slice(2).join(target)}`;
  } else {
    xml = xml.replace(
      '<table:table-cell office:value-type="string"><text:p>5',
      `<table:table-cell ${attr}="${n}" office:value-type="string"><text:p>5`,
    );
  }
  entry.content = Buffer.from(xml, 'utf8');
  return Buffer.from(
    XLSX.CFB.write(zip, { type: 'buffer', fileType: 'zip', compression: true }) as Uint8Array,
  );
}

/** A seeded byte-level mutation: `count` bytes overwritten at pseudo-random places. */
export function mutateBytes(src: Uint8Array, seed: number, count: number): Buffer {
  let s = seed >>> 0 || 1;
  const rnd = () => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return s / 0x100000000;
  };
  const b = Buffer.from(src);
  for (let k = 0; k < count; k++) b[Math.floor(rnd() * b.length)] = Math.floor(rnd() * 256);
  return b;
}

/**
 * A zip of `count` entries, each `entryBytes` of spaces deflated; `claim` overrides the size the
 * headers declare. Every entry shares one compressed body, so even a large bomb is quick to build.
 */
export function multiEntryZip(count: number, entryBytes: number, claim?: number): Buffer {
  const raw = Buffer.alloc(entryBytes, 0x20);
  const data = deflateRawSync(raw, { level: 9 });
  const crc = crc32(raw);
  const parts: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (let i = 0; i < count; i++) {
    const name = Buffer.from(`xl/worksheets/sheet${i + 1}.xml`);
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
    central.writeUInt32LE(offset, 42);
    parts.push(local, name, data);
    centrals.push(central, name);
    offset += local.length + name.length + data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, cd, end]);
}
