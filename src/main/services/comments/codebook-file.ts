/** Codebook files: codebook.json as in the CLI's documentation, or a workbook with a Codebook sheet. */
import * as XLSX from 'xlsx';
import { codebookSchema, type Codebook } from '../../../shared/api/comments';
import { AppError } from '../../../shared/api/errors';
import { CodebookSheetError, codebookFromRows, codebookRows } from '../../../shared/comments/codebook-sheet';
import { readImportFileGuarded } from '../import/read-sandbox';

export async function codebookFromFile(name: string, bytes: Uint8Array): Promise<Codebook> {
  if (/\.json$/i.test(name)) {
    let raw: unknown;
    try {
      raw = JSON.parse(Buffer.from(bytes).toString('utf8'));
    } catch (e) {
      throw new AppError('INVALID_INPUT', `${name}: not JSON (${(e as Error).message})`);
    }
    const parsed = codebookSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new AppError('INVALID_INPUT', `${name}: ${issue.path.join('.')}: ${issue.message}`);
    }
    return parsed.data;
  }
  // Spreadsheets are read like import files: in a worker, under the watchdog.
  const file = await readImportFileGuarded(name, bytes, {});
  try {
    return codebookFromRows(file.table.rows, `${name}, sheet "${file.table.sheet}"`);
  } catch (e) {
    if (e instanceof CodebookSheetError) throw new AppError('INVALID_INPUT', e.message);
    throw e;
  }
}

export function codebookToFile(book: Codebook, format: 'json' | 'xlsx'): { name: string; bytes: Uint8Array } {
  if (format === 'json') {
    return { name: 'codebook.json', bytes: Buffer.from(`${JSON.stringify(book, null, 2)}\n`) };
  }
  const wb = XLSX.utils.book_new();
  const ws = XLSX.utils.aoa_to_sheet(codebookRows(book));
  ws['!cols'] = [{ wch: 12 }, { wch: 10 }, { wch: 28 }, { wch: 28 }, { wch: 28 }, { wch: 40 }];
  XLSX.utils.book_append_sheet(wb, ws, 'Codebook');
  const out = XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
  return { name: 'codebook.xlsx', bytes: new Uint8Array(out) };
}
