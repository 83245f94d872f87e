import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PLS_FIXTURES, readModel, readTable } from '../../../../tests/fixtures/pls/fixtures';
import { compileModel, plsPathModel, type InnerScheme, type PlsModelSpec, type PlsMissing } from './index';

/** One case of tests/fixtures/pls/reference.json (written by reference.R, base R). */
type RCase = {
  n: number;
  scheme: InnerScheme;
  standardize: boolean;
  missing: PlsMissing;
  constructs: string[];
  items: string[];
  weights: number[];
  crossLoadings: number[][];
  paths: number[][];
  r2: (number | null)[];
  totalEffects: number[][];
  alpha: number[];
  rhoA: number[];
  rhoC: number[];
  ave: number[];
  htmt: (number | null)[][];
  ipma: {
    target: string;
    rescaledWeights: number[];
    performance: number[];
    importance: number[];
    index: number;
  };
};

const reference = JSON.parse(readFileSync(join(PLS_FIXTURES, 'reference.json'), 'utf8')) as Record<
  string,
  RCase
>;

const ecsi = readModel('ecsi-model.json');
const withModes = (spec: PlsModelSpec, formative: string[]): PlsModelSpec => ({
  ...spec,
  constructs: Object.fromEntries(
    Object.entries(spec.constructs).map(([k, c]) => [k, { ...c, mode: formative.includes(k) ? 'B' : 'A' }]),
  ),
});
const corp = readModel('corp-rep-model.json');
const mobi = readTable('mobi.csv');
const corpData = readTable('corporate-reputation.csv', ';');

const cases: [string, PlsModelSpec, typeof mobi][] = [
  ['mobiPath', ecsi, mobi],
  ['mobiCentroid', ecsi, mobi],
  ['mobiFactorial', ecsi, mobi],
  ['mobiCentred', ecsi, mobi],
  ['mobiModeB', withModes(ecsi, ['Image', 'Quality']), mobi],
  ['mobiModeBCentroid', withModes(ecsi, ['Image', 'Quality']), mobi],
  ['corpMean', corp, corpData],
  ['corpCasewise', corp, corpData],
];

const TOL = 1e-9;
const close = (a: ArrayLike<number>, b: readonly (number | null)[], what: string) => {
  expect(a.length, what).toBe(b.length);
  for (let i = 0; i < b.length; i++) {
    const want = b[i];
    if (want === null) expect(Number.isNaN(a[i]), `${what}[${i}] is not defined`).toBe(true);
    else expect(Math.abs(a[i] - want), `${what}[${i}]: ${a[i]} vs R ${want}`).toBeLessThan(TOL);
  }
};

describe.each(cases)('PLS path model %s against the R reference', (name, spec, table) => {
  const ref = reference[name];
  const s = compileModel(spec);
  const r = plsPathModel(
    s.items.map((i) => table.columns.get(i) as Float64Array),
    s,
    {
      scheme: ref.scheme,
      standardize: ref.standardize,
      missing: ref.missing,
      missingCode: -99,
      tolerance: 1e-13,
      maxIterations: 1000,
    },
  );

  it('uses the same constructs, items and respondents', () => {
    expect(s.blocks.map((b) => b.name)).toEqual(ref.constructs);
    expect(s.items).toEqual(ref.items);
    expect(r.data.n).toBe(ref.n);
    expect(r.fit.converged).toBe(true);
  });

  it('matches the outer weights and the cross-loadings', () => {
    close(r.fit.weights, ref.weights, 'weights');
    r.crossLoadings.forEach((row, k) => close(row, ref.crossLoadings[k], `crossLoadings[${k}]`));
  });

  it('matches the paths, R² and total effects', () => {
    r.fit.inner.b.forEach((row, i) => close(row, ref.paths[i], `paths[${i}]`));
    close(r.fit.inner.r2, ref.r2, 'r2');
    r.fit.inner.total.forEach((row, i) => close(row, ref.totalEffects[i], `total[${i}]`));
  });

  it('matches α, ρA, ρC, AVE and HTMT', () => {
    close(
      r.quality.map((q) => q.alpha),
      ref.alpha,
      'alpha',
    );
    close(
      r.quality.map((q) => q.rhoA),
      ref.rhoA,
      'rhoA',
    );
    close(
      r.quality.map((q) => q.rhoC),
      ref.rhoC,
      'rhoC',
    );
    close(
      r.quality.map((q) => q.ave),
      ref.ave,
      'ave',
    );
    r.htmt.forEach((row, i) => close(row, ref.htmt[i], `htmt[${i}]`));
  });

  it('matches the IPMA: rescaled weights, performance, importance and the index', () => {
    const ip = r.fit.ipma;
    expect(ip).toBeDefined();
    if (!ip) return;
    expect(s.blocks[ip.target].name).toBe(ref.ipma.target);
    close(ip.rescaledWeights, ref.ipma.rescaledWeights, 'rescaledWeights');
    close(ip.performance, ref.ipma.performance, 'performance');
    close(
      ip.total.map((row) => row[ip.target]),
      ref.ipma.importance,
      'importance',
    );
    expect(Math.abs(ip.index - ref.ipma.index)).toBeLessThan(TOL);
  });
});
