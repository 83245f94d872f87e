/**
 * The import's own reader of .xlsx and .xlsm workbooks: the few zip entries a table needs
 * (content types, workbook, its relationships, shared strings, styles, the sheets) inflated by Node's
 * zlib, and their XML read by an indexOf scanner, with no DOM and no regular expression per cell.
 *
 * Its output is the SheetJS-based reader's (`workbook.ts`), cell for cell: the same text for numbers,
 * strings (shared, inline, rich text runs, entities and `_xHHHH_` escapes), booleans, errors and dates
 * (a cell whose style's number format is a date or time, the 1904 date system included), the same
 * sheet list and the same rows and columns. Anything it does not know for certain — strict OOXML,
 * prefixed element names, a binary workbook, an unusual part or cell type, a damaged zip — it
 * declines (`XlsxDecline`), and the caller reads the file with SheetJS instead; damaged sheet XML is
 * an `XlsxDamaged` naming the sheet, so the caller can say which sheet when SheetJS cannot read it
 * either.
 */
import { inflateRawSync } from 'node:zlib';
import * as XLSX from 'xlsx';
import type { RawTable } from '../../../shared/import/table';
import { checkDimensions, LIMITS } from './guard';
import { dateText } from './workbook';
import { ZipEntryTooLarge } from './zip-inflate';

/** The fast reader cannot read this file for certain: read it with SheetJS. */
export class XlsxDecline extends Error {}

/** A sheet's XML is damaged: the message says where. */
export class XlsxDamaged extends Error {
  constructor(
    readonly sheet: string,
    reason: string,
  ) {
    super(reason);
  }
}

const decline = (why: string): never => {
  throw new XlsxDecline(why);
};

// --- zip ----------------------------------------------------------------------------------------

type ZipEntry = { name: string; method: number; compressed: number; size: number; offset: number };

const u16 = (b: Uint8Array, o: number) => b[o]! | (b[o + 1]! << 8);
const u32 = (b: Uint8Array, o: number) =>
  (b[o]! | (b[o + 1]! << 8) | (b[o + 2]! << 16) | (b[o + 3]! << 24)) >>> 0;

/** The central directory, by lower-case name (SheetJS finds parts regardless of case). */
function centralDirectory(b: Uint8Array): Map<string, ZipEntry> {
  let eocd = -1;
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 65535); i--) {
    if (u32(b, i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) decline('no central directory');
  const count = u16(b, eocd + 10);
  if (count === 0xffff) decline('zip64');
  let p = u32(b, eocd + 16);
  const out = new Map<string, ZipEntry>();
  for (let e = 0; e < count; e++) {
    if (p + 46 > b.length || u32(b, p) !== 0x02014b50) decline('damaged central directory');
    const flags = u16(b, p + 8);
    const method = u16(b, p + 10);
    const compressed = u32(b, p + 20);
    const size = u32(b, p + 24);
    const nameLen = u16(b, p + 28);
    const offset = u32(b, p + 42);
    if (flags & 1) decline('encrypted entry');
    if (method !== 0 && method !== 8) decline(`compression method ${method}`);
    if (compressed === 0xffffffff || size === 0xffffffff || offset === 0xffffffff) decline('zip64');
    const name = Buffer.from(b.buffer, b.byteOffset + p + 46, nameLen)
      .toString(flags & 0x800 ? 'utf8' : 'latin1')
      .replace(/\\/g, '/');
    const key = name.toLowerCase();
    if (out.has(key)) decline('duplicate entry');
    out.set(key, { name, method, compressed, size, offset });
    p += 46 + nameLen + u16(b, p + 30) + u16(b, p + 32);
  }
  return out;
}

class Zip {
  private readonly entries: Map<string, ZipEntry>;
  private inflated = 0;
  constructor(private readonly bytes: Uint8Array) {
    this.entries = centralDirectory(bytes);
  }
  has(path: string): boolean {
    return this.entries.has(path.toLowerCase());
  }
  /** An entry's stored (compressed) bytes. */
  private rawOf(e: ZipEntry): Buffer {
    const b = this.bytes;
    const p = e.offset;
    if (p + 30 > b.length || u32(b, p) !== 0x04034b50) decline('damaged local header');
    const start = p + 30 + u16(b, p + 26) + u16(b, p + 28);
    if (start + e.compressed > b.length) decline('truncated entry');
    return Buffer.from(b.buffer, b.byteOffset + start, e.compressed);
  }
  /** An entry's bytes, inflated within the import's limits; null when there is no such entry. */
  bytesOf(path: string): Buffer | null {
    const e = this.entries.get(path.toLowerCase());
    if (!e) return null;
    const raw = this.rawOf(e);
    let out: Buffer;
    if (e.method === 0) out = raw;
    else {
      try {
        out = inflateRawSync(raw, { maxOutputLength: LIMITS.maxEntryBytes });
      } catch (err) {
        if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE')
          throw new ZipEntryTooLarge('zip entry too large');
        return decline('damaged entry');
      }
    }
    this.inflated += out.byteLength;
    if (this.inflated > LIMITS.maxUnzippedBytes) throw new ZipEntryTooLarge('zip too large in total');
    return out;
  }
  /** An entry as text (UTF-8, as SheetJS reads the XML), or null. */
  text(path: string): string | null {
    const b = this.bytesOf(path);
    if (!b) return null;
    if (b[0] === 0xff && b[1] === 0xfe) decline('UTF-16 part');
    if (b[0] === 0xfe && b[1] === 0xff) decline('UTF-16 part');
    return b.toString('utf8');
  }
}

// --- XML text as SheetJS decodes it -------------------------------------------------------------

const NAMED: Record<string, string> = { quot: '"', apos: "'", gt: '>', lt: '<', amp: '&' };
const isHex = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);

/** SheetJS's entity pass: named and numeric entities (the latter as UTF-16 code units). */
function decodeEntities(s: string): string {
  let i = s.indexOf('&');
  if (i < 0) return s;
  let out = '';
  let from = 0;
  for (; i >= 0; i = s.indexOf('&', i + 1)) {
    let j = i + 1;
    let rep: string | null = null;
    if (s.charCodeAt(j) === 35 /* # */) {
      j++;
      let hex = false;
      if ((s.charCodeAt(j) | 32) === 120 /* x */) {
        // `x?` then digits: `&#x;` falls back to the x being no digit at all, i.e. no match.
        let k = j + 1;
        while (k < s.length && isHex(s.charCodeAt(k))) k++;
        if (k > j + 1 && s.charCodeAt(k) === 59) {
          hex = s.charCodeAt(j) === 120;
          rep = String.fromCharCode(parseInt(s.slice(j + 1, k), hex ? 16 : 10));
          j = k;
        }
      } else {
        let k = j;
        while (k < s.length && isHex(s.charCodeAt(k))) k++;
        if (k > j && s.charCodeAt(k) === 59) {
          rep = String.fromCharCode(parseInt(s.slice(j, k), 10));
          j = k;
        }
      }
    } else {
      const semi = s.indexOf(';', j);
      if (semi > j && semi - j <= 4) {
        const word = s.slice(j, semi);
        const lower = word.toLowerCase();
        if (lower in NAMED) {
          // SheetJS matches the names case-blind but maps only the lower-case spelling.
          rep = NAMED[word] ?? '\u0000';
          j = semi;
        }
      }
    }
    if (rep === null) continue;
    out += s.slice(from, i) + rep;
    from = j + 1;
    i = j;
  }
  return out + s.slice(from);
}

/** `_xHHHH_`, Excel's escape of a character XML cannot carry (`_x000D_` a carriage return). */
function decodeEscapes(s: string): string {
  let i = s.indexOf('_');
  if (i < 0) return s;
  let out = '';
  let from = 0;
  for (; i >= 0 && i + 6 < s.length; i = s.indexOf('_', i + 1)) {
    if ((s.charCodeAt(i + 1) | 32) !== 120 || s.charCodeAt(i + 6) !== 95) continue;
    if (
      !isHex(s.charCodeAt(i + 2)) ||
      !isHex(s.charCodeAt(i + 3)) ||
      !isHex(s.charCodeAt(i + 4)) ||
      !isHex(s.charCodeAt(i + 5))
    )
      continue;
    out += s.slice(from, i) + String.fromCharCode(parseInt(s.slice(i + 2, i + 6), 16));
    from = i + 7;
    i += 6;
  }
  return out + s.slice(from);
}

/** SheetJS's `unescapexml`: entities, then escapes, then (for cell text) CRLF as LF. */
function unescapeXml(s: string, cellText: boolean): string {
  if (s.includes('<![CDATA[')) decline('CDATA');
  let out = s.indexOf('&') >= 0 ? decodeEntities(s) : s;
  if (out.indexOf('_') >= 0) out = decodeEscapes(out);
  return cellText && out.indexOf('\r\n') >= 0 ? out.replaceAll('\r\n', '\n') : out;
}

/** Attributes of one start tag (without namespace prefixes, as SheetJS keys them). */
function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /\s([^"\s?>/]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^'">\s]+))/g;
  for (let m = re.exec(tag); m; m = re.exec(tag)) {
    const name = m[1]!;
    const colon = name.indexOf(':');
    const key =
      colon >= 0 ? (name.startsWith('xmlns:') ? `xmlns${name.slice(6)}` : name.slice(colon + 1)) : name;
    out[key] = m[2] ?? m[3] ?? m[4] ?? '';
  }
  return out;
}

/** Every start tag `<name …>` (exact name, no prefix) in the text, in order. */
function tags(xml: string, name: string): string[] {
  const out: string[] = [];
  const open = `<${name}`;
  for (let i = xml.indexOf(open); i >= 0; i = xml.indexOf(open, i + 1)) {
    const c = xml.charCodeAt(i + open.length);
    if (c !== 32 && c !== 47 && c !== 62 && c !== 9 && c !== 10 && c !== 13) continue;
    const end = xml.indexOf('>', i);
    if (end < 0) decline(`unterminated <${name}>`);
    out.push(xml.slice(i, end + 1));
  }
  return out;
}

/** The content of the first `<name …>…</name>`, or null. */
function element(xml: string, name: string): string | null {
  const t = tags(xml, name)[0];
  if (!t) return null;
  const start = xml.indexOf(t) + t.length;
  if (t.endsWith('/>')) return '';
  const end = xml.indexOf(`</${name}>`, start);
  return end < 0 ? null : xml.slice(start, end);
}

// --- workbook parts -----------------------------------------------------------------------------

const CT_NS = 'http://schemas.openxmlformats.org/package/2006/content-types';
const CT_WORKBOOK = new Set([
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
  'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
  'application/vnd.ms-excel.addin.macroEnabled.main+xml',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml',
]);
const CT_SST = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml';
const CT_STYLES = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';
const REL_WORKSHEET = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet';

/** SheetJS's built-in number formats (its SSF table); the rest are the workbook's own. */
const BUILTIN_FORMATS: Record<number, string> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'm/d/yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy h:mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00;(#,##0.00)',
  40: '#,##0.00;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
  56: '"上午/下午 "hh"時"mm"分"ss"秒 "',
};

const isDateFormat = (XLSX.SSF as unknown as { is_date: (f: string) => boolean }).is_date;

/**
 * Which cell styles (by their `s` index) show a date or time: the style's number format, built in
 * (14–22, 45–47) or the workbook's own with d, m, y, h or s outside quotes and brackets. Null when
 * the workbook has no cell styles (SheetJS then formats nothing as a date).
 */
function dateStyles(stylesXml: string | null): (boolean | null)[] | null {
  if (stylesXml === null) return null;
  let xml = stylesXml;
  if (xml.includes('<!--')) xml = xml.replace(/<!--[\s\S]*?-->/g, '');
  if (/<\w+:styleSheet\b/.test(xml)) decline('prefixed styles');
  const formats: Record<number, string> = { ...BUILTIN_FORMATS };
  const numFmts = element(xml, 'numFmts');
  if (numFmts !== null) {
    for (const t of tags(numFmts, 'numFmt')) {
      const a = attributes(t);
      const id = parseInt(a.numFmtId ?? '', 10);
      if (!(id > 0) || id > 0x188) decline('unusual number format id');
      formats[id] = unescapeXml(a.formatCode ?? '', false);
    }
  }
  const cellXfs = element(xml, 'cellXfs');
  if (cellXfs === null) return null;
  const out: (boolean | null)[] = [];
  for (const t of tags(cellXfs, 'xf')) {
    const a = attributes(t);
    const id = a.numFmtId ? parseInt(a.numFmtId, 10) : 0;
    if (!(id >= 0) || id > 0x188) decline('unusual number format id');
    // A format neither built in nor the workbook's: SheetJS's handling depends on what it read
    // before, so a number in such a style is left to it (null).
    const fmt = formats[id];
    out.push(fmt === undefined ? null : isDateFormat(fmt));
  }
  return out;
}

type Si = string | undefined;

/** One `<si>` (or `<is>`) as SheetJS reads it: the plain `<t>`, else the runs' `<t>`s without phonetics. */
function stringItem(raw: string): Si {
  const x = raw.trim();
  if (x === '') return '';
  if (x.startsWith('<t')) {
    const gt = x.indexOf('>');
    const end = x.indexOf('</t>', gt + 1);
    if (gt < 0 || x.charCodeAt(gt - 1) === 47) return '';
    const text = end < 0 ? x.slice(gt + 1) : x.slice(gt + 1, end);
    if (text.includes('<')) decline('markup inside <t>');
    return unescapeXml(text, true);
  }
  if (x.charCodeAt(0) === 60 && x.charCodeAt(2) === 58) decline('prefixed string item');
  if (!/<r[\s>/]/.test(x)) return undefined;
  let body = x;
  if (body.includes('<rPh')) {
    body = body.replace(/<rPh\b[^<>]*>[\s\S]*?<\/rPh>/g, '');
    if (body.includes('<rPh')) decline('unterminated phonetic run');
  }
  let text = '';
  for (let i = body.indexOf('<t'); i >= 0; i = body.indexOf('<t', i + 2)) {
    const c = body.charCodeAt(i + 2);
    if (c !== 62 && c !== 32 && c !== 9 && c !== 10 && c !== 13) continue;
    const gt = body.indexOf('>', i);
    if (gt < 0 || body.charCodeAt(gt - 1) === 47) continue;
    const lt = body.indexOf('<', gt + 1);
    if (lt < 0 || !body.startsWith('</t>', lt)) continue;
    text += body.slice(gt + 1, lt);
  }
  return unescapeXml(text, true);
}

function sharedStrings(xml: string | null): Si[] {
  if (xml === null) return [];
  const sst = element(xml, 'sst');
  if (sst === null) {
    if (/<\w+:sst\b/.test(xml)) decline('prefixed shared strings');
    return [];
  }
  if (sst.includes('<si ') || sst.includes('<si/')) decline('unusual <si>');
  const out: Si[] = [];
  let from = 0;
  for (let end = sst.indexOf('</si>'); end >= 0; end = sst.indexOf('</si>', from)) {
    let piece = sst.slice(from, end);
    const open = piece.indexOf('<si>');
    if (open >= 0) piece = piece.slice(0, open) + piece.slice(open + 4);
    if (piece.includes('<si>')) decline('nested <si>');
    out.push(stringItem(piece));
    from = end + 5;
  }
  // SheetJS splits on </si>, so what follows the last one is an item too (an empty text).
  const rest = sst.slice(from);
  out.push(rest.includes('<si>') ? decline('unterminated <si>') : stringItem(rest));
  return out;
}

/** A part's path from a relationship target, as SheetJS resolves it. */
function resolveSheetPath(zip: Zip, target: string, relsFile: string): string {
  let path = `xl/${target.replace(/[/]?xl\//, '')}`;
  if (!zip.has(path)) path = target;
  if (!zip.has(path)) path = relsFile.replace(/_rels\/[\S\s]*$/, '') + target;
  return path;
}

// --- the workbook -------------------------------------------------------------------------------

export type FastWorkbook = {
  sheets: string[];
  /** Reads the named sheets as text tables (missing names are left out). */
  read(names: string[]): Map<string, RawTable>;
};

type Context = { file: string; strings: Si[]; dates: (boolean | null)[] | null; date1904: boolean };

/** Opens an .xlsx/.xlsm for the fast reader, or declines (`XlsxDecline`). */
export function openFastXlsx(file: string, bytes: Uint8Array): FastWorkbook {
  const zip = new Zip(bytes);
  const ctXml = zip.text('[Content_Types].xml');
  if (ctXml === null) return decline('no content types');
  if (zip.has('META-INF/manifest.xml') || zip.has('Index/Document.iwa')) decline('not an xlsx');
  const types = tags(ctXml, 'Types')[0];
  if (!types || attributes(types).xmlns !== CT_NS) decline('content types namespace');
  let workbookPath: string | null = null;
  let sstPath: string | null = null;
  let stylesPath: string | null = null;
  for (const t of tags(ctXml, 'Override')) {
    const a = attributes(t);
    const part = a.PartName ?? '';
    const type = a.ContentType ?? '';
    if (CT_WORKBOOK.has(type)) workbookPath ??= part;
    else if (type === CT_SST) sstPath ??= part;
    else if (type === CT_STYLES) stylesPath ??= part;
    else if (
      type.includes('spreadsheetml.sheet.binary') ||
      type === 'application/vnd.ms-excel.sheet.binary.macroEnabled.main'
    )
      decline('binary workbook');
  }
  if (workbookPath === null) {
    if (!zip.has('xl/workbook.xml')) decline('no workbook part');
    workbookPath = 'xl/workbook.xml';
  }
  const strip = (p: string) => (p.startsWith('/') ? p.slice(1) : p);
  workbookPath = strip(workbookPath);
  if (!workbookPath.endsWith('.xml')) decline('binary workbook');
  const wbXml = zip.text(workbookPath);
  if (wbXml === null) return decline('workbook part missing');
  if (wbXml.includes('purl.oclc.org/ooxml')) decline('strict OOXML');
  if (/<\w+:workbook\b/.test(wbXml)) decline('prefixed workbook');
  const pr = tags(wbXml, 'workbookPr')[0];
  const d1904 = pr ? attributes(pr).date1904 : undefined;
  const date1904 = d1904 === '1' || d1904 === 'true';
  const sheetTags = tags(wbXml, 'sheet');
  if (sheetTags.length === 0) decline('no sheets');

  const slash = workbookPath.lastIndexOf('/');
  let relsFile = `${workbookPath.slice(0, slash + 1)}_rels/${workbookPath.slice(slash + 1)}.rels`;
  if (!zip.has(relsFile)) relsFile = 'xl/_rels/workbook.xml.rels';
  const relsXml = zip.text(relsFile);
  if (relsXml === null) return decline('no workbook relationships');
  const rels = new Map<string, { target: string; type: string }>();
  for (const t of tags(relsXml, 'Relationship')) {
    const a = attributes(t);
    if (a.TargetMode === 'External') continue;
    rels.set(a.Id ?? '', { target: a.Target ?? '', type: a.Type ?? '' });
  }
  const sheets: { name: string; path: string }[] = [];
  for (const t of sheetTags) {
    const a = attributes(t);
    const rel = rels.get(a.id ?? '');
    if (!rel || rel.type !== REL_WORKSHEET) decline('a sheet that is not a worksheet');
    const path = resolveSheetPath(zip, rel!.target, relsFile);
    if (!path.endsWith('.xml') || !zip.has(path)) decline('sheet part missing');
    sheets.push({ name: unescapeXml(a.name ?? '', false), path });
  }

  let ctx: Context | null = null;
  const context = (): Context => {
    ctx ??= {
      file,
      strings: sharedStrings(sstPath ? zip.text(strip(sstPath)) : null),
      dates: dateStyles(stylesPath ? zip.text(strip(stylesPath)) : null),
      date1904,
    };
    return ctx;
  };

  return {
    sheets: sheets.map((s) => s.name),
    read(names) {
      const c = context();
      const out = new Map<string, RawTable>();
      for (const s of sheets) {
        if (!names.some((n) => n.toLowerCase() === s.name.toLowerCase())) continue;
        const xml = zip.bytesOf(s.path);
        if (xml === null) return decline('sheet part missing');
        out.set(s.name, { sheet: s.name, rows: readSheet(xml, s.name, c) });
      }
      return out;
    },
  };
}

// --- a sheet ------------------------------------------------------------------------------------

/** Small whole numbers are most cells of a survey export: one shared string each instead of one per cell. */
const SMALL = Array.from({ length: 1024 }, (_, i) => String(i));
const DAY_ZERO = Date.UTC(1899, 11, 30, 0, 0, 0);

function numberText(v: number): string {
  return v >= 0 && v < 1024 && (v | 0) === v && !Object.is(v, -0) ? SMALL[v]! : String(v);
}

/** A serial in a date style: SheetJS's `numdate` (Excel's phantom 29 February 1900 stays a number). */
function serialText(serial: number, date1904: boolean): string {
  const v = serial + (date1904 ? 1462 : 0);
  if (v >= 60 && v < 61) return numberText(v);
  const d = new Date();
  // Multiplied step by step as SheetJS does: one product by 86,400,000 rounds differently.
  d.setTime((v > 60 ? v : v + 1) * 24 * 60 * 60 * 1000 + DAY_ZERO);
  return dateText(d);
}

/** A `<c>`'s `<v>` text (raw), or undefined when it has none or an empty one. */
function valueOf(xml: string, from: number, to: number): string | undefined {
  let i = xml.indexOf('<v', from);
  while (i >= 0 && i < to) {
    const c = xml.charCodeAt(i + 2);
    if (c === 62 || c === 32) {
      const gt = xml.indexOf('>', i);
      if (xml.charCodeAt(gt - 1) === 47) return undefined;
      const end = xml.indexOf('</v>', gt);
      if (end < 0 || end > to) return undefined;
      const v = xml.slice(gt + 1, end);
      return v === '' ? undefined : v;
    }
    i = xml.indexOf('<v', i + 2);
  }
  return undefined;
}

const BAD = (sheet: string, why: string) => new XlsxDamaged(sheet, why);

/**
 * The sheet XML is decoded and scanned this many bytes at a time, cut after a row's end, so no string
 * of the whole sheet is made (one byte a character in the inflated bytes, where a string of non-ASCII
 * text takes two). Node's zlib inflates synchronously only in one go, so the bytes are held once.
 * Tests shrink it.
 */
export const sheetChunk = { bytes: 4 * 1024 * 1024 };

/**
 * One sheet's rows as text, as readWorkbookSheets makes them from SheetJS's cells: a row per sheet
 * row up to the last with a cell, trailing empty cells trimmed, missing rows empty. The XML is read
 * from its inflated bytes a few megabytes at a time, so no string of the whole sheet is ever made.
 */
export function readSheet(buf: Buffer, sheet: string, ctx: Context): string[][] {
  if (buf[0] === 0xff || buf[0] === 0xfe) decline('UTF-16 part');
  const open = buf.indexOf('<sheetData');
  if (open < 0) {
    const text = buf.toString('utf8', 0, Math.min(buf.length, 1 << 20));
    if (/<\w+:(sheetData|worksheet)\b/.test(text)) decline('prefixed sheet');
    if (!/<worksheet\b/.test(text)) throw BAD(sheet, 'it has no worksheet element');
    return [];
  }
  const openEnd = buf.indexOf('>', open);
  if (openEnd < 0) throw BAD(sheet, 'the file ends inside <sheetData>');
  const head = buf.toString('utf8', 0, open);
  if (buf[openEnd - 1] === 47) return [];
  const sheetDataEnd = buf.indexOf('</sheetData>', openEnd);
  if (sheetDataEnd < 0) throw BAD(sheet, 'the sheet data never ends (the file is cut short)');

  // The size the sheet declares, as SheetJS reads <dimension>, else what the cells span.
  let declared: { rows: number; cols: number } | null = null;
  const dim = head.indexOf('<dimension');
  if (dim > 0) {
    const m = /"(\w*:\w*)"/.exec(head.slice(dim, dim + 50));
    if (m) declared = rangeSize(m[1]!);
  }
  if (declared) checkDimensions(ctx.file, sheet, declared.rows, declared.cols);
  const maxRow = LIMITS.maxRows + 1; // SheetJS's sheetRows
  const strings = ctx.strings;
  const dates = ctx.dates;
  const rows: string[][] = [];
  let lastRow = -1; // the last row index holding a cell (SheetJS's dense rows' length − 1)
  let guessRows = 0;
  let guessCols = 0;
  let tagr = 0;
  // Then the rows, a piece at a time, each cut after a row's end.
  for (let from = openEnd + 1; from < sheetDataEnd;) {
    let to = Math.min(sheetDataEnd, from + sheetChunk.bytes);
    if (to < sheetDataEnd) {
      const rowEnd = buf.indexOf('</row>', to);
      to = rowEnd < 0 || rowEnd > sheetDataEnd ? sheetDataEnd : rowEnd + 6;
    }
    scanRows(buf.toString('utf8', from, to));
    from = to;
  }

  function scanRows(xml: string): void {
    const dataEnd = xml.length;
    let p = 0;
    for (;;) {
      const rs = xml.indexOf('<row', p);
      if (rs < 0 || rs > dataEnd) break;
      const rc = xml.charCodeAt(rs + 4);
      if (rc !== 32 && rc !== 62 && rc !== 47) {
        p = rs + 4;
        continue;
      }
      const rte = xml.indexOf('>', rs);
      if (rte < 0 || rte > dataEnd) throw BAD(sheet, 'a row tag is cut short');
      if (xml.charCodeAt(rte - 1) === 47) {
        p = rte + 1; // an empty row: SheetJS does not count it
        continue;
      }
      const re = xml.indexOf('</row>', rte);
      if (re < 0 || re > dataEnd) throw BAD(sheet, `row ${tagr + 1} never ends`);
      const rAttr = rowNumberAttr(xml, rs + 4, rte);
      tagr = rAttr !== undefined ? parseInt(rAttr, 10) : tagr + 1;
      p = re + 6;
      if (tagr > maxRow) continue;
      if (!(tagr >= 1)) decline('unusual row number');
      if (tagr > guessRows) guessRows = tagr;
      let tagc = -1;
      let q = rte + 1;
      for (;;) {
        const cs = xml.indexOf('<c', q);
        if (cs < 0 || cs > re) break;
        const cc = xml.charCodeAt(cs + 2);
        if (cc !== 32 && cc !== 62 && cc !== 47) {
          if (cc === 9 || cc === 10 || cc === 13) decline('a cell tag broken across lines');
          q = cs + 2;
          continue;
        }
        const te = xml.indexOf('>', cs);
        if (te < 0 || te > re) throw BAD(sheet, `a cell in row ${tagr} is cut short`);
        const selfClosing = xml.charCodeAt(te - 1) === 47;
        let ce = te + 1;
        if (!selfClosing) {
          ce = xml.indexOf('</c>', te);
          if (ce < 0 || ce > re) throw BAD(sheet, `a cell in row ${tagr} never ends`);
        }
        q = selfClosing ? te + 1 : ce + 4;

        // r, s and t of the cell's tag, read in place (no string made for r or s)
        let refStart = -1;
        let refEnd = -1;
        let style = -1; // the style index, -1 for none (or one SheetJS would not find)
        let type: string | undefined;
        for (let i = cs + 2; i < te;) {
          let c = xml.charCodeAt(i);
          if (c === 32 || c === 9 || c === 10 || c === 13 || c === 47) {
            i++;
            continue;
          }
          const eq = xml.indexOf('=', i);
          if (eq < 0 || eq > te) break;
          let nameEnd = eq;
          while (nameEnd > i && xml.charCodeAt(nameEnd - 1) === 32) nameEnd--;
          let v = eq + 1;
          while (xml.charCodeAt(v) === 32) v++;
          c = xml.charCodeAt(v);
          if (c !== 34 && c !== 39) decline('unquoted attribute');
          const close = xml.indexOf(c === 34 ? '"' : "'", v + 1);
          if (close < 0 || close > te) throw BAD(sheet, `a cell tag in row ${tagr} is damaged`);
          const n0 = xml.charCodeAt(i);
          if (nameEnd - i === 1 && n0 === 114 /* r */) {
            refStart = v + 1;
            refEnd = close;
          } else if (nameEnd - i === 1 && n0 === 115 /* s */) {
            // Canonical digits only: SheetJS indexes its styles by the attribute's text.
            const d0 = xml.charCodeAt(v + 1);
            if (close > v + 1 && (d0 !== 48 || close === v + 2)) {
              let k = 0;
              let ok = true;
              for (let j = v + 1; j < close; j++) {
                const d = xml.charCodeAt(j) - 48;
                if (d < 0 || d > 9) {
                  ok = false;
                  break;
                }
                k = k * 10 + d;
              }
              style = ok ? k : -1;
            } else style = -1;
          } else if (nameEnd - i === 1 && n0 === 116 /* t */) type = xml.slice(v + 1, close);
          else {
            const attr = xml.slice(i, nameEnd);
            if (attr.includes(':') || attr.toLowerCase() !== attr) {
              const bare = attr.slice(attr.indexOf(':') + 1).toLowerCase();
              if (bare === 'r' || bare === 's' || bare === 't') decline('unusual cell attribute');
            }
          }
          i = close + 1;
        }
        let row: number;
        let col: number;
        if (refStart >= 0) {
          let k = refStart;
          let idx = 0;
          for (; k < refEnd; k++) {
            const ch = xml.charCodeAt(k) - 64;
            if (ch < 1 || ch > 26) break;
            idx = 26 * idx + ch;
          }
          let digits = k;
          let r = 0;
          for (; digits < refEnd; digits++) {
            const d = xml.charCodeAt(digits) - 48;
            if (d < 0 || d > 9) break;
            r = r * 10 + d;
          }
          if (k === refStart || digits !== refEnd || digits === k || r < 1) decline('unusual cell reference');
          col = idx - 1;
          row = r - 1;
          tagc = col;
        } else {
          // SheetJS takes the first r="…" anywhere in the cell for its column.
          const inner = xml.slice(te, ce);
          if (inner.includes('r="') || inner.includes("r='")) decline('a cell without r but with r= inside');
          col = ++tagc;
          row = tagr - 1;
        }
        if (col >= LIMITS.maxColumns * 4) decline('far column');
        const where = () => (refStart >= 0 ? xml.slice(refStart, refEnd) : `in row ${tagr}`);

        const v = selfClosing ? undefined : valueOf(xml, te + 1, ce);
        let text: string;
        if (type === undefined || type === 'n') {
          if (v === undefined) continue;
          const num = parseFloat(v.indexOf('&') >= 0 || v.indexOf('_') >= 0 ? unescapeXml(v, false) : v);
          const isDate = dates !== null && style >= 0 ? dates[style] : false;
          if (isDate === null) decline('a number in a style of unknown format');
          text = isDate === true ? serialText(num, ctx.date1904) : numberText(num);
        } else if (type === 's') {
          if (v === undefined) continue;
          const i = parseInt(v.indexOf('&') >= 0 ? unescapeXml(v, false) : v, 10);
          if (!(i >= 0 && i < strings.length))
            throw BAD(sheet, `cell ${where()} refers to a shared text that is not there`);
          text = strings[i] ?? '';
        } else if (type === 'str') {
          // SheetJS unescapes a formula's text result twice, reading UTF-8 in between.
          if (v === undefined) text = '';
          else {
            const once = unescapeXml(Buffer.from(v, 'utf8').toString('latin1'), false);
            text = unescapeXml(Buffer.from(once, 'latin1').toString('utf8'), true);
          }
        } else if (type === 'inlineStr') {
          text = '';
          if (!selfClosing) {
            const isOpen = xml.indexOf('<is', te + 1);
            if (isOpen >= 0 && isOpen < ce) {
              const gt = xml.indexOf('>', isOpen);
              const isEnd = xml.indexOf('</is>', gt);
              if (xml.charCodeAt(gt - 1) !== 47 && isEnd >= 0 && isEnd < ce)
                text = stringItem(xml.slice(gt + 1, isEnd)) ?? '';
            }
          }
        } else if (type === 'b') {
          const b = v === undefined ? undefined : unescapeXml(v, false);
          text = b === '1' || b === 'true' ? 'TRUE' : 'FALSE';
        } else if (type === 'e') {
          text = ''; // SheetJS keeps an error's text only with cellText, which the import turns off
        } else {
          return decline(`cell type ${type}`);
        }
        if (col + 1 > guessCols) guessCols = col + 1;
        if (row > lastRow) {
          for (let k = lastRow + 1; k <= row; k++) rows[k] = [];
          lastRow = row;
        }
        const cells = rows[row]!;
        if (col >= cells.length) {
          if (text === '') continue; // a trailing empty cell
          for (let k = cells.length; k < col; k++) cells[k] = '';
          cells[col] = text;
        } else {
          cells[col] = text;
          if (text === '' && col === cells.length - 1) {
            let end = col;
            while (end > 0 && cells[end - 1] === '') end--;
            cells.length = end;
          }
        }
      }
    }
  }
  if (!declared) checkDimensions(ctx.file, sheet, guessRows, guessCols);
  return rows;
}

/** The row tag's `r`, or undefined. */
const ROW_R = /\sr\s*=\s*(?:"([^"]*)"|'([^']*)')/;
function rowNumberAttr(xml: string, from: number, to: number): string | undefined {
  const m = ROW_R.exec(xml.slice(from, to));
  return m ? (m[1] ?? m[2]) : undefined;
}

/** Rows and columns of a range "A1:C10" (1-based end), or null when SheetJS would not take it. */
function rangeSize(ref: string): { rows: number; cols: number } | null {
  const parts = ref.split(':');
  const end = cellPos(parts[1] ?? '');
  const start = cellPos(parts[0] ?? '');
  if (!end || !start || start.r > end.r || start.c > end.c) return null;
  return { rows: end.r + 1, cols: end.c + 1 };
}

function cellPos(ref: string): { r: number; c: number } | null {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(ref);
  if (!m) return null;
  let c = 0;
  for (const ch of m[1]!) c = c * 26 + (ch.charCodeAt(0) - 64);
  return { r: parseInt(m[2]!, 10) - 1, c: c - 1 };
}
