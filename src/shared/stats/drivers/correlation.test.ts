import { describe, expect, it } from 'vitest';
import { correlationMatrix, correlationOfRowMajor, covarianceMatrix } from './correlation';
import { pearson } from './rankCorrelation';
import { completeRows } from './sample';
import { syntheticDrivers } from './testData';

const f = (...v: number[]): Float64Array => Float64Array.from(v);
const NaN_ = Number.NaN;

/** Repeats row i of each column weights[i] times (integer weights). */
function replicate(columns: Float64Array[], weights: number[]): Float64Array[] {
  return columns.map((c) => Float64Array.from(weights.flatMap((w, i) => new Array<number>(w).fill(c[i]))));
}

describe('covarianceMatrix', () => {
  it('is the n − 1 covariance without weights', () => {
    const { matrix, sample } = covarianceMatrix([f(1, 2, 3, 4), f(2, 4, 5, 9)], { missing: 'listwise' });
    // R: cov(cbind(1:4, c(2,4,5,9))) = [1.6666666666666667, 3.6666666666666665; ., 8.6666666666666661]
    expect(matrix.data[0]).toBeCloseTo(5 / 3, 14);
    expect(matrix.data[1]).toBeCloseTo(3.6666666666666665, 14);
    expect(matrix.data[3]).toBeCloseTo(8.666666666666666, 14);
    expect(sample).toEqual({ method: 'listwise', n: 4, excluded: 0 });
  });

  it('with weights matches R cov.wt(method = "unbiased")', () => {
    // R: cov.wt(cbind(c(1,2,3,4), c(2,4,5,9)), wt = c(1,2,1,0.5)/4.5)$cov
    const { matrix } = covarianceMatrix([f(1, 2, 3, 4), f(2, 4, 5, 9)], {
      missing: 'listwise',
      weights: f(1, 2, 1, 0.5),
    });
    expect(matrix.data[0]).toBeCloseTo(1.2142857142857142, 13);
    expect(matrix.data[1]).toBeCloseTo(2.4642857142857144, 13);
    expect(matrix.data[3]).toBeCloseTo(5.4642857142857144, 13);
  });
});

describe('correlationMatrix', () => {
  it('with integer weights equals the correlation of the replicated data', () => {
    const { drivers } = syntheticDrivers(40, 3, 11);
    const w = Array.from({ length: 40 }, (_, i) => 1 + (i % 3));
    const weighted = correlationMatrix(drivers, { missing: 'listwise', weights: Float64Array.from(w) });
    const replicated = correlationMatrix(replicate(drivers, w), { missing: 'listwise' });
    weighted.matrix.data.forEach((v, i) => expect(v).toBeCloseTo(replicated.matrix.data[i], 13));
  });

  it('listwise drops incomplete and zero-weight respondents and says how many it used', () => {
    const x = f(1, 2, 3, 4, 5, NaN_, 7);
    const y = f(2, 1, 4, 3, 6, 5, NaN_);
    const w = f(1, 1, 1, 1, 0, 1, 1);
    expect(Array.from(completeRows([x, y], w))).toEqual([0, 1, 2, 3]);
    const { matrix, sample } = correlationMatrix([x, y], { missing: 'listwise', weights: w });
    expect(sample).toEqual({ method: 'listwise', n: 4, excluded: 3 });
    expect(matrix.data[1]).toBeCloseTo(pearson(f(1, 2, 3, 4), f(2, 1, 4, 3)), 15);
  });

  it('pairwise uses each pair’s own rows and reports min and max n', () => {
    const a = f(1, 2, 3, 4, 5, 6);
    const b = f(2, 1, 4, NaN_, 6, 5);
    const c = f(NaN_, 3, 1, 2, 5, 4);
    const { matrix, sample } = correlationMatrix([a, b, c], { missing: 'pairwise' });
    expect(sample).toEqual({ method: 'pairwise', minN: 4, maxN: 6 });
    expect(matrix.data[1]).toBeCloseTo(pearson(f(1, 2, 3, 5, 6), f(2, 1, 4, 6, 5)), 15);
    expect(matrix.data[2]).toBeCloseTo(pearson(f(2, 3, 4, 5, 6), f(3, 1, 2, 5, 4)), 15);
    expect(matrix.data[5]).toBeCloseTo(pearson(f(1, 4, 6, 5), f(3, 1, 5, 4)), 15);
  });

  it('names a column without variance and refuses too few respondents', () => {
    expect(() =>
      correlationMatrix([f(1, 2, 3), f(0.1, 0.1, 0.1)], { missing: 'listwise', labels: ['y', 'Price'] }),
    ).toThrow('correlationMatrix: Price has no variance');
    expect(() => correlationMatrix([f(1, 2, NaN_), f(1, 2, 3)], { missing: 'listwise' })).toThrow(
      /^correlationMatrix: only 2 complete respondents/,
    );
    expect(() => correlationMatrix([f(1, 2), f(1, 2, 3)], { missing: 'listwise' })).toThrow(
      /^correlationMatrix: column 2 has 3 values/,
    );
    expect(() => correlationMatrix([f(1, Infinity, 3)], { missing: 'listwise' })).toThrow(/infinite/);
  });
});

describe('correlationOfRowMajor', () => {
  it('agrees with correlationMatrix', () => {
    const { outcome, drivers, weights } = syntheticDrivers(50, 3, 5);
    const cols = [outcome, ...drivers];
    const data = new Float64Array(50 * 4);
    for (let i = 0; i < 50; i++) for (let j = 0; j < 4; j++) data[i * 4 + j] = cols[j][i];
    const a = correlationOfRowMajor(data, 4, weights);
    const b = correlationMatrix(cols, { missing: 'listwise', weights }).matrix;
    a.data.forEach((v, i) => expect(v).toBeCloseTo(b.data[i], 14));
  });
});

describe('covarianceMatrix in row blocks', () => {
  /** The textbook weighted covariance, row by row (cov.wt "unbiased"). */
  function naiveCovariance(columns: Float64Array[], w: Float64Array): number[] {
    const k = columns.length;
    const n = w.length;
    let sw = 0;
    let sw2 = 0;
    for (let i = 0; i < n; i++) {
      sw += w[i];
      sw2 += w[i] * w[i];
    }
    const mean = columns.map((c) => {
      let s = 0;
      for (let i = 0; i < n; i++) s += w[i] * c[i];
      return s / sw;
    });
    const out = new Array<number>(k * k).fill(0);
    for (let i = 0; i < n; i++) {
      for (let a = 0; a < k; a++) {
        for (let b = a; b < k; b++)
          out[a * k + b] += w[i] * (columns[a][i] - mean[a]) * (columns[b][i] - mean[b]);
      }
    }
    for (let a = 0; a < k; a++) for (let b = 0; b < a; b++) out[a * k + b] = out[b * k + a];
    return out.map((v) => v / (sw - sw2 / sw));
  }

  it('matches the row-by-row sums across several blocks, weighted, to 1e-12', () => {
    const { outcome, drivers, weights } = syntheticDrivers(5000, 4, 11);
    const columns = [outcome, ...drivers];
    const { matrix } = covarianceMatrix(columns, { missing: 'listwise', weights });
    const expected = naiveCovariance(columns, weights);
    matrix.data.forEach((v, i) => expect(Math.abs(v - expected[i])).toBeLessThan(1e-12));
    const unit = covarianceMatrix(columns, { missing: 'listwise' }).matrix.data;
    const unitExpected = naiveCovariance(columns, new Float64Array(5000).fill(1));
    unit.forEach((v, i) => expect(Math.abs(v - unitExpected[i])).toBeLessThan(1e-12));
  });
});
