import { describe, expect, it } from 'vitest';
import { midRanks, pearson, spearman, spearmanAgainst } from './rankCorrelation';
import { syntheticDrivers } from './testData';

const f = (...v: number[]): Float64Array => Float64Array.from(v);
const NaN_ = Number.NaN;

/** Repeats row i of each column weights[i] times (integer weights). */
function replicate(columns: Float64Array[], weights: number[]): Float64Array[] {
  return columns.map((c) => Float64Array.from(weights.flatMap((w, i) => new Array<number>(w).fill(c[i]))));
}

describe('midRanks and spearman', () => {
  it('averages ranks of ties', () => {
    expect(Array.from(midRanks(f(10, 20, 20, 30, NaN_, 5)))).toEqual([2, 3.5, 3.5, 5, NaN_, 1]);
  });

  it('weighted mid-ranks with integer weights are the average ranks of the repeated data', () => {
    // 10 ×2, 20 ×1, 30 ×3 → ranks 1.5, 3, 5
    expect(Array.from(midRanks(f(30, 10, 20), f(3, 2, 1)))).toEqual([5, 1.5, 3]);
  });

  it('matches R cor(method = "spearman") with ties', () => {
    // R: cor(c(1,2,2,3,4,5), c(2,1,3,3,5,4), method = "spearman") = 0.80882352941176461
    const rho = spearman(f(1, 2, 2, 3, 4, 5), f(2, 1, 3, 3, 5, 4));
    expect(rho).toBeCloseTo(pearson(f(1, 2.5, 2.5, 4, 5, 6), f(2, 1, 3.5, 3.5, 6, 5)), 15);
    expect(rho).toBeCloseTo(0.8088235294117646, 13);
  });

  it('ranks only the rows where both values are present', () => {
    expect(spearman(f(1, 2, 3, 100, NaN_), f(1, 3, 2, NaN_, 0))).toBeCloseTo(0.5, 15);
  });

  it('weighted with integer weights equals the replicated data', () => {
    const { outcome, drivers } = syntheticDrivers(30, 1, 3);
    const w = Array.from({ length: 30 }, (_, i) => 1 + (i % 4));
    const [x, y] = replicate([drivers[0], outcome], w);
    expect(spearman(drivers[0], outcome, Float64Array.from(w))).toBeCloseTo(spearman(x, y), 13);
  });

  it('refuses fewer than three pairs', () => {
    expect(() => spearman(f(1, 2), f(2, 1))).toThrow('spearman: only 2 complete pairs (need 3)');
    expect(() => pearson(f(1, 1, 1), f(1, 2, 3))).toThrow('pearson: a column has no variance');
  });
});

/** The textbook mid-ranks: sort the rows by a comparator (stable), average each tie group. */
function referenceMidRanks(x: Float64Array, w?: Float64Array): Float64Array {
  const ok = (i: number) => !Number.isNaN(x[i]) && (!w || (Number.isFinite(w[i]) && w[i] > 0));
  const idx = Array.from({ length: x.length }, (_, i) => i).filter(ok);
  idx.sort((a, b) => x[a] - x[b]);
  const out = new Float64Array(x.length).fill(Number.NaN);
  let below = 0;
  for (let s = 0; s < idx.length;) {
    let e = s;
    let tie = 0;
    while (e < idx.length && x[idx[e]] === x[idx[s]]) tie += w ? w[idx[e++]] : (e++, 1);
    for (let t = s; t < e; t++) out[idx[t]] = below + (tie + 1) / 2;
    below += tie;
    s = e;
  }
  return out;
}

describe('midRanks by radix sort', () => {
  /** Values of several kinds: a 1–10 scale, continuous with negatives, ±0, huge and tiny magnitudes. */
  function column(n: number, seed: number): Float64Array {
    const { drivers } = syntheticDrivers(n, 2, seed);
    return Float64Array.from(drivers[0], (v, i) => {
      const k = i % 7;
      if (k === 0) return Math.round(5 + 2 * v);
      if (k === 1) return v === 0 ? -0 : v * 1e-300;
      if (k === 2) return i % 3 === 0 ? -0 : 0;
      if (k === 3) return i % 11 === 0 ? Number.NaN : v * 1e300;
      if (k === 4) return -Math.abs(v);
      return v;
    });
  }

  it('equals the comparator sort’s ranks exactly, small and large, weighted or not', () => {
    for (const n of [1, 50, 4095, 4096, 20_000]) {
      const x = column(n, n);
      const w = Float64Array.from({ length: n }, (_, i) => (i % 13 === 0 ? 0 : 0.25 + (i % 5) * 0.3));
      expect(Array.from(midRanks(x))).toEqual(Array.from(referenceMidRanks(x)));
      expect(Array.from(midRanks(x, w))).toEqual(Array.from(referenceMidRanks(x, w)));
    }
  });

  it('spearmanAgainst gives each pair’s spearman, reusing the outcome’s ranks only when rows agree', () => {
    const { outcome, drivers } = syntheticDrivers(6000, 3, 9);
    const gappy = Float64Array.from(drivers[2], (v, i) => (i % 9 === 0 ? Number.NaN : v));
    const y = Float64Array.from(outcome, (v, i) => (i % 17 === 0 ? Number.NaN : Math.round(v)));
    const xs = [drivers[0], drivers[1], gappy];
    const w = Float64Array.from({ length: 6000 }, (_, i) => 0.5 + (i % 4) * 0.25);
    for (const weights of [undefined, w]) {
      expect(Array.from(spearmanAgainst(y, xs, weights))).toEqual(xs.map((x) => spearman(x, y, weights)));
    }
  });

  it('ranks ratings (whole numbers in a short span) by counting: the sorted walk’s ranks, its ρ to rounding', () => {
    for (const n of [50, 4095, 20_000]) {
      const rating = (seed: number, gaps: number) =>
        Float64Array.from({ length: n }, (_, i) =>
          (i * seed) % 100 < gaps ? Number.NaN : 1 + ((i * 7919 + seed * 31) % 10),
        );
      const y = rating(3, 5);
      const xs = [rating(5, 0), rating(7, 12), rating(11, 40)];
      const w = Float64Array.from({ length: n }, (_, i) => (i % 13 === 0 ? 0 : 0.25 + (i % 5) * 0.3));
      for (const weights of [undefined, w]) {
        expect(Array.from(midRanks(xs[1], weights))).toEqual(Array.from(referenceMidRanks(xs[1], weights)));
        // each pair ranked from scratch on its own rows, then correlated
        const want = xs.map((x) => {
          const both = (a: Float64Array, b: Float64Array) =>
            Float64Array.from(a, (v, i) => (Number.isNaN(b[i]) ? Number.NaN : v));
          return n < 3
            ? 0
            : pearson(
                referenceMidRanks(both(x, y), weights),
                referenceMidRanks(both(y, x), weights),
                weights,
              );
        });
        const got = spearmanAgainst(y, xs, weights);
        want.forEach((r, j) => expect(got[j]).toBeCloseTo(r, 13));
      }
    }
  });

  it('ratings take the path without rank columns (their cross-table) and give the ranked pair’s number to rounding', () => {
    // 1–5 and 0–10 scales with many ties, gaps in either column, zero and fractional weights
    const n = 30_011;
    const five = Float64Array.from({ length: n }, (_, i) => (i % 23 === 0 ? Number.NaN : 1 + ((i * 37) % 5)));
    const eleven = Float64Array.from({ length: n }, (_, i) =>
      i % 31 === 0 ? Number.NaN : Math.min(10, Math.floor(((i * 7) % 5) * 2.5 + ((i * 13) % 3))),
    );
    const w = Float64Array.from({ length: n }, (_, i) => (i % 19 === 0 ? 0 : 0.3 + (i % 7) * 0.45));
    const both = (a: Float64Array, b: Float64Array) =>
      Float64Array.from(a, (v, i) => (Number.isNaN(b[i]) ? Number.NaN : v));
    for (const weights of [undefined, w]) {
      const want = pearson(
        referenceMidRanks(both(five, eleven), weights),
        referenceMidRanks(both(eleven, five), weights),
        weights,
      );
      expect(spearman(five, eleven, weights)).toBeCloseTo(want, 12);
      expect(spearmanAgainst(eleven, [five], weights)[0]).toBeCloseTo(want, 12);
      expect(Math.abs(want)).toBeGreaterThan(0.05);
    }
    // The exact ρ (Python's fractions on the same rows and weights: mid-ranks, weighted means and
    // centred sums as rationals; 0.97630930544200549… and 0.97631783314590383…): the cross-table's
    // sums, grouped by value, lose less to rounding than the reference's row-by-row sums of ranks
    // up to 30,000.
    expect(Math.abs(spearman(five, eleven) - 0.9763093054420054)).toBeLessThan(4e-16);
    expect(Math.abs(spearman(five, eleven, w) - 0.9763178331459038)).toBeLessThan(4e-16);
    // a column with one value on the pair's rows has no variance; fewer than three pairs are refused
    const constant = Float64Array.from(five, (v) => (Number.isNaN(v) ? v : 4));
    expect(() => spearman(constant, eleven)).toThrow('spearman: a column has no variance');
    expect(() => spearman(f(1, 2, NaN_, 4), f(NaN_, 2, 3, 1))).toThrow(
      'spearman: only 2 complete pairs (need 3)',
    );
  });
});
