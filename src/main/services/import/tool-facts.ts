import type { OtherSheet } from '../../../shared/api/import';
import type { TableLayout } from '../../../shared/import/table';
import { toolName } from '../../../shared/import/tools';
import type { ReadFile } from './read-file';

/**
 * What the wizard and `touchpoint inspect` say about the tool, the sheets besides the one read and
 * what the reader left out.
 */
export function toolFacts(file: ReadFile, layout: TableLayout) {
  const otherSheets: OtherSheet[] = (file.otherSheets ?? []).map((s) => ({
    name: s.name,
    rows: s.rows,
    columns: s.columns,
    repeatGroup: s.header.some((h) => h.trim().toLowerCase() === '_parent_index'),
  }));
  return {
    toolName: toolName(layout.tool),
    toolConfidence: layout.toolConfidence ?? 0,
    otherSheets,
    testResponses: layout.testRows?.length ?? 0,
    allTestResponses: layout.allTestRows ?? 0,
    ...(file.savWarnings?.length ? { readWarnings: [...file.savWarnings] } : {}),
  };
}
