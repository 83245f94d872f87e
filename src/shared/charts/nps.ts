import type { ChartConfiguration } from 'chart.js';
import type { NpsSummary } from '../analysis/dashboard';
import type { Language } from '../domain/language';
import { formatMargin, formatSigned } from '../format';
import { reportText } from '../i18n/report';
import type { Palette } from './palette';
import { makePalette } from './palette';
import { bottomLegend, chartFont, chartHeading } from './theme';

export type NpsChartConfig = ChartConfiguration<'bar', number[], string>;

/**
 * Percentages of detractors, passives and promoters. Normalised by their sum, so the chart is right
 * whether the summary carries shares, percentages or counts, and always fills exactly 100 %.
 */
export function npsShares(nps: NpsSummary): { detractors: number; passives: number; promoters: number } {
  const total = nps.detractors + nps.passives + nps.promoters;
  if (!(total > 0)) return { detractors: 0, passives: 0, promoters: 0 };
  return {
    detractors: (100 * nps.detractors) / total,
    passives: (100 * nps.passives) / total,
    promoters: (100 * nps.promoters) / total,
  };
}

/** The NPS headline: "Net Promoter Score +23" (the margin follows in the subtitle). */
export function npsHeadline(nps: NpsSummary, lang: Language): string {
  return reportText(lang, 'npsChartTitle', {
    nps: formatSigned(nps.nps, lang, 0),
  });
}

/**
 * One 100 % stacked bar: detractors | passives | promoters, with the NPS and its 95 % margin in the
 * title and n in the subtitle, so the chart is complete when seen alone on a projector.
 */
export function npsChart(
  nps: NpsSummary,
  lang: Language,
  opts: { palette?: Palette; showTitle?: boolean } = {},
): NpsChartConfig {
  const palette = opts.palette ?? makePalette(null);
  const shares = npsShares(nps);
  const parts = [
    { key: 'detractors', label: reportText(lang, 'detractors'), value: shares.detractors },
    { key: 'passives', label: reportText(lang, 'passives'), value: shares.passives },
    { key: 'promoters', label: reportText(lang, 'promoters'), value: shares.promoters },
  ] as const;
  const showTitle = opts.showTitle ?? true;
  return {
    type: 'bar',
    data: {
      labels: [reportText(lang, 'npsBarLabel')],
      datasets: parts.map((p) => ({
        label: p.label,
        data: [p.value],
        backgroundColor: palette.nps[p.key],
        borderColor: '#ffffff',
        borderWidth: { right: 2 },
        borderSkipped: false,
        stack: 'nps',
        barPercentage: 1,
        categoryPercentage: 1,
      })),
    },
    options: {
      indexAxis: 'y',
      animation: false,
      maintainAspectRatio: false,
      layout: { padding: { left: 2, right: 2 } },
      scales: {
        x: { stacked: true, min: 0, max: 100, display: false },
        y: { stacked: true, display: false },
      },
      plugins: {
        ...chartHeading(
          palette,
          showTitle,
          npsHeadline(nps, lang),
          reportText(lang, 'npsChartCaption', {
            margin: formatMargin(nps.margin95, lang, 1),
            n: nps.n,
          }),
        ),
        legend: bottomLegend(palette),
        tooltip: { enabled: true },
        valueLabels: {
          display: true,
          lang,
          digits: 0,
          position: 'center',
          format: 'percent100',
          colors: [palette.onNps.detractors, palette.onNps.passives, palette.onNps.promoters],
          font: chartFont(13, 'bold'),
        },
      },
    },
  };
}
