import type { MapPoint, MapResult } from '../../analysis/drivers';
import { importanceMapChart, mapImportance, quadrantLabel } from '../../charts/importance-map';
import type { Palette } from '../../charts/palette';
import type { Language } from '../../domain/language';
import { formatNumber, formatSigned } from '../../format';
import { reportText } from '../../i18n/report';
import type { Finding, ReportSection, TableRow } from '../types';
import { PRINT_CHART_WIDTH } from './touchpoints';

/** Importance as the report prints it: a stated index, or a derived share in percent. */
function importanceText(map: MapResult, p: MapPoint, lang: Language): string {
  const v = mapImportance(map, p.importance);
  return map.importanceSource === 'derived' ? `${formatNumber(v, lang, 0)} %` : formatNumber(v, lang, 0);
}

/** Points by priority (1 = the largest gap: importance furthest ahead of performance). */
export function byPriority(map: MapResult): MapPoint[] {
  return [...map.points].sort((a, b) => a.priority - b.priority);
}

/** "Fix these first" for the overview: the "concentrate here" points, most urgent first. */
export function priorityFindings(map: MapResult, lang: Language, max = 3): Finding[] {
  return byPriority(map)
    .filter((p) => p.quadrant === 'concentrate')
    .slice(0, max)
    .map((p) => ({
      marker: 'priority',
      title: p.text,
      detail: reportText(lang, 'priorityItem', {
        importance: importanceText(map, p, lang),
        performance: formatNumber(p.performance, lang, 0),
      }),
    }));
}

function priorityTable(map: MapResult, lang: Language): ReportSection['blocks'][number] {
  const rows: TableRow[] = byPriority(map).map((p) => ({
    kind: 'data',
    cells: [
      String(p.priority),
      p.text,
      quadrantLabel(p.quadrant, lang),
      importanceText(map, p, lang),
      formatNumber(p.performance, lang, 0),
      formatSigned(p.gap, lang, 2),
    ],
  }));
  return {
    kind: 'table',
    id: 'priority',
    columns: [
      { label: reportText(lang, 'colRank'), align: 'right', width: 22 },
      { label: reportText(lang, 'colTouchpoint'), align: 'left', width: '*' },
      { label: reportText(lang, 'colQuadrant'), align: 'left', width: 120 },
      { label: reportText(lang, 'colImportance'), align: 'right', width: 56 },
      { label: reportText(lang, 'colPerformance'), align: 'right', width: 62 },
      { label: reportText(lang, 'colGap'), align: 'right', width: 36 },
    ],
    rows,
    note: reportText(lang, 'priorityNote'),
  };
}

/** The chapter "Where to act": the map and the priority list. */
export function mapSection(
  map: MapResult,
  k: number,
  lang: Language,
  palette: Palette,
  names: Record<string, string> = {},
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
    priorityTable(map, lang),
  );
  return { id: 'map', title: reportText(lang, 'map'), newPage: true, blocks };
}
