import type { DashboardResult } from '../../analysis/dashboard';
import type { Palette } from '../../charts/palette';
import {
  journeyRows,
  reportableTouchpoints,
  touchpointChart,
  touchpointChartSize,
} from '../../charts/touchpoint';
import type { Language } from '../../domain/language';
import { formatNumber, formatPercent, NO_VALUE } from '../../format';
import { reportText } from '../../i18n/report';
import type { ReportSection, TableBlock, TableRow } from '../types';

/** Chart width in CSS px: at A4 text width it prints the 12 px labels at about 9 pt. */
export const PRINT_CHART_WIDTH = 660;

function touchpointTable(d: DashboardResult, lang: Language): TableBlock {
  const rows: TableRow[] = [];
  let stage: string | null = null;
  for (const t of d.touchpoints) {
    if (t.stageText && t.stageText !== stage)
      rows.push({ cells: [t.stageText, '', '', '', '', ''], kind: 'group' });
    stage = t.stageText;
    const name = t.touchpointText ?? t.text;
    if (t.n < d.anonymityK) {
      // Anonymity: not even n is printed, only that it is below k.
      rows.push({
        cells: [name, NO_VALUE, NO_VALUE, NO_VALUE, NO_VALUE, `< ${d.anonymityK}`],
        kind: 'suppressed',
      });
      continue;
    }
    rows.push({
      kind: 'data',
      cells: [
        name,
        formatNumber(t.index, lang, 0),
        formatNumber(t.mean, lang, 2),
        `${formatNumber(t.ci95[0], lang, 2)}–${formatNumber(t.ci95[1], lang, 2)}`,
        formatPercent(t.top2Box, lang, 0),
        formatNumber(t.n, lang, 0),
      ],
    });
  }
  const anySuppressed = rows.some((r) => r.kind === 'suppressed');
  return {
    kind: 'table',
    id: 'touchpoints',
    columns: [
      { label: reportText(lang, 'colTouchpoint'), align: 'left', width: '*' },
      { label: reportText(lang, 'colIndex'), align: 'right', width: 44 },
      { label: reportText(lang, 'colMean'), align: 'right', width: 44 },
      { label: reportText(lang, 'colCi'), align: 'right', width: 64 },
      { label: reportText(lang, 'colTop2'), align: 'right', width: 44 },
      { label: reportText(lang, 'colN'), align: 'right', width: 36 },
    ],
    rows,
    note: anySuppressed ? `${NO_VALUE} ${reportText(lang, 'suppressed', { k: d.anonymityK })}` : null,
  };
}

export function touchpointsSection(
  d: DashboardResult,
  lang: Language,
  palette: Palette,
): ReportSection | null {
  if (d.touchpoints.length === 0) return null;
  const shown = reportableTouchpoints(d);
  const blocks: ReportSection['blocks'] = [
    { kind: 'text', text: reportText(lang, 'touchpointsIntro'), style: 'body' },
  ];
  if (shown.length > 0) {
    // Tighter rows than on screen, so the chart and its table share one A4 page.
    const rows = journeyRows(shown);
    const screen = touchpointChartSize(rows, PRINT_CHART_WIDTH);
    const size = { width: PRINT_CHART_WIDTH, height: Math.round(44 + (screen.height - 56) * 0.74) };
    blocks.push({
      kind: 'chart',
      id: 'touchpoints',
      spec: touchpointChart(d, lang, { palette, showTitle: false }),
      ...size,
      alt: reportText(lang, 'touchpointChartTitle'),
    });
  }
  blocks.push(touchpointTable(d, lang));
  return { id: 'touchpoints', title: reportText(lang, 'touchpoints'), newPage: true, blocks };
}
