import type { BreakdownResult, Cell, CrossedBreakdownResult, GroupRow } from '../../analysis/breakdown';
import type { DashboardResult, Suppressed } from '../../analysis/dashboard';
import { isSuppressed } from '../../analysis/dashboard';
import { suppressionText } from '../../privacy/suppression-text';
import type { UnitSummary } from '../../analysis/units';
import { localTestName } from '../../charts/change';
import type { Palette } from '../../charts/palette';
import { unitRows, unitsCaption, unitsChart, unitsChartHeight } from '../../charts/units';
import type { Language } from '../../domain/language';
import { formatNumber, formatSigned, NO_VALUE } from '../../format';
import { reportText } from '../../i18n/report';
import type { ReportAnalyses } from '../analyses';
import { touchpointNames } from '../analyses';
import type { ReportBlock, ReportSection, TableBlock, TableRow } from '../types';
import { PRINT_CHART_WIDTH } from './touchpoints';

function score(c: Cell | Suppressed, lang: Language): string {
  if (isSuppressed(c)) return NO_VALUE;
  return c.kind === 'nps' ? formatSigned(c.nps, lang, 0) : formatNumber(c.index, lang, 0);
}

/** A cell's score with its base: "72 (31)"; a hidden cell shows only "–", not even n. */
function scoreN(c: Cell | Suppressed, lang: Language): string {
  return isSuppressed(c) ? NO_VALUE : `${score(c, lang)} (${formatNumber(c.n, lang, 0)})`;
}

/** The unit's test against the other units in the question's breakdown, when it was tested. */
function unitTest(tables: BreakdownResult[], question: string, code: string): GroupRow['test'] {
  return tables.find((t) => t.question === question)?.groups.find((g) => g.code === code)?.test ?? null;
}

function bestTable(
  summaries: UnitSummary[],
  tables: BreakdownResult[],
  names: Record<string, string>,
  k: number,
  lang: Language,
): TableBlock {
  const tests = new Set<string>();
  const rows: TableRow[] = summaries
    .filter((s) => s.question in names)
    .map((s) => {
      // "Best" / "weakest" only with a test that says so: * marks a significant difference in the
      // direction shown (above the rest for the highest unit, below it for the lowest).
      const unit = (u: UnitSummary['best'], direction: 1 | -1) => {
        if (!u) return NO_VALUE;
        const t = unitTest(tables, s.question, u.code);
        if (t) tests.add(t.test);
        const sig = t?.significant === true && Math.sign(t.diff) === direction;
        return `${u.label} ${formatNumber(u.score, lang, 0)} (${formatNumber(u.n, lang, 0)})${sig ? ' *' : ''}`;
      };
      const c = s.consistency;
      return {
        kind: s.best ? 'data' : 'suppressed',
        cells: [
          names[s.question] ?? s.questionText,
          unit(s.best, 1),
          unit(s.worst, -1),
          formatNumber(c.range, lang, 0),
          formatNumber(c.sd, lang, 1),
          String(c.units),
        ],
      };
    });
  return {
    kind: 'table',
    id: 'units-best',
    columns: [
      { label: reportText(lang, 'colTouchpoint'), align: 'left', width: '*' },
      { label: reportText(lang, 'colBest'), align: 'left', width: 110 },
      { label: reportText(lang, 'colWorst'), align: 'left', width: 110 },
      { label: reportText(lang, 'colRange'), align: 'right', width: 38 },
      { label: reportText(lang, 'colSd'), align: 'right', width: 30 },
      { label: reportText(lang, 'colUnits'), align: 'right', width: 40 },
    ],
    rows,
    note: reportText(lang, 'unitsTableNote', {
      k,
      test: [...tests].map((t) => localTestName(t, lang)).join(', '),
    }),
  };
}

/** Why a unit is hidden, in the words of the screen (never its size). */
function hiddenWhy(b: BreakdownResult, label: string, lang: Language): string {
  const g = b.groups.find((x) => x.label === label);
  return g && isSuppressed(g.result) ? suppressionText(g.result, lang).headline : '';
}

/** Every unit of the chart with its score and its base n (a hidden unit shows neither). */
function unitsBaseTable(b: BreakdownResult, question: string, variable: string, lang: Language): TableBlock {
  const mark = {
    above: reportText(lang, 'unitAbove'),
    below: reportText(lang, 'unitBelow'),
    none: '',
    hidden: '',
  };
  return {
    kind: 'table',
    id: 'units-n',
    title: reportText(lang, 'unitsBaseTitle', { question, variable }),
    columns: [
      { label: variable, align: 'left', width: '*' },
      { label: reportText(lang, b.statistic === 'nps' ? 'kpiNps' : 'colIndex'), align: 'right', width: 50 },
      { label: reportText(lang, 'colN'), align: 'right', width: 40 },
      { label: reportText(lang, 'colVsOthers'), align: 'left', width: 150 },
    ],
    rows: unitRows(b).map((r) =>
      r.score === null
        ? { kind: 'suppressed', cells: [r.label, NO_VALUE, NO_VALUE, hiddenWhy(b, r.label, lang)] }
        : {
            kind: 'data',
            cells: [
              r.label,
              b.statistic === 'nps' ? formatSigned(r.score, lang, 0) : formatNumber(r.score, lang, 0),
              formatNumber(r.n ?? NaN, lang, 0),
              mark[r.significance],
            ],
          },
    ),
    note: null,
  };
}

/** A crossed table (units × a second background variable) with every hidden cell shown as "–". */
function crossedTable(
  x: CrossedBreakdownResult,
  rowsText: string,
  colsText: string,
  lang: Language,
): ReportBlock[] {
  const rows: TableRow[] = x.rows.map((r, i) => {
    const cells = (x.cells[i] ?? []).map((c) => scoreN(c.result, lang));
    return { kind: 'data', cells: [r.label, ...cells, scoreN(r.result, lang)] };
  });
  rows.push({
    kind: 'data',
    cells: [reportText(lang, 'colAll'), ...x.cols.map((c) => scoreN(c.result, lang)), scoreN(x.total, lang)],
  });
  return [
    {
      kind: 'table',
      id: 'units-crossed',
      title: reportText(lang, 'crossedTitle', {
        question: reportText(lang, 'kpiSatisfaction'),
        rows: rowsText,
        cols: colsText,
      }),
      columns: [
        { label: rowsText, align: 'left', width: '*' },
        ...x.cols.map((c) => ({ label: c.label, align: 'right' as const, width: 64 })),
        { label: reportText(lang, 'colAll'), align: 'right', width: 60 },
      ],
      rows,
      note: reportText(lang, 'crossedNote', { k: x.k }),
    },
  ];
}

/**
 * The chapter "Units": overall satisfaction by unit (hidden units labelled, not dropped), the best and
 * weakest unit per touchpoint with the spread across units, and satisfaction by unit × a second
 * background variable where small cells show as suppressed.
 */
export function unitsSection(
  u: NonNullable<ReportAnalyses['units']>,
  d: DashboardResult,
  lang: Language,
  palette: Palette,
): ReportSection | null {
  const satCode = d.satisfaction && !isSuppressed(d.satisfaction) ? d.satisfaction.questionCode : null;
  const main: BreakdownResult | undefined = u.tables.find((t) => t.question === satCode) ?? u.tables[0];
  if (!main) return null;
  const names = touchpointNames(d);
  const questionLabel =
    main.question === satCode
      ? reportText(lang, 'kpiSatisfaction')
      : (names[main.question] ?? main.questionText);
  const blocks: ReportBlock[] = [
    { kind: 'text', text: reportText(lang, 'unitsIntro', { variable: u.variableText }), style: 'body' },
    {
      kind: 'text',
      text: reportText(lang, 'unitsChartTitle', { question: questionLabel, variable: u.variableText }),
      style: 'lead',
    },
    {
      kind: 'chart',
      id: 'units',
      spec: unitsChart(main, lang, { palette, showTitle: false, questionLabel }),
      width: PRINT_CHART_WIDTH,
      height: unitsChartHeight(unitRows(main).length),
      alt: reportText(lang, 'unitsChartTitle', { question: questionLabel, variable: u.variableText }),
    },
    { kind: 'text', text: unitsCaption(main, lang), style: 'note' },
    unitsBaseTable(main, questionLabel, u.variableText, lang),
    { kind: 'text', text: reportText(lang, 'unitsTableTitle'), style: 'lead' },
    bestTable(u.summaries, u.tables, names, main.k, lang),
  ];
  if (u.crossed && u.crossedVariableText)
    blocks.push(...crossedTable(u.crossed, u.variableText, u.crossedVariableText, lang));
  return { id: 'units', title: reportText(lang, 'units'), newPage: true, blocks };
}
