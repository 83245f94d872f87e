import type { ChartSpec } from '../../../../shared/report/types';
import type { NativeLine } from './line-chart';
import { nativeLine } from './line-chart';

/**
 * A report chart spec (chart.js JSON) as the data of a native PowerPoint chart: the same numbers, the
 * same series and colours, so the consultant edits the chart's data in PowerPoint instead of pasting
 * a picture. Interval whiskers (floating [low, high] bars) have no native counterpart in a bar chart;
 * they go to the speaker notes instead (`intervals`).
 */

export type BarSeries = { name: string; color: string; values: (number | null)[] };

export type NativeBar = {
  kind: 'bar';
  labels: string[];
  series: BarSeries[];
  /** Series add up to a whole (the NPS distribution): stack them. */
  stacked: boolean;
  /** Series never share a category (significance colours): draw them on one bar position. */
  overlap: boolean;
  min: number | undefined;
  max: number | undefined;
  /** Excel number format of the value labels ("0", "+0.0;-0.0;0.0", `0" %"`). */
  format: string;
  /** Categories that are headings (journey stages): no value in any series. */
  headings: boolean[];
  intervals: ([number, number] | null)[] | null;
  axisTitle: string;
};

export type ScatterPoint = { x: number; y: number; label: string };
export type NativeScatter = {
  kind: 'scatter';
  series: { name: string; color: string; points: ScatterPoint[] }[];
  x: { min: number; max: number; title: string; crosses: number | null };
  y: { min: number; max: number; title: string; crosses: number | null };
};

export type NativeChart = NativeBar | NativeScatter | NativeLine;

function labelText(l: string | string[] | undefined): string {
  return Array.isArray(l) ? l.join(' ') : (l ?? '');
}

function numberFormat(format: string | undefined, digits: number): string {
  const body = digits > 0 ? `0.${'0'.repeat(digits)}` : '0';
  if (format === 'signed') return `+${body};-${body};${body}`;
  if (format === 'percent100') return `${body}" %"`;
  return body;
}

type Scale = { min?: unknown; max?: unknown; title?: { text?: unknown } } | undefined;
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const str = (v: unknown): string => (typeof v === 'string' ? v : '');

function barChart(spec: Exclude<ChartSpec, { type: 'scatter' | 'line' }>): NativeBar {
  const labels = (spec.data.labels ?? []).map((l) => labelText(l as string | string[]));
  const series: BarSeries[] = [];
  let intervals: NativeBar['intervals'] = null;
  for (const ds of spec.data.datasets) {
    const data = ds.data as (number | [number, number] | null)[];
    if (data.some((v) => Array.isArray(v))) {
      intervals = data.map((v) => (Array.isArray(v) ? [v[0], v[1]] : null));
      continue;
    }
    const values = labels.map((_, i) => {
      const v = data[i];
      return typeof v === 'number' && Number.isFinite(v) ? v : null;
    });
    const color = typeof ds.backgroundColor === 'string' ? ds.backgroundColor : '#1f4e79';
    series.push({ name: ds.label ?? '', color, values });
  }
  const opts = spec.options ?? {};
  const x = (opts.scales as Record<string, Scale> | undefined)?.x;
  const stackedScale = (x as { stacked?: unknown } | undefined)?.stacked === true;
  const exclusive = labels.every((_, i) => series.filter((s) => s.values[i] !== null).length <= 1);
  // Series with no value anywhere (no unit above average, say) would only add an empty legend entry.
  const used = series.filter((s) => s.values.some((v) => v !== null));
  const vl = (opts.plugins as Record<string, unknown> | undefined)?.valueLabels as
    { format?: string; digits?: number } | undefined;
  const digits = vl?.digits ?? 0;
  return {
    kind: 'bar',
    labels,
    series: used.length > 0 ? used : series.slice(0, 1),
    stacked: stackedScale,
    overlap: !stackedScale && used.length > 1 && exclusive,
    min: num(x?.min),
    max: num(x?.max),
    format: stackedScale && !vl ? '0" %"' : numberFormat(vl?.format, digits),
    headings: labels.map((_, i) => series.every((s) => s.values[i] === null)),
    intervals,
    axisTitle: str(x?.title?.text),
  };
}

function scatterChart(spec: Extract<ChartSpec, { type: 'scatter' }>): NativeScatter {
  const opts = spec.options ?? {};
  const scales = opts.scales as Record<string, Scale> | undefined;
  const plugin = (opts.plugins as Record<string, unknown> | undefined)?.scatterLabels as
    { labels?: (string | null)[][] } | undefined;
  const series: NativeScatter['series'] = [];
  // Point datasets carry a label; the crosshair and diagonal guides are unlabelled line datasets.
  spec.data.datasets.forEach((ds, i) => {
    if (ds.showLine || !ds.label) return;
    const names = plugin?.labels?.[i] ?? [];
    const color = typeof ds.backgroundColor === 'string' ? ds.backgroundColor : '#1f4e79';
    series.push({
      name: ds.label,
      color,
      points: ds.data.map((p, j) => ({ x: p.x, y: p.y, label: names[j] ?? '' })),
    });
  });
  // The crosshair lines: a vertical guide (same x at both ends) and a horizontal one.
  const guides = spec.data.datasets.filter((ds) => ds.showLine && ds.data.length === 2);
  const vertical = guides.find((g) => g.data[0]!.x === g.data[1]!.x);
  const horizontal = guides.find((g) => g.data[0]!.y === g.data[1]!.y);
  const axis = (s: Scale, crosses: number | null) => ({
    min: num(s?.min) ?? 0,
    max: num(s?.max) ?? 100,
    title: str(s?.title?.text),
    crosses,
  });
  return {
    kind: 'scatter',
    series,
    x: axis(scales?.x, vertical ? vertical.data[0]!.x : null),
    y: axis(scales?.y, horizontal ? horizontal.data[0]!.y : null),
  };
}

export function nativeChart(spec: ChartSpec): NativeChart {
  if (spec.type === 'line') return nativeLine(spec);
  return spec.type === 'scatter' ? scatterChart(spec) : barChart(spec);
}

/**
 * Splits a bar chart into pages of at most `max` categories, never leaving a heading (a journey
 * stage) alone at the foot of a page.
 */
export function pageBars(chart: NativeBar, max: number): NativeBar[] {
  const n = chart.labels.length;
  if (n <= max) return [chart];
  // Even pages (19 rows make 10 + 9, not 18 + 1).
  const size = Math.ceil(n / Math.ceil(n / max));
  const pages: NativeBar[] = [];
  let start = 0;
  while (start < n) {
    let end = Math.min(n, start + size);
    while (end < n && end - 1 > start && chart.headings[end - 1]) end--;
    const slice = <T>(xs: T[]): T[] => xs.slice(start, end);
    pages.push({
      ...chart,
      labels: slice(chart.labels),
      headings: slice(chart.headings),
      series: chart.series.map((s) => ({ ...s, values: slice(s.values) })),
      intervals: chart.intervals ? slice(chart.intervals) : null,
    });
    start = end;
  }
  return pages;
}
