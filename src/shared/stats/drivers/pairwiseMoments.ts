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
 * of a pair's rows are the column's totals less the rows where the other column is missing, and the
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
  const dev: Float64Array[] = [];
  const wdev: Float64Array[] = [];
  /** The usable rows where the column is missing. */
  const gaps: Uint32Array[] = [];
  const count = new Float64Array(k);
  const sw = new Float64Array(k);
  const sw2 = new Float64Array(k);
  const s = new Float64Array(k);
  const q = new Float64Array(k);
  for (let j = 0; j < k; j++) {
    const x = columns[j];
    const p = new Uint8Array(n);
    let missing = 0;
    let w0 = 0;
    let wx = 0;
    for (let i = 0; i < n; i++) {
      const w = weights ? weights[i] : 1;
      if (!(w > 0)) continue;
      const v = x[i];
      if (v !== v) {
        missing++;
        continue;
      }
      p[i] = 1;
      w0 += w;
      wx += w * v;
    }
    const shift = w0 > 0 ? wx / w0 : 0;
    const d = new Float64Array(n);
    const wd = weights ? new Float64Array(n) : d;
    const g = new Uint32Array(missing);
    let c = 0;
    let t1 = 0;
    let t2 = 0;
    let ts = 0;
    let tq = 0;
    for (let i = 0, m = 0; i < n; i++) {
      const w = weights ? weights[i] : 1;
      if (!(w > 0)) continue;
      if (!p[i]) {
        g[m++] = i;
        continue;
      }
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
    dev.push(d);
    wdev.push(wd);
    gaps.push(g);
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

  const out: PairMoments[] = new Array<PairMoments>(k * k);
  for (let a = 0; a < k; a++) {
    for (let b = a; b < k; b++) {
      // Pair totals: a's less the rows where b is missing, b's less the rows where a is missing.
      let cnt = count[a];
      let w1 = sw[a];
      let w2 = sw2[a];
      let sa = s[a];
      let qa = q[a];
      let sb = s[b];
      let qb = q[b];
      if (a !== b) {
        const pa = present[a];
        const pb = present[b];
        const da = dev[a];
        const db = dev[b];
        for (const i of gaps[b]) {
          if (!pa[i]) continue;
          const w = weights ? weights[i] : 1;
          const v = da[i];
          cnt--;
          w1 -= w;
          w2 -= w * w;
          sa -= w * v;
          qa -= w * v * v;
        }
        for (const i of gaps[a]) {
          if (!pb[i]) continue;
          const w = weights ? weights[i] : 1;
          const v = db[i];
          sb -= w * v;
          qb -= w * v * v;
        }
      }
      const sxx = qa - (sa * sa) / w1;
      const syy = qb - (sb * sb) / w1;
      const exact = cnt === 0 || !(sxx > CANCELLATION * qa) || !(syy > CANCELLATION * qb) || !(w1 > 0);
      out[a * k + b] = exact
        ? pairMoments(columns[a], columns[b], weights)
        : { n: cnt, sxx, syy, sxy: cross[a * k + b] - (sa * sb) / w1, denom: w1 - w2 / w1 };
    }
  }
  return out;
}
