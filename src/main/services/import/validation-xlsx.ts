import * as XLSX from 'xlsx';
import type { ImportPreview } from '../../../shared/api/import';
import type { Conversion } from '../../../shared/import/convert';
import { safeRows } from '../../../shared/import/safe-cell';

/**
 * The validation report as a workbook the consultant can send back to whoever keyed the data: a
 * summary sheet and every issue with its cell, in file order.
 */
export function validationWorkbook(
  preview: ImportPreview,
  conv: Conversion,
): { name: string; bytes: Buffer } {
  const summary: (string | number)[][] = [
    ['File', preview.fileName],
    ['Sheet', preview.sheet],
    ['Survey tool', preview.tool],
    ['Rows read', conv.rowsRead],
    ['Rows with errors', conv.badRows],
    ['Empty rows', conv.emptyRows],
    [],
    ['Issue', 'Count'],
    ...Object.entries(preview.validation.counts).map(([k, v]) => [k, v ?? 0]),
  ];
  const issues: (string | number)[][] = [
    ['Cell', 'Row', 'Column', 'Severity', 'Issue', 'Question', 'Value', 'Message'],
  ];
  for (const i of conv.issues)
    issues.push([
      i.cell,
      i.row + 1,
      XLSX.utils.encode_col(i.column),
      i.severity,
      i.code,
      i.questionCode ?? '',
      i.value,
      i.message,
    ]);
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(safeRows(summary)), 'Summary');
  const ws = XLSX.utils.aoa_to_sheet(safeRows(issues));
  ws['!cols'] = [
    { wch: 14 },
    { wch: 7 },
    { wch: 7 },
    { wch: 8 },
    { wch: 14 },
    { wch: 12 },
    { wch: 20 },
    { wch: 70 },
  ];
  XLSX.utils.book_append_sheet(wb, ws, 'Issues');
  const stem = preview.fileName.replace(/\.[^.]+$/, '');
  return {
    name: `${stem} validation.xlsx`,
    bytes: XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer,
  };
}
