import { describe, expect, it } from 'vitest';
import { createRng } from '../rng';
import { pairwiseMoments } from './pairwiseMoments';
import { pairMoments, usableWeights } from './sample';
import { wholePairMoments } from './wholePairMoments';

/** Ratings 1–max with a share of gaps, and large values with a small spread (cancellation's case). */
function columns(n: number, seed: number): Float64Array[] {
  const rnd = createRng(seed);
  const rating = (max: number, gaps: number) =>
    Float64Array.from({ length: n }, () => (rnd() < gaps ? Number.NaN : 1 + Math.floor(rnd() * max)));
  return [
    rating(10, 0.05),
    rating(5, 0.3),
    rating(5, 0),
    Float64Array.from({ length: n }, () => (rnd() < 0.1 ? Number.NaN : 1e9 + rnd())),
    // constant where the second column is present, varying elsewhere
    Float64Array.from({ length: n }, () => 3),
    rating(7, 0.9),
  ];
}

const close = (a: number, b: number, rel: number) =>
  Math.abs(a - b) <= rel * Math.max(Math.abs(a), Math.abs(b), Number.MIN_VALUE);

describe('pairwiseMoments', () => {
  for (const weighted of [false, true]) {
    it(`gives each pair's pairMoments to rounding${weighted ? ', weighted' : ''}`, () => {
      for (const n of [7, 500, 5000]) {
        const cols = columns(n, n);
        // a column constant on the rows where column 2 is present but not elsewhere
        for (let i = 0; i < n; i++) if (Number.isNaN(cols[1][i])) cols[4][i] = i % 3;
        const rnd = createRng(n + 1);
        const raw = weighted
          ? Float64Array.from({ length: n }, (_, i) =>
              i % 11 === 0 ? 0 : i % 13 === 0 ? Number.NaN : 0.2 + 3 * rnd(),
            )
          : undefined;
        const weights = usableWeights(raw);
        const all = pairwiseMoments(cols, weights);
        const k = cols.length;
        for (let a = 0; a < k; a++) {
          for (let b = a; b < k; b++) {
            const want = pairMoments(cols[a], cols[b], weights);
            const got = all[a * k + b];
            expect(got.n, `n of ${a},${b} at ${n}`).toBe(want.n);
            for (const key of ['sxx', 'syy', 'sxy', 'denom'] as const) {
              if (Number.isNaN(want[key]) || want[key] === 0)
                expect(got[key], `${key} ${a},${b}`).toBe(want[key]);
              else
                expect(
                  close(got[key], want[key], 1e-9),
                  `${key} of ${a},${b} at ${n}: ${got[key]} vs ${want[key]}`,
                ).toBe(true);
            }
          }
        }
      }
    });
  }

  it('gives a column constant on the pair’s rows exactly 0, as pairMoments', () => {
    const x = Float64Array.from([2, 2, 2, 5, Number.NaN]);
    const y = Float64Array.from([1, 4, 3, Number.NaN, 6]);
    const m = pairwiseMoments([x, y])[1];
    expect(m.n).toBe(3);
    expect(m.sxx).toBe(0);
    expect(m.sxy).toBe(0);
    expect(m.syy).toBeCloseTo(pairMoments(x, y).syy, 14);
  });

  it('gives unweighted ratings (0–254) exactly, from their bytes', () => {
    const rnd = createRng(7);
    const n = 9_001;
    const rating = (min: number, max: number, gaps: number) =>
      Float64Array.from({ length: n }, () =>
        rnd() < gaps ? Number.NaN : min + Math.floor(rnd() * (max - min + 1)),
      );
    // 0–10 (zero is an answer, not a gap), 1–5 without gaps, mostly missing, 254 at the top, constant
    const cols = [rating(0, 10, 0.05), rating(1, 5, 0), rating(1, 7, 0.93), rating(200, 254, 0.2)];
    cols.push(Float64Array.from({ length: n }, (_, i) => (Number.isNaN(cols[0][i]) ? Number.NaN : 3)));
    const got = wholePairMoments(cols);
    expect(got).not.toBeNull();
    expect(pairwiseMoments(cols)).toEqual(got);
    const k = cols.length;
    for (let a = 0; a < k; a++) {
      for (let b = a; b < k; b++) {
        // the exact sums, by brute force in BigInt
        let c = 0n;
        let sx = 0n;
        let sy = 0n;
        let sxx = 0n;
        let syy = 0n;
        let sxy = 0n;
        for (let i = 0; i < n; i++) {
          const x = cols[a][i];
          const y = cols[b][i];
          if (Number.isNaN(x) || Number.isNaN(y)) continue;
          const X = BigInt(x);
          const Y = BigInt(y);
          c++;
          sx += X;
          sy += Y;
          sxx += X * X;
          syy += Y * Y;
          sxy += X * Y;
        }
        const m = got![a * k + b];
        expect(m.n).toBe(Number(c));
        // one rounding of the exact numerator over n
        expect(m.sxx).toBe(Number(c * sxx - sx * sx) / Number(c));
        expect(m.syy).toBe(Number(c * syy - sy * sy) / Number(c));
        expect(m.sxy).toBe(Number(c * sxy - sx * sy) / Number(c));
        expect(m.denom).toBe(Number(c) - 1);
        const want = pairMoments(cols[a], cols[b]);
        for (const key of ['sxx', 'syy', 'sxy'] as const)
          expect(close(m[key], want[key], 1e-12) || (m[key] === 0 && Math.abs(want[key]) < 1e-9)).toBe(true);
      }
    }
    // the constant column's variance is exactly 0
    expect(got![4 * k + 4].sxx).toBe(0);
  });

  it('leaves other columns to the general path', () => {
    const x = Float64Array.from([1, 2, 3, 4]);
    expect(wholePairMoments([x, Float64Array.from([1, 2.5, 3, 4])])).toBeNull();
    expect(wholePairMoments([x, Float64Array.from([1, 2, 255, 4])])).toBeNull();
    expect(wholePairMoments([x, Float64Array.from([1, -1, 3, 4])])).toBeNull();
    // a pair with no rows in common: n 0, NaN sums (as pairMoments)
    const none = wholePairMoments([Float64Array.from([1, 2, NaN, NaN]), Float64Array.from([NaN, NaN, 3, 4])]);
    expect(none![1]).toEqual(
      pairMoments(Float64Array.from([1, 2, NaN, NaN]), Float64Array.from([NaN, NaN, 3, 4])),
    );
  });
});
