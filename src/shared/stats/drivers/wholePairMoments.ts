/**
 * {@link pairwiseMoments} of unweighted ratings (whole numbers 0–254), exactly: every sum is of
 * whole numbers below 2⁵³, so the counts, Σx, Σx² and Σxy of each pair's rows are exact, and each
 * centred sum is one rounding of an exact fraction (sxx = (n·Σx² − (Σx)²)/n). The columns are read
 * as one byte per answer (0 where missing), so the cross products stream an eighth of the memory
 * of doubles and allocate no column of deviations.
 *
 * Its loops have the shape of pairwiseMoments' (pair totals less each gap row, cross products four
 * columns at a time) but their own bodies: one kernel for bytes and integers and one for weighted
 * doubles each stay monomorphic, which V8 compiles to tight loops; a shared one taking both kinds
 * of typed array would not.
 */
import { NO_POINT } from '../points';
import type { PairMoments } from './sample';

/** Rows per call of the block functions (a few of them get a short function optimised early). */
const ROW_BLOCK = 4096;

/** n·max below this keeps n²·max² (the largest product formed) below 2⁵³. */
const EXACT_LIMIT = 94_000_000;

/**
 * The pair moments of every pair (a, b), a ≤ b, at a·k + b, or null when a column holds a value
 * that is not a whole number 0–254 or the sums could pass 2⁵³ (then the general path runs). The
 * columns are numbers (NaN missing) or points (255 missing, see stats/points.ts).
 */
export function wholePairMoments(
  columns: readonly Float64Array[] | { readonly points: readonly Uint8Array[] },
): PairMoments[] | null {
  const points = 'points' in columns ? columns.points : null;
  const values = 'points' in columns ? null : columns;
  const k = points ? points.length : values!.length;
  const n = k ? (points ? points[0]!.length : values![0]!.length) : 0;
  const codes: Uint8Array[] = [];
  const present: Uint8Array[] = [];
  const missingRows: Int32Array[] = [];
  const count = new Float64Array(k);
  const s = new Float64Array(k);
  const q = new Float64Array(k);
  const gapRows = new Int32Array(n);
  /** [gaps, count, Σx, Σx², max] of the column being read. */
  const acc = new Float64Array(5);
  let max = 0;
  for (let j = 0; j < k; j++) {
    const c = new Uint8Array(n);
    const p = new Uint8Array(n);
    acc.fill(0);
    for (let t0 = 0; t0 < n; t0 += ROW_BLOCK) {
      const t1 = Math.min(n, t0 + ROW_BLOCK);
      if (points) pointBlock(points[j]!, c, p, gapRows, t0, t1, acc);
      else if (!codeBlock(values![j]!, c, p, gapRows, t0, t1, acc)) return null;
    }
    codes.push(c);
    present.push(p);
    missingRows.push(gapRows.slice(0, acc[0]));
    count[j] = acc[1];
    s[j] = acc[2];
    q[j] = acc[3];
    if (acc[4] > max) max = acc[4];
  }
  if (n * max >= EXACT_LIMIT) return null;

  // Σ xₐ·x_b over all rows (a missing answer is 0 there), four columns at a time, in row blocks.
  const kk = k * k;
  const cross = new Float64Array(kk);
  for (let t0 = 0; t0 < n; t0 += ROW_BLOCK) {
    const t1 = Math.min(n, t0 + ROW_BLOCK);
    for (let a = 0; a < k; a++) {
      let b = a;
      for (; b + 3 < k; b += 4)
        cross4(cross, a * k + b, codes[a], codes[b], codes[b + 1], codes[b + 2], codes[b + 3], t0, t1);
      for (; b < k; b++) cross[a * k + b] += cross1(codes[a], codes[b], t0, t1);
    }
  }

  // Each pair's count and sums start as its columns' and lose the rows where the other is missing.
  const t: Totals = {
    cnt: new Float64Array(kk),
    sa: new Float64Array(kk),
    qa: new Float64Array(kk),
    sb: new Float64Array(kk),
    qb: new Float64Array(kk),
  };
  for (let a = 0; a < k; a++) {
    for (let b = a; b < k; b++) {
      const o = a * k + b;
      t.cnt[o] = count[a];
      t.sa[o] = s[a];
      t.qa[o] = q[a];
      t.sb[o] = s[b];
      t.qb[o] = q[b];
    }
  }
  for (let b = 0; b < k; b++) {
    const rows = missingRows[b];
    for (let r = 0; r < rows.length; r++) dropRow(t, codes, present, k, b, rows[r]);
  }

  const out: PairMoments[] = new Array<PairMoments>(kk);
  for (let a = 0; a < k; a++) {
    for (let b = a; b < k; b++) {
      const o = a * k + b;
      const c = t.cnt[o];
      out[o] =
        c === 0
          ? { n: 0, sxx: Number.NaN, syy: Number.NaN, sxy: Number.NaN, denom: Number.NaN }
          : {
              n: c,
              sxx: (c * t.qa[o] - t.sa[o] * t.sa[o]) / c,
              syy: (c * t.qb[o] - t.sb[o] * t.sb[o]) / c,
              sxy: (c * cross[o] - t.sa[o] * t.sb[o]) / c,
              denom: c - 1,
            };
    }
  }
  return out;
}

/** Per pair (a, b) at a·k + b: the pair rows' count, Σxₐ, Σxₐ², Σx_b, Σx_b². */
type Totals = { cnt: Float64Array; sa: Float64Array; qa: Float64Array; sb: Float64Array; qb: Float64Array };

/**
 * Rows t0..t1 of a column into its byte codes (0 where missing) and presence (1 where present),
 * listing the missing rows;
 * acc += [gaps, count, Σx, Σx²], acc[4] = max. False at a value not a whole number 0–254.
 */
function codeBlock(
  x: Float64Array,
  c: Uint8Array,
  p: Uint8Array,
  gapRows: Int32Array,
  t0: number,
  t1: number,
  acc: Float64Array,
): boolean {
  let gaps = acc[0];
  let cnt = acc[1];
  let sum = acc[2];
  let sq = acc[3];
  let max = acc[4];
  for (let i = t0; i < t1; i++) {
    const v = x[i];
    if (v !== v) {
      gapRows[gaps++] = i;
      continue;
    }
    if (!(v >= 0 && v <= 254) || (v | 0) !== v) return false;
    c[i] = v;
    p[i] = 1;
    cnt++;
    sum += v;
    sq += v * v;
    if (v > max) max = v;
  }
  acc[0] = gaps;
  acc[1] = cnt;
  acc[2] = sum;
  acc[3] = sq;
  acc[4] = max;
  return true;
}

/** {@link codeBlock} of points: every byte but 255 (missing) is a whole number 0–254. */
function pointBlock(
  x: Uint8Array,
  c: Uint8Array,
  p: Uint8Array,
  gapRows: Int32Array,
  t0: number,
  t1: number,
  acc: Float64Array,
): void {
  let gaps = acc[0];
  let cnt = acc[1];
  let sum = acc[2];
  let sq = acc[3];
  let max = acc[4];
  for (let i = t0; i < t1; i++) {
    const v = x[i];
    if (v === NO_POINT) {
      gapRows[gaps++] = i;
      continue;
    }
    c[i] = v;
    p[i] = 1;
    cnt++;
    sum += v;
    sq += v * v;
    if (v > max) max = v;
  }
  acc[0] = gaps;
  acc[1] = cnt;
  acc[2] = sum;
  acc[3] = sq;
  acc[4] = max;
}

/** cross[o..o+3] += Σ over rows t0..t1 of a · d0..d3 (each block's sums are below 2³¹). */
function cross4(
  cross: Float64Array,
  o: number,
  a: Uint8Array,
  d0: Uint8Array,
  d1: Uint8Array,
  d2: Uint8Array,
  d3: Uint8Array,
  t0: number,
  t1: number,
): void {
  let c0 = 0;
  let c1 = 0;
  let c2 = 0;
  let c3 = 0;
  for (let t = t0; t < t1; t++) {
    const v = a[t];
    c0 += v * d0[t];
    c1 += v * d1[t];
    c2 += v * d2[t];
    c3 += v * d3[t];
  }
  cross[o] += c0;
  cross[o + 1] += c1;
  cross[o + 2] += c2;
  cross[o + 3] += c3;
}

/** Σ over rows t0..t1 of a · d. */
function cross1(a: Uint8Array, d: Uint8Array, t0: number, t1: number): number {
  let c = 0;
  for (let t = t0; t < t1; t++) c += a[t] * d[t];
  return c;
}

/**
 * Row i, missing in column b: each pair of b with a column present there loses that column's row
 * (its count once, from the pair's first column's side; see the totals' starting values).
 */
function dropRow(
  t: Totals,
  codes: readonly Uint8Array[],
  present: readonly Uint8Array[],
  k: number,
  b: number,
  i: number,
): void {
  const { cnt, sa, qa, sb, qb } = t;
  // a < b: the pair (a, b) loses a's row
  for (let a = 0; a < b; a++) {
    if (!present[a][i]) continue;
    const v = codes[a][i];
    const o = a * k + b;
    cnt[o]--;
    sa[o] -= v;
    qa[o] -= v * v;
  }
  // a > b: the pair (b, a) loses a's row from its second column's sums
  const ob = b * k;
  for (let a = b + 1; a < k; a++) {
    if (!present[a][i]) continue;
    const v = codes[a][i];
    sb[ob + a] -= v;
    qb[ob + a] -= v * v;
  }
}
