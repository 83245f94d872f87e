/**
 * Branded number types, so that a 0–100 index, an NPS in points and a raw scale value cannot be
 * mixed by accident (the pattern of excalidraw's `packages/math`: `Radians = number & {_brand}`).
 * A brand costs nothing at run time; the constructors below check the range once.
 */

/** A 0–100 index of a rating (EPSI/ACSI convention): 100·(x̄ − min)/(max − min). */
export type Index0to100 = number & { readonly __brand: 'Index0to100' };

/** A Net Promoter Score in points, −100..100 (100 × the NPS fraction). */
export type NpsPoints = number & { readonly __brand: 'NpsPoints' };

/** Rounding slack when checking a computed value against its limits. */
const SLACK = 1e-9;

/**
 * Brands a number as a 0–100 index. NaN passes through (an index of nothing is NaN, not an error);
 * values within 1e-9 of a limit are clamped onto it (floating-point rounding).
 *
 * @throws Error('toIndex0to100: …') when the value is outside [0, 100].
 */
export function toIndex0to100(value: number): Index0to100 {
  if (Number.isNaN(value)) return value as Index0to100;
  if (!(value >= -SLACK && value <= 100 + SLACK)) {
    throw new Error(`toIndex0to100: ${value} is outside 0..100`);
  }
  return Math.min(100, Math.max(0, value)) as Index0to100;
}

/**
 * Brands a number as NPS points. NaN passes through; values within 1e-9 of ±100 are clamped.
 *
 * @throws Error('toNpsPoints: …') when the value is outside [−100, 100].
 */
export function toNpsPoints(value: number): NpsPoints {
  if (Number.isNaN(value)) return value as NpsPoints;
  if (!(value >= -100 - SLACK && value <= 100 + SLACK)) {
    throw new Error(`toNpsPoints: ${value} is outside -100..100`);
  }
  return Math.min(100, Math.max(-100, value)) as NpsPoints;
}
