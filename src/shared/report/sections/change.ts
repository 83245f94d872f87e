import type { Comparison } from '../../analysis/compare';
import type { DashboardResult } from '../../analysis/dashboard';
import { isSuppressed } from '../../analysis/dashboard';
import type { DriversResult } from '../../analysis/drivers';
import type { CompareOutput } from '../../api/analysis';
import type { ChangeRow } from '../../charts/change';
import {
  changeCaption,
  changeChart,
  changeChartHeight,
  changeSignificance,
  fcrIntervals,
  localTestName,
} from '../../charts/change';
import { rankedDrivers } from '../../charts/drivers';
import type { Palette } from '../../charts/palette';
import { PRINT_CHART_WIDTH } from './touchpoints';
import type { Language } from '../../domain/language';
import { formatNumber, formatPercent, formatSigned, NO_VALUE } from '../../format';
import { reportText } from '../../i18n/report';
import { touchpointNames } from '../analyses';
import type { Finding, ReportSection, TableRow } from '../types';

/** "< 0,001" or "0,012": an adjusted p as the caption prints it. */
export function formatP(p: number, lang: Language): string {
  if (!Number.isFinite(p)) return NO_VALUE;
  return p < 0.001 ? `< ${formatNumber(0.001, lang, 3)}` : formatNumber(p, lang, 3);
}

/** The codes the change chart shows: the touchpoints in journey order, then overall satisfaction. */
function chartedCodes(compare: CompareOutput, d: DashboardResult): string[] {
  const present = new Set(compare.comparisons.map((c) => c.question));
  const codes = d.touchpoints.map((t) => t.questionCode).filter((c) => present.has(c));
  const sat = d.satisfaction && !isSuppressed(d.satisfaction) ? d.satisfaction.questionCode : null;
  return sat && present.has(sat) ? [...codes, sat] : codes;
}

function names(d: DashboardResult, lang: Language): Record<string, string> {
  const n = touchpointNames(d);
  if (d.satisfaction && !isSuppressed(d.satisfaction))
    n[d.satisfaction.questionCode] = reportText(lang, 'kpiSatisfaction');
  if (d.nps && !isSuppressed(d.nps)) n[d.nps.questionCode] = reportText(lang, 'kpiNps');
  return n;
}

function value(c: Comparison, side: 'a' | 'b', lang: Language): string {
  const v = c[side];
  if (isSuppressed(v)) return NO_VALUE;
  if (c.statistic === 'nps') return formatSigned(v.value, lang, 0);
  return c.statistic === 'top2'
    ? formatPercent(v.value, lang, 0)
    : formatNumber(v.value, lang, c.statistic === 'mean' ? 2 : 0);
}

/** The base n of one wave's figure; a suppressed wave shows only that it is under k. */
function base(c: Comparison, side: 'a' | 'b', lang: Language): string {
  const v = c[side];
  return isSuppressed(v) ? NO_VALUE : formatNumber(v.n, lang, 0);
}

/** Chart labels longer than this are shortened (the table beside the chart names every row in full). */
export const CHANGE_LABEL_MAX = 34;

function tableRow(r: ChangeRow, label: string, lang: Language, interval: [number, number] | null): TableRow {
  const c = r.comparison;
  if (c.change === null || !c.test)
    return {
      kind: 'suppressed',
      cells: [
        label,
        value(c, 'a', lang),
        value(c, 'b', lang),
        base(c, 'a', lang),
        base(c, 'b', lang),
        NO_VALUE,
        NO_VALUE,
        NO_VALUE,
      ],
    };
  const digits = c.statistic === 'mean' ? 2 : 1;
  const [lo, hi] = interval ?? c.test.ci95;
  const ci = `${formatSigned(lo, lang, digits)} … ${formatSigned(hi, lang, digits)}`;
  return {
    kind: 'data',
    cells: [
      label,
      value(c, 'a', lang),
      value(c, 'b', lang),
      base(c, 'a', lang),
      base(c, 'b', lang),
      `${formatSigned(c.change, lang, digits)}${r.significant ? ' *' : ''}`,
      ci,
      formatP(r.q, lang),
    ],
  };
}

/** The chapter "What changed since <year>": the chart and a table of every comparison. */
export function changeSection(
  compare: CompareOutput,
  d: DashboardResult,
  lang: Language,
  palette: Palette,
): ReportSection {
  const labels = names(d, lang);
  const codes = chartedCodes(compare, d);
  const rows = changeSignificance(compare);
  const fcr = fcrIntervals(compare);
  const ordered = [...codes, ...compare.comparisons.map((c) => c.question).filter((c) => !codes.includes(c))];
  const table = ordered
    .flatMap((code) => rows.filter((r) => r.comparison.question === code))
    .map((r) => {
      const label = labels[r.comparison.question] ?? r.comparison.questionText;
      const interval = fcr.intervals[compare.comparisons.indexOf(r.comparison)] ?? null;
      return tableRow(r, r.comparison.wordingChanged ? `${label} †` : label, lang, interval);
    });
  return {
    id: 'change',
    title: reportText(lang, 'changeChartTitle', { a: compare.waveA }),
    newPage: true,
    blocks: [
      { kind: 'text', text: reportText(lang, 'changesIntro', { a: compare.waveA }), style: 'body' },
      {
        kind: 'chart',
        id: 'change',
        spec: changeChart(compare, lang, {
          palette,
          showTitle: false,
          labels,
          questions: codes,
          maxLabel: CHANGE_LABEL_MAX,
          intervals: 'fcr',
        }),
        width: PRINT_CHART_WIDTH,
        height: changeChartHeight(codes.length),
        alt: reportText(lang, 'changeChartTitle', { a: compare.waveA }),
      },
      {
        kind: 'table',
        id: 'change',
        columns: [
          { label: reportText(lang, 'colTouchpoint'), align: 'left', width: '*' },
          { label: String(compare.waveA), align: 'right', width: 34 },
          { label: String(compare.waveB), align: 'right', width: 34 },
          { label: `n ${compare.waveA}`, align: 'right', width: 36 },
          { label: `n ${compare.waveB}`, align: 'right', width: 36 },
          { label: reportText(lang, 'colChange'), align: 'right', width: 46 },
          {
            label: reportText(lang, 'colCiLevel', { level: formatNumber(fcr.level * 100, lang, 1) }),
            align: 'right',
            width: 72,
          },
          { label: reportText(lang, 'colQ'), align: 'right', width: 48 },
        ],
        rows: table,
        note: `* ${changeCaption(compare, rows, lang)} ${reportText(lang, 'changeIntervalNote', { level: formatNumber(fcr.level * 100, lang, 1) })} ${reportText(lang, 'colIndex')} 0–100; NPS −100…+100.${
          compare.comparisons.some((c) => c.wordingChanged) ? ` † ${reportText(lang, 'wordingChanged')}` : ''
        }`,
      },
    ],
  };
}

/**
 * The overview's "what changed and why": the biggest significant touchpoint changes, each with its
 * test and, as the reason it matters, the touchpoint's share of what explains overall satisfaction.
 */
export function changeFindings(
  compare: CompareOutput,
  d: DashboardResult,
  drivers: DriversResult | null,
  lang: Language,
  max = 3,
): { items: Finding[]; more: number; none: string | null } {
  const labels = touchpointNames(d);
  const rows = changeSignificance(compare).filter(
    (r) => r.significant && r.comparison.question in labels && r.comparison.statistic !== 'nps',
  );
  rows.sort((a, b) => Math.abs(b.comparison.change ?? 0) - Math.abs(a.comparison.change ?? 0));
  const ranked = drivers ? rankedDrivers(drivers) : [];
  const items = rows.slice(0, max).map((r): Finding => {
    const c = r.comparison;
    const up = (c.change ?? 0) > 0;
    const a = isSuppressed(c.a) ? NaN : c.a.value;
    const b = isSuppressed(c.b) ? NaN : c.b.value;
    const title = reportText(lang, up ? 'changeItemUp' : 'changeItemDown', {
      name: labels[c.question] ?? c.questionText,
      change: formatNumber(Math.abs(c.change ?? 0), lang, 1),
      a: formatNumber(a, lang, 0),
      b: formatNumber(b, lang, 0),
    });
    const rank = ranked.findIndex((x) => x.code === c.question);
    const why =
      rank >= 0
        ? `${reportText(lang, 'changeWhy', { share: formatPercent(ranked[rank]!.shapleyShare, lang, 0), rank: rank + 1, count: ranked.length })} `
        : '';
    const test = reportText(lang, 'changeTest', {
      test: localTestName(c.test?.test ?? '', lang),
      q: formatP(r.q, lang),
    });
    return { marker: up ? 'up' : 'down', title, detail: `${why}${test}.` };
  });
  const tests = [
    ...new Set(compare.comparisons.flatMap((c) => (c.test ? [localTestName(c.test.test, lang)] : []))),
  ].join(', ');
  return {
    items,
    more: Math.max(0, rows.length - max),
    none:
      rows.length === 0 ? reportText(lang, 'changeNoneSignificant', { year: compare.waveA, tests }) : null,
  };
}
