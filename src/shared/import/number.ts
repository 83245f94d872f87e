/**
 * Locale-aware number parsing. Spreadsheet libraries guess with the machine's locale and silently turn
 * `1234,56` into 123456; we read cells as text and decide here, with the file's decimal separator as a
 * hint for the only truly ambiguous case (`1,234` / `1.234`).
 */
export type DecimalSeparator = ',' | '.';

const GROUP_SPACES = /[\s\u00a0\u202f\u2009']/g;
const PLAIN = /^[+-]?\d+$/;

function grouped(intPart: string, sep: string): string | null {
  const groups = intPart.split(sep);
  if (groups.length < 2) return intPart;
  if (!/^\d{1,3}$/.test(groups[0]!)) return null;
  for (let i = 1; i < groups.length; i++) if (!/^\d{3}$/.test(groups[i]!)) return null;
  return groups.join('');
}

/** Parses a number as people write it in Norway, Denmark, the UK and the US; null if it is not one. */
export function parseNumber(input: string, decimal: DecimalSeparator = '.'): number | null {
  let s = input.trim();
  if (s === '') return null;
  // Fast path: the common case of a plain integer or dot decimal written by a program.
  if (PLAIN.test(s)) return Number(s);
  s = s.replace(/^\u2212/, '-');
  let sign = '';
  if (s[0] === '-' || s[0] === '+') {
    sign = s[0] === '-' ? '-' : '';
    s = s.slice(1);
  }
  // Spaces (also non-breaking, as Excel writes `1 234,5`) and apostrophes only ever group thousands.
  if (/^\d{1,3}([\s\u00a0\u202f\u2009']\d{3})+([.,]\d+)?$/.test(s)) s = s.replace(GROUP_SPACES, '');
  if (!/^(\d[\d.,]*)?([.,]\d+)?([eE][+-]?\d+)?$/.test(s) || !/\d/.test(s)) return null;
  let exp = '';
  const e = s.search(/[eE]/);
  if (e >= 0) {
    exp = s.slice(e);
    s = s.slice(0, e);
  }
  const lastComma = s.lastIndexOf(',');
  const lastDot = s.lastIndexOf('.');
  let intPart = s;
  let frac = '';
  let thousands: string;
  if (lastComma >= 0 && lastDot >= 0) {
    const dec = lastComma > lastDot ? ',' : '.';
    thousands = dec === ',' ? '.' : ',';
    const at = s.lastIndexOf(dec);
    intPart = s.slice(0, at);
    frac = s.slice(at + 1);
    if (intPart.includes(dec)) return null;
  } else if (lastComma >= 0 || lastDot >= 0) {
    const sep = lastComma >= 0 ? ',' : '.';
    const count = s.split(sep).length - 1;
    const after = s.slice(s.lastIndexOf(sep) + 1);
    const before = s.slice(0, s.indexOf(sep));
    // Several separators can only be grouping; one followed by exactly three digits is grouping
    // unless the file writes decimals with this very separator.
    const isGrouping =
      count > 1 ||
      (after.length === 3 && before.length >= 1 && before.length <= 3 && before !== '0' && sep !== decimal);
    if (isGrouping) {
      thousands = sep;
    } else {
      thousands = sep === ',' ? '.' : ',';
      intPart = before;
      frac = after;
    }
  } else {
    thousands = ',';
  }
  if (intPart === '' && frac === '') return null;
  const digits = intPart === '' ? '0' : grouped(intPart, thousands);
  if (digits === null || !/^\d+$/.test(digits)) return null;
  if (frac !== '' && !/^\d+$/.test(frac)) return null;
  const n = Number(`${sign}${digits}${frac ? `.${frac}` : ''}${exp}`);
  return Number.isFinite(n) ? n : null;
}

/**
 * The decimal separator a column of texts uses, judged from the values that can only be read one way
 * (`3,5`, `1.234,5`); falls back to `fallback` (a `;`-delimited file means comma, by Excel's habit).
 */
export function detectDecimal(values: Iterable<string>, fallback: DecimalSeparator = '.'): DecimalSeparator {
  let comma = 0;
  let dot = 0;
  for (const v of values) {
    const t = v.trim();
    if (/^[+-]?\d*,(\d{1,2}|\d{4,})$/.test(t) || /^[+-]?\d{1,3}(\.\d{3})+,\d+$/.test(t)) comma++;
    else if (/^[+-]?\d*\.(\d{1,2}|\d{4,})$/.test(t) || /^[+-]?\d{1,3}(,\d{3})+\.\d+$/.test(t)) dot++;
  }
  if (comma > dot) return ',';
  if (dot > comma) return '.';
  return fallback;
}
