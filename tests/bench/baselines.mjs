// The benchmarks' JavaScript baselines, each run as its own command (plain Node, nothing to transpile)
// so they are timed exactly like `touchpoint …`, process start included:
//   node baselines.mjs parse-csv FILE     a bare CSV parse into typed columns (RFC 4180 quotes)
//   node baselines.mjs one-pass FILE      one pass over an analysis CSV (UNIT first): n, sum and sum of
//                                         squares per question × unit — the least work behind a breakdown
//   node baselines.mjs sheetjs FILE       SheetJS reading an xlsx with the app's fastest options
// Each prints one JSON line: a check of what it read, so a broken baseline cannot pass for a fast one.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import process from 'node:process';

const [mode, file] = process.argv.slice(2);

/**
 * Parses straight into columns: a number per cell into a Float64Array (NaN when empty), text kept
 * beside it for the cells that are not numbers. Quoted fields per RFC 4180.
 */
function parseToColumns(path) {
  const text = readFileSync(path, 'utf8');
  const n = text.length;
  let i = text.indexOf('\n') + 1;
  const header = text
    .slice(0, i - 1)
    .replace(/\r$/, '')
    .split(',');
  let rows = 0;
  for (let j = i; j < n; j = text.indexOf('\n', j) + 1 || n) rows++;
  const values = header.map(() => new Float64Array(rows));
  const texts = header.map(() => null);
  const cols = header.length;
  let r = 0;
  let c = 0;
  const put = (s) => {
    if (c >= cols) return;
    const x = s === '' ? NaN : Number(s);
    values[c][r] = x;
    if (s !== '' && Number.isNaN(x)) (texts[c] ??= new Array(rows).fill(null))[r] = s;
  };
  while (i < n) {
    let ch = text.charCodeAt(i);
    if (ch === 34 /* " */) {
      let j = i + 1;
      let s = '';
      for (;;) {
        const q = text.indexOf('"', j);
        if (q < 0) throw new Error('unterminated quote');
        s += text.slice(j, q);
        if (text.charCodeAt(q + 1) === 34) {
          s += '"';
          j = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      put(s);
      ch = text.charCodeAt(i);
    } else {
      // a plain field: whole numbers are read as they go, anything else through Number()
      const from = i;
      let x = 0;
      let digits = true;
      while (i < n && ch !== 44 && ch !== 10 && ch !== 13) {
        if (ch >= 48 && ch <= 57) x = x * 10 + (ch - 48);
        else digits = false;
        ch = text.charCodeAt(++i);
      }
      if (digits && i > from && c < cols) values[c][r] = x;
      else put(text.slice(from, i));
    }
    if (ch === 13) ch = text.charCodeAt(++i);
    if (ch === 44) c++;
    else {
      for (c++; c < cols; c++) values[c][r] = NaN;
      c = 0;
      r++;
    }
    i++;
  }
  return { rows: r, columns: cols, textColumns: texts.filter(Boolean).length };
}

function onePass(path) {
  const buf = readFileSync(path);
  let i = buf.indexOf(10) + 1;
  const header = buf
    .subarray(0, i - 1)
    .toString('utf8')
    .split(',');
  const q = header.length - 1;
  const units = new Map();
  const stats = [];
  let rows = 0;
  while (i < buf.length) {
    let j = buf.indexOf(44, i);
    const unit = buf.toString('latin1', i, j);
    let u = units.get(unit);
    if (u === undefined) {
      u = units.size;
      units.set(unit, u);
      stats.push(new Float64Array(q * 3));
    }
    const acc = stats[u];
    i = j + 1;
    for (let c = 0; c < q; c++) {
      let x = 0;
      let any = false;
      let b = buf[i];
      while (b >= 48 && b <= 57) {
        x = x * 10 + (b - 48);
        any = true;
        b = buf[++i];
      }
      if (any) {
        acc[c * 3] += 1;
        acc[c * 3 + 1] += x;
        acc[c * 3 + 2] += x * x;
      }
      i++; // the comma or the newline
    }
    rows++;
  }
  let answers = 0;
  for (const acc of stats) for (let c = 0; c < q; c++) answers += acc[c * 3];
  return { rows, questions: q, units: units.size, answers };
}

async function sheetjs(path) {
  const XLSX = await import('xlsx');
  const wb = XLSX.read(readFileSync(path), {
    type: 'buffer',
    dense: true,
    cellText: false,
    cellHTML: false,
    cellFormula: false,
    cellStyles: false,
  });
  const ws = wb.Sheets[wb.SheetNames[0]];
  return { rows: XLSX.utils.decode_range(ws['!ref']).e.r };
}

const t0 = performance.now();
const check =
  mode === 'parse-csv' ? parseToColumns(file) : mode === 'one-pass' ? onePass(file) : await sheetjs(file);
process.stdout.write(`${JSON.stringify({ ...check, ms: performance.now() - t0 })}\n`);
