import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { MissingKind } from '../../../shared/domain/index';
import type { BlockColumn, LoadedColumn, LoadedWave } from './answers-store';
import { loadWaveColumns } from './answers-load';
import { BLOCK_ROWS, emptyColumn, nulls, writeAnswerChunk } from './answers-store';

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

/**
 * Writes respondents and their answers (row objects, for small callers such as the sample study) in
 * blocks through the answers store. Call inside a transaction. Returns the count.
 */
export function insertRespondents(
  db: Database,
  waveId: number,
  fileId: number | null,
  rows: Iterable<RespondentInput>,
): number {
  const all = [...rows];
  for (let from = 0; from < all.length; from += BLOCK_ROWS) {
    const chunk = all.slice(from, from + BLOCK_ROWS);
    const n = chunk.length;
    const columns = new Map<number, BlockColumn>();
    chunk.forEach((r, i) => {
      for (const [qid, a] of r.answers) {
        let c = columns.get(qid);
        if (!c) columns.set(qid, (c = emptyColumn(qid, n)));
        c.values[i] = a.value ?? NaN;
        c.missing[i] = a.missing;
        if (a.text !== null) (c.texts ??= nulls(n))[i] = a.text;
      }
    });
    writeAnswerChunk(
      db,
      waveId,
      fileId,
      {
        externalId: chunk.map((r) => r.externalId),
        weight: Float64Array.from(chunk, (r) => r.weight ?? 1),
        sourceRow: chunk.map((r) => r.sourceRow ?? null),
      },
      [...columns.values()],
    );
  }
  return all.length;
}

export type { LoadedColumn, LoadedWave };

/**
 * Loads the wave's answers as columnar typed arrays, one per question, aligned on respondents:
 * the form the statistics functions take.
 */
export function loadWave(db: Database, waveId: number, questionIds: number[], withText = false): LoadedWave {
  return loadWaveColumns(db, waveId, questionIds, withText);
}
