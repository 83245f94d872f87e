/**
 * changeChart(compare: CompareOutput, lang: Language, opts?: ChangeChartOptions): ChangeChartConfig
 *
 * Change since the previous wave per question (index points, or the compare's statistic) as
 * diverging horizontal bars with their 95 % interval as whiskers. A change counts as significant
 * when its test's p, adjusted by Benjamini–Hochberg over all comparisons of the output (one family),
 * is at most alpha; significant rises are brand-coloured, falls vermillion, the rest grey, and the
 * caption (`changeCaption`) names the tests. NPS comparisons are left out (another unit) unless
 * listed in `opts.questions`. Plain JSON.
 */
import type { ChartConfiguration, ChartDataset } from 'chart.js';
import type { Comparison } from '../analysis/compare';
import type { CompareOutput } from '../api/analysis';
import type { Language } from '../domain/language';
import { formatNumber } from '../format';
import { reportText } from '../i18n/report';
import { studentTQuantile } from '../stats/distributions';
import { normalQuantile } from '../stats/normal';
import { benjaminiHochberg } from '../stats/significance';
import type { Palette } from './palette';
import { makePalette } from './palette';
import { bottomLegend, chartFont, chartHeading } from './theme';
import { shortenLabel } from './touchpoint';
import { END_LABEL_ROOM } from './value-labels';

export type ChangeBar = number | [number, number] | null;
export type ChangeChartConfig = ChartConfiguration<'bar', ChangeBar[], string>;

export type ChangeChartOptions = {
  palette?: Palette;
  showTitle?: boolean;
  /** Display names by question code (e.g. touchpoint names); default the question text. */
  labels?: Record<string, string>;
  /** Question codes to show, in this order; default every non-NPS comparison in the output's order. */
  questions?: string[];
  /** False discovery rate of the Benjamini–Hochberg adjustment; default 0.05. */
  alpha?: number;
  /** Labels longer than this are shortened with "…" from the end (the start says which row it is). */
  maxLabel?: number;
  /** Whiskers: the tests' unadjusted 95 % intervals (default) or FCR-adjusted ones (`fcrIntervals`). */
  intervals?: 'unadjusted' | 'fcr';
};

/**
 * Intervals that agree with the Benjamini–Hochberg marks: with R of m tested changes significant at
 * FDR α, every interval is at level 1 − max(R, 1)·α/m (the false-coverage-rate adjusted intervals of
 * Benjamini & Yekutieli 2005). BH rejects exactly the p ≤ R·α/m, so an interval leaves out 0 exactly
 * when its change is marked significant. Half-width: the test's critical value (Student t with the
 * test's df, else normal) times its standard error |change / statistic|.
 */
export function fcrIntervals(
  compare: CompareOutput,
  alpha = 0.05,
): { level: number; intervals: ([number, number] | null)[] } {
  const rows = changeSignificance(compare, alpha);
  const m = rows.filter((r) => r.comparison.test && Number.isFinite(r.comparison.test.p)).length;
  const R = rows.filter((r) => r.significant).length;
  const level = m > 0 ? 1 - (Math.max(R, 1) * alpha) / m : 0.95;
  const intervals = rows.map((r): [number, number] | null => {
    const c = r.comparison;
    if (!c.test || c.change === null) return null;
    const upper = 1 - (1 - level) / 2;
    const crit = c.test.df !== null ? studentTQuantile(upper, c.test.df) : normalQuantile(upper);
    const [lo, hi] = c.test.ci95;
    const z95 = c.test.df !== null ? studentTQuantile(0.975, c.test.df) : normalQuantile(0.975);
    // A zero statistic has no SE in it; the unadjusted interval still has one.
    const se = c.test.statistic !== 0 ? Math.abs(c.change / c.test.statistic) : (hi - lo) / (2 * z95);
    return [c.change - crit * se, c.change + crit * se];
  });
  return { level, intervals };
}

export type ChangeRow = {
  comparison: Comparison;
  /** Benjamini–Hochberg adjusted p over the whole output; NaN when not tested (suppressed). */
  q: number;
  significant: boolean;
};

/** Every comparison with its BH-adjusted p and whether it is significant at `alpha`. */
export function changeSignificance(compare: CompareOutput, alpha = 0.05): ChangeRow[] {
  const p = compare.comparisons.map((c) => c.test?.p ?? NaN);
  const bh = benjaminiHochberg(p, alpha);
  return compare.comparisons.map((comparison, i) => {
    const q = bh.qValues[i] ?? NaN;
    return { comparison, q, significant: Number.isFinite(q) && q <= alpha && comparison.change !== null };
  });
}

/** The names of the tests behind the shown comparisons ("Welch t", "NPS difference z"). */
export function testNames(rows: ChangeRow[]): string[] {
  return [...new Set(rows.flatMap((r) => (r.comparison.test ? [r.comparison.test.test] : [])))];
}

const TEST_TEXT = {
  'Welch t': 'testWelch',
  'NPS difference z': 'testNpsZ',
  'two-proportion z (pooled)': 'testPropZ',
} as const;

/** A test's name in the language ("Welch t test", "z-test for NPS-forskjeller"); unknown names as given. */
export function localTestName(test: string, lang: Language): string {
  const key = (TEST_TEXT as Record<string, (typeof TEST_TEXT)[keyof typeof TEST_TEXT]>)[test];
  return key ? reportText(lang, key) : test;
}

/** The caption that names the tests and the adjustment, as every significance mark must. */
export function changeCaption(
  compare: CompareOutput,
  rows: ChangeRow[],
  lang: Language,
  alpha = 0.05,
): string {
  return reportText(lang, 'changeCaption', {
    a: compare.waveA,
    b: compare.waveB,
    tests: testNames(rows)
      .map((t) => localTestName(t, lang))
      .join(', '),
    m: rows.filter((r) => r.comparison.test).length,
    alpha: formatNumber(100 * alpha, lang, 0),
  });
}

export function changeChartHeight(rows: number): number {
  return 84 + Math.max(1, rows) * 21;
}

function shownRows(compare: CompareOutput, opts: ChangeChartOptions): ChangeRow[] {
  const all = changeSignificance(compare, opts.alpha);
  if (!opts.questions) return all.filter((r) => r.comparison.statistic !== 'nps');
  return opts.questions.flatMap((code) => all.filter((r) => r.comparison.question === code));
}

export function changeChart(
  compare: CompareOutput,
  lang: Language,
  opts: ChangeChartOptions = {},
): ChangeChartConfig {
  const palette = opts.palette ?? makePalette(null);
  const rows = shownRows(compare, opts);
  const allRows = changeSignificance(compare, opts.alpha);
  const labels = rows.map((r) => {
    const full = opts.labels?.[r.comparison.question] ?? r.comparison.questionText;
    const base = shortenLabel(full, opts.maxLabel ?? Infinity);
    const name = r.comparison.wordingChanged ? `${base} †` : base;
    return r.comparison.change === null ? reportText(lang, 'changeHidden', { name }) : name;
  });
  const kind = (r: ChangeRow): 'up' | 'down' | 'none' =>
    !r.significant ? 'none' : (r.comparison.change ?? 0) > 0 ? 'up' : 'down';
  const kinds = [
    { key: 'up', label: reportText(lang, 'changeUp'), color: palette.brandGraphic },
    { key: 'none', label: reportText(lang, 'changeNone'), color: '#9aa5b1' },
    { key: 'down', label: reportText(lang, 'changeDown'), color: palette.nps.detractors },
  ] as const;
  const datasets: ChartDataset<'bar', ChangeBar[]>[] = kinds.map((k) => ({
    label: k.label,
    data: rows.map((r) => (kind(r) === k.key ? r.comparison.change : null)),
    backgroundColor: k.color,
    borderWidth: 0,
    borderRadius: 2,
    barPercentage: 0.75,
    categoryPercentage: 0.8,
    grouped: false,
    order: 1,
  }));
  const fcr = opts.intervals === 'fcr' ? fcrIntervals(compare, opts.alpha) : null;
  const ci = rows.map((r): ChangeBar => {
    if (!r.comparison.test || r.comparison.change === null) return null;
    if (fcr) return fcr.intervals[compare.comparisons.indexOf(r.comparison)] ?? null;
    return [r.comparison.test.ci95[0], r.comparison.test.ci95[1]];
  });
  datasets.push({
    label: fcr
      ? reportText(lang, 'ciLabelFcr', { level: formatNumber(fcr.level * 100, lang, 1) })
      : reportText(lang, 'ciLabel', { level: '95' }),
    data: ci,
    backgroundColor: '#52606d',
    barThickness: 1.5,
    grouped: false,
    order: 2,
  });
  const reach = Math.max(
    5,
    ...ci.flatMap((c) => (Array.isArray(c) ? c.map(Math.abs) : [])),
    ...rows.map((r) => Math.abs(r.comparison.change ?? 0)),
  );
  // Headroom past the longest whisker for its end label, so it never runs into the category labels.
  const bound = Math.ceil((reach * 1.25) / 5) * 5;
  const unitKey =
    compare.comparisons[0]?.statistic === 'mean'
      ? 'axisChangeMean'
      : compare.comparisons[0]?.statistic === 'top2'
        ? 'axisChangeTop2'
        : 'axisChangeIndex';
  return {
    type: 'bar',
    data: { labels, datasets },
    options: {
      indexAxis: 'y',
      animation: false,
      maintainAspectRatio: false,
      layout: { padding: { right: END_LABEL_ROOM, left: END_LABEL_ROOM, top: 4, bottom: 4 } },
      scales: {
        x: {
          min: -bound,
          max: bound,
          grid: { color: palette.grid },
          border: { display: false },
          ticks: { color: palette.muted, font: chartFont(11), stepSize: bound > 10 ? 5 : 2 },
          title: {
            display: true,
            text: reportText(lang, unitKey, { a: compare.waveA, b: compare.waveB }),
            color: palette.muted,
            font: chartFont(11),
          },
        },
        y: {
          grid: { display: false },
          border: { color: palette.grid },
          ticks: {
            color: rows.map((r) => (r.comparison.change === null ? palette.muted : palette.ink)),
            font: chartFont(12),
            autoSkip: false,
          },
        },
      },
      plugins: {
        legend: bottomLegend(palette),
        ...chartHeading(
          palette,
          opts.showTitle ?? true,
          reportText(lang, 'changeChartTitle', { a: compare.waveA, b: compare.waveB }),
          changeCaption(compare, allRows, lang, opts.alpha),
        ),
        tooltip: { enabled: true },
        valueLabels: {
          display: true,
          lang,
          digits: 1,
          position: 'end',
          format: 'signed',
          colors: [palette.ink],
          insideColor: '#ffffff',
          font: chartFont(12, 'bold'),
          whiskers: 3,
        },
      },
    },
  };
}
