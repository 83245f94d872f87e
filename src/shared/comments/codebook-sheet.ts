/**
 * A codebook as a sheet, for reuse next year and editing in Excel: one row per theme with the
 * columns code, parent, label_en, label_nb, label_da, rules (one rule per line, or separated by ";").
 * Reading names the row and column of what is wrong.
 */
import { codebookSchema, type Codebook } from '../api/comments';
import { LANGUAGES } from '../domain/language';

export const CODEBOOK_COLUMNS = ['code', 'parent', ...LANGUAGES.map((l) => `label_${l}`), 'rules'] as const;

export function codebookRows(book: Codebook): string[][] {
  return [
    [...CODEBOOK_COLUMNS],
    ...book.themes.map((t) => [
      t.code,
      t.parent ?? '',
      ...LANGUAGES.map((l) => t.label[l] ?? ''),
      t.rules.join('\n'),
    ]),
  ];
}

export class CodebookSheetError extends Error {}

/** The codebook of a sheet's rows (the first row names the columns, in any order). */
export function codebookFromRows(rows: readonly (readonly string[])[], where: string): Codebook {
  const header = (rows[0] ?? []).map((h) => h.trim().toLowerCase());
  const col = (name: string) => header.indexOf(name);
  if (col('code') < 0) throw new CodebookSheetError(`${where}: row 1 has no "code" column`);
  const themes = [];
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r]!;
    const cell = (name: string) => (col(name) >= 0 ? (row[col(name)] ?? '').trim() : '');
    if (row.every((c) => !c.trim())) continue;
    const label = Object.fromEntries(
      LANGUAGES.flatMap((l) => (cell(`label_${l}`) ? [[l, cell(`label_${l}`)]] : [])),
    );
    const theme = {
      code: cell('code'),
      label: Object.keys(label).length ? label : { en: cell('code') },
      ...(cell('parent') ? { parent: cell('parent') } : {}),
      rules: cell('rules')
        .split(/[\n;]/)
        .map((s) => s.trim())
        .filter(Boolean),
    };
    const parsed = codebookSchema.shape.themes.element.safeParse(theme);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const column = String(issue.path[0] ?? 'code');
      throw new CodebookSheetError(`${where}, row ${r + 1}, column "${column}": ${issue.message}`);
    }
    themes.push(parsed.data);
  }
  return { themes };
}
