import type { DashboardResult, RatingSummary } from '../../analysis/dashboard';
import { isSuppressed } from '../../analysis/dashboard';
import type { Language } from '../../domain/language';
import { formatNumber, formatSigned, NO_VALUE } from '../../format';
import { reportText } from '../../i18n/report';
import type { ReportBlock, TableBlock } from '../types';

/**
 * A unit's report beside the whole study: the whole's figure next to the unit's, for the KPIs and
 * every touchpoint. The whole is shown anyway (the study's own report), but whole and unit together
 * give the rest of the study by subtraction, so the whole's figure is printed only where that rest
 * is 0 or at least k answers; otherwise "–".
 */
export function wholeFigureAllowed(unitN: number, wholeN: number, k: number): boolean {
  const rest = wholeN - unitN;
  return rest === 0 || rest >= k;
}

/** "The whole study for comparison (460 respondents): NPS +30, overall satisfaction 75." */
export function wholeKpiText(unit: DashboardResult, whole: DashboardResult, lang: Language): ReportBlock {
  const k = unit.anonymityK;
  const parts: string[] = [];
  const uNps = unit.nps && !isSuppressed(unit.nps) ? unit.nps : null;
  const wNps = whole.nps && !isSuppressed(whole.nps) ? whole.nps : null;
  if (wNps) {
    const ok = uNps === null || wholeFigureAllowed(uNps.n, wNps.n, k);
    parts.push(
      reportText(lang, 'wholeItem', {
        name: reportText(lang, 'kpiNps'),
        value: ok ? formatSigned(wNps.nps, lang, 0) : NO_VALUE,
        unit: uNps ? formatSigned(uNps.nps, lang, 0) : NO_VALUE,
      }),
    );
  }
  const uSat = unit.satisfaction && !isSuppressed(unit.satisfaction) ? unit.satisfaction : null;
  const wSat = whole.satisfaction && !isSuppressed(whole.satisfaction) ? whole.satisfaction : null;
  if (wSat) {
    const ok = uSat === null || wholeFigureAllowed(uSat.n, wSat.n, k);
    parts.push(
      reportText(lang, 'wholeItem', {
        name: reportText(lang, 'kpiSatisfaction'),
        value: ok ? formatNumber(wSat.index, lang, 0) : NO_VALUE,
        unit: uSat ? formatNumber(uSat.index, lang, 0) : NO_VALUE,
      }),
    );
  }
  return {
    kind: 'text',
    style: 'lead',
    text: reportText(lang, 'wholeKpis', {
      n: formatNumber(whole.respondents, lang, 0),
      list: parts.join('; '),
    }),
  };
}

/** The touchpoint table with the whole study's index beside the unit's (a column after the index). */
export function withWholeColumn(
  table: TableBlock,
  unit: DashboardResult,
  whole: DashboardResult,
  lang: Language,
): TableBlock {
  const byCode = new Map<string, RatingSummary>(whole.touchpoints.map((t) => [t.questionCode, t]));
  let i = 0;
  const rows = table.rows.map((r) => {
    if (r.kind === 'group') return { ...r, cells: [...r.cells.slice(0, 2), '', ...r.cells.slice(2)] };
    // The table has one row per touchpoint of the unit's dashboard, in its order (touchpointTable).
    const t = unit.touchpoints[i++];
    const w = t ? byCode.get(t.questionCode) : undefined;
    const unitN = t && t.n >= unit.anonymityK ? t.n : 0;
    const value =
      w && w.n >= unit.anonymityK && wholeFigureAllowed(unitN, w.n, unit.anonymityK)
        ? formatNumber(w.index, lang, 0)
        : NO_VALUE;
    return { ...r, cells: [...r.cells.slice(0, 2), value, ...r.cells.slice(2)] };
  });
  const columns = [
    ...table.columns.slice(0, 2),
    { label: reportText(lang, 'colWhole'), align: 'right' as const, width: 44 },
    ...table.columns.slice(2),
  ];
  const note = reportText(lang, 'wholeNote', { k: unit.anonymityK });
  return { ...table, columns, rows, note: table.note ? `${table.note} ${note}` : note };
}
