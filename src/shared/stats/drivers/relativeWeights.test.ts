import { describe, expect, it } from 'vitest';
import { correlationMatrix } from './correlation';
import { matrixFromRows } from './linalg';
import { driverCorrelations, standardizedRegression } from './regression';
import { relativeWeights } from './relativeWeights';
import { syntheticDrivers } from './testData';

describe('relativeWeights', () => {
  it('with orthogonal drivers equals the squared correlations', () => {
    const { weights, shares, r2 } = relativeWeights(
      matrixFromRows([
        [1, 0, 0],
        [0, 1, 0],
        [0, 0, 1],
      ]),
      Float64Array.of(0.5, -0.3, 0.1),
    );
    [0.25, 0.09, 0.01].forEach((v, j) => expect(weights[j]).toBeCloseTo(v, 14));
    expect(r2).toBeCloseTo(0.35, 14);
    expect(shares[0]).toBeCloseTo(0.25 / 0.35, 14);
  });

  it('sums to the regression R²', () => {
    const { outcome, drivers } = syntheticDrivers(300, 6, 21);
    const { rxx, rxy } = driverCorrelations(
      correlationMatrix([outcome, ...drivers], { missing: 'listwise' }).matrix,
      0,
    );
    const rw = relativeWeights(rxx, rxy);
    expect(rw.r2).toBeCloseTo(standardizedRegression(rxx, rxy).r2, 12);
    expect(rw.shares.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 13);
  });

  it('names collinear drivers', () => {
    const rxx = matrixFromRows([
      [1, 1, 0],
      [1, 1, 0],
      [0, 0, 1],
    ]);
    expect(() => relativeWeights(rxx, Float64Array.of(0.3, 0.3, 0.2), ['A', 'B', 'C'])).toThrow(
      'relativeWeights: drivers are collinear: B, A (B is a linear combination of the others)',
    );
  });
});
