/** One worksheet's XML as rows of cell text, for the fast .xlsx reader (xlsx-fast.ts). */
import { checkDimensions, LIMITS } from './guard';
import { dateText } from './workbook';
import { decline, XlsxDamaged } from './xlsx-decline';
import type { Si } from './xlsx-parts';
import { stringItem } from './xlsx-parts';
import { unescapeXml } from './xlsx-xml';

/** What reading a sheet needs of its workbook: the file's name, shared strings and date styles. */
export type SheetContext = {
  file: string;
  strings: Si[];
  dates: (boolean | null)[] | null;
  date1904: boolean;
};

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
export function readSheet(buf: Buffer, sheet: string, ctx: SheetContext): string[][] {
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
