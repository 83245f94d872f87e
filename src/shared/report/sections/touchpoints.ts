import type { DashboardResult, RatingSummary } from '../../analysis/dashboard';
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
import { withWholeColumn } from './whole';

/** Chart width in CSS px: at A4 text width it prints the 12 px labels at about 9 pt. */
export const PRINT_CHART_WIDTH = 660;
/**
 * Tallest chart in CSS px at PRINT_CHART_WIDTH: about 600 pt on A4, which leaves room on the page
 * for the chapter heading and its intro. A longer journey is split over several charts.
 */
export const PRINT_CHART_MAX_HEIGHT = 820;
/** Chart labels longer than this are shortened; the table below prints every name in full. */
export const PRINT_LABEL_MAX = 56;
const PRINT_WRAP = 32;

/**
 * The touchpoints in page-sized shares: each share's chart, drawn with its stage headings, fits
 * PRINT_CHART_MAX_HEIGHT, and a stage continued from the previous share repeats its heading.
 */
export function touchpointPages(
  items: RatingSummary[],
  maxHeight = PRINT_CHART_MAX_HEIGHT,
): RatingSummary[][] {
  const pages: RatingSummary[][] = [];
  let page: RatingSummary[] = [];
  const height = (list: RatingSummary[]) =>
    touchpointChartSize(journeyRows(list, PRINT_WRAP, PRINT_LABEL_MAX), PRINT_CHART_WIDTH).height;
  for (const t of items) {
    if (page.length > 0 && height([...page, t]) > maxHeight) {
      pages.push(page);
      page = [];
    }
    page.push(t);
  }
  if (page.length > 0) pages.push(page);
  return pages;
}

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
  whole?: DashboardResult,
): ReportSection | null {
  if (d.touchpoints.length === 0) return null;
  const shown = reportableTouchpoints(d);
  const blocks: ReportSection['blocks'] = [
    { kind: 'text', text: reportText(lang, 'touchpointsIntro'), style: 'body' },
  ];
  if (shown.length > 0) {
    const pages = touchpointPages(shown);
    pages.forEach((items, i) => {
      const size = touchpointChartSize(journeyRows(items, PRINT_WRAP, PRINT_LABEL_MAX), PRINT_CHART_WIDTH);
      blocks.push({
        kind: 'chart',
        id: i === 0 ? 'touchpoints' : `touchpoints-${i + 1}`,
        spec: touchpointChart(d, lang, {
          palette,
          showTitle: false,
          items,
          wrapAt: PRINT_WRAP,
          maxLabel: PRINT_LABEL_MAX,
        }),
        ...size,
        alt: reportText(lang, 'touchpointChartTitle'),
      });
    });
    if (shown.some((t) => [...(t.touchpointText ?? t.text)].length > PRINT_LABEL_MAX))
      blocks.push({ kind: 'text', text: reportText(lang, 'touchpointNamesShortened'), style: 'note' });
  }
  const table = touchpointTable(d, lang);
  blocks.push(whole ? withWholeColumn(table, d, whole, lang) : table);
  return { id: 'touchpoints', title: reportText(lang, 'touchpoints'), newPage: true, blocks };
}
