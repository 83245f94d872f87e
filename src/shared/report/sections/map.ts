import type { DriversResult, MapPoint, MapResult } from '../../analysis/drivers';
import { rankedDrivers } from '../../charts/drivers';
import {
  crosshairValues,
  importanceMapChart,
  mapImportance,
  quadrantLabel,
} from '../../charts/importance-map';
import type { Palette } from '../../charts/palette';
import type { Language } from '../../domain/language';
import { formatNumber, formatPercent, formatSigned, NO_VALUE } from '../../format';
import { reportText } from '../../i18n/report';
import type { Finding, ReportSection, TableRow } from '../types';
import { PRINT_CHART_WIDTH } from './touchpoints';

/** Importance as the report prints it: a stated index, or a derived share in percent. */
function importanceText(map: MapResult, p: MapPoint, lang: Language): string {
  const v = mapImportance(map, p.importance);
  return map.importanceSource === 'derived' ? `${formatNumber(v, lang, 0)} %` : formatNumber(v, lang, 0);
}

/** The order of the quadrants in the priority rule: what to fix first comes first. */
const QUADRANT_RANK: Record<MapPoint['quadrant'], number> = {
  concentrate: 0,
  keepUp: 1,
  lowPriority: 2,
  overkill: 3,
};

/**
 * The report's one priority rule, used by the summary, the map chapter and its table: first the
 * quadrant ("concentrate here" before "keep up the good work", "low priority", "possible overkill"),
 * then within a quadrant the gap (importance minus performance, largest first). So a touchpoint ranked
 * above another is never in a quadrant that says it matters less.
 */
export function byPriority(map: MapResult): MapPoint[] {
  return [...map.points].sort(
    (a, b) =>
      QUADRANT_RANK[a.quadrant] - QUADRANT_RANK[b.quadrant] || b.gap - a.gap || a.priority - b.priority,
  );
}

/** Derived importance of each touchpoint (share of explained variance) and its rank, by question code. */
export type DerivedImportance = Map<string, { share: number; rank: number; count: number }>;

export function derivedImportance(drivers: DriversResult | null): DerivedImportance {
  const out: DerivedImportance = new Map();
  if (!drivers) return out;
  const ranked = rankedDrivers(drivers);
  ranked.forEach((d, i) => out.set(d.code, { share: d.shapleyShare, rank: i + 1, count: ranked.length }));
  return out;
}

/**
 * Stated and derived importance disagree when a touchpoint is in the top third by one and the bottom
 * third by the other (ranks among the touchpoints on the map).
 */
export function importanceDisagrees(map: MapResult, derived: DerivedImportance, p: MapPoint): boolean {
  const d = derived.get(p.code);
  if (map.importanceSource !== 'stated' || !d) return false;
  const stated = [...map.points].sort((a, b) => b.importance - a.importance);
  const statedRank = stated.findIndex((x) => x.code === p.code) + 1;
  const third = (rank: number, count: number) =>
    rank <= count / 3 ? 'top' : rank > (2 * count) / 3 ? 'bottom' : 'mid';
  const a = third(statedRank, stated.length);
  const b = third(d.rank, d.count);
  return (a === 'top' && b === 'bottom') || (a === 'bottom' && b === 'top');
}

/** An importance value (a point's or the crosshair's) as the report prints it. */
function importanceValue(map: MapResult, importance: number, lang: Language): string {
  const v = mapImportance(map, importance);
  return map.importanceSource === 'derived' ? `${formatNumber(v, lang, 0)} %` : formatNumber(v, lang, 0);
}

/**
 * "Fix these first" for the overview: the "concentrate here" points in the order of the priority
 * rule. Each sentence compares the point with the averages it prints, and is only made when true of
 * them as printed (a point on the crosshair's line is left out rather than called "below").
 */
export function priorityFindings(map: MapResult, lang: Language, max = 3): Finding[] {
  const c = map.crosshair;
  const shownAs = (v: number) => Number(formatNumber(v, 'en', 0).replace(/,/g, ''));
  const perfAvg = formatNumber(c.performance, lang, 0);
  const impAvg = importanceValue(map, c.importance, lang);
  return byPriority(map)
    .filter(
      (p) =>
        p.quadrant === 'concentrate' &&
        shownAs(p.performance) < shownAs(c.performance) &&
        importanceValue(map, p.importance, lang) !== impAvg &&
        p.importance > c.importance,
    )
    .slice(0, max)
    .map((p) => ({
      marker: 'priority',
      title: p.text,
      detail: reportText(lang, 'priorityItem', {
        importance: importanceText(map, p, lang),
        importanceAvg: impAvg,
        performance: formatNumber(p.performance, lang, 0),
        performanceAvg: perfAvg,
      }),
    }));
}

function priorityTable(
  map: MapResult,
  derived: DerivedImportance,
  lang: Language,
): ReportSection['blocks'][number] {
  const withDerived = map.importanceSource === 'stated' && derived.size > 0;
  const rows: TableRow[] = byPriority(map).map((p, i) => {
    const d = derived.get(p.code);
    const derivedCell = d
      ? `${formatPercent(d.share, lang, 0)}${importanceDisagrees(map, derived, p) ? ' ≠' : ''}`
      : NO_VALUE;
    return {
      kind: 'data',
      cells: [
        String(i + 1),
        p.text,
        quadrantLabel(p.quadrant, lang),
        importanceText(map, p, lang),
        ...(withDerived ? [derivedCell] : []),
        formatNumber(p.performance, lang, 0),
        formatSigned(p.gap, lang, 1),
        formatNumber(p.n, lang, 0),
      ],
    };
  });
  const anyDisagree = withDerived && map.points.some((p) => importanceDisagrees(map, derived, p));
  return {
    kind: 'table',
    id: 'priority',
    columns: [
      { label: reportText(lang, 'colRank'), align: 'right', width: 20 },
      { label: reportText(lang, 'colTouchpoint'), align: 'left', width: '*' },
      { label: reportText(lang, 'colQuadrant'), align: 'left', width: withDerived ? 78 : 110 },
      {
        label: reportText(lang, withDerived ? 'colStated' : 'colImportance'),
        align: 'right',
        width: withDerived ? 40 : 50,
      },
      ...(withDerived ? [{ label: reportText(lang, 'colDerived'), align: 'right' as const, width: 42 }] : []),
      { label: reportText(lang, 'colPerformance'), align: 'right', width: 58 },
      { label: reportText(lang, 'colGap'), align: 'right', width: 44 },
      { label: reportText(lang, 'colN'), align: 'right', width: 26 },
    ],
    rows,
    note: [
      reportText(lang, 'priorityRule'),
      ...(withDerived ? [reportText(lang, 'priorityDerived')] : []),
      ...(anyDisagree ? [reportText(lang, 'priorityDisagree')] : []),
    ].join(' '),
  };
}

/** The chapter "Where to act": the map and the priority list. */
export function mapSection(
  map: MapResult,
  k: number,
  lang: Language,
  palette: Palette,
  names: Record<string, string> = {},
  drivers: DriversResult | null = null,
): ReportSection | null {
  if (map.points.length === 0) return null;
  const blocks: ReportSection['blocks'] = [
    {
      kind: 'text',
      text: reportText(lang, map.importanceSource === 'derived' ? 'mapIntroDerived' : 'mapIntroStated'),
      style: 'body',
    },
    {
      kind: 'chart',
      id: 'map',
      spec: importanceMapChart(map, lang, { palette, showTitle: false }),
      width: PRINT_CHART_WIDTH,
      height: 430,
      alt: reportText(lang, 'mapChartTitle'),
    },
    { kind: 'text', text: reportText(lang, 'mapCrosshairNote', crosshairValues(map, lang)), style: 'note' },
  ];
  if (map.suppressed.length > 0) {
    blocks.push({
      kind: 'text',
      text: reportText(lang, 'mapSuppressedNote', { count: map.suppressed.length, k }),
      style: 'note',
    });
  }
  const onMap = new Set([...map.points.map((p) => p.code), ...map.suppressed.map((s) => s.code)]);
  const missing = Object.entries(names)
    .filter(([code]) => !onMap.has(code))
    .map(([, name]) => name);
  if (missing.length > 0)
    blocks.push({
      kind: 'text',
      text: reportText(lang, 'mapMissingNote', { names: missing.join(', ') }),
      style: 'note',
    });
  blocks.push(
    { kind: 'text', text: reportText(lang, 'priorityTitle'), style: 'lead' },
    priorityTable(map, derivedImportance(drivers), lang),
  );
  return { id: 'map', title: reportText(lang, 'map'), newPage: true, blocks };
}
