import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { MissingKind } from '../../../shared/domain/index';

export type AnswerInput = { value: number | null; text: string | null; missing: MissingKind };
export type RespondentInput = {
  externalId: string | null;
  weight?: number;
  sourceRow?: number | null;
  answers: Map<number, AnswerInput>;
};

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Keeps the original bytes of an imported file in the study, with their hash. */
export function insertImportedFile(
  db: Database,
  f: { name: string; bytes: Uint8Array; waveId: number | null; sheet: string | null; mapping: unknown },
): number {
  const info = db
    .prepare(
      `INSERT INTO imported_file (name, sha256, size, bytes, imported_at, wave_id, sheet, mapping)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      f.name,
      sha256(f.bytes),
      f.bytes.byteLength,
      Buffer.from(f.bytes.buffer, f.bytes.byteOffset, f.bytes.byteLength),
      new Date().toISOString(),
      f.waveId,
      f.sheet,
      JSON.stringify(f.mapping ?? {}),
    );
  return Number(info.lastInsertRowid);
}

export function findFileByHash(db: Database, hash: string): { id: number; name: string } | undefined {
  return db.prepare('SELECT id, name FROM imported_file WHERE sha256 = ?').get(hash) as
    { id: number; name: string } | undefined;
}

/** Bulk insert of respondents and their answers. Call inside a transaction. Returns the count. */
export function insertRespondents(
  db: Database,
  waveId: number,
  fileId: number | null,
  rows: Iterable<RespondentInput>,
): number {
  const insR = db.prepare(
    'INSERT INTO respondent (wave_id, external_id, weight, file_id, source_row) VALUES (?, ?, ?, ?, ?)',
  );
  const insA = db.prepare(
    'INSERT INTO answer (respondent_id, question_id, value, text, missing) VALUES (?, ?, ?, ?, ?)',
  );
  let n = 0;
  for (const r of rows) {
    const id = insR.run(waveId, r.externalId, r.weight ?? 1, fileId, r.sourceRow ?? null).lastInsertRowid;
    for (const [qid, a] of r.answers) insA.run(id, qid, a.value, a.text, a.missing);
    n++;
  }
  return n;
}

export type LoadedColumn = {
  /** NaN where missing. */
  values: Float64Array;
  /** 0 answered, 1 no answer, 2 don't know, 3 not applicable. */
  missing: Uint8Array;
  /** Text answers (comments, choice codes); null where none. */
  texts: (string | null)[] | null;
};

export type LoadedWave = {
  respondentIds: Int32Array;
  weights: Float64Array;
  columns: Map<number, LoadedColumn>;
};

/**
 * Loads the wave's answers as columnar typed arrays, one per question, aligned on respondents:
 * the form the statistics functions take.
 */
export function loadWave(db: Database, waveId: number, questionIds: number[], withText = false): LoadedWave {
  const resp = db.prepare('SELECT id, weight FROM respondent WHERE wave_id = ? ORDER BY id').all(waveId) as {
    id: number;
    weight: number;
  }[];
  const n = resp.length;
  const index = new Map<number, number>();
  const respondentIds = new Int32Array(n);
  const weights = new Float64Array(n);
  resp.forEach((r, i) => {
    index.set(r.id, i);
    respondentIds[i] = r.id;
    weights[i] = r.weight;
  });
  const columns = new Map<number, LoadedColumn>();
  const q = db.prepare(
    `SELECT a.respondent_id AS rid, a.value, a.text, a.missing FROM answer a
     JOIN respondent r ON r.id = a.respondent_id WHERE a.question_id = ? AND r.wave_id = ?`,
  );
  for (const qid of questionIds) {
    const values = new Float64Array(n).fill(NaN);
    const missing = new Uint8Array(n).fill(1);
    const texts = withText ? new Array<string | null>(n).fill(null) : null;
    for (const row of q.iterate(qid, waveId) as Iterable<{
      rid: number;
      value: number | null;
      text: string | null;
      missing: number;
    }>) {
      const i = index.get(row.rid);
      if (i === undefined) continue;
      if (row.value !== null) values[i] = row.value;
      missing[i] = row.missing;
      if (texts) texts[i] = row.text;
    }
    columns.set(qid, { values, missing, texts });
  }
  return { respondentIds, weights, columns };
}
