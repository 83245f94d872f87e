import type { InspectResult } from '../../../shared/api/import';
import { inferColumn } from '../../../shared/import/infer';
import { detectLayout } from '../../../shared/import/layout';
import { columnValues, firstRows } from '../../../shared/import/plan';
import type { Delimiter } from './csv';
import type { ReadFile } from './read-file';
import { readImportFile } from './read-file';
import { applySurveyXact } from './surveyxact';

/** What a file is and holds, before any study is involved (`touchpoint inspect`). */
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
  let last = file.table.rows.length - 1;
  while (last >= layout.firstDataRow && file.table.rows[last]!.every((c) => c.trim() === '')) last--;
  return {
    fileName: name,
    format: file.format,
    encoding: file.encoding,
    delimiter: file.delimiter,
    decimal: file.decimal,
    tool: layout.tool,
    sheets: file.sheets,
    sheet: file.table.sheet,
    headerRow: layout.headerRow,
    headerRows: layout.headerRows,
    rows: Math.max(0, last - layout.firstDataRow + 1),
    firstRows: firstRows(file.table, layout),
    columns: layout.columns.map((c) => {
      const inf = inferColumn(c.header, columnValues(file.table, layout, c.index), {
        decimal: file.decimal,
        multiSeparator: layout.multiSeparator,
        sampleSize: 8,
      });
      return {
        index: c.index,
        letter: c.letter,
        header: c.header,
        code: c.code,
        subLabel: c.subLabel,
        kind: c.kind,
        inferredType: inf.type,
        nonEmpty: inf.nonEmpty,
        distinct: inf.distinct,
        sample: inf.sample,
      };
    }),
  };
}
