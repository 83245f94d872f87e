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
  /** The survey weights of the rows used, when weights were given. */
  readonly weights?: Float64Array;
};

/**
 * Applies the missing-value code and the chosen treatment. Mean replacement uses each item's mean
 * over its answered rows (weighted when `weights` are given: Becker & Ismail 2016, weighted means
 * throughout); casewise deletion keeps the rows with every item answered (and their weights).
 *
 * @throws Error('handleMissing: …') when the columns differ in length or an item has no answer.
 */
export function handleMissing(
  columns: readonly Float64Array[],
  items: readonly string[],
  options: MissingOptions,
  weights?: Float64Array,
): PreparedData {
  const n = columns[0]?.length ?? 0;
  if (weights && weights.length !== n)
    throw new Error(`handleMissing: ${weights.length} weights for ${n} rows`);
  const code = options.missingCode;
  const isMissing = (x: number) => Number.isNaN(x) || (code !== undefined && x === code);
  const missingPerItem = columns.map((c, k) => {
    if (c.length !== n)
      throw new Error(`handleMissing: item ${items[k]} has ${c.length} rows, expected ${n}`);
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
      if (weights) {
        for (let i = 0; i < n; i++)
          if (!isMissing(c[i])) {
            s += weights[i] * c[i];
            m += weights[i];
          }
      } else
        for (let i = 0; i < n; i++)
          if (!isMissing(c[i])) {
            s += c[i];
            m++;
          }
      const mean = s / m;
      const filled = Float64Array.from(c);
      for (let i = 0; i < n; i++)
        if (isMissing(c[i])) {
          filled[i] = mean;
          replaced++;
        }
      return filled;
    });
    return {
      columns: out,
      n,
      rowsUsed: n,
      rowsDropped: 0,
      cellsReplaced: replaced,
      missingPerItem,
      ...(weights ? { weights } : {}),
    };
  }
  const keep: number[] = [];
  for (let i = 0; i < n; i++) if (columns.every((c) => !isMissing(c[i]))) keep.push(i);
  const out = columns.map((c) => {
    const kept = new Float64Array(keep.length);
    for (let t = 0; t < keep.length; t++) kept[t] = c[keep[t]];
    return kept;
  });
  return {
    columns: out,
    n: keep.length,
    rowsUsed: keep.length,
    rowsDropped: n - keep.length,
    cellsReplaced: 0,
    missingPerItem,
    ...(weights ? { weights: Float64Array.from(keep, (i) => weights[i]) } : {}),
  };
}

/** Means and covariance matrix (row-major p × p, divisor n − 1) of the items. */
export type Moments = {
  readonly p: number;
  readonly n: number;
  readonly means: Float64Array;
  readonly cov: Float64Array;
};

/** Mean of a column. */
export function mean(x: Float64Array): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += x[i];
  return s / x.length;
}

/**
 * Means and covariances of complete columns, in one pass over the data per pair (the PLS
 * algorithm needs nothing else from the data: Lohmöller 1989, §2.2.6 "the covariance form").
 */
export function momentsOf(columns: readonly Float64Array[], weights?: Float64Array): Moments {
  if (weights) return weightedMomentsOf(columns, weights);
  const p = columns.length;
  const n = columns[0]?.length ?? 0;
  const means = Float64Array.from(columns, mean);
  const centred = columns.map((c, k) => {
    const out = new Float64Array(n);
    const m = means[k];
    for (let i = 0; i < n; i++) out[i] = c[i] - m;
    return out;
  });
  const cov = new Float64Array(p * p);
  for (let k = 0; k < p; k++) {
    const a = centred[k];
    let l = k;
    // four pairs per pass over the rows, each summed in row order as alone (the same numbers)
    for (; l + 3 < p; l += 4) {
      const b0 = centred[l];
      const b1 = centred[l + 1];
      const b2 = centred[l + 2];
      const b3 = centred[l + 3];
      let s0 = 0;
      let s1 = 0;
      let s2 = 0;
      let s3 = 0;
      for (let i = 0; i < n; i++) {
        const v = a[i];
        s0 += v * b0[i];
        s1 += v * b1[i];
        s2 += v * b2[i];
        s3 += v * b3[i];
      }
      cov[k * p + l] = cov[l * p + k] = s0 / (n - 1);
      cov[k * p + l + 1] = cov[(l + 1) * p + k] = s1 / (n - 1);
      cov[k * p + l + 2] = cov[(l + 2) * p + k] = s2 / (n - 1);
      cov[k * p + l + 3] = cov[(l + 3) * p + k] = s3 / (n - 1);
    }
    for (; l < p; l++) {
      const b = centred[l];
      let s = 0;
      for (let i = 0; i < n; i++) s += a[i] * b[i];
      cov[k * p + l] = cov[l * p + k] = s / (n - 1);
    }
  }
  return { p, n, means, cov };
}

/**
 * Weighted means and covariances (Becker & Ismail 2016, "Accommodating survey weights in PLS-SEM",
 * in Abe et al. (eds.), Recent Developments in PLS-SEM, Springer, pp. 52–70, as SmartPLS 3's WPLS):
 * mean_k = Σ w_i x_ik / Σ w_i and s_kl = Σ w_i (x_ik − mean_k)(x_il − mean_l) / (Σ w_i − 1), the
 * divisor of frequency weights, so integer weights give exactly the moments of the data with each
 * row repeated w_i times, and weights scaled to mean 1 (as raking gives) reduce to n − 1. With
 * standardized items the divisor cancels from every estimate (correlations, weights, paths, index).
 *
 * @throws Error('momentsOf: …') when the weights differ in length or are not positive and finite.
 */
function weightedMomentsOf(columns: readonly Float64Array[], weights: Float64Array): Moments {
  const p = columns.length;
  const n = columns[0]?.length ?? 0;
  if (weights.length !== n) throw new Error(`momentsOf: ${weights.length} weights for ${n} rows`);
  let W = 0;
  for (let i = 0; i < n; i++) {
    const w = weights[i];
    if (!(w > 0 && Number.isFinite(w)))
      throw new Error(`momentsOf: weight ${w} of row ${i + 1} is not positive`);
    W += w;
  }
  const means = Float64Array.from(columns, (c) => {
    let s = 0;
    for (let i = 0; i < n; i++) s += weights[i] * c[i];
    return s / W;
  });
  const centred = columns.map((c, k) => {
    const out = new Float64Array(n);
    const m = means[k];
    for (let i = 0; i < n; i++) out[i] = c[i] - m;
    return out;
  });
  const cov = new Float64Array(p * p);
  const wa = new Float64Array(n);
  for (let k = 0; k < p; k++) {
    const a = centred[k];
    for (let i = 0; i < n; i++) wa[i] = weights[i] * a[i];
    for (let l = k; l < p; l++) {
      const b = centred[l];
      let s = 0;
      for (let i = 0; i < n; i++) s += wa[i] * b[i];
      cov[k * p + l] = cov[l * p + k] = s / (W - 1);
    }
  }
  return { p, n, means, cov };
}

export type Metric = {
  /** What each item is divided by after centring: its sd when standardized, else 1. */
  readonly divisors: Float64Array;
  /** Covariances of the items as estimated (correlations when standardized). */
  readonly cov: Float64Array;
};

/**
 * The metric of the estimation: items centred, and divided by their standard deviation when
 * `standardize` is true.
 *
 * @throws Error('scaleIndicators: …') naming an item with no variance (it cannot load on anything).
 */
export function scaleIndicators(m: Moments, items: readonly string[], standardize: boolean): Metric {
  const { p } = m;
  const divisors = new Float64Array(p);
  for (let k = 0; k < p; k++) {
    const v = m.cov[k * p + k];
    if (!(v > 1e-24 * Math.max(1, m.means[k] * m.means[k])))
      throw new Error(`scaleIndicators: item ${items[k]} has no variance`);
    divisors[k] = standardize ? Math.sqrt(v) : 1;
  }
  const cov = new Float64Array(p * p);
  for (let k = 0; k < p; k++)
    for (let l = 0; l < p; l++) cov[k * p + l] = m.cov[k * p + l] / (divisors[k] * divisors[l]);
  return { divisors, cov };
}
