import { describe, expect, it } from 'vitest';
import { correlationMatrix } from './correlation';
import { matrixFromRows } from './linalg';
import { driverCorrelations, standardizedRegression } from './regression';
import { syntheticDrivers } from './testData';

describe('standardizedRegression', () => {
  it('with orthogonal drivers the betas are the correlations and R² their sum of squares', () => {
    const { betas, r2 } = standardizedRegression(
      matrixFromRows([
        [1, 0],
        [0, 1],
      ]),
      Float64Array.of(0.3, -0.4),
    );
    expect(Array.from(betas)).toEqual([0.3, -0.4]);
    expect(r2).toBeCloseTo(0.25, 15);
  });

  it('solves R_xx β = r_xy', () => {
    const { outcome, drivers } = syntheticDrivers(200, 4, 8);
    const { rxx, rxy } = driverCorrelations(
      correlationMatrix([outcome, ...drivers], { missing: 'listwise' }).matrix,
      0,
    );
    const { betas, r2 } = standardizedRegression(rxx, rxy);
    for (let i = 0; i < 4; i++) {
      let s = 0;
      for (let j = 0; j < 4; j++) s += rxx.data[i * 4 + j] * betas[j];
      expect(s).toBeCloseTo(rxy[i], 13);
    }
    expect(r2).toBeCloseTo(
      betas.reduce((s, b, j) => s + b * rxy[j], 0),
      14,
    );
  });

  it('names the collinear drivers', () => {
    const { outcome, drivers } = syntheticDrivers(100, 3, 2);
    const total = Float64Array.from(drivers[0], (v, i) => v + 2 * drivers[2][i]);
    const corr = correlationMatrix([outcome, drivers[0], drivers[1], drivers[2], total], {
      missing: 'listwise',
    });
    const { rxx, rxy } = driverCorrelations(corr.matrix, 0);
    expect(() => standardizedRegression(rxx, rxy, ['Price', 'Staff', 'Speed', 'Total'])).toThrow(
      'standardizedRegression: drivers are collinear: Total, Price, Speed (Total is a linear combination of the others)',
    );
  });

  it('rejects a correlation matrix that is not positive definite', () => {
    const rxx = matrixFromRows([
      [1, 0.9, -0.9],
      [0.9, 1, 0.9],
      [-0.9, 0.9, 1],
    ]);
    expect(() => standardizedRegression(rxx, Float64Array.of(0.1, 0.1, 0.1))).toThrow(
      /not positive definite/,
    );
  });
});

describe('driverCorrelations', () => {
  it('moves the outcome out of any position', () => {
    const corr = matrixFromRows([
      [1, 0.2, 0.3],
      [0.2, 1, 0.4],
      [0.3, 0.4, 1],
    ]);
    const { rxx, rxy } = driverCorrelations(corr, 1);
    expect(Array.from(rxy)).toEqual([0.2, 0.4]);
    expect(Array.from(rxx.data)).toEqual([1, 0.3, 0.3, 1]);
    expect(() => driverCorrelations(corr, 3)).toThrow(/^driverCorrelations: outcome index 3/);
  });
});
