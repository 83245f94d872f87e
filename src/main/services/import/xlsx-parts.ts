/** The parts of an .xlsx workbook the fast reader (xlsx-fast.ts) reads: content types, styles, strings. */
import * as XLSX from 'xlsx';
import { decline } from './xlsx-decline';
import { attributes, element, tags, unescapeXml } from './xlsx-xml';
import type { Zip } from './xlsx-zip';

export const CT_NS = 'http://schemas.openxmlformats.org/package/2006/content-types';
export const CT_WORKBOOK = new Set([
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
  'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
  'application/vnd.ms-excel.addin.macroEnabled.main+xml',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml',
]);
export const CT_SST = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml';
export const CT_STYLES = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';
export const REL_WORKSHEET = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet';

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
export function dateStyles(stylesXml: string | null): (boolean | null)[] | null {
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

export type Si = string | undefined;

/** One `<si>` (or `<is>`) as SheetJS reads it: the plain `<t>`, else the runs' `<t>`s without phonetics. */
export function stringItem(raw: string): Si {
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

export function sharedStrings(xml: string | null): Si[] {
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
export function resolveSheetPath(zip: Zip, target: string, relsFile: string): string {
  let path = `xl/${target.replace(/[/]?xl\//, '')}`;
  if (!zip.has(path)) path = target;
  if (!zip.has(path)) path = relsFile.replace(/_rels\/[\S\s]*$/, '') + target;
  return path;
}
