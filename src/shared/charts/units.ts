/**
 * unitsChart(breakdown: BreakdownResult, lang: Language, opts?: UnitsChartOptions): UnitsChartConfig
 *
 * One question by unit (branch, department …): each unit's 0–100 index (NPS for an NPS question) as a
 * horizontal bar, best first, coloured by the breakdown's own test of the unit against all other
 * respondents (Welch t or NPS difference z, Benjamini–Hochberg adjusted). A unit hidden for anonymity
 * keeps its row, labelled "not shown", at the bottom: nothing is dropped silently. Plain JSON.
 */
import type { ChartConfiguration, ChartDataset } from 'chart.js';
import type { BreakdownResult, GroupRow } from '../analysis/breakdown';
import { isSuppressed } from '../analysis/dashboard';
import type { Language } from '../domain/language';
import { formatNumber, formatSigned } from '../format';
import { reportText } from '../i18n/report';
import type { Palette } from './palette';
import { makePalette } from './palette';
import { bottomLegend, chartFont, chartHeading } from './theme';
import { END_LABEL_ROOM } from './value-labels';

export type UnitsChartConfig = ChartConfiguration<'bar', (number | null)[], string>;

export type UnitsChartOptions = {
  palette?: Palette;
  showTitle?: boolean;
  /** A short name of the question for the title; default its text. */
  questionLabel?: string;
};

export type UnitRow = {
  label: string;
  score: number | null;
  /** Respondents; null for a hidden unit (its size is not shown either). */
  n: number | null;
  significance: 'above' | 'below' | 'none' | 'hidden';
  why: string | null;
};

/** Units (groups with a code: "no answer" is not a unit) with their score, best first, hidden last. */
export function unitRows(b: BreakdownResult): UnitRow[] {
  const rows = b.groups
    .filter((g): g is GroupRow & { code: string } => g.code !== null)
    .map((g): UnitRow => {
      if (isSuppressed(g.result))
        return {
          label: g.label,
          score: null,
          n: null,
          significance: 'hidden',
          why: g.result.reason ?? 'below-k',
        };
      const score = g.result.kind === 'nps' ? g.result.nps : g.result.index;
      const t = g.test;
      const significance = t && t.significant ? (t.diff > 0 ? 'above' : 'below') : 'none';
      return { label: g.label, score, n: g.result.n, significance, why: null };
    });
  const shown = rows
    .filter((r) => r.score !== null)
    .sort((a, c) => (c.score ?? 0) - (a.score ?? 0) || (c.n ?? 0) - (a.n ?? 0));
  return [...shown, ...rows.filter((r) => r.score === null)];
}

/** The total and the test behind the colours, as the chart's subtitle and the report's note. */
export function unitsCaption(b: BreakdownResult, lang: Language): string {
  const nps = b.statistic === 'nps';
  const total = isSuppressed(b.total) ? null : b.total.kind === 'nps' ? b.total.nps : b.total.index;
  return total === null
    ? reportText(lang, 'unitsChartCaptionNoTotal')
    : reportText(lang, nps ? 'unitsChartCaptionNps' : 'unitsChartCaption', {
        total: nps ? formatSigned(total, lang, 0) : formatNumber(total, lang, 0),
      });
}

export function unitsChartHeight(rows: number): number {
  return 80 + Math.max(1, rows) * 24;
}

export function unitsChart(
  b: BreakdownResult,
  lang: Language,
  opts: UnitsChartOptions = {},
): UnitsChartConfig {
  const palette = opts.palette ?? makePalette(null);
  const rows = unitRows(b);
  const nps = b.statistic === 'nps';
  const labels = rows.map((r) =>
    r.score === null ? reportText(lang, 'unitHidden', { unit: r.label, k: b.k }) : r.label,
  );
  const kinds = [
    { key: 'above', label: reportText(lang, 'unitAbove'), color: palette.brandGraphic },
    { key: 'none', label: reportText(lang, 'unitNoDifference'), color: '#9aa5b1' },
    { key: 'below', label: reportText(lang, 'unitBelow'), color: palette.nps.detractors },
  ] as const;
  const datasets: ChartDataset<'bar', (number | null)[]>[] = kinds.map((k) => ({
    label: k.label,
    data: rows.map((r) => (r.significance === k.key ? r.score : null)),
    backgroundColor: k.color,
    borderWidth: 0,
    borderRadius: 2,
    barPercentage: 0.8,
    categoryPercentage: 0.8,
    grouped: false,
  }));
  const title = reportText(lang, 'unitsChartTitle', {
    question: opts.questionLabel ?? b.questionText,
    variable: b.variableText,
  });
  const subtitle = unitsCaption(b, lang);
  return {
    type: 'bar',
    data: { labels, datasets },
    options: {
      indexAxis: 'y',
      animation: false,
      maintainAspectRatio: false,
      layout: { padding: { right: END_LABEL_ROOM, left: nps ? END_LABEL_ROOM : 0, top: 4, bottom: 4 } },
      scales: {
        x: {
          min: nps ? -100 : 0,
          max: 100,
          grid: { color: palette.grid },
          border: { display: false },
          ticks: { color: palette.muted, font: chartFont(11), stepSize: nps ? 25 : 20 },
          title: {
            display: true,
            text: reportText(lang, nps ? 'axisNps' : 'axisIndex'),
            color: palette.muted,
            font: chartFont(11),
          },
        },
        y: {
          grid: { display: false },
          border: { color: palette.grid },
          ticks: {
            color: rows.map((r) => (r.score === null ? palette.muted : palette.ink)),
            font: chartFont(12),
            autoSkip: false,
          },
        },
      },
      plugins: {
        legend: bottomLegend(palette),
        ...chartHeading(palette, opts.showTitle ?? true, title, subtitle),
        tooltip: { enabled: true },
        valueLabels: {
          display: true,
          lang,
          digits: 0,
          position: 'end',
          format: nps ? 'signed' : 'number',
          colors: [palette.ink],
          insideColor: '#ffffff',
          font: chartFont(12, 'bold'),
        },
      },
    },
  };
}
