import type { DeclaredValues } from '../../../shared/import/infer/labelled';
import type { RawTable, SourceColumn, TableLayout } from '../../../shared/import/table';

/**
 * SurveyXact exports a workbook whose `Dataset` sheet holds the variable names in row 1 and the
 * answers as codes. Beside it, following the layout read by the public readSX package
 * (github.com/NIFU-NO/readSX, R/read_surveyxact.R, and its sample export inst/extdata/ex_survey2.xlsx;
 * no file of our own was available):
 * - `Structure`: one row per variable with the header questionName, variableName, questionType,
 *   subType, questionText, choiceValue, choiceText. A multiple choice (questionType Closed, subType
 *   Multiple) has one variable per option (v_1_1, v_1_2 …) holding 0 / 1; the overall status
 *   (questionName `statoverall`) is such a question too; an "other, please specify" is an Open
 *   question whose text is its question's text, " - " and the option's text.
 * - `Labels`: no header; each row a variable name, a code and the code's label.
 * Older exports carry a `Variables` sheet (variable name, question text) instead of `Structure`.
 */
export function applySurveyXact(layout: TableLayout, extra: Map<string, RawTable>): TableLayout {
  const structure = sheet(extra, 'structure');
  if (structure && structure.rows.length >= 2) return applyStructure(layout, structure);
  const vars = sheet(extra, 'variables');
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
      const t = texts.get(nameOf(c));
      return t ? { ...c, code: c.code ?? c.text, text: t, header: t } : c;
    }),
  };
}

type StructureRow = { question: string; type: string; subType: string; text: string; choice: string };

const sheet = (extra: Map<string, RawTable>, name: string): RawTable | undefined =>
  [...extra.entries()].find(([k]) => k.toLowerCase() === name)?.[1];

const nameOf = (c: SourceColumn): string => (c.code ?? c.text).trim().toLowerCase();

function structureRows(t: RawTable): Map<string, StructureRow> {
  const head = t.rows[0]!.map((c) => c.trim().toLowerCase());
  const col = (n: string) => head.indexOf(n.toLowerCase());
  const [q, v, type, sub, text, choice] = [
    'questionName',
    'variableName',
    'questionType',
    'subType',
    'questionText',
    'choiceText',
  ].map(col);
  const out = new Map<string, StructureRow>();
  if (v === undefined || v < 0 || text === undefined || text < 0) return out;
  const cell = (r: string[], i: number | undefined) => (i === undefined || i < 0 ? '' : (r[i] ?? '').trim());
  for (const r of t.rows.slice(1)) {
    const name = cell(r, v).toLowerCase();
    if (name === '') continue;
    out.set(name, {
      question: cell(r, q) || name,
      type: cell(r, type).toLowerCase(),
      subType: cell(r, sub).toLowerCase(),
      text: cell(r, text),
      choice: cell(r, choice),
    });
  }
  return out;
}

function applyStructure(layout: TableLayout, structure: RawTable): TableLayout {
  const rows = structureRows(structure);
  // The question texts of closed questions, for tying an "other" text to its question.
  const closed = new Map<string, string>();
  for (const r of rows.values()) if (r.type === 'closed' && r.text) closed.set(r.text, r.question);
  const isMulti = (r: StructureRow) => r.type === 'closed' && r.subType === 'multiple';
  const columns = layout.columns.map((c): SourceColumn => {
    const r = rows.get(nameOf(c));
    if (!r) return c;
    const code = c.code ?? c.text;
    const text = r.text || c.text;
    const named: SourceColumn = { ...c, code, text, header: text };
    if (r.question.toLowerCase() === 'statoverall') return { ...named, kind: 'meta', reason: 'status' };
    if (c.kind !== 'answer') return named;
    if (isMulti(r) && r.choice) {
      return {
        ...named,
        group: `surveyxact:${r.question}`,
        subLabel: r.choice,
        header: `${text} — ${r.choice}`,
      };
    }
    if (r.type === 'open') {
      const owner = [...closed.entries()].find(([t]) => text.startsWith(`${t} - `) && t !== text);
      if (owner) {
        const multi = [...rows.values()].some((x) => x.question === owner[1] && isMulti(x));
        return { ...named, otherOf: multi ? `surveyxact:${owner[1]}` : owner[1], group: null };
      }
    }
    return named;
  });
  return { ...layout, columns };
}

/**
 * The codes and labels of the `Labels` sheet (variable, code, label; no header), by lowercased
 * variable name: what the file declares about each column's values, as an SPSS file does.
 */
export function surveyXactLabels(extra: Map<string, RawTable>): Map<string, DeclaredValues> {
  const labels = sheet(extra, 'labels');
  const out = new Map<string, { value: number; label: string }[]>();
  for (const r of labels?.rows ?? []) {
    const name = (r[0] ?? '').trim().toLowerCase();
    const value = Number((r[1] ?? '').trim());
    const label = (r[2] ?? '').trim();
    if (name === '' || (r[1] ?? '').trim() === '' || !Number.isFinite(value) || label === '') continue;
    out.set(name, [...(out.get(name) ?? []), { value, label }]);
  }
  return new Map([...out].map(([k, valueLabels]) => [k, { valueLabels, missing: [] }]));
}
