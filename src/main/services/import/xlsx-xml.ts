/** XML text as SheetJS decodes it, for the fast .xlsx reader (xlsx-fast.ts): entities, escapes, tags. */
import { decline } from './xlsx-decline';

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
export function unescapeXml(s: string, cellText: boolean): string {
  if (s.includes('<![CDATA[')) decline('CDATA');
  let out = s.indexOf('&') >= 0 ? decodeEntities(s) : s;
  if (out.indexOf('_') >= 0) out = decodeEscapes(out);
  return cellText && out.indexOf('\r\n') >= 0 ? out.replaceAll('\r\n', '\n') : out;
}

/** Attributes of one start tag (without namespace prefixes, as SheetJS keys them). */
export function attributes(tag: string): Record<string, string> {
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
export function tags(xml: string, name: string): string[] {
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
export function element(xml: string, name: string): string | null {
  const t = tags(xml, name)[0];
  if (!t) return null;
  const start = xml.indexOf(t) + t.length;
  if (t.endsWith('/>')) return '';
  const end = xml.indexOf(`</${name}>`, start);
  return end < 0 ? null : xml.slice(start, end);
}
