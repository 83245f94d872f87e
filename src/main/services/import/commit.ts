import type { Database } from 'better-sqlite3';
import { AppError } from '../../../shared/api/errors';
import type { ImportOptions, ImportSummary } from '../../../shared/api/import';
import type { ConvertedRow, ImportIssue, IssueCode, OnError } from '../../../shared/import/convert';
import { MISSING } from '../../../shared/domain/questionnaire';
import type { ImportProfile } from '../../../shared/import/mapping';
import { findFileByHash, insertImportedFile, sha256 } from '../store/responses-repo';
import { addQuestion } from '../store/questionnaire-repo';
import { ensureWave, touchStudy } from '../store/study-repo';
import type { Analysis } from './analyze';
import { analyze, convert, existingIds } from './analyze';
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
    onError: input.onError,
    columns: a.layout.columns.map((c, i) => ({
      index: c.index,
      letter: c.letter,
      header: c.header,
      code: c.code,
      kind: c.kind,
      questionCode: a.plan.mapping[i]?.questionCode ?? null,
      source: a.plan.mapping[i]?.source ?? 'none',
    })),
    created: a.plan.created.map((q) => q.code),
    recodes: input.recodes ?? {},
  };
}

export function profileOf(a: Analysis, input: CommitInput): ImportProfile {
  return {
    tool: a.layout.tool,
    headerRows: a.layout.headerRows,
    columns: a.layout.columns.map((c, i) => ({ header: c.header, code: c.code, questionCode: a.plan.mapping[i]?.questionCode ?? null })),
    recodes: { ...(a.profile?.recodes ?? {}), ...(input.recodes ?? {}) },
    keepPersonal: input.keepPersonal ?? false,
  };
}

function issueList(issues: readonly ImportIssue[]) {
  return issues.slice(0, MAX_LISTED).map((i) => ({ cell: i.cell, code: i.code, message: i.message }));
}

/**
 * The import itself: reads and validates everything first, then writes in ONE transaction — the
 * questions it creates, the wave, the file's bytes with their hash and mapping, the respondents and
 * their answers. Any failure (bad values with `abort`, a cancel, a crash) rolls the transaction back,
 * so the study file stays byte-for-byte as it was.
 */
export function runImport(db: Database, input: CommitInput, hooks: ImportHooks = {}): ImportOutcome {
  const name = input.file.name;
  const bytes = Buffer.from(input.file.base64, 'base64');
  const hash = sha256(bytes);
  const dup = findFileByHash(db, hash);
  hooks.progress?.('reading', 0, 0);
  if (dup && input.ifDuplicate === 'ask') {
    throw new AppError('IMPORT_DUPLICATE_FILE', `${name} was imported before (as ${dup.name}): replace that import or skip this file`, { file: name, fileId: dup.id, existing: dup.name });
  }
  const a = analyze(db, name, bytes, input);
  hooks.readDone?.();
  hooks.checkCancel?.();
  if (dup && input.ifDuplicate === 'skip') {
    return { fileName: name, fileId: dup.id, waveYear: input.waveYear, tool: a.layout.tool, rowsRead: 0, imported: 0, skipped: 0, createdQuestions: [], issues: [], issueCounts: {}, duplicate: 'skipped' };
  }
  if (a.plan.convert.columns.length === 0) {
    throw new AppError('IMPORT_NO_MATCHING_COLUMNS', `${name}: no column matches a question of the study (map the columns, or create questions from them)`, { file: name });
  }
  const ids = existingIds(db, input.waveYear, dup?.id);
  const conv = convert(a, input.onError, ids, (done, total) => {
    hooks.progress?.('converting', done, total);
    hooks.checkCancel?.();
  });
  const errors = conv.issues.filter((i) => i.severity === 'error');
  if (input.onError === 'abort' && errors.length > 0) {
    const first = errors[0]!;
    throw new AppError(
      'IMPORT_BAD_VALUES',
      `${name}: ${errors.length} bad value${errors.length === 1 ? '' : 's'} in ${conv.badRows} row${conv.badRows === 1 ? '' : 's'}; first at ${first.cell}: ${first.message}. Nothing was imported.`,
      { file: name, errors: errors.length, rows: conv.badRows, cell: first.cell, code: first.code },
    );
  }
  const total = conv.rows.length;
  let fileId = 0;
  db.transaction(() => {
    if (dup) {
      db.prepare('DELETE FROM respondent WHERE file_id = ?').run(dup.id);
      db.prepare('DELETE FROM imported_file WHERE id = ?').run(dup.id);
    }
    const realId = new Map<number, number>();
    for (const q of a.plan.created) {
      realId.set(q.id, addQuestion(db, { code: q.code, type: q.type, role: q.role, scale: q.scale, texts: q.texts }));
    }
    const waveId = ensureWave(db, input.waveYear);
    fileId = insertImportedFile(db, { name, bytes, waveId, sheet: a.file.table.sheet, mapping: mappingRecord(a, input) });
    insertRows(db, waveId, fileId, conv.rows, realId, (done) => {
      hooks.progress?.('writing', done, total);
      hooks.checkCancel?.();
    });
    if (input.saveProfile) saveProfile(db, input.saveProfile, profileOf(a, input));
    touchStudy(db);
  })();
  return {
    fileName: name,
    fileId,
    waveYear: input.waveYear,
    tool: a.layout.tool,
    rowsRead: conv.rowsRead,
    imported: total,
    skipped: conv.rowsRead - total,
    createdQuestions: a.plan.created.map((q) => q.code),
    issues: issueList(conv.issues),
    issueCounts: countIssues(conv.issues),
    duplicate: dup ? 'replaced' : null,
  };
}

/**
 * Writes respondents, then answers question by question: the answer table's key is (question,
 * respondent), so this order appends to the B-tree instead of scattering writes over it.
 */
function insertRows(
  db: Database,
  waveId: number,
  fileId: number,
  rows: readonly ConvertedRow[],
  realId: Map<number, number>,
  tick: (done: number) => void,
): void {
  const insR = db.prepare('INSERT INTO respondent (wave_id, external_id, weight, file_id, source_row) VALUES (?, ?, 1, ?, ?)');
  const insA = db.prepare('INSERT INTO answer (respondent_id, question_id, value, text, missing) VALUES (?, ?, ?, ?, ?)');
  const rids = new Array<number>(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    rids[i] = Number(insR.run(waveId, r.externalId, fileId, r.sourceRow).lastInsertRowid);
  }
  const qids = new Set<number>();
  for (const r of rows.slice(0, 1)) for (const k of r.answers.keys()) qids.add(k);
  let done = 0;
  const steps = qids.size * rows.length || 1;
  for (const key of qids) {
    const qid = key < 0 ? realId.get(key)! : key;
    for (let i = 0; i < rows.length; i++) {
      const ans = rows[i]!.answers.get(key);
      // A blank cell needs no row: a missing answer row reads as "no answer" (see loadWave).
      if (ans && (ans.missing !== MISSING.noAnswer || ans.text !== null)) insA.run(rids[i], qid, ans.value, ans.text, ans.missing);
      if ((++done & 16383) === 0) tick(Math.round((done / steps) * rows.length));
    }
  }
  tick(rows.length);
}
