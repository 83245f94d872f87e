import { describe, expect, it } from 'vitest';
import { sampleBreakdown, sampleCompare, sampleDrivers, sampleMap } from './analysis-fixtures';
import { changeCaption, changeChart, changeSignificance } from './change';
import { driversChart } from './drivers';
import { importanceMapChart, QUADRANTS } from './importance-map';
import { CHART_PLUGINS } from './plugins';
import { unitsChart } from './units';

const json = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

describe('the analysis chart specs', () => {
  it('are plain JSON, so the screen and the PDF draw the same spec', () => {
    for (const spec of [
      importanceMapChart(sampleMap(), 'nb'),
      driversChart(sampleDrivers(), 'en'),
      unitsChart(sampleBreakdown(), 'da'),
      changeChart(sampleCompare(), 'en'),
    ]) {
      expect(json(spec)).toEqual(spec);
    }
    expect(CHART_PLUGINS.map((p) => p.id)).toEqual(['valueLabels', 'scatterLabels']);
  });
});

describe('importanceMapChart', () => {
  it('plots one dataset per quadrant, crosshair lines at the crosshair and translated corner labels', () => {
    const spec = importanceMapChart(sampleMap(), 'en');
    expect(spec.data.datasets.slice(0, 4).map((d) => d.data.length)).toEqual([1, 1, 1, 1]);
    expect(spec.data.datasets[0]?.data[0]).toEqual({ x: 60, y: 86 });
    const [v, h] = spec.data.datasets.slice(4);
    expect(v?.data.every((p) => p.x === 70)).toBe(true);
    expect(h?.data.every((p) => p.y === 75)).toBe(true);
    expect(spec.options?.plugins?.scatterLabels?.corners?.map((c) => c.text)).toEqual([
      'CONCENTRATE HERE',
      'KEEP UP THE GOOD WORK',
      'LOW PRIORITY',
      'POSSIBLE OVERKILL',
    ]);
    expect(spec.options?.plugins?.scatterLabels?.labels?.[0]).toEqual(['Price offer']);
    expect(importanceMapChart(sampleMap(), 'nb').options?.plugins?.scatterLabels?.corners?.[0]?.text).toBe(
      'KONSENTRER INNSATSEN HER',
    );
    expect(QUADRANTS).toHaveLength(4);
  });

  it('adds the diagonal through the crosshairs with the slope of the standardized units', () => {
    const spec = importanceMapChart({ ...sampleMap(), diagonal: true }, 'en');
    const diag = spec.data.datasets[6]?.data ?? [];
    expect(diag).toHaveLength(2);
    const [a, b] = diag as [{ x: number; y: number }, { x: number; y: number }];
    expect((b.y - a.y) / (b.x - a.x)).toBeCloseTo(8 / 6, 10);
    expect(a.y + ((70 - a.x) * 8) / 6).toBeCloseTo(75, 10);
  });

  it('shows derived importance in percent', () => {
    const m = {
      ...sampleMap(),
      importanceSource: 'derived' as const,
      importanceScale: { min: 0, max: 1 },
      crosshair: { performance: 70, importance: 0.1 },
    };
    m.points = m.points.map((p) => ({ ...p, importance: p.importance / 500 }));
    const spec = importanceMapChart(m, 'en');
    expect(spec.data.datasets[0]?.data[0]?.y).toBeCloseTo(17.2, 10);
    expect(spec.options?.scales?.y?.title?.text).toContain('Derived importance');
  });
});

describe('driversChart', () => {
  it('sorts drivers by Shapley share and states R², n and the missing-value handling', () => {
    const spec = driversChart(sampleDrivers(), 'en');
    expect(spec.data.labels).toEqual(['Claims handling', 'Price offer', 'Website']);
    expect(spec.data.datasets[0]?.data).toEqual([50, 40, 10]);
    expect(spec.options?.plugins?.subtitle?.text).toBe(
      'R² = 0.60 · n = 291 · pairwise deletion (n 291–451 per pair of questions)',
    );
    expect(spec.data.datasets).toHaveLength(1);
  });

  it('draws bootstrap intervals as whiskers when present and labels past them', () => {
    const r = sampleDrivers();
    const iv = (lower: number, upper: number) => ({ lower, upper });
    r.drivers = r.drivers.map((d) => ({
      ...d,
      ci: {
        beta: iv(0, 1),
        relativeWeight: iv(0, 1),
        relativeWeightShare: iv(0, 1),
        shapley: iv(0, 1),
        shapleyShare: iv(d.shapleyShare - 0.05, d.shapleyShare + 0.05),
      },
    }));
    const spec = driversChart(r, 'en');
    const [lo, hi] = spec.data.datasets[1]?.data[0] as [number, number];
    expect(lo).toBeCloseTo(45, 10);
    expect(hi).toBeCloseTo(55, 10);
    expect(spec.options?.plugins?.valueLabels?.whiskers).toBe(1);
  });
});

describe('unitsChart', () => {
  it('ranks units, colours significant ones and keeps a hidden unit as a labelled row', () => {
    const spec = unitsChart(sampleBreakdown(), 'en');
    expect(spec.data.labels).toEqual(['Bergen', 'Oslo', 'Drammen', 'Molde · not shown']);
    const [above, none, below] = spec.data.datasets;
    expect(above?.data).toEqual([83, null, null, null]);
    expect(none?.data).toEqual([null, 74, null, null]);
    expect(below?.data).toEqual([null, null, 67, null]);
    expect(JSON.stringify(spec)).not.toContain('No answer');
  });
});

describe('changeChart', () => {
  it('adjusts p by Benjamini–Hochberg over every comparison and marks only the significant changes', () => {
    const rows = changeSignificance(sampleCompare());
    // p = 0.04 is the 3rd smallest of 5: q = 0.04 · 5/3 > 0.05, so not significant after adjustment.
    expect(rows.map((r) => r.significant)).toEqual([false, true, true, false, false]);
    const spec = changeChart(sampleCompare(), 'en');
    expect(spec.data.labels).toHaveLength(4); // NPS is another unit: not on this axis
    const [up, none, down] = spec.data.datasets;
    expect(up?.data).toEqual([null, null, 11, null]);
    expect(down?.data).toEqual([null, -10, null, null]);
    expect(none?.data[3]).toBe(2);
  });

  it('names the tests and the adjustment in the caption', () => {
    const c = sampleCompare();
    const caption = changeCaption(c, changeSignificance(c), 'nb');
    expect(caption).toContain('Welch t-test');
    expect(caption).toContain('z-test for NPS-forskjeller');
    expect(caption).toContain('Benjamini–Hochberg over 5 sammenligninger');
  });
});
