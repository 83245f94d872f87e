/**
 * Which respondents count: column checks, usable weights, complete cases, and the weighted moments
 * of one pair of columns. Columns are `Float64Array`s in which NaN marks a missing value; a
 * respondent whose weight is NaN, infinite, zero or negative is left out (as in ../columns.ts).
 */

/** How missing values are handled: drop a respondent missing any column, or per pair of columns. */
export type MissingHandling = 'listwise' | 'pairwise';

/** The respondents a matrix rests on, stated with every result. */
export type SampleSize =
  | { readonly method: 'listwise'; readonly n: number; readonly excluded: number }
  | { readonly method: 'pairwise'; readonly minN: number; readonly maxN: number };

/** A column's name for error messages: its label, or `column i` (1-based). */
export function columnLabel(labels: readonly string[] | undefined, i: number): string {
  return labels?.[i] ?? `column ${i + 1}`;
}

/**
 * Checks that columns have one length and carry no infinities, and that weights (if any) match.
 *
 * @throws Error('<fnName>: …') naming the offending column or weight.
 */
export function validateColumns(
  fnName: string,
  columns: readonly Float64Array[],
  weights?: Float64Array,
  labels?: readonly string[],
): number {
  if (columns.length === 0) throw new Error(`${fnName}: no columns`);
  const n = columns[0].length;
  for (let j = 0; j < columns.length; j++) {
    const c = columns[j];
    if (c.length !== n)
      throw new Error(`${fnName}: ${columnLabel(labels, j)} has ${c.length} values, expected ${n}`);
    // x − x is 0 for a finite x, NaN for ±∞ or NaN: one test per value
    for (let i = 0; i < n; i++) {
      const v = c[i];
      if (v - v !== 0 && v === v)
        throw new Error(`${fnName}: ${columnLabel(labels, j)} row ${i + 1} is infinite`);
    }
  }
  if (weights && weights.length !== n)
    throw new Error(`${fnName}: weights have ${weights.length} values, expected ${n}`);
  return n;
}

/**
 * Respondent weights with every unusable weight (NaN, infinite, zero or negative) set to 0, which
 * excludes that respondent — the rule of `isUsableWeight` in ../columns.ts. Undefined stays undefined,
 * and so do weights that are all exactly 1 (an unweighted study's weight column): every formula
 * then gives the same numbers unweighted (w·x = x, Σw = n), with less work.
 */
export function usableWeights(weights?: Float64Array): Float64Array | undefined {
  if (!weights) return undefined;
  let ones = true;
  for (let i = 0; i < weights.length && ones; i++) if (weights[i] !== 1) ones = false;
  if (ones) return undefined;
  const out = new Float64Array(weights.length);
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i];
    out[i] = Number.isFinite(w) && w > 0 ? w : 0;
  }
  return out;
}

/**
 * Weighted mean of the non-missing values: x̄ = Σ wᵢxᵢ / Σ wᵢ (unit weights when none are given).
 * NaN when no value with positive weight remains.
 */
export function weightedMean(x: Float64Array, rawWeights?: Float64Array): number {
  validateColumns('weightedMean', [x], rawWeights);
  const weights = usableWeights(rawWeights);
  let sw = 0;
  let swx = 0;
  for (let i = 0; i < x.length; i++) {
    const w = weights ? weights[i] : 1;
    const v = x[i];
    if (w > 0 && !Number.isNaN(v)) {
      sw += w;
      swx += w * v;
    }
  }
  return sw > 0 ? swx / sw : Number.NaN;
}

/**
 * Row indices (ascending) of respondents with a positive weight and no missing value in any column —
 * the sample of listwise deletion.
 */
export function completeRows(columns: readonly Float64Array[], rawWeights?: Float64Array): Uint32Array {
  const n = validateColumns('completeRows', columns, rawWeights);
  const weights = usableWeights(rawWeights);
  // Column by column: a row is dropped by its first missing value or an unusable weight.
  const drop = new Uint8Array(n);
  if (weights) for (let i = 0; i < n; i++) if (!(weights[i] > 0)) drop[i] = 1;
  for (const c of columns) for (let i = 0; i < n; i++) if (Number.isNaN(c[i])) drop[i] = 1;
  let count = 0;
  for (let i = 0; i < n; i++) count += 1 - drop[i];
  const keep = new Uint32Array(count);
  for (let i = 0, t = 0; i < n; i++) if (!drop[i]) keep[t++] = i;
  return keep;
}

/** Weighted sums of one pair of columns over the rows where both are present (see {@link pairMoments}). */
export type PairMoments = {
  readonly n: number;
  readonly sxx: number;
  readonly syy: number;
  readonly sxy: number;
  /** W − Σw²/W: the `cov.wt(method = "unbiased")` denominator. */
  readonly denom: number;
};

/**
 * Weighted centred sums of one pair on the rows where both are present and the weight is > 0:
 *   x̄ = Σwx/W, sxx = Σw(x − x̄)², syy = Σw(y − ȳ)², sxy = Σw(x − x̄)(y − ȳ),
 * two-pass for accuracy; a constant column gets exactly 0 (not round-off). Weights must already be
 * usable ({@link usableWeights}). Covariance = sxy/denom; correlation = sxy/√(sxx·syy) (Pearson 1896).
 */
export function pairMoments(x: Float64Array, y: Float64Array, weights?: Float64Array): PairMoments {
  let n = 0;
  let sw = 0;
  let sw2 = 0;
  let sx = 0;
  let sy = 0;
  let xConstant = true;
  let yConstant = true;
  let x0 = Number.NaN;
  let y0 = Number.NaN;
  for (let i = 0; i < x.length; i++) {
    const w = weights ? weights[i] : 1;
    const a = x[i];
    const b = y[i];
    if (!(w > 0) || Number.isNaN(a) || Number.isNaN(b)) continue;
    if (n === 0) {
      x0 = a;
      y0 = b;
    } else {
      if (a !== x0) xConstant = false;
      if (b !== y0) yConstant = false;
    }
    n++;
    sw += w;
    sw2 += w * w;
    sx += w * a;
    sy += w * b;
  }
  if (n === 0) return { n, sxx: Number.NaN, syy: Number.NaN, sxy: Number.NaN, denom: Number.NaN };
  const mx = sx / sw;
  const my = sy / sw;
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (let i = 0; i < x.length; i++) {
    const w = weights ? weights[i] : 1;
    const a = x[i];
    const b = y[i];
    if (!(w > 0) || Number.isNaN(a) || Number.isNaN(b)) continue;
    sxx += w * (a - mx) * (a - mx);
    syy += w * (b - my) * (b - my);
    sxy += w * (a - mx) * (b - my);
  }
  // Exactly zero for a constant column: the two-pass sum leaves round-off otherwise.
  if (xConstant) sxx = sxy = 0;
  if (yConstant) syy = sxy = 0;
  return { n, sxx, syy, sxy, denom: sw - sw2 / sw };
}
