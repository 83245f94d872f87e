import { describe, expect, it } from 'vitest';
import { midRanks, pearson, spearman } from './rankCorrelation';
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
