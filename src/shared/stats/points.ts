/**
 * A rating column in one byte per respondent ("points"): each answer 0–254 as itself, 255 where
 * there is no value. Nearly every survey answer is stored this way (see the study file's answer
 * columns), and the analyses that only count answers per scale point (histograms) or sum whole
 * numbers (the key drivers' moments and Spearman's cross-tables) read these bytes directly: an
 * eighth of the memory of doubles, and no doubles made at all unless an analysis asks for them.
 */

/** The byte of a point without a value. */
export const NO_POINT = 255;

/** A byte as the number it stands for: 0–254 themselves, 255 NaN. */
const POINT_VALUE = Float64Array.from({ length: 256 }, (_, b) => (b === NO_POINT ? NaN : b));

/** Bytes per call of the decoding loop: a small function called often is optimised early. */
const BLOCK = 4096;

/** Writes `points` as numbers into `target` from element `at`. */
export function pointsInto(target: Float64Array, at: number, points: Uint8Array): void {
  const m = points.length;
  for (let j0 = 0; j0 < m; j0 += BLOCK) decodeBlock(target, at, points, j0, Math.min(m, j0 + BLOCK));
}

function decodeBlock(target: Float64Array, at: number, points: Uint8Array, j0: number, j1: number): void {
  for (let j = j0; j < j1; j++) target[at + j] = POINT_VALUE[points[j]!]!;
}

/** Points as numbers (NaN where 255). */
export function pointValues(points: Uint8Array): Float64Array {
  const out = new Float64Array(points.length);
  pointsInto(out, 0, points);
  return out;
}

/** A column held as points: `values` is made from them when first read, then kept. */
export function pointsColumn(
  points: Uint8Array,
  missing: Uint8Array,
): { readonly values: Float64Array; readonly missing: Uint8Array; readonly points: Uint8Array } {
  let values: Float64Array | undefined;
  return {
    points,
    missing,
    get values() {
      return (values ??= pointValues(points));
    },
  };
}
