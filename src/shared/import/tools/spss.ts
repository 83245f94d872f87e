import type { Language } from '../../domain/language';
import type { Scale } from '../../domain/questionnaire';
import type { SourceColumn, TableLayout } from '../table';
import type { ToolAdapter } from './types';

/**
 * An SPSS .sav file (from SPSS, PSPP, or a survey tool's SPSS export: Qualtrics, Enalyzer, Questback):
 * read by src/main/services/import/sav.ts into a table whose first row holds the variable names and
 * the second the variable labels; value labels become the scale's labelled points and user-missing
 * values don't know / not applicable. The sheet name the reader gives marks it. Checked on
 * tests/fixtures/import/survey-exports/spss (pyreadstat's sample.sav, Windows-1252).
 */
export const SAV_SHEET = 'SPSS data';

export const spss: ToolAdapter = {
  id: 'spss',
  name: 'SPSS (.sav)',
  source: 'real file: spss_pyreadstat_sample.sav; read with sav-reader 2.0.8',
  recognise: (input) =>
    input.sheetNames.length === 1 && input.sheetNames[0] === SAV_SHEET
      ? { confidence: 0.99, headerRows: 2, multiSeparator: null }
      : null,
  labels: 'codes',
};

/**
 * A multiple-response set of the file (MRSETS), its members resolved to table columns: a dichotomy
 * set's member counts when it holds the counted value; a category set's members each hold the code of
 * one chosen category. Checked on tests/fixtures/import/spss/mrsets.sav (written by GNU PSPP).
 */
export type SavSet = {
  /** The set's name without its "$" ("kanal"). */
  name: string;
  label: string;
  kind: 'dichotomy' | 'category';
  /** A dichotomy set's counted value as the cells hold it ("1"). */
  counted: string | null;
  /** Member columns (table indexes) with each one's option label (a dichotomy set's). */
  members: { column: number; option: string }[];
  /** A category set's categories: the members' value labels. */
  categories: { code: string; label: string }[];
  /** The members' user-missing codes: a category set's cell holding one chose nothing. */
  missing: string[];
};

/** The group key of an SPSS set's columns; the import names the question by what follows the colon. */
export const savSetGroup = (name: string) => `spss:${name}`;

/**
 * The file's sets as multi-select groups: one question (the set's label); a dichotomy set with one
 * option per member column, a category set with its categories as options. A column in two sets, or
 * not an answer column, keeps the set out.
 */
export function applySavSets(layout: TableLayout, sets: readonly SavSet[] | undefined): TableLayout {
  if (!sets?.length || layout.tool !== 'spss') return layout;
  const byIndex = new Map(layout.columns.map((c) => [c.index, c]));
  const used = new Set<number>();
  const changed = new Map<number, SourceColumn>();
  for (const s of sets) {
    if (s.kind === 'dichotomy' && s.counted === null) continue;
    const cols = s.members.map((m) => byIndex.get(m.column));
    if (cols.length < 2 || cols.some((c) => !c || c.kind !== 'answer' || used.has(c.index))) continue;
    const options = new Set(s.members.map((m) => m.option.toLowerCase()));
    // Two options of one name cannot be told apart.
    if (s.kind === 'dichotomy' && options.size < s.members.length) continue;
    s.members.forEach((m, i) => {
      const c = cols[i]!;
      used.add(c.index);
      const text = s.label || c.text;
      changed.set(c.index, {
        ...c,
        text,
        subLabel: m.option,
        header: `${text} — ${m.option}`,
        group: savSetGroup(s.name),
        ...(s.kind === 'dichotomy'
          ? { counted: s.counted! }
          : { categories: { options: s.categories, missing: s.missing } }),
      });
    });
  }
  return changed.size ? { ...layout, columns: layout.columns.map((c) => changed.get(c.index) ?? c) } : layout;
}

/**
 * A category set's options: its categories (the value labels), then any other code its columns hold,
 * in numeric order; user-missing codes are none of them.
 */
type ChoiceOption = Extract<Scale, { kind: 'choice' }>['options'][number];

export function categoryOptions(
  cols: readonly SourceColumn[],
  values: (column: number) => readonly string[],
  language: Language,
): ChoiceOption[] {
  const out = new Map<string, string>();
  const missing = new Set(cols.flatMap((c) => c.categories?.missing ?? []));
  for (const c of cols)
    for (const o of c.categories?.options ?? []) if (!out.has(o.code)) out.set(o.code, o.label);
  const seen = new Set<string>();
  for (const c of cols)
    for (const v of values(c.index)) {
      const t = v.trim();
      if (t !== '' && !out.has(t) && !missing.has(t)) seen.add(t);
    }
  for (const t of [...seen].sort((a, b) => Number(a) - Number(b) || a.localeCompare(b))) out.set(t, t);
  return [...out].map(([code, label]) => ({ code, texts: { [language]: label } }));
}
