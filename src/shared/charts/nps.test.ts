import { describe, expect, it } from 'vitest';
import type { NpsSummary } from '../analysis/dashboard';
import { npsChart, npsShares } from './nps';
import { makePalette } from './palette';

const nps: NpsSummary = {
  questionCode: 'nps',
  text: 'Recommend?',
  n: 398,
  promoters: 0.452,
  passives: 0.326,
  detractors: 0.222,
  nps: 23,
  se: 3.6,
  margin95: 7.06,
};

describe('npsChart', () => {
  it('is plain JSON (no functions)', () => {
    const spec = npsChart(nps, 'en');
    expect(JSON.parse(JSON.stringify(spec))).toEqual(spec);
  });

  it('stacks detractors, passives and promoters to 100 %', () => {
    const spec = npsChart(nps, 'en');
    const values = spec.data.datasets.map((d) => d.data[0] ?? 0);
    expect(values[0]).toBeCloseTo(22.2, 10);
    expect(values[2]).toBeCloseTo(45.2, 10);
    expect(values.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 10);
    expect(spec.options?.scales?.x?.stacked).toBe(true);
    expect(spec.data.datasets.map((d) => d.label)).toEqual([
      'Detractors (0–6)',
      'Passives (7–8)',
      'Promoters (9–10)',
    ]);
  });

  it('states the NPS in the title and the margin and n in the subtitle, formatted for the language', () => {
    const spec = npsChart(nps, 'nb');
    expect(spec.options?.plugins?.title?.text).toBe('Net Promoter Score +23');
    expect(spec.options?.plugins?.subtitle?.text).toBe('Feilmargin (95 %) ±7,1 · n = 398');
  });

  it('uses the colour-blind-safe NPS colours', () => {
    const p = makePalette(null);
    expect(npsChart(nps, 'da').data.datasets.map((d) => d.backgroundColor)).toEqual([
      p.nps.detractors,
      p.nps.passives,
      p.nps.promoters,
    ]);
  });

  it('normalises counts as well as shares', () => {
    const counts = npsShares({ ...nps, promoters: 45, passives: 30, detractors: 25 });
    expect(counts.detractors).toBeCloseTo(25, 10);
    expect(npsShares({ ...nps, promoters: 0, passives: 0, detractors: 0 }).promoters).toBe(0);
  });
});
