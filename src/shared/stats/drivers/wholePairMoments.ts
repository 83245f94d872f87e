/**
 * {@link pairwiseMoments} of unweighted ratings (whole numbers 0–254), exactly: every sum is of
 * whole numbers below 2⁵³, so the counts, Σx, Σx² and Σxy of each pair's rows are exact, and each
 * centred sum is one rounding of an exact fraction (sxx = (n·Σx² − (Σx)²)/n). The columns are read
 * as one byte per answer, so the cross products stream an eighth of the memory of doubles and
 * allocate no column of deviations.
 *
 * The work, for k columns of n rows:
 *  1. per column: its points (255 where missing; given, or made from the numbers), its values with 0
 *     where missing, its missing rows, and a histogram of its points (count, Σx, Σx² and the largest
 *     value follow from it);
 *  2. Σ xₐ·x_b of every pair over all rows, four columns at a time in row blocks (a missing value is
 *     0 there, so it adds nothing);
 *  3. each pair's count and sums start as its first column's and second column's and lose, column
 *     by column, the rows where the other column is missing: one pass over the other column's
 *     points at those rows, in row order.
 *
 * Its loops have the shape of pairwiseMoments' but their own bodies: one kernel for bytes and one for
 * weighted doubles each stay monomorphic, which V8 compiles to tight loops; a shared one taking both
 * kinds of typed array would not.
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
  const given = 'points' in columns ? columns.points : null;
  const values = 'points' in columns ? null : columns;
  const k = given ? given.length : values!.length;
  const n = k ? (given ? given[0]!.length : values![0]!.length) : 0;
  const points: Uint8Array[] = [];
  const codes: Uint8Array[] = [];
  const missingRows: Int32Array[] = [];
  const count = new Float64Array(k);
  const s = new Float64Array(k);
  const q = new Float64Array(k);
  const gapRows = new Int32Array(n);
  const hist = new Int32Array(256);
  let max = 0;
  for (let j = 0; j < k; j++) {
    let p: Uint8Array;
    if (given) p = given[j]!;
    else {
      p = new Uint8Array(n);
      if (!toPoints(values![j]!, p)) return null;
    }
    const c = new Uint8Array(n);
    hist.fill(0);
    let gaps = 0;
    for (let t0 = 0; t0 < n; t0 += ROW_BLOCK)
      gaps = pointBlock(p, c, gapRows, gaps, hist, t0, Math.min(n, t0 + ROW_BLOCK));
    points.push(p);
    codes.push(c);
    missingRows.push(gapRows.slice(0, gaps));
    for (let v = 0; v < NO_POINT; v++) {
      const h = hist[v]!;
      if (h === 0) continue;
      count[j] += h;
      s[j] += h * v;
      q[j] += h * v * v;
      if (v > max) max = v;
    }
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
        cross4(cross, a * k + b, codes[a]!, codes[b]!, codes[b + 1]!, codes[b + 2]!, codes[b + 3]!, t0, t1);
      for (; b < k; b++) cross[a * k + b] += cross1(codes[a]!, codes[b]!, t0, t1);
    }
  }

  // Each pair's count and sums start as its columns' and lose the rows where the other is missing:
  // the pair (a, b), a < b, loses a's rows where b is missing (its count with them: the rows where a
  // is missing were never in a's count) and b's rows where a is missing.
  const cnt = new Float64Array(kk);
  const sa = new Float64Array(kk);
  const qa = new Float64Array(kk);
  const sb = new Float64Array(kk);
  const qb = new Float64Array(kk);
  for (let a = 0; a < k; a++) {
    for (let b = a; b < k; b++) {
      const o = a * k + b;
      cnt[o] = count[a]!;
      sa[o] = s[a]!;
      qa[o] = q[a]!;
      sb[o] = s[b]!;
      qb[o] = q[b]!;
    }
  }
  /** [present rows, Σx, Σx²] of a column at another's missing rows. */
  const lost = new Float64Array(3);
  for (let b = 0; b < k; b++) {
    const rows = missingRows[b]!;
    if (rows.length === 0) continue;
    for (let a = 0; a < k; a++) {
      if (a === b) continue;
      lost.fill(0);
      for (let r0 = 0; r0 < rows.length; r0 += ROW_BLOCK)
        atRows(points[a]!, rows, r0, Math.min(rows.length, r0 + ROW_BLOCK), lost);
      if (a < b) {
        const o = a * k + b;
        cnt[o] -= lost[0]!;
        sa[o] -= lost[1]!;
        qa[o] -= lost[2]!;
      } else {
        const o = b * k + a;
        sb[o] -= lost[1]!;
        qb[o] -= lost[2]!;
      }
    }
  }

  const out: PairMoments[] = new Array<PairMoments>(kk);
  for (let a = 0; a < k; a++) {
    for (let b = a; b < k; b++) {
      const o = a * k + b;
      const c = cnt[o]!;
      out[o] =
        c === 0
          ? { n: 0, sxx: Number.NaN, syy: Number.NaN, sxy: Number.NaN, denom: Number.NaN }
          : {
              n: c,
              sxx: (c * qa[o]! - sa[o]! * sa[o]!) / c,
              syy: (c * qb[o]! - sb[o]! * sb[o]!) / c,
              sxy: (c * cross[o]! - sa[o]! * sb[o]!) / c,
              denom: c - 1,
            };
    }
  }
  return out;
}

/** A column of numbers (NaN missing) as points; false at a value not a whole number 0–254. */
function toPoints(x: Float64Array, p: Uint8Array): boolean {
  for (let i = 0; i < x.length; i++) {
    const v = x[i]!;
    if (v !== v) p[i] = NO_POINT;
    else if (v >= 0 && v <= 254 && (v | 0) === v) p[i] = v;
    else return false;
  }
  return true;
}

/**
 * Rows t0..t1 of a column's points into its values with 0 where missing (c) and its histogram,
 * listing the missing rows in gapRows from `gaps` on; returns the new count of missing rows.
 */
function pointBlock(
  p: Uint8Array,
  c: Uint8Array,
  gapRows: Int32Array,
  gaps: number,
  hist: Int32Array,
  t0: number,
  t1: number,
): number {
  for (let i = t0; i < t1; i++) {
    const v = p[i]!;
    hist[v]!++;
    if (v === NO_POINT) gapRows[gaps++] = i;
    else c[i] = v;
  }
  return gaps;
}

/** acc += [present rows, Σx, Σx²] of a column's points at rows[r0..r1]. */
function atRows(p: Uint8Array, rows: Int32Array, r0: number, r1: number, acc: Float64Array): void {
  let m = 0;
  let sum = 0;
  let sq = 0;
  for (let r = r0; r < r1; r++) {
    const v = p[rows[r]!]!;
    // 1 where present, 0 where missing (255 + 1 is the only value reaching 256)
    const keep = 1 - ((v + 1) >> 8);
    const x = v * keep;
    m += keep;
    sum += x;
    sq += x * x;
  }
  acc[0] += m;
  acc[1] += sum;
  acc[2] += sq;
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
    const v = a[t]!;
    c0 += v * d0[t]!;
    c1 += v * d1[t]!;
    c2 += v * d2[t]!;
    c3 += v * d3[t]!;
  }
  cross[o] += c0;
  cross[o + 1] += c1;
  cross[o + 2] += c2;
  cross[o + 3] += c3;
}

/** Σ over rows t0..t1 of a · d. */
function cross1(a: Uint8Array, d: Uint8Array, t0: number, t1: number): number {
  let c = 0;
  for (let t = t0; t < t1; t++) c += a[t]! * d[t]!;
  return c;
}
