/**
 * driversChart(drivers: DriversResult, lang: Language, opts?: DriversChartOptions): DriversChartConfig
 *
 * Key drivers as horizontal bars, largest first: each driver's Shapley/LMG share of R² (or Johnson's
 * relative-weight share) in percent, with the bootstrap interval as a thin floating bar (whisker)
 * when the result carries one. The subtitle states R², n and the missing-value handling, so the chart
 * is complete on its own. Plain JSON.
 */
import type { ChartConfiguration, ChartDataset } from 'chart.js';
import type { DriverRow, DriversResult } from '../analysis/drivers';
import type { Language } from '../domain/language';
import { formatNumber } from '../format';
import { reportText } from '../i18n/report';
import type { Palette } from './palette';
import { makePalette } from './palette';
import { chartFont, chartHeading } from './theme';
import { wrapLabel } from './touchpoint';
import { END_LABEL_ROOM } from './value-labels';

export type DriverBar = number | [number, number] | null;
export type DriversChartConfig = ChartConfiguration<'bar', DriverBar[], string | string[]>;

export type DriversChartOptions = {
  /** `shapley` (Shapley/LMG share of R², default) or `relativeWeight` (Johnson 2000). */
  measure?: 'shapley' | 'relativeWeight';
  palette?: Palette;
  showTitle?: boolean;
  /** A short name of the outcome for the title ("overall satisfaction"); default its question text. */
  outcomeLabel?: string;
  /** Show only the largest `top` drivers. */
  top?: number;
  wrapAt?: number;
};

function share(d: DriverRow, measure: 'shapley' | 'relativeWeight'): number {
  return 100 * (measure === 'shapley' ? d.shapleyShare : d.relativeWeightShare);
}

/** Drivers sorted by their share, largest first (ties by code, so the order is stable). */
export function rankedDrivers(
  r: DriversResult,
  measure: 'shapley' | 'relativeWeight' = 'shapley',
): DriverRow[] {
  return [...r.drivers].sort((a, b) => share(b, measure) - share(a, measure) || (a.code < b.code ? -1 : 1));
}

/** "R² = 0,63 · n = 291 · pairwise deletion (n 291–451)" in the language. */
export function driversCaption(r: DriversResult, lang: Language): string {
  const m = r.missingHandling;
  const missing =
    m.method === 'listwise'
      ? reportText(lang, 'missingListwise', { excluded: formatNumber(m.excluded, lang, 0) })
      : reportText(lang, 'missingPairwise', {
          min: formatNumber(m.minN, lang, 0),
          max: formatNumber(m.maxN, lang, 0),
        });
  return reportText(lang, 'driversCaption', {
    r2: formatNumber(r.r2, lang, 2),
    n: formatNumber(r.n, lang, 0),
    missing,
  });
}

/**
 * How R² was shared, in the language: exact Shapley, Owen values over the journey stages, or
 * sampled Shapley with its orders, seed and largest Monte-Carlo standard error (of the shares).
 */
export function decompositionNote(r: DriversResult, lang: Language): string {
  const m = r.shapleyMethod;
  const p = formatNumber(r.drivers.length, lang, 0);
  switch (m.method) {
    case 'shapley-exact':
      return reportText(lang, 'driversExact', { p });
    case 'owen-stages':
      return reportText(lang, 'driversOwen', { p, groups: formatNumber(m.groups.length, lang, 0) });
    case 'shapley-sampled': {
      const worst = Math.max(0, ...r.drivers.map((d) => (r.r2 > 0 ? (d.shapleySe ?? 0) / r.r2 : 0)));
      return reportText(lang, 'driversSampled', {
        p,
        permutations: formatNumber(m.permutations, lang, 0),
        seed: m.seed,
        se: formatNumber(100 * worst, lang, 1),
      });
    }
  }
}

/** Pixel height that gives every driver row the same room. */
export function driversChartHeight(rows: number): number {
  return 64 + Math.max(1, rows) * 20;
}

export function driversChart(
  r: DriversResult,
  lang: Language,
  opts: DriversChartOptions = {},
): DriversChartConfig {
  const palette = opts.palette ?? makePalette(null);
  const measure = opts.measure ?? 'shapley';
  const rows = rankedDrivers(r, measure).slice(0, opts.top ?? r.drivers.length);
  const labels = rows.map((d) => {
    const lines = wrapLabel(d.touchpointText ?? d.text, opts.wrapAt ?? 40);
    return lines.length === 1 ? (lines[0] ?? '') : lines;
  });
  const values = rows.map((d) => share(d, measure));
  const datasets: ChartDataset<'bar', DriverBar[]>[] = [
    {
      label: reportText(lang, measure === 'shapley' ? 'driversAxisShapley' : 'driversAxisRw'),
      data: values,
      backgroundColor: palette.brandGraphic,
      borderWidth: 0,
      borderRadius: 2,
      barPercentage: 0.8,
      categoryPercentage: 0.8,
      grouped: false,
      order: 1,
    },
  ];
  const withCi = rows.every((d) => d.ci !== undefined);
  if (withCi) {
    const ci = rows.map((d): [number, number] => {
      const c = measure === 'shapley' ? d.ci!.shapleyShare : d.ci!.relativeWeightShare;
      return [100 * c.lower, 100 * c.upper];
    });
    datasets.push({
      label: reportText(lang, 'ciLabel', {
        level: formatNumber(100 * (r.bootstrap?.level ?? 0.95), lang, 0),
      }),
      data: ci,
      backgroundColor: '#52606d',
      barThickness: 2,
      grouped: false,
      order: 2,
    });
  }
  const top = Math.max(
    ...values,
    ...(withCi
      ? rows.map(
          (d) => 100 * (measure === 'shapley' ? d.ci!.shapleyShare.upper : d.ci!.relativeWeightShare.upper),
        )
      : []),
    5,
  );
  const title = reportText(lang, 'driversChartTitle', { outcome: opts.outcomeLabel ?? r.outcomeText });
  return {
    type: 'bar',
    data: { labels, datasets },
    options: {
      indexAxis: 'y',
      animation: false,
      maintainAspectRatio: false,
      layout: { padding: { right: END_LABEL_ROOM, top: 4, bottom: 4 } },
      scales: {
        x: {
          min: 0,
          max: Math.ceil(top / 5) * 5,
          grid: { color: palette.grid },
          border: { display: false },
          ticks: { color: palette.muted, font: chartFont(11), stepSize: 5 },
          title: { display: true, text: datasets[0]!.label ?? '', color: palette.muted, font: chartFont(11) },
        },
        y: {
          grid: { display: false },
          border: { color: palette.grid },
          ticks: { color: palette.ink, font: chartFont(12), autoSkip: false },
        },
      },
      plugins: {
        legend: { display: false },
        ...chartHeading(palette, opts.showTitle ?? true, title, driversCaption(r, lang)),
        tooltip: { enabled: true },
        valueLabels: {
          display: true,
          lang,
          digits: 0,
          position: 'end',
          format: 'percent100',
          colors: [palette.ink],
          insideColor: palette.onBrand,
          font: chartFont(12, 'bold'),
          ...(withCi ? { whiskers: 1 } : {}),
        },
      },
    },
  };
}
