import type { Database } from 'better-sqlite3';
import { AppError } from '../../../shared/api/errors';
import type { ImportOptions } from '../../../shared/api/import';
import type { OnError } from '../../../shared/import/convert';
import type { ImportOutcome } from './commit';
import { runImport } from './commit';

/**
 * Redoes the import of a file already in the study, from its stored bytes, with a new mapping or new
 * recodes: the original file is not needed. Its respondents are replaced in one transaction.
 */
export function remapFile(db: Database, input: ImportOptions & { fileId: number; onError: OnError }): ImportOutcome {
  const f = db
    .prepare('SELECT f.name, f.bytes, f.sheet, w.year FROM imported_file f LEFT JOIN wave w ON w.id = f.wave_id WHERE f.id = ?')
    .get(input.fileId) as { name: string; bytes: Buffer; sheet: string | null; year: number | null } | undefined;
  if (!f) throw new AppError('NOT_FOUND', `the study has no imported file ${input.fileId}`, { fileId: input.fileId });
  if (f.year === null) throw new AppError('WAVE_NOT_FOUND', `${f.name} is not attached to a wave any more`, { fileId: input.fileId });
  const { fileId: _fileId, ...options } = input;
  void _fileId;
  return runImport(db, {
    ...options,
    sheet: input.sheet ?? f.sheet ?? undefined,
    file: { name: f.name, base64: f.bytes.toString('base64') },
    waveYear: f.year,
    ifDuplicate: 'replace',
  });
}
