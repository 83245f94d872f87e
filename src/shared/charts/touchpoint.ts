import type { ChartConfiguration } from 'chart.js';
import type { DashboardResult, RatingSummary } from '../analysis/dashboard';
import type { Language } from '../domain/language';
import { reportText } from '../i18n/report';
import type { Palette } from './palette';
import { makePalette } from './palette';
import { chartFont } from './theme';
import { END_LABEL_ROOM } from './value-labels';

export type TouchpointChartConfig = ChartConfiguration<'bar', (number | null)[], string | string[]>;

export type TouchpointChartOptions = {
  /** `index` (0–100, comparable across scales) or `mean` (only when all touchpoints share one scale). */
  measure?: 'index' | 'mean';
  palette?: Palette;
  /** The UI shows the title in the chart; the PDF sets it as a heading instead. */
  showTitle?: boolean;
  /** Longest label line before wrapping, in characters. */
  wrapAt?: number;
  /** Labels longer than this are shortened with "…" (the PDF prints full names in its table). */
  maxLabel?: number;
  /** The touchpoints to draw (a page's share of a long journey); default every reportable one. */
  items?: RatingSummary[];
};

/** `text` cut to at most `max` characters at a word boundary, with "…" when cut. */
export function shortenLabel(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  const cut = chars.slice(0, max - 1).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** Splits a label into lines of at most `width` characters at spaces (chart.js draws arrays as lines). */
export function wrapLabel(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines.length > 0 ? lines : [''];
}

/** Touchpoints the report may show: anonymity applies per question, as everywhere (n ≥ k). */
export function reportableTouchpoints(result: DashboardResult): RatingSummary[] {
  return result.touchpoints.filter((t) => t.n >= result.anonymityK);
}

function sharedScale(items: RatingSummary[]): { min: number; max: number } | null {
  const first = items[0];
  if (!first) return null;
  return items.every((t) => t.scale.min === first.scale.min && t.scale.max === first.scale.max)
    ? first.scale
    : null;
}

export type JourneyRow = { label: string | string[]; item: RatingSummary | null };

/**
 * The chart's rows: a heading row (no bar) whenever the stage changes, then its touchpoints. chart.js
 * has no nested category axis; heading rows give the journey's grouping in both renderers.
 */
export function journeyRows(items: RatingSummary[], wrapAt = 40, maxLabel = Infinity): JourneyRow[] {
  const rows: JourneyRow[] = [];
  let stage: string | null = null;
  for (const t of items) {
    if (t.stageText && t.stageText !== stage)
      rows.push({ label: t.stageText.toLocaleUpperCase(), item: null });
    stage = t.stageText;
    const lines = wrapLabel(shortenLabel(t.touchpointText ?? t.text, maxLabel), wrapAt);
    rows.push({ label: lines.length === 1 ? (lines[0] ?? '') : lines, item: t });
  }
  return rows;
}

/** Pixel size that gives every row (and every extra line of a wrapped label) the same room. */
export function touchpointChartSize(rows: JourneyRow[], width = 900): { width: number; height: number } {
  const lines = rows.reduce((sum, r) => sum + (Array.isArray(r.label) ? r.label.length : 1), 0);
  return { width, height: 56 + Math.max(1, rows.length) * 24 + (lines - rows.length) * 14 };
}

/**
 * Horizontal bars of the touchpoints' 0–100 index (or mean) in journey order (the order of
 * `result.touchpoints`), grouped under stage heading rows whose data is null (no bar).
 */
export function touchpointChart(
  result: DashboardResult,
  lang: Language,
  opts: TouchpointChartOptions = {},
): TouchpointChartConfig {
  const palette = opts.palette ?? makePalette(null);
  const items = opts.items ?? reportableTouchpoints(result);
  const scale = sharedScale(items);
  const measure = opts.measure === 'mean' && scale ? 'mean' : 'index';
  const wrapAt = opts.wrapAt ?? 40;
  const rows = journeyRows(items, wrapAt, opts.maxLabel);
  const labels = rows.map((r) => r.label);
  const data = rows.map((r) => (r.item ? (measure === 'index' ? r.item.index : r.item.mean) : null));
  const isStage = rows.map((r) => r.item === null);
  const axisTitle =
    measure === 'index'
      ? reportText(lang, 'axisIndex')
      : reportText(lang, 'axisMean', { min: scale?.min ?? 0, max: scale?.max ?? 0 });
  return {
    type: 'bar',
    data: {
      labels,
      datasets: [
        {
          label: axisTitle,
          data,
          backgroundColor: palette.brandGraphic,
          borderWidth: 0,
          borderRadius: 2,
          barPercentage: 0.8,
          categoryPercentage: 0.8,
        },
      ],
    },
    options: {
      indexAxis: 'y',
      animation: false,
      maintainAspectRatio: false,
      layout: { padding: { right: END_LABEL_ROOM, top: 4, bottom: 4 } },
      scales: {
        x: {
          min: measure === 'index' ? 0 : (scale?.min ?? 0),
          max: measure === 'index' ? 100 : (scale?.max ?? 100),
          grid: { color: palette.grid },
          border: { display: false },
          ticks: { color: palette.muted, font: chartFont(11), stepSize: measure === 'index' ? 20 : 1 },
          title: { display: true, text: axisTitle, color: palette.muted, font: chartFont(11) },
        },
        y: {
          grid: { display: false },
          border: { color: palette.grid },
          // An indexable colour (one per row) sets stage headings apart without functions in the spec.
          ticks: {
            color: isStage.map((s) => (s ? palette.brandText : palette.ink)),
            font: chartFont(12),
            autoSkip: false,
          },
        },
      },
      plugins: {
        legend: { display: false },
        title: {
          display: opts.showTitle ?? true,
          text: reportText(lang, 'touchpointChartTitle'),
          align: 'start',
          color: palette.ink,
          font: chartFont(15, 'bold'),
          padding: { bottom: 12 },
        },
        tooltip: { enabled: true },
        valueLabels: {
          display: true,
          lang,
          digits: measure === 'index' ? 0 : 1,
          position: 'end',
          format: 'number',
          colors: [palette.ink],
          insideColor: palette.onBrand,
          font: chartFont(12, 'bold'),
        },
      },
    },
  };
}
