import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { expectClose, loadDataset, numericColumn, reference } from '../../../tests/fixtures/r/reference';
import { kishEffectiveN, rake, weightingDesignEffect } from './weighting';

const rows = loadDataset();
const region = Uint16Array.from(rows, (r) => Number(r.region));
const age = Uint16Array.from(rows, (r) => Number(r.age));
const w = numericColumn(rows, 'w');
const R = reference.rake;

describe('kishEffectiveN', () => {
  it('is n for equal weights, (Σw)²/Σw² otherwise, ignoring unusable weights', () => {
    expect(kishEffectiveN([2, 2, 2, 2])).toBe(4);
    expect(kishEffectiveN([1, 3])).toBeCloseTo(16 / 10, 15);
    expect(kishEffectiveN([1, 3, NaN, 0, -2])).toBeCloseTo(16 / 10, 15);
    expect(kishEffectiveN([])).toBe(0);
    expect(weightingDesignEffect([1, 3])).toBeCloseTo(2 / 1.6, 15);
  });
  it('matches the n_eff R computed for the survey weights', () => {
    expectClose(kishEffectiveN(R.fromOne.weights), R.fromOne.effectiveN, 1e-12, 'n_eff');
  });
});

describe('rake vs R survey::rake on region × age (tolerance 1e-9)', () => {
  it.each([
    ['from weights of 1', undefined, R.fromOne],
    ['from base weights', w, R.fromBase],
  ] as const)('%s', (_, baseWeights, ref) => {
    const r = rake(
      { variables: [region, age], targets: [R.targets.region, R.targets.age] },
      { baseWeights, tolerance: 1e-13, maxIter: 1000 },
    );
    expect(r.converged).toBe(true);
    expect(r.maxError).toBeLessThanOrEqual(1e-13);
    ref.weights.forEach((x, i) => expectClose(r.weights[i], x, 1e-9, `w[${i}]`));
    expectClose(r.effectiveN, ref.effectiveN, 1e-9, 'n_eff');
    expectClose(r.designEffect, rows.length / ref.effectiveN, 1e-9, 'deff');
  });
  it('stops at maxIter and says it did not converge', () => {
    const r = rake(
      { variables: [region, age], targets: [R.targets.region, R.targets.age] },
      { maxIter: 1, tolerance: 1e-15 },
    );
    expect(r.iterations).toBe(1);
    expect(r.converged).toBe(false);
    expect(r.maxError).toBeGreaterThan(1e-15);
  });
});

describe('rake guards', () => {
  const v = new Uint16Array([0, 0, 1, 1]);
  it('refuses a target category with no sample', () => {
    expect(() => rake({ variables: [v], targets: [[0.3, 0.3, 0.4]] })).toThrow(
      /^rake: variable 0 category 2 has target 0.4 but no respondents/,
    );
    expect(() =>
      rake({ variables: [v], targets: [[0.5, 0.5]] }, { baseWeights: new Float64Array([1, 1, 0, NaN]) }),
    ).toThrow(/^rake: variable 0 category 1/);
  });
  it('refuses malformed input', () => {
    expect(() => rake({ variables: [], targets: [] })).toThrow(/^rake:/);
    expect(() => rake({ variables: [v], targets: [[0.5, 0.6]] })).toThrow(/^rake:.*sum/);
    expect(() => rake({ variables: [new Uint16Array([0, 3])], targets: [[0.5, 0.5]] })).toThrow(
      /^rake:.*code 3/,
    );
    expect(() => rake({ variables: [v, new Uint16Array(3)], targets: [[0.5, 0.5], [1]] })).toThrow(/^rake:/);
    expect(() => rake({ variables: [v], targets: [[0.5, 0.5]] }, { tolerance: 0 })).toThrow(/^rake:/);
  });
  it('gives weight 0 to a category with target 0 and to unusable base weights; sums to total', () => {
    const r = rake({ variables: [v], targets: [[1, 0]] }, { total: 10 });
    expect(Array.from(r.weights)).toEqual([5, 5, 0, 0]);
    const b = rake(
      { variables: [v], targets: [[0.5, 0.5]] },
      { baseWeights: new Float64Array([1, NaN, 1, 3]) },
    );
    expect(b.weights[1]).toBe(0);
    expect(b.weights.reduce((s, x) => s + x, 0)).toBeCloseTo(3, 12);
  });
});

// random raking problems: every category populated, targets from positive draws normalized
const problem = fc
  .record({
    n: fc.integer({ min: 12, max: 120 }),
    k: fc.array(fc.integer({ min: 2, max: 4 }), { minLength: 1, maxLength: 3 }),
    seed: fc.array(fc.nat(), { minLength: 360, maxLength: 360 }),
    raw: fc.array(fc.array(fc.double({ min: 0.05, max: 1, noNaN: true }), { minLength: 4, maxLength: 4 }), {
      minLength: 3,
      maxLength: 3,
    }),
  })
  .map(({ n, k, seed, raw }) => {
    const variables = k.map((K, v) =>
      Uint16Array.from({ length: n }, (_, i) => (i < K ? i : seed[(i + 120 * v) % seed.length] % K)),
    );
    const targets = k.map((K, v) => {
      const t = raw[v].slice(0, K);
      const s = t.reduce((a, b) => a + b, 0);
      return t.map((x) => x / s);
    });
    return { variables, targets };
  });

describe('rake properties', () => {
  it('when converged, the weighted shares reproduce every target', () => {
    fc.assert(
      fc.property(problem, ({ variables, targets }) => {
        const r = rake({ variables, targets }, { maxIter: 200, tolerance: 1e-8 });
        if (!r.converged) return;
        const total = r.weights.reduce((s, x) => s + x, 0);
        expect(Math.abs(total - variables[0].length)).toBeLessThan(1e-8 * total);
        variables.forEach((col, v) => {
          const sums = new Float64Array(targets[v].length);
          col.forEach((c, i) => (sums[c] += r.weights[i]));
          sums.forEach((s, c) =>
            expect(Math.abs(s / total - targets[v][c])).toBeLessThanOrEqual(1e-8 + 1e-12),
          );
        });
        expect(r.designEffect).toBeGreaterThanOrEqual(1 - 1e-12);
      }),
      { numRuns: 150 },
    );
  });
});
