// The benchmarks' JavaScript baselines, each run as its own command (plain Node, nothing to transpile)
// so they are timed exactly like `touchpoint …`, process start included:
//   node baselines.mjs parse-csv FILE     a bare CSV parse into typed columns (RFC 4180 quotes)
//   node baselines.mjs one-pass FILE      one pass over an analysis CSV (UNIT first): n, sum and sum of
//                                         squares per question × unit and the drivers' pairwise moment
//                                         matrix — the least work behind the figures analyze prints
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

/**
 * The figures `touchpoint analyze --by UNIT` prints, with the least work that gives them: one pass
 * over the csv (UNIT first), n / Σ / Σ² per question × unit (the means and standard deviations of
 * every breakdown) and, for the key drivers, the pairwise-complete moment matrix of the outcome SAT
 * and every *_PERF driver — per pair of columns the n, Σx, Σy, Σx², Σy², Σxy of the rows where both
 * are present, turned into the correlation matrix at the end. What analyze computes beyond these
 * (Spearman ranks, betas, relative weights, Shapley values, tests, histograms) is not in the floor.
 */
function onePass(path) {
  const buf = readFileSync(path);
  let i = buf.indexOf(10) + 1;
  const header = buf
    .subarray(0, i - 1)
    .toString('utf8')
    .trim()
    .split(',');
  const q = header.length - 1;
  const units = new Map();
  const stats = [];
  // the drivers' matrix: SAT then the performance ratings, by their column among the q questions
  const cols = header
    .slice(1)
    .map((h, c) => ({ h, c }))
    .filter(({ h }) => h === 'SAT' || h.endsWith('_PERF'))
    .sort((a, b) => (a.h === 'SAT' ? -1 : b.h === 'SAT' ? 1 : 0))
    .map(({ c }) => c);
  const k = cols.length;
  const pairs = new Float64Array(k * k * 6);
  const row = new Float64Array(q);
  const x = new Float64Array(k);
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
      let v = 0;
      let any = false;
      let b = buf[i];
      while (b >= 48 && b <= 57) {
        v = v * 10 + (b - 48);
        any = true;
        b = buf[++i];
      }
      if (any) {
        acc[c * 3] += 1;
        acc[c * 3 + 1] += v;
        acc[c * 3 + 2] += v * v;
        row[c] = v;
      } else row[c] = NaN;
      i++; // the comma or the newline
    }
    for (let a = 0; a < k; a++) x[a] = row[cols[a]];
    for (let a = 0; a < k; a++) {
      const xa = x[a];
      if (xa !== xa) continue;
      for (let b = a; b < k; b++) {
        const xb = x[b];
        if (xb !== xb) continue;
        const o = (a * k + b) * 6;
        pairs[o] += 1;
        pairs[o + 1] += xa;
        pairs[o + 2] += xb;
        pairs[o + 3] += xa * xa;
        pairs[o + 4] += xb * xb;
        pairs[o + 5] += xa * xb;
      }
    }
    rows++;
  }
  let answers = 0;
  const sds = [];
  for (const acc of stats)
    for (let c = 0; c < q; c++) {
      const [m, s, s2] = [acc[c * 3], acc[c * 3 + 1], acc[c * 3 + 2]];
      answers += m;
      sds.push(Math.sqrt((s2 - (s * s) / m) / (m - 1)));
    }
  const r = new Float64Array(k * k);
  for (let a = 0; a < k; a++)
    for (let b = a; b < k; b++) {
      const o = (a * k + b) * 6;
      const [m, sx, sy, sxx, syy, sxy] = pairs.subarray(o, o + 6);
      r[a * k + b] = r[b * k + a] =
        (sxy - (sx * sy) / m) / Math.sqrt((sxx - (sx * sx) / m) * (syy - (sy * sy) / m));
    }
  return { rows, questions: q, units: units.size, answers, sds: sds.length, drivers: k - 1, rSatFirst: r[1] };
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
