/**
 * importanceMapChart(map: MapResult, lang: Language, opts?: ImportanceMapChartOptions): ImportanceMapChartConfig
 *
 * The importance–performance map (Martilla & James 1977) as a chart.js scatter: x = performance
 * (0–100 index), y = importance (stated 0–100 index, or derived Shapley share shown in %), one
 * dataset per quadrant (coloured like its corner caption), crosshair lines and the optional diagonal
 * (Slack 1994) as line datasets, names by the `scatterLabels` plugin. Plain JSON; register
 * `scatterLabelsPlugin` (or all of `CHART_PLUGINS`) in the renderer.
 */
import type { ChartConfiguration, ChartDataset } from 'chart.js';
import type { MapPoint, MapResult } from '../analysis/drivers';
import type { Language } from '../domain/language';
import { formatNumber } from '../format';
import { reportText } from '../i18n/report';
import type { Palette } from './palette';
import { makePalette } from './palette';
import { chartFont } from './theme';

export type XY = { x: number; y: number };
export type ImportanceMapChartConfig = ChartConfiguration<'scatter', XY[], string>;

export type ImportanceMapChartOptions = {
  palette?: Palette;
  showTitle?: boolean;
  /** Axes over the whole 0–100 range instead of the data's range (rounded to tens). */
  fullScale?: boolean;
  /** Longest point label in characters before it is shortened with an ellipsis. */
  labelMax?: number;
};

export type QuadrantKey = MapPoint['quadrant'];

/** Quadrants in corner order: top-left, top-right, bottom-left, bottom-right. */
export const QUADRANTS: readonly QuadrantKey[] = ['concentrate', 'keepUp', 'lowPriority', 'overkill'];

const QUADRANT_TEXT = {
  concentrate: 'quadrantConcentrate',
  keepUp: 'quadrantKeepUp',
  lowPriority: 'quadrantLowPriority',
  overkill: 'quadrantOverkill',
} as const;

export function quadrantLabel(q: QuadrantKey, lang: Language): string {
  return reportText(lang, QUADRANT_TEXT[q]);
}

/**
 * One colour per quadrant from the Okabe–Ito set (Okabe & Ito 2008), told apart with every common
 * colour-vision deficiency and not by hue alone (each quadrant is also named in its corner):
 * vermillion for the urgent one, bluish green for the good one, blue for possible overkill and a
 * neutral grey for low priority. Independent of the brand colour, so no brand makes two alike.
 */
export function quadrantColors(_p?: Palette): Record<QuadrantKey, string> {
  return {
    concentrate: '#D55E00',
    keepUp: '#009E73',
    lowPriority: '#6E7781',
    overkill: '#0072B2',
  };
}

/** The crosshair's values as the chart's axes show them: importance (index, or % when derived) and performance. */
export function crosshairValues(map: MapResult, lang: Language): { importance: string; performance: string } {
  const i = mapImportance(map, map.crosshair.importance);
  return {
    importance:
      map.importanceSource === 'derived' ? `${formatNumber(i, lang, 0)} %` : formatNumber(i, lang, 0),
    performance: formatNumber(map.crosshair.performance, lang, 0),
  };
}

/** Importance in the unit the chart shows: stated 0–100 index as is, a derived share in percent. */
export function mapImportance(map: MapResult, value: number): number {
  return map.importanceSource === 'derived' ? 100 * value : value;
}

function range(values: number[], step: number, full: boolean): { min: number; max: number } {
  if (full || values.length === 0) return { min: 0, max: 100 };
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  const pad = Math.max(2, (hi - lo) * 0.08);
  return {
    min: Math.max(0, Math.floor((lo - pad) / step) * step),
    max: Math.min(100, Math.ceil((hi + pad) / step) * step),
  };
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

function line(points: XY[], color: string, dash: number[]): ChartDataset<'scatter', XY[]> {
  return {
    label: '',
    data: points,
    showLine: true,
    borderColor: color,
    borderWidth: 1.25,
    borderDash: dash,
    pointRadius: 0,
    pointHoverRadius: 0,
    fill: false,
  };
}

export function importanceMapChart(
  map: MapResult,
  lang: Language,
  opts: ImportanceMapChartOptions = {},
): ImportanceMapChartConfig {
  const palette = opts.palette ?? makePalette(null);
  const colors = quadrantColors(palette);
  const full = opts.fullScale ?? false;
  const cx = map.crosshair.performance;
  const cy = mapImportance(map, map.crosshair.importance);
  const xs = range([...map.points.map((p) => p.performance), cx], 10, full);
  const ys = range(
    [...map.points.map((p) => mapImportance(map, p.importance)), cy],
    map.importanceSource === 'derived' ? 5 : 10,
    full,
  );
  const labelMax = opts.labelMax ?? 28;
  const byQuadrant = QUADRANTS.map((q) => map.points.filter((p) => p.quadrant === q));
  const datasets: ChartDataset<'scatter', XY[]>[] = QUADRANTS.map((q, i) => ({
    label: quadrantLabel(q, lang),
    data: byQuadrant[i]!.map((p) => ({ x: p.performance, y: mapImportance(map, p.importance) })),
    backgroundColor: colors[q],
    borderColor: '#ffffff',
    borderWidth: 1.5,
    pointRadius: 6,
    pointHoverRadius: 7,
  }));
  const guide = palette.muted;
  datasets.push(
    line(
      [
        { x: cx, y: ys.min },
        { x: cx, y: ys.max },
      ],
      guide,
      [5, 4],
    ),
    line(
      [
        { x: xs.min, y: cy },
        { x: xs.max, y: cy },
      ],
      guide,
      [5, 4],
    ),
  );
  if (map.diagonal && map.unit) {
    // Slack's iso-priority line: slope 1 in the gap's standardized units, through the crosshairs.
    const slope = (mapImportance(map, map.unit.importance) || 1) / (map.unit.performance || 1);
    datasets.push(
      line(
        [
          { x: xs.min, y: cy + slope * (xs.min - cx) },
          { x: xs.max, y: cy + slope * (xs.max - cx) },
        ],
        palette.ink,
        [2, 3],
      ),
    );
  }
  const labels: (string | null)[][] = byQuadrant.map((ps) => ps.map((p) => shorten(p.text, labelMax)));
  return quadrantScatterConfig({
    datasets,
    labels,
    palette,
    x: { ...xs, step: 5, title: reportText(lang, 'mapAxisPerformance') },
    y: {
      ...ys,
      step: 5,
      title: reportText(lang, map.importanceSource === 'derived' ? 'mapAxisDerived' : 'mapAxisStated'),
    },
    title: reportText(lang, 'mapChartTitle'),
    showTitle: opts.showTitle ?? true,
    corners: QUADRANTS.map((q) => ({ text: quadrantLabel(q, lang).toLocaleUpperCase(), color: colors[q] })),
  });
}

/**
 * The scatter both quadrant maps draw (the drivers' map and the index's IPMA): linear axes with
 * their ranges, steps and titles, a title, no legend, point labels and corner names through the
 * `scatterLabels` plugin.
 */
export function quadrantScatterConfig(spec: {
  datasets: ChartDataset<'scatter', XY[]>[];
  labels: (string | null)[][];
  palette: Palette;
  x: { min: number; max: number; step: number; title: string };
  y: { min: number; max: number; step: number; title: string };
  title: string;
  /** False where the card or slide shows the title itself. */
  showTitle: boolean;
  corners: { text: string; color: string }[];
}): ImportanceMapChartConfig {
  const { palette } = spec;
  const axis = (a: { min: number; max: number; step: number; title: string }) => ({
    type: 'linear' as const,
    min: a.min,
    max: a.max,
    grid: { color: palette.grid },
    border: { display: false },
    ticks: { color: palette.muted, font: chartFont(11), stepSize: a.step },
    title: { display: true, text: a.title, color: palette.muted, font: chartFont(11) },
  });
  return {
    type: 'scatter',
    data: { datasets: spec.datasets },
    options: {
      animation: false,
      maintainAspectRatio: false,
      layout: { padding: { top: 4, right: 8, bottom: 4, left: 4 } },
      scales: { x: axis(spec.x), y: axis(spec.y) },
      plugins: {
        legend: { display: false },
        title: {
          display: spec.showTitle,
          text: spec.title,
          align: 'start',
          color: palette.ink,
          font: chartFont(15, 'bold'),
          padding: { bottom: 12 },
        },
        tooltip: { enabled: true },
        scatterLabels: {
          display: true,
          labels: spec.labels,
          color: palette.ink,
          font: chartFont(11),
          corners: spec.corners,
          cornerFont: chartFont(11, 'bold'),
        },
      },
    },
  };
}
