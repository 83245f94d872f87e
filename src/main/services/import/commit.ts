import type { Database } from 'better-sqlite3';
import { AppError } from '../../../shared/api/errors';
import type { ImportOptions, ImportSummary } from '../../../shared/api/import';
import type {
  Conversion,
  ConvertedRows,
  ImportIssue,
  IssueCode,
  OnError,
} from '../../../shared/import/convert';
import type { DateRule } from '../../../shared/import/dates';
import type { ImportProfile } from '../../../shared/import/mapping';
import { ID_TARGET, WEIGHT_TARGET } from '../../../shared/import/plan';
import { BLOCK_ROWS, deleteRespondentsOfFile, writeAnswerChunk } from '../store/answers-store';
import { findFileByHash, insertImportedFile, sha256 } from '../store/responses-repo';
import { ensureWave, touchStudy } from '../store/study-repo';
import type { Analysis } from './analyze';
import { analyze, convert, existingIds } from './analyze';
import { createdSummary } from '../../../shared/import/infer/summary';
import { writeCreated } from './created';
import type { ReadFile } from './read-file';
import { readImportFile } from './read-file';
import { checkFileSize } from './guard';
import { saveProfile } from './profile-repo';

export type CommitInput = Omit<ImportOptions, 'createQuestions' | 'keepPersonal'> & {
  createQuestions?: boolean | undefined;
  keepPersonal?: boolean | undefined;
  file: { name: string; base64: string };
  waveYear: number;
  onError: OnError;
  ifDuplicate: 'ask' | 'replace' | 'skip';
  saveProfile?: string | undefined;
};

export type Phase = 'reading' | 'converting' | 'writing';
export type ImportHooks = {
  progress?: (phase: Phase, done: number, total: number) => void;
  /** Throws IMPORT_CANCELLED when the user has cancelled; called between chunks of work. */
  checkCancel?: () => void;
  /** Called once the file is read, before anything is converted or written (see jobs.ts: cancel). */
  readDone?: () => void;
  /** The input is this import's own copy (a worker's): its base64 text is let go once decoded. */
  ownsInput?: boolean;
  /** The file's bytes, already decoded (a worker gets them transferred); `input.file.base64` is then unused. */
  fileBytes?: Uint8Array | undefined;
};

/** The summary without the study overview (the caller adds it: a worker has no session). */
export type ImportOutcome = Omit<ImportSummary, 'overview'>;

const MAX_LISTED = 200;

export function countIssues(issues: readonly ImportIssue[]): Partial<Record<IssueCode, number>> {
  const out: Partial<Record<IssueCode, number>> = {};
  for (const i of issues) out[i.code] = (out[i.code] ?? 0) + 1;
  return out;
}

/** What the mapping was, kept with the file so the import can be traced and redone. */
function mappingRecord(a: Analysis, input: CommitInput) {
  return {
    tool: a.layout.tool,
    sheet: a.file.table.sheet,
    headerRow: a.layout.headerRow,
    headerRows: a.layout.headerRows,
    format: a.file.format,
    encoding: a.file.encoding,
    delimiter: a.file.delimiter,
    decimal: a.file.decimal,
    idColumn: a.plan.convert.idColumn,
    weightColumn: a.plan.convert.weightColumn ?? null,
    onError: input.onError,
    columns: a.layout.columns.map((c, i) => ({
      index: c.index,
      letter: c.letter,
      header: c.header,
      code: c.code,
      kind: c.kind,
      questionCode: specialTarget(a, c) ?? a.plan.mapping[i]?.questionCode ?? null,
      source: a.plan.mapping[i]?.source ?? 'none',
    })),
    created: a.plan.created.map((q) => q.code),
    recodes: input.recodes ?? {},
    dateRules: chosenDateRules(a),
  };
}

/** A column chosen by hand as the respondent id or weight (the detected ones need no record). */
function specialTarget(a: Analysis, c: { index: number; kind: string }): string | null {
  if (a.plan.convert.idColumn === c.index && c.kind !== 'id') return ID_TARGET;
  if (a.plan.convert.weightColumn === c.index && c.kind !== 'weight') return WEIGHT_TARGET;
  return null;
}

/** The date rules chosen (by hand or from the profile) for columns whose dates fit more than one. */
function chosenDateRules(a: Analysis): { column: number; rule: DateRule }[] {
  return a.layout.columns.flatMap((c) =>
    c.dateRule && (c.dateRules?.length ?? 0) > 1 ? [{ column: c.index, rule: c.dateRule }] : [],
  );
}

export function profileOf(a: Analysis, input: CommitInput): ImportProfile {
  return {
    tool: a.layout.tool,
    headerRows: a.layout.headerRows,
    columns: a.layout.columns.map((c, i) => ({
      header: c.header,
      code: c.code,
      questionCode: a.plan.mapping[i]?.questionCode ?? null,
      ...(c.dateRule && (c.dateRules?.length ?? 0) > 1 ? { dateRule: c.dateRule } : {}),
    })),
    recodes: { ...(a.profile?.recodes ?? {}), ...(input.recodes ?? {}) },
    keepPersonal: input.keepPersonal ?? false,
  };
}

function issueList(issues: readonly ImportIssue[]) {
  return issues.slice(0, MAX_LISTED).map((i) => ({ cell: i.cell, code: i.code, message: i.message }));
}

/**
 * The import itself: reads and plans the file, then converts and writes it in ONE transaction, chunk
 * by chunk — the questions it creates, the wave, the file's bytes with their hash and mapping, the
 * respondents and their answers. Any failure (bad values with `abort`, a cancel, a crash) rolls the
 * transaction back, so the study file stays byte-for-byte as it was.
 */
export function runImport(
  db: Database,
  input: CommitInput,
  hooks: ImportHooks = {},
  preRead?: ReadFile,
): ImportOutcome {
  const name = input.file.name;
  const given = hooks.fileBytes;
  // Refuse a file far too large before decoding and hashing it.
  checkFileSize(name, given ? given.byteLength : Math.floor((input.file.base64.length * 3) / 4));
  let bytes: Buffer | null = given
    ? Buffer.from(given.buffer, given.byteOffset, given.byteLength)
    : Buffer.from(input.file.base64, 'base64');
  if (hooks.ownsInput) input.file = { name, base64: '' };
  const hash = sha256(bytes);
  const dup = findFileByHash(db, hash);
  hooks.progress?.('reading', 0, 0);
  if (dup && input.ifDuplicate === 'ask') {
    throw new AppError(
      'IMPORT_DUPLICATE_FILE',
      `${name} was imported before (as ${dup.name}): replace that import or skip this file`,
      { file: name, fileId: dup.id, existing: dup.name },
    );
  }
  // Reading (the one step that cannot look at the cancel flag) ends with the parse: the study is
  // read only after it, when the worker can no longer be stopped outright in the middle of a query.
  const file = preRead ?? readImportFile(name, bytes, { sheet: input.sheet, delimiter: input.delimiter });
  hooks.readDone?.();
  hooks.checkCancel?.();
  const a = analyze(db, name, bytes, input, file);
  if (dup && input.ifDuplicate === 'skip') {
    return {
      fileName: name,
      fileId: dup.id,
      waveYear: input.waveYear,
      tool: a.layout.tool,
      rowsRead: 0,
      imported: 0,
      skipped: 0,
      createdQuestions: [],
      created: [],
      issues: [],
      issueCounts: {},
      duplicate: 'skipped',
    };
  }
  if (a.plan.convert.columns.length === 0) {
    const others = (a.file.otherSheets ?? []).map((s) => s.name);
    const onlyBookkeeping = a.layout.columns.every((c) => c.kind !== 'answer');
    throw new AppError(
      'IMPORT_NO_MATCHING_COLUMNS',
      onlyBookkeeping && others.length
        ? `${name}: sheet ${a.file.table.sheet} holds only the tool's bookkeeping and personal data; the answers are in its other sheets (${others.join(', ')}): import one of them`
        : `${name}: no column matches a question of the study (map the columns, or create questions from them)`,
      { file: name },
    );
  }
  const ids = existingIds(db, input.waveYear, dup?.id);
  let fileId = 0;
  let conv: Conversion | null = null;
  // One pass, in one IMMEDIATE transaction: the rows are converted and written in chunks, each sheet
  // row let go once converted, so memory holds the file once plus a chunk, whatever its length. With
  // `abort`, writing stops at the first bad value and the pass goes on only to count them; the throw
  // below then rolls everything back. IMMEDIATE takes the write lock before the duplicate check is
  // repeated: a second process importing the same file meanwhile waits, then sees it and is refused.
  db.transaction(() => {
    const now = findFileByHash(db, hash);
    if ((now?.id ?? null) !== (dup?.id ?? null)) {
      throw new AppError(
        'IMPORT_DUPLICATE_FILE',
        `${name} was imported meanwhile${now ? ` (as ${now.name})` : ''}: the study is unchanged`,
        { file: name, ...(now ? { fileId: now.id, existing: now.name } : {}) },
      );
    }
    if (dup) {
      deleteRespondentsOfFile(db, dup.id);
      db.prepare('DELETE FROM imported_file WHERE id = ?').run(dup.id);
    }
    const realId = writeCreated(db, a.plan.created);
    const waveId = ensureWave(db, input.waveYear);
    fileId = insertImportedFile(db, {
      name,
      bytes: bytes!,
      waveId,
      sheet: a.file.table.sheet,
      mapping: mappingRecord(a, input),
    });
    bytes = null; // in the study now
    const abort = input.onError === 'abort';
    conv = convert(
      a,
      input.onError,
      ids,
      (done, total) => {
        hooks.progress?.('writing', done, total);
        hooks.checkCancel?.();
      },
      {
        rows: BLOCK_ROWS,
        release: true,
        write: (rows, errorsSoFar) => {
          if (abort && errorsSoFar > 0) return;
          writeBlock(db, waveId, fileId, rows, realId, () => hooks.checkCancel?.());
        },
      },
    );
    refuseBadValues(name, input.onError, conv);
    if (input.saveProfile) saveProfile(db, input.saveProfile, profileOf(a, input));
    touchStudy(db);
  }).immediate();
  const c = conv as Conversion | null;
  if (!c) throw new AppError('INTERNAL', `${name}: the import did not run`);
  // The sheet's text is not needed any more.
  a.file.table = { sheet: a.file.table.sheet, rows: [] };
  a.file.extra.clear();
  const total = c.rows.count;
  return {
    fileName: name,
    fileId,
    waveYear: input.waveYear,
    tool: a.layout.tool,
    rowsRead: c.rowsRead,
    imported: total,
    skipped: c.rowsRead - total,
    testResponses: c.testRows ?? 0,
    ...(a.file.savWarnings?.length ? { readWarnings: [...a.file.savWarnings] } : {}),
    createdQuestions: a.plan.created.map((q) => q.code),
    created: a.plan.created.map(createdSummary),
    issues: issueList(c.issues),
    issueCounts: countIssues(c.issues),
    duplicate: dup ? 'replaced' : null,
  };
}

/** `abort` refuses the whole file at the first bad value, counting them all (nothing is written). */
function refuseBadValues(name: string, onError: OnError, conv: Conversion): void {
  const errors = conv.issues.filter((i) => i.severity === 'error');
  if (onError !== 'abort' || errors.length === 0) return;
  const first = errors[0]!;
  throw new AppError(
    'IMPORT_BAD_VALUES',
    `${name}: ${errors.length} bad value${errors.length === 1 ? '' : 's'} in ${conv.badRows} row${conv.badRows === 1 ? '' : 's'}; first at ${first.cell}: ${first.message}. Nothing was imported.`,
    { file: name, errors: errors.length, rows: conv.badRows, cell: first.cell, code: first.code },
  );
}

/**
 * Writes one converted chunk (at most BLOCK_ROWS rows) through the answers store: the respondent rows,
 * then one typed-array column per question (views on the converted columns, no copy).
 */
function writeBlock(
  db: Database,
  waveId: number,
  fileId: number,
  rows: ConvertedRows,
  realId: Map<number, number>,
  tick: () => void,
): void {
  const n = rows.count;
  writeAnswerChunk(
    db,
    waveId,
    fileId,
    {
      externalId: rows.externalId.slice(0, n),
      weight: rows.weight.subarray(0, n),
      sourceRow: rows.sourceRow.subarray(0, n),
    },
    rows.columns.map((col) => ({
      questionId: col.questionId < 0 ? realId.get(col.questionId)! : col.questionId,
      values: col.value.subarray(0, n),
      missing: col.missing.subarray(0, n),
      texts: col.text ? col.text.slice(0, n) : null,
    })),
    tick,
  );
}
