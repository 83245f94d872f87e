import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { AppError } from '../../../shared/api/errors';
import type { ImportOptions, StoredImport, StoredImportOptions } from '../../../shared/api/import';
import type { OnError } from '../../../shared/import/convert';
import { DATE_RULES } from '../../../shared/import/dates';
import { ID_TARGET, WEIGHT_TARGET } from '../../../shared/import/plan';
import { recodeTableSchema } from '../../../shared/import/recode';
import type { ImportOutcome } from './commit';
import { runImport } from './commit';
import { analyze } from './analyze';
import type { ReadFile } from './read-file';

type StoredRow = {
  name: string;
  bytes: Buffer;
  sheet: string | null;
  mapping: string;
  year: number | null;
  respondents: number;
};

/** The part of the mapping record commit.ts keeps with each file that a re-map starts from. */
const recordSchema = z.object({
  sheet: z.string().optional(),
  headerRow: z.number().int().min(0).max(1000).optional(),
  headerRows: z.number().int().min(1).max(5).optional(),
  delimiter: z.enum([',', ';', '\t', '|']).nullable().optional().catch(null),
  onError: z.enum(['missing', 'skip-row', 'abort']).catch('missing').default('missing'),
  columns: z
    .array(
      z.object({ index: z.number().int().min(0), kind: z.string(), questionCode: z.string().nullable() }),
    )
    .default([]),
  recodes: z.record(z.string(), recodeTableSchema).catch({}).default({}),
  dateRules: z
    .array(z.object({ column: z.number().int().min(0), rule: z.enum(DATE_RULES) }))
    .catch([])
    .default([]),
});

function storedRow(db: Database, fileId: number): StoredRow & { year: number } {
  const f = db
    .prepare(
      `SELECT f.name, f.bytes, f.sheet, f.mapping, w.year,
              (SELECT COUNT(*) FROM respondent r WHERE r.file_id = f.id) AS respondents
       FROM imported_file f LEFT JOIN wave w ON w.id = f.wave_id WHERE f.id = ?`,
    )
    .get(fileId) as StoredRow | undefined;
  if (!f) throw new AppError('NOT_FOUND', `the study has no imported file ${fileId}`, { fileId });
  if (f.year === null)
    throw new AppError('WAVE_NOT_FOUND', `${f.name} is not attached to a wave any more`, { fileId });
  return { ...f, year: f.year };
}

/**
 * A stored file with the options of its last import, for the wizard to start a re-map from. Column
 * choices are given only where today's detection would map differently (the user's overrides, the
 * questions that import created), so the wizard still shows how the rest was matched.
 */
export function storedFile(db: Database, fileId: number): StoredImport {
  const f = storedRow(db, fileId);
  const parsed = recordSchema.safeParse(JSON.parse(f.mapping || '{}'));
  const rec = parsed.success ? parsed.data : recordSchema.parse({});
  const keepPersonal = rec.columns.some((c) => c.kind === 'personal' && c.questionCode !== null);
  const reading = {
    ...(rec.sheet !== undefined ? { sheet: rec.sheet } : f.sheet ? { sheet: f.sheet } : {}),
    ...(rec.headerRow !== undefined ? { headerRow: rec.headerRow } : {}),
    ...(rec.headerRows !== undefined ? { headerRows: rec.headerRows } : {}),
    ...(rec.delimiter ? { delimiter: rec.delimiter } : {}),
  };
  const now = analyze(db, f.name, f.bytes, { ...reading, keepPersonal });
  const known = new Set([...now.questions.map((q) => q.code), ID_TARGET, WEIGHT_TARGET]);
  const last = new Map(rec.columns.map((c) => [c.index, c.questionCode]));
  const mapping = now.layout.columns.flatMap((c, i) => {
    if (!last.has(c.index)) return [];
    const code = last.get(c.index)!;
    if (code === (now.plan.mapping[i]?.questionCode ?? null) || (code !== null && !known.has(code)))
      return [];
    return [{ column: c.index, questionCode: code }];
  });
  const options: StoredImportOptions = {
    ...reading,
    ...(mapping.length > 0 ? { mapping } : {}),
    ...(Object.keys(rec.recodes).length > 0 ? { recodes: rec.recodes } : {}),
    ...(rec.dateRules.length > 0 ? { dateRules: rec.dateRules } : {}),
    createQuestions: false,
    keepPersonal,
    onError: rec.onError,
  };
  return {
    fileId,
    name: f.name,
    base64: f.bytes.toString('base64'),
    waveYear: f.year,
    respondents: f.respondents,
    options,
  };
}

/**
 * Redoes the import of a file already in the study, from its stored bytes, with the wizard's options
 * (mapping, recodes, created questions, personal data, onError): the original file is not needed. Its
 * respondents are replaced in one transaction; on any failure the study stays as it was.
 */
/** The name, bytes and sheet of a stored file, for reading it again. */
export function storedBytes(
  db: Database,
  fileId: number,
): { name: string; bytes: Buffer; sheet: string | null } {
  const f = storedRow(db, fileId);
  return { name: f.name, bytes: f.bytes, sheet: f.sheet };
}

export function remapFile(
  db: Database,
  input: ImportOptions & { fileId: number; onError: OnError; saveProfile?: string | undefined },
  preRead?: ReadFile,
): ImportOutcome {
  const f = storedRow(db, input.fileId);
  const { fileId: _fileId, ...options } = input;
  void _fileId;
  return runImport(
    db,
    {
      ...options,
      sheet: input.sheet ?? f.sheet ?? undefined,
      file: { name: f.name, base64: f.bytes.toString('base64') },
      waveYear: f.year,
      ifDuplicate: 'replace',
    },
    {},
    preRead,
  );
}
