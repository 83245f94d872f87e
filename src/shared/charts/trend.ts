/**
 * trendChart(trend: TrendResult, lang: Language, opts: TrendChartOptions): TrendChartConfig
 *
 * The trend over all waves as a line chart: one line per series (the index KPIs, NPS on a chart of
 * its own, or chosen touchpoints), the waves along the x axis. A point whose change against the
 * previous wave is significant (Benjamini–Hochberg q ≤ alpha within its wave, as the trend computes
 * it) is a large triangle, pointing up for a rise and down for a fall; the caption names the tests
 * and the adjustment. A wave under k has no point (the line breaks there). A series asked with other
 * wording in some wave carries "†" in its legend. Plain JSON: the screen, the PDF, the chart images
 * and the deck's native line chart draw this one spec.
 */
import type { ChartConfiguration, ChartDataset } from 'chart.js';
import type { TrendPoint, TrendResult, TrendSeries } from '../analysis/trend';
import { isTrendValue } from '../analysis/trend';
import type { Language } from '../domain/language';
import { formatNumber } from '../format';
import { reportText } from '../i18n/report';
import { localTestName } from './change';
import type { Palette } from './palette';
import { makePalette } from './palette';
import { bottomLegend, chartFont, chartHeading } from './theme';

export type TrendChartConfig = ChartConfiguration<'line', (number | null)[], string>;

export type TrendChartOptions = {
  palette?: Palette;
  showTitle?: boolean;
  /** The series to draw (all of one unit); default the KPIs of `unit`. */
  series?: TrendSeries[];
  unit?: 'index' | 'nps';
  /** Display names by series key; default the series' label. */
  labels?: Record<string, string>;
  title?: string;
};

/** Colour-blind-safe line colours after the brand's (Okabe & Ito 2008), dark enough on white. */
export const TREND_COLORS = ['#E69F00', '#009E73', '#CC79A7', '#0072B2', '#D55E00', '#56B4E9', '#7a5195'];

export function trendColor(i: number, palette: Palette): string {
  return i === 0 ? palette.brandGraphic : TREND_COLORS[(i - 1) % TREND_COLORS.length]!;
}

/** The years of the trend, oldest first. */
export const trendYears = (t: TrendResult): number[] => t.waves.map((w) => w.year);

/** 'up' / 'down' when the change against the previous wave is significant, else null. */
export function significance(p: TrendPoint): 'up' | 'down' | null {
  if (!isTrendValue(p) || !p.vsPrevious?.significant) return null;
  return p.vsPrevious.diff > 0 ? 'up' : 'down';
}

/** The caption every trend chart and table carries: the tests and the adjustment, by name. */
export function trendCaption(t: TrendResult, lang: Language, series?: TrendSeries[]): string {
  const units = new Set((series ?? [...t.kpis, ...t.touchpoints]).map((s) => s.unit));
  const tests = [...units]
    .sort()
    .map((u) => localTestName(t.tests[u], lang))
    .join(', ');
  return reportText(lang, 'trendCaption', { tests, alpha: formatNumber(100 * t.adjustment.alpha, lang, 0) });
}

export function trendChartHeight(series: number): number {
  return 300 + Math.ceil(Math.max(1, series) / 3) * 22;
}

function bounds(values: number[], unit: 'index' | 'nps'): { min: number; max: number } {
  const [lo, hi] = unit === 'nps' ? [-100, 100] : [0, 100];
  if (values.length === 0) return { min: lo, max: hi };
  const min = Math.max(lo, Math.floor((Math.min(...values) - 5) / 10) * 10);
  const max = Math.min(hi, Math.ceil((Math.max(...values) + 5) / 10) * 10);
  return { min, max: Math.max(max, min + 10) };
}

export function trendChart(t: TrendResult, lang: Language, opts: TrendChartOptions = {}): TrendChartConfig {
  const palette = opts.palette ?? makePalette(null);
  const unit = opts.unit ?? opts.series?.[0]?.unit ?? 'index';
  const series = opts.series ?? t.kpis.filter((s) => s.unit === unit);
  const years = trendYears(t);
  const values: number[] = [];
  const datasets: ChartDataset<'line', (number | null)[]>[] = series.map((s, i) => {
    const color = trendColor(i, palette);
    const points = years.map((y) => s.waves.find((w) => w.year === y));
    const data = points.map((p) => (p && isTrendValue(p) ? p.value : null));
    values.push(...data.filter((v): v is number => v !== null));
    const sig = points.map((p) => (p ? significance(p) : null));
    const name = opts.labels?.[s.key] ?? s.label;
    return {
      label: s.wordingChanges.length ? `${name} †` : name,
      data,
      borderColor: color,
      backgroundColor: color,
      borderWidth: 2.5,
      tension: 0,
      spanGaps: false,
      pointStyle: sig.map((x) => (x ? 'triangle' : 'circle')),
      pointRotation: sig.map((x) => (x === 'down' ? 180 : 0)),
      pointRadius: sig.map((x) => (x ? 7 : 3.5)),
      pointHoverRadius: sig.map((x) => (x ? 9 : 5)),
      pointBorderColor: color,
      pointBackgroundColor: color,
    };
  });
  // Legend entries for the marks (no data: nothing is drawn, the legend explains the triangles).
  const marks = [
    { label: reportText(lang, 'trendSigUp'), rotation: 0 },
    { label: reportText(lang, 'trendSigDown'), rotation: 180 },
  ];
  for (const m of marks)
    datasets.push({
      label: m.label,
      data: years.map(() => null),
      borderColor: palette.muted,
      backgroundColor: palette.muted,
      pointStyle: 'triangle',
      pointRotation: m.rotation,
      pointRadius: 6,
      showLine: false,
    });
  const { min, max } = bounds(values, unit);
  const title = opts.title ?? reportText(lang, unit === 'nps' ? 'trendNpsChartTitle' : 'trendKpiChartTitle');
  return {
    type: 'line',
    data: { labels: years.map(String), datasets },
    options: {
      animation: false,
      maintainAspectRatio: false,
      layout: { padding: { left: 4, right: 16, top: 4, bottom: 4 } },
      scales: {
        x: {
          grid: { display: false },
          border: { color: palette.grid },
          ticks: { color: palette.ink, font: chartFont(12) },
        },
        y: {
          min,
          max,
          grid: { color: palette.grid },
          border: { display: false },
          ticks: { color: palette.muted, font: chartFont(11), stepSize: max - min > 40 ? 20 : 10 },
          title: {
            display: true,
            text: reportText(lang, unit === 'nps' ? 'trendAxisNps' : 'trendAxisIndex'),
            color: palette.muted,
            font: chartFont(11),
          },
        },
      },
      plugins: {
        legend: {
          ...bottomLegend(palette),
          labels: { ...bottomLegend(palette).labels, usePointStyle: true, boxWidth: 7, boxHeight: 7 },
        },
        ...chartHeading(palette, opts.showTitle ?? true, title, trendCaption(t, lang, series)),
        tooltip: { enabled: true },
      },
    },
  };
}
