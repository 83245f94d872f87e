/**
 * The weighted centred sums of every pair of columns at once, each on the rows where both are
 * present (pairwise deletion): what {@link pairMoments} gives pair by pair, with far fewer passes
 * over the data.
 */
import { pairMoments, type PairMoments } from './sample';
import { wholePairMoments } from './wholePairMoments';

/** Rows per block of the cross products: k columns × 2,048 doubles stay in cache. */
const ROW_BLOCK = 2048;

/**
 * A pair whose centred sum keeps less than this share of its raw sum of squares lost most of its
 * digits to cancellation (a column nearly constant on the pair's rows): it is summed again exactly.
 */
const CANCELLATION = 1e-6;

/**
 * {@link pairMoments} of every pair (a, b), a ≤ b, of `columns`, at `a * k + b` (k columns). Weights
 * must already be usable (see usableWeights).
 *
 * Each column is shifted once by its own weighted mean (dⱼ = xⱼ − cⱼ, 0 where missing); the sums
 * of a pair's rows are the column's totals less the rows where the other column is missing (one
 * sweep over the rows with a gap, subtracting each from the pairs it leaves), and the
 * cross products Σ w dₐ d_b are one blocked pass over all columns (as covarianceOfRows). Then, with
 * W, S and Q the pair rows' Σw, Σw·d and Σw·d²:
 *   sxx = Qₐ − Sₐ²/W,  syy = Q_b − S_b²/W,  sxy = Σ w dₐ d_b − Sₐ S_b / W,
 * the centred sums about the pair's own means (x̄ = c + S/W), exact in arithmetic and, as the shift
 * is the column's mean, accurate to rounding; a pair that loses more than six digits to
 * cancellation (see CANCELLATION), a column constant on the pair's rows among them, is summed again
 * by pairMoments' two passes, which also gives a constant column exactly 0.
 */
export function pairwiseMoments(columns: readonly Float64Array[], weights?: Float64Array): PairMoments[] {
  // Unweighted ratings exactly, from their bytes (see wholePairMoments); anything else as below.
  const whole = weights ? null : wholePairMoments(columns);
  if (whole) return whole;
  const k = columns.length;
  const n = k ? columns[0].length : 0;
  /** Per column, its rows (with a usable weight) where it is missing, ascending. */
  const missingRows: Int32Array[] = [];
  const gapRows = new Int32Array(n);
  const dev: Float64Array[] = [];
  const wdev: Float64Array[] = [];
  const count = new Float64Array(k);
  const sw = new Float64Array(k);
  const sw2 = new Float64Array(k);
  const s = new Float64Array(k);
  const q = new Float64Array(k);
  const acc = new Float64Array(5);
  for (let j = 0; j < k; j++) {
    const x = columns[j];
    const p = new Uint8Array(n);
    acc.fill(0);
    for (let t0 = 0; t0 < n; t0 += ROW_BLOCK)
      scanBlock(x, weights, p, gapRows, t0, Math.min(n, t0 + ROW_BLOCK), acc);
    const gaps = acc[0];
    const shift = acc[1] > 0 ? acc[2] / acc[1] : 0;
    const d = new Float64Array(n);
    const wd = weights ? new Float64Array(n) : d;
    acc.fill(0);
    for (let t0 = 0; t0 < n; t0 += ROW_BLOCK)
      shiftBlock(x, weights, p, shift, d, wd, t0, Math.min(n, t0 + ROW_BLOCK), acc);
    missingRows.push(gapRows.slice(0, gaps));
    dev.push(d);
    wdev.push(wd);
    count[j] = acc[0];
    sw[j] = acc[1];
    sw2[j] = acc[2];
    s[j] = acc[3];
    q[j] = acc[4];
  }

  // Σ w dₐ d_b over all rows (0 where either is missing), in row blocks.
  const cross = new Float64Array(k * k);
  for (let t0 = 0; t0 < n; t0 += ROW_BLOCK) {
    const t1 = Math.min(n, t0 + ROW_BLOCK);
    for (let a = 0; a < k; a++) {
      const wa = wdev[a];
      let b = a;
      // four columns at a time (each pair's sum still adds its rows in order: the same numbers)
      for (; b + 3 < k; b += 4)
        cross4(cross, a * k + b, wa, dev[b], dev[b + 1], dev[b + 2], dev[b + 3], t0, t1);
      for (; b < k; b++) cross1(cross, a * k + b, wa, dev[b], t0, t1);
    }
  }

  // Pair totals: a's less its rows where b is missing, b's less its rows where a is missing — one
  // sweep over the rows with a gap, each pair's sums taking their rows in ascending order. A row's
  // gaps come from the columns' missing rows (no pass over the rows without any).
  const kk = k * k;
  const t: PairTotals = {
    cnt: new Float64Array(kk),
    w1: new Float64Array(kk),
    w2: new Float64Array(kk),
    sa: new Float64Array(kk),
    qa: new Float64Array(kk),
    sb: new Float64Array(kk),
    qb: new Float64Array(kk),
  };
  for (let a = 0; a < k; a++) {
    for (let b = a; b < k; b++) {
      const o = a * k + b;
      t.cnt[o] = count[a];
      t.w1[o] = sw[a];
      t.w2[o] = sw2[a];
      t.sa[o] = s[a];
      t.qa[o] = q[a];
      t.sb[o] = s[b];
      t.qb[o] = q[b];
    }
  }
  // The gaps of each row (columns ascending), rows with a gap ascending.
  const start = new Int32Array(n + 1);
  for (let j = 0; j < k; j++) {
    const rows = missingRows[j];
    for (let r = 0; r < rows.length; r++) start[rows[r] + 1]++;
  }
  let withGaps = 0;
  for (let i = 0; i < n; i++) {
    if (start[i + 1] > 0) withGaps++;
    start[i + 1] += start[i];
  }
  const gapCols = new Int32Array(start[n]);
  const fill = start.slice(0, n);
  for (let j = 0; j < k; j++) {
    const rows = missingRows[j];
    for (let r = 0; r < rows.length; r++) gapCols[fill[rows[r]]++] = j;
  }
  const gapped = new Int32Array(withGaps);
  for (let i = 0, g = 0; i < n; i++) if (start[i + 1] > start[i]) gapped[g++] = i;
  const isGap = new Uint8Array(k);
  for (let r = 0; r < withGaps; r++) {
    const i = gapped[r];
    const g0 = start[i];
    const g1 = start[i + 1];
    if (g1 - g0 === k) continue;
    dropRow(t, dev, k, i, weights ? weights[i] : 1, gapCols, g0, g1, isGap);
  }

  const out: PairMoments[] = new Array<PairMoments>(kk);
  for (let a = 0; a < k; a++) {
    for (let b = a; b < k; b++) {
      const o = a * k + b;
      const c = t.cnt[o];
      const W = t.w1[o];
      const sxx = t.qa[o] - (t.sa[o] * t.sa[o]) / W;
      const syy = t.qb[o] - (t.sb[o] * t.sb[o]) / W;
      const exact = c === 0 || !(sxx > CANCELLATION * t.qa[o]) || !(syy > CANCELLATION * t.qb[o]) || !(W > 0);
      out[o] = exact
        ? pairMoments(columns[a], columns[b], weights)
        : { n: c, sxx, syy, sxy: cross[o] - (t.sa[o] * t.sb[o]) / W, denom: W - t.w2[o] / W };
    }
  }
  return out;
}

// The loops below are small functions called once per block of rows (or per row with a gap), not
// one long loop each: a process that runs them once (the CLI's analyze) has them optimised after a
// few blocks instead of running most of the rows unoptimised. Each sum still adds its rows in order.

/** Per pair (a, b) at a·k + b: the pair rows' count, Σw, Σw², Σw·dₐ, Σw·dₐ², Σw·d_b, Σw·d_b². */
type PairTotals = {
  cnt: Float64Array;
  w1: Float64Array;
  w2: Float64Array;
  sa: Float64Array;
  qa: Float64Array;
  sb: Float64Array;
  qb: Float64Array;
};

/** Rows t0..t1 of a column: marks present rows in p, lists missing ones; acc = [gaps, Σw, Σw·x]. */
function scanBlock(
  x: Float64Array,
  weights: Float64Array | undefined,
  p: Uint8Array,
  gapRows: Int32Array,
  t0: number,
  t1: number,
  acc: Float64Array,
): void {
  let gaps = acc[0];
  let w0 = acc[1];
  let wx = acc[2];
  for (let i = t0; i < t1; i++) {
    const w = weights ? weights[i] : 1;
    if (!(w > 0)) continue;
    const v = x[i];
    if (v !== v) {
      gapRows[gaps++] = i;
      continue;
    }
    p[i] = 1;
    w0 += w;
    wx += w * v;
  }
  acc[0] = gaps;
  acc[1] = w0;
  acc[2] = wx;
}

/** Rows t0..t1 of a column: d = x − shift (w·d in wd), acc += [count, Σw, Σw², Σw·d, Σw·d²]. */
function shiftBlock(
  x: Float64Array,
  weights: Float64Array | undefined,
  p: Uint8Array,
  shift: number,
  d: Float64Array,
  wd: Float64Array,
  t0: number,
  t1: number,
  acc: Float64Array,
): void {
  let c = acc[0];
  let t1w = acc[1];
  let t2 = acc[2];
  let ts = acc[3];
  let tq = acc[4];
  for (let i = t0; i < t1; i++) {
    const w = weights ? weights[i] : 1;
    if (!(w > 0)) continue;
    if (!p[i]) continue;
    const v = x[i] - shift;
    d[i] = v;
    if (weights) wd[i] = w * v;
    c++;
    t1w += w;
    t2 += w * w;
    ts += w * v;
    tq += w * v * v;
  }
  acc[0] = c;
  acc[1] = t1w;
  acc[2] = t2;
  acc[3] = ts;
  acc[4] = tq;
}

/** cross[o..o+3] += Σ over rows t0..t1 of wa · d0..d3. */
function cross4(
  cross: Float64Array,
  o: number,
  wa: Float64Array,
  d0: Float64Array,
  d1: Float64Array,
  d2: Float64Array,
  d3: Float64Array,
  t0: number,
  t1: number,
): void {
  let c0 = cross[o];
  let c1 = cross[o + 1];
  let c2 = cross[o + 2];
  let c3 = cross[o + 3];
  for (let t = t0; t < t1; t++) {
    const v = wa[t];
    c0 += v * d0[t];
    c1 += v * d1[t];
    c2 += v * d2[t];
    c3 += v * d3[t];
  }
  cross[o] = c0;
  cross[o + 1] = c1;
  cross[o + 2] = c2;
  cross[o + 3] = c3;
}

/** cross[o] += Σ over rows t0..t1 of wa · db. */
function cross1(
  cross: Float64Array,
  o: number,
  wa: Float64Array,
  db: Float64Array,
  t0: number,
  t1: number,
): void {
  let acc = cross[o];
  for (let t = t0; t < t1; t++) acc += wa[t] * db[t];
  cross[o] = acc;
}

/** Row i (weight w), missing in the columns gapCols[g0..g1): takes it out of the pairs it leaves. */
function dropRow(
  t: PairTotals,
  dev: readonly Float64Array[],
  k: number,
  i: number,
  w: number,
  gapCols: Int32Array,
  g0: number,
  g1: number,
  isGap: Uint8Array,
): void {
  const { cnt, w1, w2, sa, qa, sb, qb } = t;
  for (let g = g0; g < g1; g++) isGap[gapCols[g]] = 1;
  for (let g = g0; g < g1; g++) {
    const b = gapCols[g];
    // a < b: the pair (a, b) loses a's row
    for (let a = 0; a < b; a++) {
      if (isGap[a]) continue;
      const v = dev[a][i];
      const o = a * k + b;
      cnt[o]--;
      w1[o] -= w;
      w2[o] -= w * w;
      sa[o] -= w * v;
      qa[o] -= w * v * v;
    }
    // a > b: the pair (b, a) loses a's row
    const ob = b * k;
    for (let a = b + 1; a < k; a++) {
      if (isGap[a]) continue;
      const v = dev[a][i];
      sb[ob + a] -= w * v;
      qb[ob + a] -= w * v * v;
    }
  }
  for (let g = g0; g < g1; g++) isGap[gapCols[g]] = 0;
}
