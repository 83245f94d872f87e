import type { TrendResult, TrendSeries, TrendTest } from '../../analysis/trend';
import { isTrendValue } from '../../analysis/trend';
import { significance, trendCaption, trendChart, trendChartHeight, trendYears } from '../../charts/trend';
import { localTestName } from '../../charts/change';
import type { Palette } from '../../charts/palette';
import type { Language } from '../../domain/language';
import { formatNumber, formatSigned, NO_VALUE } from '../../format';
import { reportText } from '../../i18n/report';
import type { ReportBlock, ReportSection, TableRow } from '../types';
import { PRINT_CHART_WIDTH } from './touchpoints';

/** Waves from which the trend gets a chapter of its own (two waves are the change chapter). */
export const TREND_MIN_WAVES = 3;
/** Wave columns the table prints at most (the newest ones); the charts show every wave. */
export const TREND_TABLE_WAVES = 8;

/** A figure as the table prints it: index whole points, NPS signed. */
export function trendValueText(s: TrendSeries, v: number, lang: Language): string {
  return s.unit === 'nps' ? formatSigned(v, lang, 0) : formatNumber(v, lang, 0);
}

/** A change with its significance star ("+8,7 *"), or "–" when not tested. */
export function trendChangeText(t: TrendTest | null, lang: Language): string {
  if (!t || !Number.isFinite(t.diff)) return NO_VALUE;
  return `${formatSigned(t.diff, lang, 1)}${t.significant ? ' *' : ''}`;
}

/** The display name of a series: KPIs by their report names, touchpoints by theirs; † for wording. */
export function trendLabel(s: TrendSeries, lang: Language): string {
  const name =
    s.key === 'satisfaction'
      ? reportText(lang, 'kpiSatisfaction')
      : s.key === 'nps'
        ? reportText(lang, 'kpiNps')
        : s.key === 'loyalty'
          ? reportText(lang, 'trendLoyalty')
          : s.label;
  return s.wordingChanges.length ? `${name} †` : name;
}

/** "Overall satisfaction 2027 ▲ +8,5; …" — every significant change against the previous wave. */
export function significantText(series: TrendSeries[], lang: Language): string {
  const list = series.flatMap((s) =>
    s.waves.flatMap((p) => {
      const dir = significance(p);
      if (!dir || !isTrendValue(p) || !p.vsPrevious) return [];
      const mark = dir === 'up' ? '▲' : '▼';
      return [
        `${trendLabel(s, lang).replace(/ †$/, '')} ${p.year} ${mark} ${formatSigned(p.vsPrevious.diff, lang, 1)}`,
      ];
    }),
  );
  return list.length
    ? reportText(lang, 'trendSigList', { list: list.join('; ') })
    : reportText(lang, 'trendSigNone');
}

function row(s: TrendSeries, years: number[], lang: Language): TableRow {
  const at = (y: number) => s.waves.find((w) => w.year === y);
  const last = at(years[years.length - 1]!);
  const cells = [
    trendLabel(s, lang),
    ...years.map((y) => {
      const p = at(y);
      return p && isTrendValue(p) ? trendValueText(s, p.value, lang) : NO_VALUE;
    }),
    trendChangeText(last && isTrendValue(last) ? last.vsPrevious : null, lang),
    trendChangeText(last && isTrendValue(last) ? last.vsFirst : null, lang),
  ];
  return { kind: last && isTrendValue(last) ? 'data' : 'suppressed', cells };
}

/**
 * The chapter "Trend over all waves": the index KPIs and NPS as line charts with the significant
 * changes against the previous wave marked, then every KPI and touchpoint by wave with the newest
 * wave's change against the previous and the first. Null below TREND_MIN_WAVES waves.
 */
export function trendSection(t: TrendResult, lang: Language, palette: Palette): ReportSection | null {
  const all = trendYears(t);
  if (all.length < TREND_MIN_WAVES) return null;
  const years = all.slice(-TREND_TABLE_WAVES);
  const first = all[0]!;
  const last = all[all.length - 1]!;
  const previous = all[all.length - 2]!;
  const labels = Object.fromEntries(t.kpis.map((s) => [s.key, trendLabel(s, lang).replace(/ †$/, '')]));
  const charts: ReportBlock[] = (['index', 'nps'] as const).flatMap((unit): ReportBlock[] => {
    const series = t.kpis.filter((s) => s.unit === unit);
    if (series.length === 0) return [];
    const title = reportText(lang, unit === 'nps' ? 'trendNpsChartTitle' : 'trendKpiChartTitle');
    return [
      { kind: 'text', text: title, style: 'lead' },
      {
        kind: 'text',
        text: `${significantText(series, lang)} ${trendCaption(t, lang, series)}`,
        style: 'body',
      },
      {
        kind: 'chart',
        id: `trend-${unit}`,
        spec: trendChart(t, lang, { palette, unit, series, labels, showTitle: false, title }),
        width: PRINT_CHART_WIDTH,
        height: Math.round(trendChartHeight(series.length + 2) * 0.8),
        alt: title,
      },
    ];
  });
  const tests = [...new Set([...t.kpis, ...t.touchpoints].map((s) => s.unit))]
    .sort()
    .map((u) => localTestName(t.tests[u], lang))
    .join(', ');
  const wording = [...t.kpis, ...t.touchpoints].some((s) => s.wordingChanges.length > 0);
  return {
    id: 'trend',
    title: reportText(lang, 'trendTitle'),
    newPage: true,
    blocks: [
      { kind: 'text', text: reportText(lang, 'trendIntro', { first, last }), style: 'body' },
      ...charts,
      {
        kind: 'table',
        id: 'trend',
        title: reportText(lang, 'trendTableTitle'),
        columns: [
          { label: reportText(lang, 'colTouchpoint'), align: 'left', width: '*' },
          ...years.map((y) => ({ label: String(y), align: 'right' as const, width: 34 })),
          { label: reportText(lang, 'trendColVsPrevious', { year: previous }), align: 'right', width: 48 },
          { label: reportText(lang, 'trendColVsFirst', { year: first }), align: 'right', width: 62 },
        ],
        rows: [...t.kpis, ...t.touchpoints].map((s) => row(s, years, lang)),
        note: `${reportText(lang, 'trendTableNote', {
          last,
          tests,
          alpha: formatNumber(100 * t.adjustment.alpha, lang, 0),
          k: t.anonymityK,
        })}${wording ? ` ${reportText(lang, 'trendWording')}` : ''}`,
      },
    ],
  };
}
