/**
 * ipmaMapChart(ipma, lang, opts?): IpmaMapChartConfig
 *
 * The importance–performance map of the satisfaction index (IPMA; Ringle & Sarstedt 2016) as a
 * chart.js scatter: x = importance (the driver's total effect on the index, in index points per
 * point more), y = performance (the driver's score on 0–100), dashed lines at the drivers' mean
 * importance and mean performance, one dataset per quadrant coloured like the drivers' map
 * (./importance-map.ts) and named in its corner, construct names by the `scatterLabels` plugin.
 * Plain JSON: the same spec for the dashboard, present mode, the PDF and the PPTX.
 */
import type { ChartDataset } from 'chart.js';
import { constructLabel, type PlsModel } from '../api/pls';
import type { Language } from '../domain/language';
import { formatNumber } from '../format';
import { reportText } from '../i18n/report';
import {
  quadrantColors,
  quadrantLabel,
  quadrantScatterConfig,
  type ImportanceMapChartConfig,
  type QuadrantKey,
  type XY,
} from './importance-map';
import type { Palette } from './palette';
import { makePalette } from './palette';

export type IpmaMapChartConfig = ImportanceMapChartConfig;

export type IpmaPoint = { construct: string; importance: number; performance: number };

export type IpmaMapChartOptions = {
  palette?: Palette;
  model?: PlsModel | null;
  showTitle?: boolean;
  /** Longest point label in characters before it is shortened with an ellipsis. */
  labelMax?: number;
  /** Point radius in CSS pixels (larger on a slide). */
  pointRadius?: number;
};

/**
 * IPMA corners with importance on x: top-left = low importance, high performance (possible
 * overkill), top-right = keep up, bottom-left = low priority, bottom-right = concentrate here.
 */
export const IPMA_CORNERS: readonly QuadrantKey[] = ['overkill', 'keepUp', 'lowPriority', 'concentrate'];

/** The quadrant of a driver against the means (ties count as high). */
export function ipmaQuadrant(p: IpmaPoint, mean: { importance: number; performance: number }): QuadrantKey {
  const important = p.importance >= mean.importance;
  const good = p.performance >= mean.performance;
  return important ? (good ? 'keepUp' : 'concentrate') : good ? 'overkill' : 'lowPriority';
}

/** The crosshair: the unweighted means of the drivers' importance and performance. */
export function ipmaMeans(ipma: readonly IpmaPoint[]): { importance: number; performance: number } {
  const n = ipma.length || 1;
  return {
    importance: ipma.reduce((s, p) => s + p.importance, 0) / n,
    performance: ipma.reduce((s, p) => s + p.performance, 0) / n,
  };
}

/** An axis range around the values with some air, on multiples of `step`. */
function axisRange(
  values: number[],
  step: number,
  floor: number,
  ceil: number,
): { min: number; max: number } {
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const pad = Math.max(step / 2, (hi - lo) * 0.1);
  return {
    min: Math.max(floor, Math.floor((lo - pad) / step) * step),
    max: Math.min(ceil, Math.ceil((hi + pad) / step) * step),
  };
}

/** A step of 1, 2 or 5 times a power of ten giving about five ticks over `span`. */
function niceStep(span: number): number {
  const raw = (span || 1) / 5;
  const p = 10 ** Math.floor(Math.log10(raw));
  const m = raw / p;
  return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * p;
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

function guide(points: XY[], color: string): ChartDataset<'scatter', XY[]> {
  return {
    label: '',
    data: points,
    showLine: true,
    borderColor: color,
    borderWidth: 1.25,
    borderDash: [5, 4],
    pointRadius: 0,
    pointHoverRadius: 0,
    fill: false,
  };
}

/** The mean lines as the chart's axes show them, for the note under the map. */
export function ipmaMeanValues(
  ipma: readonly IpmaPoint[],
  lang: Language,
): { importance: string; performance: string } {
  const m = ipmaMeans(ipma);
  return {
    importance: formatNumber(m.importance, lang, 2),
    performance: formatNumber(m.performance, lang, 1),
  };
}

export function ipmaMapChart(
  ipma: readonly IpmaPoint[],
  lang: Language,
  opts: IpmaMapChartOptions = {},
): IpmaMapChartConfig {
  const palette = opts.palette ?? makePalette(null);
  const colors = quadrantColors(palette);
  const mean = ipmaMeans(ipma);
  const top = Math.max(...ipma.map((p) => p.importance), mean.importance);
  // At least half the largest importance in view, so that close drivers do not look far apart.
  const xsRaw = [...ipma.map((p) => p.importance), mean.importance, Math.max(0, top / 2)];
  const xStep = niceStep(Math.max(...xsRaw) - Math.min(...xsRaw));
  // The drivers' range (never below 0 unless a driver lowers the index: a negative total effect).
  const xs = axisRange(xsRaw, xStep, Math.min(0, ...xsRaw), Infinity);
  const ys = axisRange([...ipma.map((p) => p.performance), mean.performance], 10, 0, 100);
  const labelMax = opts.labelMax ?? 28;
  const byQuadrant = IPMA_CORNERS.map((q) => ipma.filter((p) => ipmaQuadrant(p, mean) === q));
  const datasets: ChartDataset<'scatter', XY[]>[] = IPMA_CORNERS.map((q, i) => ({
    label: quadrantLabel(q, lang),
    data: byQuadrant[i]!.map((p) => ({ x: p.importance, y: p.performance })),
    backgroundColor: colors[q],
    borderColor: '#ffffff',
    borderWidth: 1.5,
    pointRadius: opts.pointRadius ?? 6,
    pointHoverRadius: (opts.pointRadius ?? 6) + 1,
  }));
  datasets.push(
    guide(
      [
        { x: mean.importance, y: ys.min },
        { x: mean.importance, y: ys.max },
      ],
      palette.muted,
    ),
    guide(
      [
        { x: xs.min, y: mean.performance },
        { x: xs.max, y: mean.performance },
      ],
      palette.muted,
    ),
  );
  const labels: (string | null)[][] = byQuadrant.map((ps) =>
    ps.map((p) => shorten(constructLabel(opts.model, p.construct, lang), labelMax)),
  );
  return quadrantScatterConfig({
    datasets,
    labels,
    palette,
    x: { ...xs, step: xStep, title: reportText(lang, 'ipmaAxisImportance') },
    y: { ...ys, step: 5, title: reportText(lang, 'ipmaAxisPerformance') },
    title: reportText(lang, 'ipmaTitle'),
    showTitle: opts.showTitle ?? true,
    corners: IPMA_CORNERS.map((q) => ({
      text: quadrantLabel(q, lang).toLocaleUpperCase(),
      color: colors[q],
    })),
  });
}
