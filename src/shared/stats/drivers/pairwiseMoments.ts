/**
 * The weighted centred sums of every pair of columns at once, each on the rows where both are
 * present (pairwise deletion): what {@link pairMoments} gives pair by pair, with far fewer passes
 * over the data.
 */
import { pairMoments, type PairMoments } from './sample';

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
  const k = columns.length;
  const n = k ? columns[0].length : 0;
  const present: Uint8Array[] = [];
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
  for (let j = 0; j < k; j++) {
    const x = columns[j];
    const p = new Uint8Array(n);
    let w0 = 0;
    let wx = 0;
    let gaps = 0;
    for (let i = 0; i < n; i++) {
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
    const shift = w0 > 0 ? wx / w0 : 0;
    const d = new Float64Array(n);
    const wd = weights ? new Float64Array(n) : d;
    let c = 0;
    let t1 = 0;
    let t2 = 0;
    let ts = 0;
    let tq = 0;
    for (let i = 0; i < n; i++) {
      const w = weights ? weights[i] : 1;
      if (!(w > 0)) continue;
      if (!p[i]) continue;
      const v = x[i] - shift;
      d[i] = v;
      if (weights) wd[i] = w * v;
      c++;
      t1 += w;
      t2 += w * w;
      ts += w * v;
      tq += w * v * v;
    }
    present.push(p);
    missingRows.push(gapRows.slice(0, gaps));
    dev.push(d);
    wdev.push(wd);
    count[j] = c;
    sw[j] = t1;
    sw2[j] = t2;
    s[j] = ts;
    q[j] = tq;
  }

  // Σ w dₐ d_b over all rows (0 where either is missing), in row blocks.
  const cross = new Float64Array(k * k);
  for (let t0 = 0; t0 < n; t0 += ROW_BLOCK) {
    const t1 = Math.min(n, t0 + ROW_BLOCK);
    for (let a = 0; a < k; a++) {
      const wa = wdev[a];
      let b = a;
      // four columns at a time (each pair's sum still adds its rows in order: the same numbers)
      for (; b + 3 < k; b += 4) {
        const d0 = dev[b];
        const d1 = dev[b + 1];
        const d2 = dev[b + 2];
        const d3 = dev[b + 3];
        const o = a * k + b;
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
      for (; b < k; b++) {
        const db = dev[b];
        let acc = cross[a * k + b];
        for (let t = t0; t < t1; t++) acc += wa[t] * db[t];
        cross[a * k + b] = acc;
      }
    }
  }

  // Pair totals: a's less its rows where b is missing, b's less its rows where a is missing — one
  // sweep over the rows with a gap, each pair's sums taking their rows in ascending order. A row's
  // gaps come from the columns' missing rows (no pass over the rows without any).
  const kk = k * k;
  const cnt = new Float64Array(kk);
  const w1 = new Float64Array(kk);
  const w2 = new Float64Array(kk);
  const sa = new Float64Array(kk);
  const qa = new Float64Array(kk);
  const sb = new Float64Array(kk);
  const qb = new Float64Array(kk);
  for (let a = 0; a < k; a++) {
    for (let b = a; b < k; b++) {
      const o = a * k + b;
      cnt[o] = count[a];
      w1[o] = sw[a];
      w2[o] = sw2[a];
      sa[o] = s[a];
      qa[o] = q[a];
      sb[o] = s[b];
      qb[o] = q[b];
    }
  }
  // The gaps of each row (columns ascending), rows with a gap ascending.
  const start = new Int32Array(n + 1);
  for (let j = 0; j < k; j++) {
    const rows = missingRows[j];
    for (let t = 0; t < rows.length; t++) start[rows[t] + 1]++;
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
    for (let t = 0; t < rows.length; t++) gapCols[fill[rows[t]]++] = j;
  }
  const gapped = new Int32Array(withGaps);
  for (let i = 0, g = 0; i < n; i++) if (start[i + 1] > start[i]) gapped[g++] = i;
  const isGap = new Uint8Array(k);
  for (let r = 0; r < withGaps; r++) {
    const i = gapped[r];
    const g0 = start[i];
    const g1 = start[i + 1];
    if (g1 - g0 === k) continue;
    const w = weights ? weights[i] : 1;
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

  const out: PairMoments[] = new Array<PairMoments>(kk);
  for (let a = 0; a < k; a++) {
    for (let b = a; b < k; b++) {
      const o = a * k + b;
      const c = cnt[o];
      const W = w1[o];
      const sxx = qa[o] - (sa[o] * sa[o]) / W;
      const syy = qb[o] - (sb[o] * sb[o]) / W;
      const exact = c === 0 || !(sxx > CANCELLATION * qa[o]) || !(syy > CANCELLATION * qb[o]) || !(W > 0);
      out[o] = exact
        ? pairMoments(columns[a], columns[b], weights)
        : { n: c, sxx, syy, sxy: cross[o] - (sa[o] * sb[o]) / W, denom: W - w2[o] / W };
    }
  }
  return out;
}
