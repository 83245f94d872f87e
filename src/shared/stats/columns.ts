/**
 * How answers arrive from storage, and the one place that decides which respondents count.
 *
 * A column is a `Float64Array` of values with NaN for "no value", optionally with a parallel
 * `Uint8Array` of missing codes and a parallel `Float64Array` of respondent weights.
 */

/** Theoretical limits of a rating scale, e.g. `{ min: 1, max: 5 }` or `{ min: 0, max: 10 }`. */
export interface Scale {
  readonly min: number;
  readonly max: number;
}

/** Missing-value codes of the `missing` column. */
export const MissingCode = {
  answered: 0,
  noAnswer: 1,
  dontKnow: 2,
  notApplicable: 3,
} as const;

/** Respondents left out of a statistic, by reason. */
export interface MissingCounts {
  /** No answer (code 1, or NaN value with code 0 or without a missing column). */
  readonly noAnswer: number;
  /** "Don't know" (code 2). */
  readonly dontKnow: number;
  /** "Not applicable" (code 3). */
  readonly notApplicable: number;
}

/** Options shared by the column statistics. */
export interface ColumnOptions {
  /** Respondent weights; a NaN, infinite, zero or negative weight excludes that respondent. */
  readonly weights?: Float64Array;
  /** Missing codes (see {@link MissingCode}); a non-zero code wins over any value present. */
  readonly missing?: Uint8Array;
}

/** The respondents that count for a statistic, with their values and weights. */
export interface ValidCases {
  /** Values of the valid respondents, in input order. */
  readonly values: Float64Array;
  /** Their weights (all 1 when the input had no weights). */
  readonly weights: Float64Array;
  /** Whether the input carried weights. */
  readonly weighted: boolean;
  /** Row numbers (0-based) of the valid respondents in the input. */
  readonly rows: Uint32Array;
  readonly missing: MissingCounts;
  /** Respondents dropped because their weight was NaN, infinite or ≤ 0. */
  readonly excludedByWeight: number;
}

/** True when `w` can serve as a respondent weight (finite and > 0). */
export function isUsableWeight(w: number): boolean {
  return Number.isFinite(w) && w > 0;
}

/**
 * Checks a scale's limits.
 *
 * @throws Error('<fnName>: …') when a limit is not finite or min ≥ max.
 */
export function assertScale(fnName: string, scale: Scale): void {
  if (!Number.isFinite(scale.min) || !Number.isFinite(scale.max)) {
    throw new Error(`${fnName}: scale limits must be finite numbers`);
  }
  if (!(scale.min < scale.max)) {
    throw new Error(`${fnName}: scale min (${scale.min}) must be below max (${scale.max})`);
  }
}

/**
 * Checks that a parallel column has the length of the values.
 *
 * @throws Error('<fnName>: …') on a length mismatch.
 */
export function assertSameLength(
  fnName: string,
  name: string,
  column: ArrayLike<unknown> | undefined,
  length: number,
): void {
  if (column !== undefined && column.length !== length) {
    throw new Error(`${fnName}: ${name} has length ${column.length}, values have ${length}`);
  }
}

/**
 * Splits a column into valid respondents and the reasons others are left out.
 *
 * Rules, in order: a respondent whose weight is unusable (NaN, ±∞, ≤ 0) is dropped and counted in
 * `excludedByWeight` only; a non-zero missing code counts under its reason whatever the value;
 * a NaN value counts as "no answer"; a finite value is valid (and, when `scale` is given, must lie
 * within it).
 *
 * @throws Error('<fnName>: …') on length mismatches, unknown missing codes, ±∞ values, or values
 *   outside the scale.
 */
export function collectValid(
  fnName: string,
  values: Float64Array,
  options: ColumnOptions & { readonly scale?: Scale },
): ValidCases {
  const { weights, missing, scale } = options;
  const n = values.length;
  assertSameLength(fnName, 'weights', weights, n);
  assertSameLength(fnName, 'missing', missing, n);
  if (scale) assertScale(fnName, scale);
  const outValues = new Float64Array(n);
  const outWeights = new Float64Array(n);
  const rows = new Uint32Array(n);
  let k = 0;
  let noAnswer = 0;
  let dontKnow = 0;
  let notApplicable = 0;
  let excludedByWeight = 0;
  for (let i = 0; i < n; i++) {
    const w = weights ? weights[i] : 1;
    if (!isUsableWeight(w)) {
      excludedByWeight++;
      continue;
    }
    const code = missing ? missing[i] : MissingCode.answered;
    if (code === MissingCode.noAnswer) noAnswer++;
    else if (code === MissingCode.dontKnow) dontKnow++;
    else if (code === MissingCode.notApplicable) notApplicable++;
    else if (code !== MissingCode.answered) {
      throw new Error(`${fnName}: unknown missing code ${code} at row ${i}`);
    } else {
      const x = values[i];
      if (Number.isNaN(x)) {
        noAnswer++;
        continue;
      }
      if (!Number.isFinite(x)) throw new Error(`${fnName}: infinite value at row ${i}`);
      if (scale && (x < scale.min || x > scale.max)) {
        throw new Error(`${fnName}: value ${x} at row ${i} is outside the scale ${scale.min}–${scale.max}`);
      }
      outValues[k] = x;
      outWeights[k] = w;
      rows[k] = i;
      k++;
    }
  }
  return {
    values: outValues.slice(0, k),
    weights: outWeights.slice(0, k),
    weighted: weights !== undefined,
    rows: rows.slice(0, k),
    missing: { noAnswer, dontKnow, notApplicable },
    excludedByWeight,
  };
}
