/**
 * The passes over the respondents that fill a grouped histogram (see histogram.ts): weighted, counts
 * only, and counts of points. Each adds a block of rows and returns −1, or the first row it cannot
 * count, which the caller reports.
 */
import { isUsableWeight } from '../stats/columns';
import { NO_POINT } from '../stats/points';
import type { HistogramInput } from './histogram';

/** Rows per call of {@link histogramBlock}. */
export const BLOCK = 4096;

/**
 * Adds rows t0..t1 to the sums; returns −1, or the first row with a usable weight whose value is
 * not a whole scale point or whose group is not below `groups` (the sums then do not matter).
 */
export function histogramBlock(
  input: HistogramInput,
  groups: number,
  points: number,
  count: Float64Array,
  wsum: Float64Array,
  w2sum: Float64Array,
  t0: number,
  t1: number,
): number {
  const { values, missing, weights, groupIndex } = input;
  const { min, max } = input.scale;
  for (let i = t0; i < t1; i++) {
    const x = values[i]!;
    if (x !== x || (missing !== undefined && missing[i] !== 0)) continue;
    const g = groupIndex ? groupIndex[i]! : 0;
    if (g < 0) continue;
    const j = x - min;
    if (j < 0 || x > max || g >= groups || (j | 0) !== j) {
      if (weights && !isUsableWeight(weights[i]!)) continue;
      return i;
    }
    const at = g * points + j;
    if (weights === undefined) {
      count[at]!++;
      continue;
    }
    const w = weights[i]!;
    if (!(w > 0 && w < Infinity)) continue;
    count[at]!++;
    wsum[at]! += w;
    w2sum[at]! += w * w;
  }
  return -1;
}

/** {@link histogramBlock} without weights: the counts only, in the fewest tests per row. */
export function countBlock(
  values: Float64Array,
  missing: Uint8Array | undefined,
  groupIndex: Int32Array | undefined,
  groups: number,
  points: number,
  min: number,
  count: Float64Array,
  t0: number,
  t1: number,
): number {
  for (let i = t0; i < t1; i++) {
    if (missing !== undefined && missing[i] !== 0) continue;
    let g = 0;
    if (groupIndex !== undefined) {
      g = groupIndex[i]!;
      if (g < 0) continue;
    }
    const x = values[i]!;
    // a whole point as an integer index (faster than a double one); NaN, a fraction or a value off
    // the scale fails the test: NaN is skipped, anything else there is the caller's to report
    const j = (x - min) | 0;
    if (j !== x - min || j < 0 || j >= points || g >= groups) {
      if (x !== x) continue;
      return i;
    }
    count[g * points + j]!++;
  }
  return -1;
}

/** {@link countBlock} over points: a byte per row, 255 (no value) skipped. */
export function pointsCountBlock(
  points: Uint8Array,
  missing: Uint8Array | undefined,
  groupIndex: Int32Array | undefined,
  groups: number,
  scalePoints: number,
  min: number,
  count: Float64Array,
  t0: number,
  t1: number,
): number {
  for (let i = t0; i < t1; i++) {
    if (missing !== undefined && missing[i] !== 0) continue;
    let g = 0;
    if (groupIndex !== undefined) {
      g = groupIndex[i]!;
      if (g < 0) continue;
    }
    const b = points[i]!;
    if (b === NO_POINT) continue;
    const j = b - min;
    if (j < 0 || j >= scalePoints || g >= groups) return i;
    count[g * scalePoints + j]!++;
  }
  return -1;
}

/**
 * The counts of {@link pointsCountBlock} over all rows, with no test per row that the data decide:
 * each row adds 1 at (group << 8) | point of a 256-wide table, a row with a missing code or group −1
 * at a spare last row of it, and the table's scale points are then taken out (255, no value, is
 * never among them). False — the counts then left as they are for the careful pass to redo — when a
 * row's group is not below `groups` or a counted point lies off the scale: pointsCountBlock then
 * finds the row at fault.
 */
export function pointsCountWide(
  points: Uint8Array,
  missing: Uint8Array | undefined,
  groupIndex: Int32Array | undefined,
  groups: number,
  scalePoints: number,
  min: number,
  count: Float64Array,
): boolean {
  const n = points.length;
  const wide = new Int32Array((groups + 1) << 8);
  const codes = missing ?? new Uint8Array(n);
  for (let t0 = 0; t0 < n; t0 += BLOCK) {
    const t1 = Math.min(n, t0 + BLOCK);
    if (!groupIndex) wideBlock(points, codes, groups << 8, wide, t0, t1);
    else if (!wideGroupedBlock(points, codes, groupIndex, groups, wide, t0, t1)) return false;
  }
  for (let g = 0; g < groups; g++) {
    const row = g << 8;
    for (let b = 0; b < NO_POINT; b++) {
      const c = wide[row | b]!;
      if (c === 0) continue;
      const j = b - min;
      if (j < 0 || j >= scalePoints) return false;
      count[g * scalePoints + j] = c;
    }
  }
  return true;
}

/** Rows t0..t1 into `wide` by group and point; false at a group not below `groups`. */
function wideGroupedBlock(
  points: Uint8Array,
  missing: Uint8Array,
  groupIndex: Int32Array,
  groups: number,
  wide: Int32Array,
  t0: number,
  t1: number,
): boolean {
  const spare = groups << 8;
  for (let i = t0; i < t1; i++) {
    const g = groupIndex[i]!;
    if (g >= groups) return false;
    wide[g < 0 || missing[i] !== 0 ? spare : (g << 8) | points[i]!]!++;
  }
  return true;
}

/** {@link wideGroupedBlock} of one group: a row with a missing code at `spare`. */
function wideBlock(
  points: Uint8Array,
  missing: Uint8Array,
  spare: number,
  wide: Int32Array,
  t0: number,
  t1: number,
): void {
  for (let i = t0; i < t1; i++) wide[missing[i] !== 0 ? spare : points[i]!]!++;
}
