import type { Cell as BreakdownCell, GroupRow, GroupTest } from '../../../shared/analysis/breakdown';
import type { Suppressed } from '../../../shared/analysis/dashboard';
import { isSuppressed } from '../../../shared/analysis/dashboard';
import { localTestName } from '../../../shared/charts/change';
import { NO_VALUE } from '../../../shared/format';
import { reportText } from '../../../shared/i18n/report';
import { suppressionText } from '../../../shared/privacy/suppression-text';
import { touchpointNames } from '../../../shared/report/analyses';
import { unitRuleTexts } from '../../../shared/report/sections/method';
import type { SheetData, TablesInputs, XCell } from './xlsx-tables-cells';
import { ctx, FMT, hiddenN, num } from './xlsx-tables-cells';

/** The unit breakdown sheets: each unit's score with its n and significance mark, and units × a second variable. */

function score(c: BreakdownCell | Suppressed): XCell[] {
  if (isSuppressed(c)) return [NO_VALUE, hiddenN(c)];
  return c.kind === 'nps'
    ? [num(c.nps, FMT.signed), num(c.n, FMT.count)]
    : [num(c.index, FMT.index), num(c.n, FMT.count)];
}

function mark(test: GroupTest | null): string {
  return test?.significant ? (test.diff > 0 ? '▲' : '▼') : '';
}

export function unitsSheet(x: TablesInputs): SheetData | null {
  const u = x.analyses.units;
  if (!u || u.tables.length === 0) return null;
  const { t, suppressedNote } = ctx(x);
  const names = touchpointNames(x.waves.at(-1)!.dashboard);
  const header = [
    t('colQuestion'),
    t('colUnit'),
    t('colScore'),
    reportText(x.lang, 'colN'),
    t('colSig'),
    reportText(x.lang, 'colQ'),
  ];
  const tests = new Set<string>();
  const rows: XCell[][] = [];
  for (const b of u.tables) {
    const q = names[b.question] ?? b.questionText;
    const groups: GroupRow[] = b.groups.filter((g) => g.code !== null);
    for (const g of groups) {
      if (g.test) tests.add(localTestName(g.test.test, x.lang));
      const hidden = isSuppressed(g.result) || !g.test;
      // a hidden unit says why in the significance column, in the words of the screen and the PDF
      const why = isSuppressed(g.result) ? suppressionText(g.result, x.lang).headline : mark(g.test);
      rows.push([q, g.label, ...score(g.result), why, hidden ? NO_VALUE : num(g.test!.q, FMT.p)]);
    }
    rows.push([q, reportText(x.lang, 'colAll'), ...score(b.total), '', null]);
  }
  const notes = [
    t('noteSig', { test: [...tests].join(', ') }),
    reportText(x.lang, 'methodIndex'),
    suppressedNote,
    ...unitRuleTexts(x.analyses.unitRules ?? [], x.lang),
  ];
  return { name: t('sheetUnits'), title: t('titleUnits', { variable: u.variableText }), header, rows, notes };
}

export function crossedSheet(x: TablesInputs): SheetData | null {
  const u = x.analyses.units;
  const c = u?.crossed;
  if (!u || !c || !u.crossedVariableText) return null;
  const { t, suppressedNote } = ctx(x);
  const n = reportText(x.lang, 'colN');
  const header = [
    u.variableText,
    ...c.cols.flatMap((col) => [col.label, n]),
    reportText(x.lang, 'colAll'),
    n,
  ];
  const rows: XCell[][] = c.rows.map((r, i) => [
    r.label,
    ...(c.cells[i] ?? []).flatMap((cell) => score(cell.result)),
    ...score(r.result),
  ]);
  rows.push([reportText(x.lang, 'colAll'), ...c.cols.flatMap((col) => score(col.result)), ...score(c.total)]);
  const question = reportText(x.lang, 'kpiSatisfaction');
  return {
    name: t('sheetCrossed'),
    title: t('titleCrossed', { question, rows: u.variableText, cols: u.crossedVariableText }),
    header,
    rows,
    notes: [reportText(x.lang, 'crossedNote', { k: c.k }), suppressedNote],
  };
}
