import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PLS_FIXTURES, readModel, readTable } from '../../../../tests/fixtures/pls/fixtures';
import { compileModel, plsPathModel, type PlsModelSpec } from './index';

/** tests/fixtures/pls/weighted-reference.json, written by weighted-reference.R (base R, data form). */
type RCase = {
  weights: number[];
  paths: number[][];
  r2: (number | null)[];
  totalEffects: number[][];
  ipma: { rescaledWeights: number[]; performance: number[]; importance: number[]; index: number };
};
const reference = JSON.parse(readFileSync(join(PLS_FIXTURES, 'weighted-reference.json'), 'utf8')) as Record<
  string,
  RCase
>;

const ecsi = readModel('ecsi-model.json');
const modeB: PlsModelSpec = {
  ...ecsi,
  constructs: Object.fromEntries(
    Object.entries(ecsi.constructs).map(([k, c]) => [
      k,
      { ...c, mode: ['Image', 'Quality'].includes(k) ? 'B' : 'A' },
    ]),
  ),
};
const mobi = readTable('mobi.csv');

describe.each([
  ['mobiWeighted', ecsi],
  ['mobiWeightedModeB', modeB],
] as const)('weighted PLS of %s against base R (Becker & Ismail 2016)', (name, spec) => {
  const R = reference[name];
  const s = compileModel(spec);
  const columns = s.items.map((i) => mobi.columns.get(i) as Float64Array);
  const w = Float64Array.from({ length: columns[0].length }, (_, i) => 0.5 + ((37 * (i + 1)) % 11) / 10);
  const r = plsPathModel(
    columns,
    s,
    { scheme: 'path', missing: 'mean', tolerance: 1e-13, maxIterations: 1000 },
    w,
  );
  const ip = r.fit.ipma!;
  const close = (a: ArrayLike<number>, b: readonly (number | null)[]) =>
    Array.from(a).forEach((x, i) =>
      b[i] === null ? expect(x).toBeNaN() : expect(Math.abs(x - b[i]!)).toBeLessThan(1e-8),
    );

  it('outer weights, paths, R² and total effects to 1e-8', () => {
    close(r.fit.weights, R.weights);
    r.fit.inner.b.forEach((row, i) => close(row, R.paths[i]));
    close(r.fit.inner.r2, R.r2);
    r.fit.inner.total.forEach((row, i) => close(row, R.totalEffects[i]));
  });

  it('rescaled weights, weighted performance, importance and the index to 1e-8', () => {
    close(ip.rescaledWeights, R.ipma.rescaledWeights);
    close(ip.performance, R.ipma.performance);
    close(
      ip.total.map((row) => row[ip.target]),
      R.ipma.importance,
    );
    expect(Math.abs(ip.index - R.ipma.index)).toBeLessThan(1e-8);
  });
});
