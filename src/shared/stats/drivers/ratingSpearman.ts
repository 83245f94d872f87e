/**
 * Spearman's ρ of two rating columns (whole numbers in short spans) from their cross-table: a
 * value's mid-rank on the pair's rows depends only on the value, so one pass over the rows counts
 * (or weighs) each pair of values, and the ranks, their means and their centred sums follow from the
 * table — no column of ranks, one pass per pair whatever the number of respondents.
 */
import { NO_POINT } from '../points';

/** A column of whole numbers: its smallest value and span (null when not whole or too wide). */
export type RatingSpan = { readonly min: number; readonly span: number };

/** Whole numbers spanning at most this many values are ranked by counting, without a sort. */
export const MAX_SPAN = 4096;

/** The largest cross-table counted (two columns of up to 256 values each, say). */
const MAX_CELLS = 1 << 16;

/** The span of a column's present values (usable weights), when all are whole and span < MAX_SPAN. */
export function ratingSpan(x: Float64Array, weights: Float64Array | undefined): RatingSpan | null {
  const range = new Float64Array([Infinity, -Infinity]);
  for (let t0 = 0; t0 < x.length; t0 += BLOCK)
    if (!spanBlock(x, weights, t0, Math.min(x.length, t0 + BLOCK), range)) return null;
  const [min, max] = range;
  if (min === Infinity) return { min: 0, span: 1 };
  return max - min < MAX_SPAN ? { min, span: max - min + 1 } : null;
}

// The passes over the rows below run in blocks, one small function per block: a process that runs
// them a few times (the CLI's analyze) has them optimised after a few blocks, not after most of the
// rows.

/** Rows per call of the block functions. */
const BLOCK = 4096;

/** Rows t0..t1: widens range = [min, max] by the present values; false at a value not whole. */
function spanBlock(
  x: Float64Array,
  weights: Float64Array | undefined,
  t0: number,
  t1: number,
  range: Float64Array,
): boolean {
  let min = range[0];
  let max = range[1];
  for (let i = t0; i < t1; i++) {
    const v = x[i];
    if (v !== v || (weights && !(weights[i] > 0))) continue;
    if (!Number.isInteger(v)) return false;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  range[0] = min;
  range[1] = max;
  return true;
}

/** Rows t0..t1 where both are present (usable weight): adds each to its cell; how many rows. */
function tableBlock(
  x: Float64Array,
  y: Float64Array,
  weights: Float64Array | undefined,
  x0: number,
  y0: number,
  ySpan: number,
  table: Float64Array,
  t0: number,
  t1: number,
): number {
  let n = 0;
  for (let i = t0; i < t1; i++) {
    const a = x[i];
    const b = y[i];
    if (a !== a || b !== b) continue;
    const cell = (a - x0) * ySpan + (b - y0);
    if (weights) {
      const w = weights[i];
      if (!(w > 0)) continue;
      table[cell] += w;
    } else table[cell]++;
    n++;
  }
  return n;
}

/**
 * Spearman's ρ of x and y on the rows where both are present, as the Pearson correlation of their
 * mid-ranks (weighted: {@link tiesToRanks}' weighted mid-ranks), from the cross-table of their
 * values: with tᵢⱼ the weight of the rows where x is its i-th value and y its j-th, the margins give
 * each value's mid-rank rᵢ, sⱼ and the means r̄, s̄, and
 *   ρ = Σᵢⱼ tᵢⱼ (rᵢ − r̄)(sⱼ − s̄) / √(Σᵢ tᵢ. (rᵢ − r̄)² · Σⱼ t.ⱼ (sⱼ − s̄)²),
 * the sums of ranking both columns on the pair's rows and correlating them, grouped by value.
 * Null when either is no rating or the table would be too large (then the ranks are computed).
 *
 * @throws Error('spearman: …') for fewer than 3 pairs or no variance.
 */
export function tableSpearman(
  x: Float64Array,
  y: Float64Array,
  weights: Float64Array | undefined,
  xScale: RatingSpan | null = ratingSpan(x, weights),
  yScale: RatingSpan | null = ratingSpan(y, weights),
): number | null {
  if (!xScale || !yScale || xScale.span * yScale.span > MAX_CELLS) return null;
  const sx = xScale.span;
  const sy = yScale.span;
  const table = new Float64Array(sx * sy);
  const len = x.length;
  let n = 0;
  for (let t0 = 0; t0 < len; t0 += BLOCK)
    n += tableBlock(x, y, weights, xScale.min, yScale.min, sy, table, t0, Math.min(len, t0 + BLOCK));
  return spearmanOfTable(table, sx, sy, n);
}

/** {@link tableSpearman} of two columns held as points (unweighted; see stats/points.ts). */
export function pointsSpearman(x: Uint8Array, y: Uint8Array, yScale: RatingSpan = pointsSpan(y)): number {
  const xScale = pointsSpan(x);
  const sx = xScale.span;
  const sy = yScale.span;
  // Every pair of bytes counted in a 256 × 256 table, without a test per row (a row missing either
  // lands in row or column NO_POINT, which no span reaches); then the spans' cells are taken out.
  const wide = new Int32Array(1 << 16);
  const len = x.length;
  for (let t0 = 0; t0 < len; t0 += BLOCK) pointsTableBlock(x, y, wide, t0, Math.min(len, t0 + BLOCK));
  const table = new Float64Array(sx * sy);
  let n = 0;
  for (let a = 0; a < sx; a++) {
    const row = (xScale.min + a) << 8;
    for (let b = 0; b < sy; b++) {
      const c = wide[row | (yScale.min + b)];
      table[a * sy + b] = c;
      n += c;
    }
  }
  return spearmanOfTable(table, sx, sy, n);
}

/** Spearman's ρ of each column of points in `xs` with `y` (unweighted; see pointsSpearman). */
export function spearmanAgainstOfPoints(y: Uint8Array, xs: readonly Uint8Array[]): Float64Array {
  const yScale = pointsSpan(y);
  return Float64Array.from(xs, (x) => pointsSpearman(x, y, yScale));
}

/** The span of a column of points' present values (at most 255 values: a table of 65,025 cells). */
export function pointsSpan(x: Uint8Array): RatingSpan {
  const range = new Float64Array([Infinity, -Infinity]);
  for (let t0 = 0; t0 < x.length; t0 += BLOCK) pointsSpanBlock(x, t0, Math.min(x.length, t0 + BLOCK), range);
  const [min, max] = range;
  return min === Infinity ? { min: 0, span: 1 } : { min, span: max - min + 1 };
}

function pointsSpanBlock(x: Uint8Array, t0: number, t1: number, range: Float64Array): void {
  let min = range[0];
  let max = range[1];
  for (let i = t0; i < t1; i++) {
    const v = x[i];
    if (v === NO_POINT) continue;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  range[0] = min;
  range[1] = max;
}

/** Rows t0..t1 of two columns of points: each pair of bytes counted in `wide` (256 × 256). */
function pointsTableBlock(x: Uint8Array, y: Uint8Array, wide: Int32Array, t0: number, t1: number): void {
  for (let i = t0; i < t1; i++) wide[(x[i] << 8) | y[i]]++;
}

/** Spearman's ρ from the cross-table of n pairs (see tableSpearman). */
function spearmanOfTable(table: Float64Array, sx: number, sy: number, n: number): number {
  if (n < 3) throw new Error(`spearman: only ${n} complete pairs (need 3)`);
  const tx = new Float64Array(sx);
  const ty = new Float64Array(sy);
  for (let a = 0; a < sx; a++) {
    for (let b = 0; b < sy; b++) {
      const t = table[a * sy + b];
      tx[a] += t;
      ty[b] += t;
    }
  }
  const rx = tx.slice();
  const ry = ty.slice();
  // One value on the pair's rows is no variance (exactly).
  if (tiesToRanks(rx) < 2 || tiesToRanks(ry) < 2) throw new Error('spearman: a column has no variance');
  let w = 0;
  let sumX = 0;
  let sumY = 0;
  for (let a = 0; a < sx; a++) {
    w += tx[a];
    sumX += tx[a] * rx[a];
  }
  for (let b = 0; b < sy; b++) sumY += ty[b] * ry[b];
  const mx = sumX / w;
  const my = sumY / w;
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (let a = 0; a < sx; a++) {
    if (tx[a] === 0) continue;
    const dx = rx[a] - mx;
    sxx += tx[a] * dx * dx;
    for (let b = 0; b < sy; b++) {
      const t = table[a * sy + b];
      if (t !== 0) sxy += t * dx * (ry[b] - my);
    }
  }
  for (let b = 0; b < sy; b++) {
    if (ty[b] === 0) continue;
    const dy = ry[b] - my;
    syy += ty[b] * dy * dy;
  }
  return sxy / Math.sqrt(sxx * syy);
}

/**
 * Tie weights in ascending order of value → each value's mid-rank: the weight below it plus half its
 * own tie weight plus ½ (the average rank of a tie group when unweighted); how many carry weight.
 */
function tiesToRanks(tie: Float64Array): number {
  let below = 0;
  let values = 0;
  for (let b = 0; b < tie.length; b++) {
    const t = tie[b];
    if (t === 0) continue;
    tie[b] = below + (t + 1) / 2;
    below += t;
    values++;
  }
  return values;
}
