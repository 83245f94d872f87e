export type Delimiter = ',' | ';' | '\t' | '|';
const CANDIDATES: readonly Delimiter[] = [',', ';', '\t', '|'];

/** Field counts per line for `d` over the first lines, outside quotes. */
function countsPerLine(text: string, d: Delimiter, maxLines: number): number[] {
  const counts: number[] = [];
  let n = 0;
  let quoted = false;
  for (let i = 0; i < text.length && counts.length < maxLines; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === d) n++;
    else if (!quoted && ch === '\n') {
      counts.push(n);
      n = 0;
    }
  }
  if (counts.length < maxLines && n > 0) counts.push(n);
  return counts;
}

/**
 * Guesses the delimiter: the candidate that splits the first lines into the same, largest number of
 * fields. Scandinavian Excel writes `;` (the comma is its decimal separator).
 */
export function sniffDelimiter(text: string, hint?: Delimiter): Delimiter {
  if (hint) return hint;
  let best: Delimiter = ',';
  let bestScore = -1;
  for (const d of CANDIDATES) {
    const counts = countsPerLine(text, d, 30).filter((_, i, a) => i < a.length - 1 || a.length === 1);
    if (counts.length === 0) continue;
    const freq = new Map<number, number>();
    for (const c of counts) freq.set(c, (freq.get(c) ?? 0) + 1);
    const [mode, times] = [...freq.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]!;
    if (mode === 0) continue;
    const score = (times / counts.length) * 1000 + Math.min(mode, 999);
    if (score > bestScore) {
      bestScore = score;
      best = d;
    }
  }
  return best;
}

/**
 * RFC 4180 parsing: quoted fields with embedded delimiters, doubled quotes and line breaks; CRLF, LF
 * or CR line ends. Every cell stays text — numbers are converted later, knowing the file's locale.
 */
export function parseCsv(text: string, d: Delimiter): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  const n = text.length;
  const dc = d.charCodeAt(0);
  while (i < n) {
    let field: string;
    // `"manufacturer", "mpg"`: spaces before a quoted field are not part of it.
    if (text.charCodeAt(i) === 32 && dc !== 32) {
      let s = i;
      while (s < n && text.charCodeAt(s) === 32) s++;
      if (text.charCodeAt(s) === 34) i = s;
    }
    if (text.charCodeAt(i) === 34) {
      let out = '';
      let j = i + 1;
      for (;;) {
        const q = text.indexOf('"', j);
        if (q < 0) {
          out += text.slice(j);
          j = n;
          break;
        }
        out += text.slice(j, q);
        if (text.charCodeAt(q + 1) === 34) {
          out += '"';
          j = q + 2;
        } else {
          j = q + 1;
          break;
        }
      }
      // Text after a closing quote (sloppy writers: "a"b) belongs to the same field.
      let k = j;
      while (k < n && text.charCodeAt(k) !== dc && text[k] !== '\n' && text[k] !== '\r') k++;
      field = out + text.slice(j, k);
      i = k;
    } else {
      let k = i;
      while (k < n) {
        const c = text.charCodeAt(k);
        if (c === dc || c === 10 || c === 13) break;
        k++;
      }
      field = text.slice(i, k);
      i = k;
    }
    row.push(field);
    const c = text.charCodeAt(i);
    if (c === dc) {
      i++;
      if (i === n) row.push('');
    } else {
      if (c === 13 && text.charCodeAt(i + 1) === 10) i += 2;
      else i++;
      rows.push(row);
      row = [];
    }
  }
  if (row.length) rows.push(row);
  // Excel's trailing delimiters leave empty cells at line ends; they are not columns.
  for (const r of rows) while (r.length > 0 && r[r.length - 1] === '') r.pop();
  return rows;
}
