import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { makeTestStudy } from '../services/analysis/test-study';
import { cli } from './test-cli';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tp-cli-an-'));
  process.env.TOUCHPOINT_DATA_DIR = join(dir, 'data');
});

const swiss = new URL('../../../tests/fixtures/relative-importance/swiss.csv', import.meta.url).pathname;
const DRIVERS = ['Agriculture', 'Examination', 'Education', 'Catholic', 'Infant.Mortality'];
// Published (R relaimpo 2.2-7 and lm), ../shared/datasets/README.md
const LMG = [0.0570912208, 0.1711730289, 0.2601346786, 0.1055701504, 0.1127659229];
const RW = [0.0484169, 0.1547082, 0.2719641, 0.11468, 0.1169657];
const BETA = [-0.3129213, -0.1647782, -0.6704008, 0.3476, 0.251136];

/** Every n-like number outside a Suppressed object, with its path. */
function exposedCounts(x: unknown, path = '$'): { path: string; n: number }[] {
  if (Array.isArray(x)) return x.flatMap((v, i) => exposedCounts(v, `${path}[${i}]`));
  if (typeof x !== 'object' || x === null) return [];
  if ((x as { suppressed?: unknown }).suppressed === true) return [];
  return Object.entries(x).flatMap(([key, v]) =>
    /^n(Rest|A|B)?$/.test(key) && typeof v === 'number'
      ? [{ path: `${path}.${key}`, n: v }]
      : exposedCounts(v, `${path}.${key}`),
  );
}

describe('touchpoint stats', () => {
  it('drivers on swiss reproduces the published LMG shares, relative weights, betas and R² to 1e-6', async () => {
    const r = await cli(
      'stats',
      'drivers',
      swiss,
      '--outcome',
      'Fertility',
      '--drivers',
      DRIVERS.join(','),
      '--json',
    );
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as {
      r2: number;
      n: number;
      drivers: { code: string; shapley: number; relativeWeight: number; beta: number; pearson: number }[];
    };
    expect(doc.n).toBe(47);
    expect(Math.abs(doc.r2 - 0.706735001593)).toBeLessThan(1e-6);
    doc.drivers.forEach((d, j) => {
      expect(d.code).toBe(DRIVERS[j]);
      expect(Math.abs(d.shapley - LMG[j]!)).toBeLessThan(1e-6);
      expect(Math.abs(d.relativeWeight - RW[j]!)).toBeLessThan(1e-6);
      expect(Math.abs(d.beta - BETA[j]!)).toBeLessThan(1e-6);
    });
    expect(doc.drivers.reduce((s, d) => s + d.shapley, 0)).toBeCloseTo(doc.r2, 12);
  });

  it('bootstraps reproducibly with a seed', async () => {
    const args = [
      'stats',
      'drivers',
      swiss,
      '--outcome',
      'Fertility',
      '--drivers',
      DRIVERS.join(','),
      '--bootstrap',
      '200',
      '--seed',
      '7',
      '--json',
    ];
    const a = JSON.parse((await cli(...args)).stdout) as {
      drivers: { ci: { shapley: { lower: number; upper: number } } }[];
    };
    const b = JSON.parse((await cli(...args)).stdout) as typeof a;
    expect(a.drivers[0]!.ci.shapley).toEqual(b.drivers[0]!.ci.shapley);
    expect(a.drivers[2]!.ci.shapley.lower).toBeLessThan(0.2601346786);
  });

  it('describe and nps read decimal commas and weights; bad cells are named by row and column', async () => {
    const f = join(dir, 'data.csv');
    writeFileSync(f, 'id;q1;nps;w\n1;4;10;1,5\n2;5;9;0,5\n3;2;3;1\n4;;7;1\n');
    const d = JSON.parse(
      (await cli('stats', 'describe', f, '--columns', 'q1', '--scale', '1-5', '--weight', 'w', '--json'))
        .stdout,
    ) as { columns: { n: number; mean: number }[] };
    expect(d.columns[0]!.n).toBe(3);
    expect(d.columns[0]!.mean).toBeCloseTo((4 * 1.5 + 5 * 0.5 + 2) / 3, 12);
    const n = JSON.parse((await cli('stats', 'nps', f, '--column', 'nps', '--json')).stdout) as {
      nps: number;
      n: number;
    };
    expect(n.n).toBe(4);
    expect(n.nps).toBeCloseTo(25, 12);
    writeFileSync(f, 'q1,q2\n4,5\n3,x\n');
    const bad = await cli('stats', 'describe', f, '--columns', 'q1,q2', '--json');
    expect(bad.code).toBe(1);
    expect(bad.stderr.split('\n')).toHaveLength(1);
    expect(bad.stderr).toMatch(/row 3, column B \(q2\): "x" is not a number/);
    expect(JSON.parse(bad.stdout)).toMatchObject({ ok: false, error: { code: 'IMPORT_BAD_VALUES' } });
    expect((await cli('stats', 'median', f)).code).toBe(2);
  });
});

describe('touchpoint analyze', () => {
  it('prints every section and never shows a group under k outside a Suppressed object', async () => {
    const { path, db } = makeTestStudy(dir);
    db.close();
    const r = await cli('analyze', path, '--by', 'BRANCH', '--json');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as {
      anonymityK: number;
      result: Record<string, unknown> & {
        breakdowns: { groups: { code: string; result: { suppressed?: boolean } }[] }[];
      };
    };
    for (const key of ['descriptives', 'nps', 'drivers', 'map', 'breakdowns', 'units'])
      expect(doc.result[key]).toBeTruthy();
    expect(doc.result.drivers).not.toHaveProperty('error');
    expect(doc.result.map).not.toHaveProperty('error');
    const k = doc.anonymityK;
    const counts = exposedCounts(doc);
    expect(counts.length).toBeGreaterThan(50);
    expect(counts.filter((c) => c.n < k)).toEqual([]);
    // B6 (3 respondents) is there, but only as a Suppressed object
    for (const b of doc.result.breakdowns)
      expect(b.groups.find((g) => g.code === 'B6')!.result.suppressed).toBe(true);
    const text = await cli('analyze', path, '--by', 'BRANCH');
    for (const h of [
      'Descriptives',
      'NPS',
      'Key drivers',
      'Importance–performance map',
      'Best unit per touchpoint',
    ])
      expect(text.stdout).toContain(h);
  });

  it('analyses the sample study (touchpoint demo) with every section and nothing under k exposed', async () => {
    const path = join(dir, 'sample.tpstudy');
    expect((await cli('demo', path)).code).toBe(0);
    for (const by of ['BRANCH', 'REGION', 'CUSTTYPE', 'AGE']) {
      const r = await cli('analyze', path, '--by', by, '--json');
      expect(r.code).toBe(0);
      const doc = JSON.parse(r.stdout) as { anonymityK: number; result: Record<string, unknown> };
      for (const key of ['descriptives', 'nps', 'drivers', 'map', 'breakdowns', 'units'])
        expect(doc.result[key]).toBeTruthy();
      expect(doc.result.drivers).not.toHaveProperty('error');
      expect(doc.result.map).not.toHaveProperty('error');
      expect(exposedCounts(doc).filter((c) => c.n < doc.anonymityK)).toEqual([]);
    }
  });

  it('answers a missing wave with one line', async () => {
    const { path, db } = makeTestStudy(dir, 30);
    db.close();
    const r = await cli('analyze', path, '--wave', '1999');
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('touchpoint analyze: the study has no wave 1999');
  });
});
