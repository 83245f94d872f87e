/**
 * Checks against an independent engine: the published R relaimpo values for swiss, and the cases
 * computed in R by tests/fixtures/relative-importance/make-reference.R.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deriveImportance } from './deriveImportance';

const FIXTURES = new URL('../../../../tests/fixtures/relative-importance/', import.meta.url);

/** Reads a small numeric CSV (quoted header, first column = row name) into named columns. */
function readCsv(name: string): Map<string, Float64Array> {
  const lines = readFileSync(new URL(name, FIXTURES), 'utf8').trim().split(/\r?\n/);
  const header = lines[0].split(',').map((h) => h.trim().replace(/^"|"$/g, ''));
  const rows = lines.slice(1).map((l) => l.split(',').map((c) => c.trim()));
  return new Map(header.slice(1).map((h, j) => [h, Float64Array.from(rows, (r) => Number(r[j + 1]))]));
}

type ReferenceCase = {
  name: string;
  dataset: 'swiss' | 'mtcars';
  outcome: string;
  drivers: string[];
  weights: number[] | null;
  na: Record<string, number[]>;
  missing: 'listwise' | 'pairwise';
  n?: number;
  minN?: number;
  maxN?: number;
  r2: number;
  lmg: number[];
  relativeWeight: number[];
  beta: number[];
  pearson: number[];
  spearman: number[];
};

const reference = JSON.parse(readFileSync(new URL('reference.json', FIXTURES), 'utf8')) as {
  cases: ReferenceCase[];
};
const data = { swiss: readCsv('swiss.csv'), mtcars: readCsv('mtcars.csv') };

function column(c: ReferenceCase, name: string): Float64Array {
  const values = Float64Array.from(data[c.dataset].get(name) ?? []);
  if (values.length === 0) throw new Error(`no column ${name}`);
  for (const row of c.na[name] ?? []) values[row - 1] = Number.NaN;
  return values;
}

function run(c: ReferenceCase): ReturnType<typeof deriveImportance> {
  return deriveImportance({
    outcome: column(c, c.outcome),
    drivers: c.drivers.map((code) => ({ code, values: column(c, code) })),
    weights: c.weights ? Float64Array.from(c.weights) : undefined,
    missing: c.missing,
  });
}

const maxAbs = (a: readonly number[], b: readonly number[]): number =>
  Math.max(...a.map((v, i) => Math.abs(v - b[i])));

describe('swiss, published R relaimpo 2.2-7 values (../shared/datasets/README.md)', () => {
  const swiss = reference.cases.find((c) => c.name === 'swiss');
  if (!swiss) throw new Error('swiss case missing');
  const res = run(swiss);
  const pick = (k: 'shapley' | 'relativeWeight' | 'beta'): number[] => res.drivers.map((d) => d[k]);

  it('R² = 0.706735001593', () => {
    expect(Math.abs(res.r2 - 0.706735001593)).toBeLessThan(1e-6);
    expect(res.n).toBe(47);
  });

  it('LMG shares of R²', () => {
    const published = [0.0570912208, 0.1711730289, 0.2601346786, 0.1055701504, 0.1127659229];
    expect(maxAbs(pick('shapley'), published)).toBeLessThan(1e-6);
  });

  it("Johnson's relative weights", () => {
    const published = [0.0484169, 0.1547082, 0.2719641, 0.11468, 0.1169657];
    expect(maxAbs(pick('relativeWeight'), published)).toBeLessThan(1e-6);
  });

  it('standardized betas', () => {
    const published = [-0.3129213, -0.1647782, -0.6704008, 0.3476, 0.251136];
    expect(maxAbs(pick('beta'), published)).toBeLessThan(1e-6);
  });
});

describe('cases computed in R (make-reference.R)', () => {
  for (const c of reference.cases) {
    it(c.name, () => {
      const res = run(c);
      const got = (k: 'shapley' | 'relativeWeight' | 'beta' | 'pearson' | 'spearman'): number[] =>
        res.drivers.map((d) => d[k]);
      expect(Math.abs(res.r2 - c.r2)).toBeLessThan(1e-10);
      expect(maxAbs(got('shapley'), c.lmg)).toBeLessThan(1e-10);
      expect(maxAbs(got('relativeWeight'), c.relativeWeight)).toBeLessThan(1e-10);
      expect(maxAbs(got('beta'), c.beta)).toBeLessThan(1e-10);
      expect(maxAbs(got('pearson'), c.pearson)).toBeLessThan(1e-12);
      expect(maxAbs(got('spearman'), c.spearman)).toBeLessThan(1e-12);
      if (c.missing === 'listwise') {
        expect(res.missingHandling).toMatchObject({ method: 'listwise', n: c.n });
      } else {
        expect(res.missingHandling).toEqual({ method: 'pairwise', minN: c.minN, maxN: c.maxN });
      }
    });
  }
});
