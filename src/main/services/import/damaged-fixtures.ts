// Deterministic damaged and hostile files for the tests: tiny .ods files whose XML declares absurd
// repeats, and byte-damaged copies of a real file. Test-only; nothing in the app imports this.
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
