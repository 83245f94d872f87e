import type { RawTable, TableLayout } from '../../../shared/import/table';

/**
 * SurveyXact exports a workbook: `Dataset` holds variable names in row 1 and the data; `Variables`
 * lists each variable with its question text. We take the texts from there so mapping by text works.
 */
export function applySurveyXact(layout: TableLayout, extra: Map<string, RawTable>): TableLayout {
  const vars = [...extra.entries()].find(([k]) => k.toLowerCase() === 'variables')?.[1];
  if (!vars || vars.rows.length < 2) return layout;
  const head = vars.rows[0]!.map((c) => c.trim().toLowerCase());
  const nameCol = Math.max(
    0,
    head.findIndex((h) => /^(variable|name|navn|variabel)/.test(h)),
  );
  const textCol = head.findIndex((h) => /(label|text|tekst|spørgsmål|question)/.test(h));
  if (textCol < 0) return layout;
  const texts = new Map<string, string>();
  for (const r of vars.rows.slice(1)) {
    const n = (r[nameCol] ?? '').trim();
    const t = (r[textCol] ?? '').trim();
    if (n && t) texts.set(n.toLowerCase(), t);
  }
  return {
    ...layout,
    columns: layout.columns.map((c) => {
      const t = texts.get((c.code ?? c.text).toLowerCase());
      return t ? { ...c, code: c.code ?? c.text, text: t, header: t } : c;
    }),
  };
}
