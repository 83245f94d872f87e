import type { InspectResult } from '../../../shared/api/import';
import type { QuestionType } from '../../../shared/domain/questionnaire';
import { columnFacts } from '../../../shared/import/infer';
import { inferQuestion } from '../../../shared/import/infer/question';
import { createdSummary } from '../../../shared/import/infer/summary';
import { detectLayout } from '../../../shared/import/layout';
import { applySavSets } from '../../../shared/import/tools/spss';
import type { DecimalSeparator } from '../../../shared/import/number';
import { columnValues, firstRows } from '../../../shared/import/column-values';
import { buildPlan } from '../../../shared/import/plan';
import type { DraftQuestion } from '../../../shared/import/plan';
import type { RawTable, TableLayout } from '../../../shared/import/table';
import type { Delimiter } from './csv';
import type { ReadFile } from './read-file';
import { readImportFile } from './read-file';
import { applySurveyXact } from './surveyxact';
import { declaredInference } from './analyze';
import { toolFacts } from './tool-facts';

/**
 * The type each column gets from the inference an import uses: the question `--create-questions`
 * creates from it, else (columns no question is created from: ids, weights, personal data) the same
 * inference on the column alone.
 */
export function suggestedType(
  table: RawTable,
  layout: TableLayout,
  column: number,
  decimal: DecimalSeparator,
  created: readonly DraftQuestion[],
): QuestionType {
  const q = created.find((x) => x.fromColumns.includes(column));
  if (q) return q.type;
  const c = layout.columns.find((x) => x.index === column)!;
  return inferQuestion(c.header, columnValues(table, layout, column), {
    decimal,
    multiSeparator: layout.multiSeparator,
    language: 'en',
  }).type;
}

/**
 * What a file is and holds, before any study is involved (`touchpoint inspect`): per column its facts
 * and, with the same inference and reasons as an import, the questions `--create-questions` would create.
 */
export function inspectFile(
  name: string,
  bytes: Uint8Array,
  opts: {
    sheet?: string | undefined;
    headerRow?: number | undefined;
    headerRows?: number | undefined;
    delimiter?: Delimiter | undefined;
  } = {},
  preRead?: ReadFile,
): InspectResult {
  const file = preRead ?? readImportFile(name, bytes, { sheet: opts.sheet, delimiter: opts.delimiter });
  let layout = detectLayout(file.table, file.sheets, {
    headerRow: opts.headerRow,
    headerRows: opts.headerRows,
  });
  if (layout.tool === 'surveyxact') layout = applySurveyXact(layout, file.extra);
  layout = applySavSets(layout, file.savSets);
  let last = file.table.rows.length - 1;
  while (last >= layout.firstDataRow && file.table.rows[last]!.every((c) => c.trim() === '')) last--;
  // The plan of an import with --create-questions into an empty study: the same roles, scales,
  // touchpoints and reasons the import would give.
  const { created } = buildPlan({
    table: file.table,
    layout,
    questions: [],
    decimal: file.decimal,
    language: 'en',
    createQuestions: true,
    keepPersonal: false,
    inferColumn: declaredInference(file, 'en', layout.tool),
  });
  return {
    fileName: name,
    format: file.format,
    encoding: file.encoding,
    delimiter: file.delimiter,
    decimal: file.decimal,
    tool: layout.tool,
    ...toolFacts(file, layout),
    sheets: file.sheets,
    sheet: file.table.sheet,
    headerRow: layout.headerRow,
    headerRows: layout.headerRows,
    rows: Math.max(0, last - layout.firstDataRow + 1),
    firstRows: firstRows(file.table, layout),
    columns: layout.columns.map((c) => {
      const facts = columnFacts(columnValues(file.table, layout, c.index), 8);
      return {
        index: c.index,
        letter: c.letter,
        header: c.header,
        code: c.code,
        subLabel: c.subLabel,
        kind: c.kind,
        reason: c.reason ?? null,
        dateRule: c.dateRule ?? null,
        dateRules: [...(c.dateRules ?? [])],
        inferredType: suggestedType(file.table, layout, c.index, file.decimal, created),
        createdAs: created.find((q) => q.fromColumns.includes(c.index))?.code ?? null,
        ...facts,
      };
    }),
    questions: created.map(createdSummary),
  };
}
