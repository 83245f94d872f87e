import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { TrendTest, TrendValue, TrendWaveInput } from './trend';
import { isTrendValue, trendAnalysis } from './trend';
import type { QuestionMeta, WaveData } from './wave';

type RefTest = {
  year: number;
  diff: number;
  test: string;
  statistic: number;
  df?: number;
  p: number;
  q: number;
};
type Ref = {
  k: number;
  hidden: number;
  series: {
    code: string;
    waves: { year: number; n: number; value: number; vsPrevious: RefTest | null; vsFirst: RefTest | null }[];
  }[];
};

const dir = new URL('../../../tests/fixtures/r/', import.meta.url);
const ref = JSON.parse(readFileSync(new URL('trend-reference.json', dir), 'utf8')) as Ref;
const rows = readFileSync(new URL('trend-dataset.csv', dir), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((l) => l.split(','));
const num = (s: string) => (s === '' || s === 'NA' ? NaN : Number(s));

const meta = (code: string, role: QuestionMeta['role'], min: number, max: number): QuestionMeta => ({
  code,
  text: `${code} text`,
  type: role === 'outcome-recommend' ? 'nps' : 'rating',
  role,
  scale: { min, max },
  touchpointCode: role === 'performance' ? 'WEB' : null,
  touchpointText: role === 'performance' ? 'Web' : null,
  stageText: role === 'performance' ? 'Service' : null,
  weighs: null,
  options: [],
});
const QUESTIONS = [
  meta('TP1', 'performance', 1, 5),
  meta('SAT', 'outcome-satisfaction', 1, 10),
  meta('NPS', 'outcome-recommend', 0, 10),
];
const COLUMN = { TP1: 1, SAT: 2, NPS: 3 } as const;

function waveOf(year: number, weights?: (i: number) => number): TrendWaveInput {
  const mine = rows.filter((r) => Number(r[0]) === year);
  const columns = new Map(
    Object.entries(COLUMN).map(([code, c]) => [
      code,
      { values: Float64Array.from(mine, (r) => num(r[c]!)), missing: new Uint8Array(mine.length) },
    ]),
  );
  const w = weights ? Float64Array.from(mine, (_, i) => weights(i)) : undefined;
  const data: WaveData = {
    year,
    respondents: mine.length,
    k: ref.k,
    questions: QUESTIONS,
    columns,
    segments: new Map(),
    weights: w,
  };
  return {
    year,
    data,
    refused: null,
    base: { n: mine.length, weightedN: mine.length, effectiveN: mine.length },
  };
}

const YEARS = [2025, 2026, 2027, 2028];
const wordingDiffers = (code: string, a: number, b: number) => code === 'TP1' && a < 2027 && b === 2027;
const result = trendAnalysis(
  YEARS.map((y) => waveOf(y)),
  { wordingDiffers },
);
const all = [...result.kpis, ...result.touchpoints];

function expectTest(t: TrendTest | null, r: RefTest | null): void {
  if (r === null) return expect(t).toBeNull();
  expect(t).not.toBeNull();
  expect(t!.year).toBe(r.year);
  expect(t!.test).toBe(r.test);
  expect(t!.diff).toBeCloseTo(r.diff, 9);
  expect(t!.statistic).toBeCloseTo(r.statistic, 9);
  if (r.df !== undefined) expect(t!.df).toBeCloseTo(r.df, 6);
  expect(t!.p).toBeCloseTo(r.p, 9);
  expect(t!.q).toBeCloseTo(r.q, 9);
  expect(t!.significant).toBe(r.q <= 0.05);
}

describe('trendAnalysis against R (tests/fixtures/r/trend-reference.R)', () => {
  it('has the KPIs and the touchpoint, each over every wave', () => {
    expect(result.kpis.map((s) => s.key)).toEqual(['satisfaction', 'nps']);
    expect(result.touchpoints.map((s) => [s.key, s.label, s.unit])).toEqual([['TP1', 'Web', 'index']]);
    expect(result.kpis.find((s) => s.key === 'nps')!.unit).toBe('nps');
    for (const s of all) expect(s.waves.map((w) => w.year)).toEqual(YEARS);
    expect(result.tests).toEqual({ index: 'Welch t', nps: 'NPS difference z' });
    expect(result.adjustment.method).toBe('Benjamini–Hochberg');
  });

  for (const rs of ref.series) {
    it(`${rs.code}: n, value, and the tests against the previous and the first wave`, () => {
      const s = all.find((x) => x.code === rs.code)!;
      for (const rw of rs.waves) {
        const p = s.waves.find((w) => w.year === rw.year)!;
        expect(isTrendValue(p)).toBe(true);
        const v = p as TrendValue;
        expect(v.n).toBe(rw.n);
        expect(v.value).toBeCloseTo(rw.value, 9);
        expectTest(v.vsPrevious, rw.vsPrevious);
        expectTest(v.vsFirst, rw.vsFirst);
      }
    });
  }

  it('a wave under k shows no value, no n and no test, and nothing is tested against it', () => {
    const w = result.waves.find((x) => x.year === ref.hidden)!;
    expect(w).toEqual({ year: ref.hidden, suppressed: true, k: ref.k, reason: 'below-k' });
    for (const s of all) {
      const p = s.waves.find((x) => x.year === ref.hidden)!;
      expect(p).toEqual({
        year: ref.hidden,
        suppressed: true,
        k: ref.k,
        reason: 'below-k',
        vsPrevious: null,
        vsFirst: null,
      });
      expect(JSON.stringify(p)).not.toMatch(/"n"|value/);
    }
  });

  it('marks the wording change on the series and on each test that spans it', () => {
    const tp = result.touchpoints[0]!;
    expect(tp.wordingChanges).toEqual([2027]);
    const p2027 = tp.waves.find((w) => w.year === 2027) as TrendValue;
    expect(p2027.vsPrevious!.wordingChanged).toBe(true);
    expect(p2027.vsFirst!.wordingChanged).toBe(true);
    const p2026 = tp.waves.find((w) => w.year === 2026) as TrendValue;
    expect(p2026.vsPrevious!.wordingChanged).toBe(false);
    expect(result.kpis.every((s) => s.wordingChanges.length === 0)).toBe(true);
  });

  it('a refused wave (the filter would single out a group) is hidden with its reason', () => {
    const waves = YEARS.slice(0, 3).map((y) => waveOf(y));
    waves[1] = { ...waves[1]!, refused: { suppressed: true, k: 5, reason: 'filter' } };
    const t = trendAnalysis(waves, { wordingDiffers });
    const s = t.kpis[0]!;
    expect(s.waves[1]).toMatchObject({ suppressed: true, reason: 'filter' });
    const last = s.waves[2] as TrendValue;
    expect(last.vsPrevious).toBeNull();
    expect(last.vsFirst!.year).toBe(2025);
    expect(t.waves[1]).toEqual({ year: 2026, suppressed: true, k: 5, reason: 'filter' });
  });

  it('with weights the figures are weighted and the bases are the weighted ones', () => {
    const weighted = YEARS.slice(0, 3).map((y) => waveOf(y, (i) => (i % 3 === 0 ? 2 : 0.5)));
    const t = trendAnalysis(weighted, { wordingDiffers });
    const sat = t.kpis[0]!.waves[0] as TrendValue;
    const plain = result.kpis[0]!.waves[0] as TrendValue;
    expect(sat.n).toBe(plain.n);
    expect(sat.effectiveN).toBeLessThan(sat.n);
    expect(sat.weightedN).not.toBe(sat.n);
    expect(sat.value).not.toBeCloseTo(plain.value, 6);
  });
});
