import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PLS_FIXTURES, readSmartPls } from '../../../tests/fixtures/pls/fixtures';
import { cli } from './test-cli';

const mobi = join(PLS_FIXTURES, 'mobi.csv');
const ecsi = join(PLS_FIXTURES, 'ecsi-model.json');
const corp = join(PLS_FIXTURES, 'corporate-reputation.csv');
const corpModel = join(PLS_FIXTURES, 'corp-rep-model.json');
const reference = JSON.parse(readFileSync(join(PLS_FIXTURES, 'reference.json'), 'utf8')) as Record<
  string,
  { constructs: string[]; paths: number[][]; r2: (number | null)[]; ipma: { index: number } }
>;

type Effect = {
  from: string;
  to: string;
  coefficient: number;
  se?: number;
  t?: number;
  ci?: [number, number];
};
type Doc = {
  n: number;
  cellsReplaced: number;
  rowsDropped: number;
  converged: boolean;
  iterations: number;
  settings: { scheme: string; standardized: boolean; missing: string; missingCode: number | null };
  constructs: Record<string, { r2: number | null; ave: number; rhoC: number; alpha: number; rhoA: number }>;
  outer: { construct: string; item: string; weight: number; se?: number }[];
  paths: Effect[];
  totalEffects: Effect[];
  index?: { target: string; value: number; ci?: [number, number] };
  ipma?: { construct: string; importance: number; performance: number }[];
  bootstrap?: { samples: number; seed: number; failed: number };
};

function modelFile(model: unknown): string {
  const f = join(mkdtempSync(join(tmpdir(), 'tp-pls-')), 'model.json');
  writeFileSync(f, JSON.stringify(model));
  return f;
}

const ecsiSpec = JSON.parse(readFileSync(ecsi, 'utf8')) as {
  constructs: Record<string, { items: string[] }>;
  paths: [string, string][];
  target: string;
};

describe('touchpoint stats pls', () => {
  it('prints the mobi ECSI model in the JSON shape of the issue, SmartPLS figures to 1e-6', async () => {
    const r = await cli('stats', 'pls', mobi, '--model', ecsi, '--json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as Doc;
    expect(doc.n).toBe(250);
    expect(doc.converged).toBe(true);
    expect(doc.settings).toMatchObject({ scheme: 'path', standardized: true, missing: 'mean' });
    const paths = readSmartPls('pathCoefficients.txt');
    const totals = readSmartPls('totalEffects.txt');
    const weights = readSmartPls('outerWeights.txt');
    expect(doc.paths).toHaveLength(12);
    for (const p of doc.paths) expect(Math.abs(p.coefficient - paths(p.from, p.to))).toBeLessThan(1e-6);
    expect(doc.totalEffects.length).toBeGreaterThan(12);
    for (const p of doc.totalEffects)
      expect(Math.abs(p.coefficient - totals(p.from, p.to))).toBeLessThan(1e-6);
    for (const w of doc.outer) expect(Math.abs(w.weight - weights(w.item, w.construct))).toBeLessThan(1e-6);
    expect(Object.keys(doc.constructs)).toEqual(Object.keys(ecsiSpec.constructs));
    expect(doc.constructs.Image.r2).toBeNull();
    const mobiPath = reference.mobiPath;
    mobiPath.constructs.forEach((c, j) => {
      const want = mobiPath.r2[j];
      if (want === null) expect(doc.constructs[c].r2).toBeNull();
      else expect(doc.constructs[c].r2).toBeCloseTo(want, 6);
    });
    expect(doc.index?.target).toBe('Satisfaction');
    expect(doc.index?.value).toBeCloseTo(reference.mobiPath.ipma.index, 6);
    expect(doc.ipma?.map((p) => p.construct).sort()).toEqual(['Expectation', 'Image', 'Quality', 'Value']);
  });

  it('bootstraps with a seed: the same seed gives the same intervals, each around its estimate', async () => {
    const run = (seed: string) =>
      cli('stats', 'pls', mobi, '--model', ecsi, '--bootstrap', '200', '--seed', seed, '--json');
    const [a, b, c] = await Promise.all([run('7'), run('7'), run('8')]);
    expect(a.code).toBe(0);
    const da = JSON.parse(a.stdout) as Doc;
    expect(a.stdout).toBe(b.stdout);
    expect(c.stdout).not.toBe(a.stdout);
    expect(da.bootstrap).toEqual({ samples: 200, seed: 7, level: 0.95, failed: 0 });
    for (const p of [...da.paths, ...da.totalEffects]) {
      expect(p.se).toBeGreaterThan(0);
      expect(p.t).toBeCloseTo(p.coefficient / (p.se as number), 10);
      expect(p.ci?.[0]).toBeLessThan(p.ci?.[1] as number);
    }
    const strong = da.paths.find((p) => p.from === 'Expectation' && p.to === 'Quality') as Effect;
    expect(strong.ci?.[0]).toBeGreaterThan(0.4);
    expect(da.index?.ci?.[0]).toBeLessThan(da.index?.value as number);
    expect(da.index?.ci?.[1]).toBeGreaterThan(da.index?.value as number);
    expect(da.outer.every((w) => (w.se as number) > 0)).toBe(true);
  });

  it('runs the corporate reputation model with −99 as missing, by mean replacement and casewise', async () => {
    const mean = await cli('stats', 'pls', corp, '--model', corpModel, '--missing-code', '-99', '--json');
    expect(mean.code).toBe(0);
    const dm = JSON.parse(mean.stdout) as Doc;
    expect(dm.n).toBe(344);
    expect(dm.cellsReplaced).toBe(11);
    expect(dm.settings.missingCode).toBe(-99);
    const ref = reference.corpMean;
    for (const p of dm.paths) {
      const i = ref.constructs.indexOf(p.from);
      const j = ref.constructs.indexOf(p.to);
      expect(Math.abs(p.coefficient - ref.paths[i][j])).toBeLessThan(1e-6);
    }
    const cw = await cli(
      'stats',
      'pls',
      corp,
      '--model',
      corpModel,
      '--missing-code',
      '-99',
      '--missing',
      'casewise',
      '--json',
    );
    const dc = JSON.parse(cw.stdout) as Doc;
    expect(dc.n).toBe(336);
    expect(dc.rowsDropped).toBe(8);
    expect(dc.index?.value).toBeCloseTo(reference.corpCasewise.ipma.index, 6);
    // Without the code, −99 is an answer: outside the 1–7 scale, the index refuses it.
    const raw = await cli('stats', 'pls', corp, '--model', corpModel, '--json');
    expect(raw.code).toBe(1);
    expect(raw.stderr).toMatch(/item cusa has the answer -99 outside its scale 1–7/);
  });

  it('prints the latent scores with --scores: unit variance, correlated as the paths say', async () => {
    const r = await cli('stats', 'pls', mobi, '--model', ecsi, '--scores', '--json');
    const doc = JSON.parse(r.stdout) as Doc & { scores: Record<string, number[]> };
    const y = doc.scores;
    expect(Object.keys(y)).toEqual(Object.keys(ecsiSpec.constructs));
    const mean = (x: number[]) => x.reduce((a, b) => a + b, 0) / x.length;
    const cov = (a: number[], b: number[]) => {
      const ma = mean(a);
      const mb = mean(b);
      return a.reduce((s, x, i) => s + (x - ma) * (b[i] - mb), 0) / (a.length - 1);
    };
    for (const c of Object.values(y)) {
      expect(c).toHaveLength(250);
      expect(Math.abs(mean(c))).toBeLessThan(1e-12);
      expect(cov(c, c)).toBeCloseTo(1, 12);
    }
    // a construct with one predecessor: its path coefficient is the correlation of the scores
    const p = doc.paths.find((x) => x.from === 'Image' && x.to === 'Expectation') as Effect;
    expect(cov(y.Image, y.Expectation)).toBeCloseTo(p.coefficient, 12);
  });

  it('takes the scheme and the metric, and writes a readable text table', async () => {
    const r = await cli('stats', 'pls', mobi, '--model', ecsi, '--scheme', 'factorial', '--no-standardize');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('factorial weighting, centred items, converged');
    expect(r.stdout).toMatch(/Expectation → Quality\s+0\.\d{3}/);
    expect(r.stdout).toMatch(/index of Satisfaction: \d+\.\d \(0–100\)/);
    expect(r.stdout).toMatch(/\+1 point in Quality → \+0\.\d\d in Satisfaction/);
  });

  it.each([
    [
      'a construct with no items',
      { ...ecsiSpec, constructs: { ...ecsiSpec.constructs, Value: { items: [] } } },
      'construct Value has no items',
    ],
    [
      'a cycle',
      { ...ecsiSpec, paths: [...ecsiSpec.paths, ['Loyalty', 'Image']] },
      'the paths form a cycle through',
    ],
    [
      'an unknown column',
      { ...ecsiSpec, constructs: { ...ecsiSpec.constructs, Value: { items: ['PERV1', 'PERV9'] } } },
      'construct Value names column PERV9, which mobi.csv does not have',
    ],
    [
      'an unknown construct in a path',
      { ...ecsiSpec, paths: [...ecsiSpec.paths, ['Image', 'Price']] },
      'unknown construct Price',
    ],
  ])('refuses %s with one line naming it', async (_, model, message) => {
    const r = await cli('stats', 'pls', mobi, '--model', modelFile(model), '--json');
    expect(r.code).toBe(1);
    const lines = r.stderr.split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(message);
    expect(JSON.parse(r.stdout)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  // The estimation's own targets (1 s, 5 s) are checked in src/shared/stats/pls/speed.test.ts and the
  // bench step `pls`; here the whole command, with the sandboxed file read, on a shared test machine.
  it('answers quickly for 250 × 24, and for 1,000 bootstrap samples', async () => {
    let t0 = performance.now();
    expect((await cli('stats', 'pls', mobi, '--model', ecsi, '--json')).code).toBe(0);
    expect(performance.now() - t0).toBeLessThan(3000);
    t0 = performance.now();
    const r = await cli(
      'stats',
      'pls',
      mobi,
      '--model',
      ecsi,
      '--bootstrap',
      '1000',
      '--seed',
      '3',
      '--json',
    );
    expect(r.code).toBe(0);
    expect(performance.now() - t0).toBeLessThan(12_000);
  });
});
