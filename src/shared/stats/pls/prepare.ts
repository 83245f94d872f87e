/**
 * The indicator data before estimation: missing-value codes, mean replacement or casewise deletion
 * (Hair, Hult, Ringle & Sarstedt, "A primer on partial least squares structural equation modeling
 * (PLS-SEM)", 2nd ed. 2017, §2.3: mean replacement when under 5 % of a variable is missing), and
 * the metric: standardized (mean 0, variance 1) or only centred (Lohmöller 1989, §2.3.2 "scale
 * options"). Variances use the divisor n − 1.
 */

export type PlsMissing = 'mean' | 'casewise';

export type MissingOptions = {
  readonly missing: PlsMissing;
  /** A value that means "no answer", e.g. −99; NaN always does. */
  readonly missingCode?: number;
};

export type PreparedData = {
  /** The indicators, one column per item, without missing values. */
  readonly columns: readonly Float64Array[];
  readonly n: number;
  /** Rows of the input used (all of them under mean replacement). */
  readonly rowsUsed: number;
  /** Rows dropped by casewise deletion. */
  readonly rowsDropped: number;
  /** Cells replaced by their item's mean. */
  readonly cellsReplaced: number;
  /** Per item, how many of its values were missing in the input. */
  readonly missingPerItem: readonly number[];
};

/**
 * Applies the missing-value code and the chosen treatment. Mean replacement uses each item's mean
 * over its answered rows; casewise deletion keeps the rows with every item answered.
 *
 * @throws Error('handleMissing: …') when the columns differ in length or an item has no answer.
 */
export function handleMissing(
  columns: readonly Float64Array[],
  items: readonly string[],
  options: MissingOptions,
): PreparedData {
  const n = columns[0]?.length ?? 0;
  const code = options.missingCode;
  const isMissing = (x: number) => Number.isNaN(x) || (code !== undefined && x === code);
  const missingPerItem = columns.map((c, k) => {
    if (c.length !== n) throw new Error(`handleMissing: item ${items[k]} has ${c.length} rows, expected ${n}`);
    let m = 0;
    for (let i = 0; i < n; i++) if (isMissing(c[i])) m++;
    if (m === n) throw new Error(`handleMissing: item ${items[k]} has no answers`);
    return m;
  });
  if (options.missing === 'mean') {
    let replaced = 0;
    const out = columns.map((c) => {
      let s = 0;
      let m = 0;
      for (let i = 0; i < n; i++) if (!isMissing(c[i])) (s += c[i]), m++;
      const mean = s / m;
      return c.map((x) => (isMissing(x) ? (replaced++, mean) : x));
    });
    return { columns: out, n, rowsUsed: n, rowsDropped: 0, cellsReplaced: replaced, missingPerItem };
  }
  const keep: number[] = [];
  for (let i = 0; i < n; i++) if (columns.every((c) => !isMissing(c[i]))) keep.push(i);
  const out = columns.map((c) => Float64Array.from(keep, (i) => c[i]));
  return {
    columns: out,
    n: keep.length,
    rowsUsed: keep.length,
    rowsDropped: n - keep.length,
    cellsReplaced: 0,
    missingPerItem,
  };
}

export type ScaledData = {
  /** Centred (and, when standardized, unit-variance) indicators. */
  readonly x: readonly Float64Array[];
  readonly means: Float64Array;
  /** Standard deviations of the input items (divisor n − 1). */
  readonly sds: Float64Array;
  /** What each item was divided by: its sd when standardized, else 1. */
  readonly divisors: Float64Array;
};

/** Mean of a column. */
export function mean(x: Float64Array): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += x[i];
  return s / x.length;
}

/** Sample standard deviation (divisor n − 1). */
export function sd(x: Float64Array): number {
  const m = mean(x);
  let s = 0;
  for (let i = 0; i < x.length; i++) s += (x[i] - m) * (x[i] - m);
  return Math.sqrt(s / (x.length - 1));
}

/**
 * Centres each item, and divides it by its standard deviation when `standardize` is true.
 *
 * @throws Error('scaleIndicators: …') naming an item with no variance (it cannot load on anything).
 */
export function scaleIndicators(
  columns: readonly Float64Array[],
  items: readonly string[],
  standardize: boolean,
): ScaledData {
  const p = columns.length;
  const means = new Float64Array(p);
  const sds = new Float64Array(p);
  const divisors = new Float64Array(p);
  const x = columns.map((c, k) => {
    means[k] = mean(c);
    sds[k] = sd(c);
    if (!(sds[k] > 1e-12 * Math.max(1, Math.abs(means[k]))))
      throw new Error(`scaleIndicators: item ${items[k]} has no variance`);
    divisors[k] = standardize ? sds[k] : 1;
    return c.map((v) => (v - means[k]) / divisors[k]);
  });
  return { x, means, sds, divisors };
}
