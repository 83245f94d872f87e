import type { Database } from 'better-sqlite3';
import { blobOf, encodeValues, float64s, int32s } from './blob-codec';
import { decodeTexts, encodeTexts } from './texts-codec';

/**
 * The answers store: every read and write of respondents' answers goes through this module (and
 * answers-edit.ts for the edits of one question's answers, answers-load.ts for loading a wave).
 *
 * Layout (migration 005): respondents are written in blocks — the rows of one chunk of an import,
 * at most BLOCK_ROWS, all of one wave and one file. `respondent_block` holds the block's respondent
 * ids (Int32Array, ascending) and weights (Float64Array); `answer_column` holds, per question and
 * block, the values (NaN = no value; one byte each when all are whole numbers 0–254, else Float64Array:
 * see encodeValues), the missing codes (Uint8Array: 0 answered, 1 no
 * answer, 2 don't know, 3 not applicable, 255 = no answer stored, a blank cell) and the texts (NULL
 * when the column has none; codes equal to the values, a dictionary of labels or a JSON array: see
 * texts-codec.ts). Typed arrays are stored little-endian, as every platform the
 * app runs on holds them. The `respondent` table keeps each respondent's external id, file and source
 * row: the provenance of every answer is (file, sheet from the file's mapping, source_row, the
 * mapping's column of the question).
 */

/** Respondents per block: an import writes one block per chunk of this many rows. */
export { blobOf, encodeValues };

export const BLOCK_ROWS = 65_536;
/** A blank cell: no answer is stored (it reads as "no answer"). */
export const NOT_STORED = 255;

export type MissingCode = 0 | 1 | 2 | 3;

/** One stored answer as a row: the form of undo snapshots and of checks in tests. */
export type AnswerRow = {
  respondent_id: number;
  question_id: number;
  value: number | null;
  text: string | null;
  missing: number;
};

export type LoadedColumn = {
  /** NaN where missing. */
  values: Float64Array;
  /** 0 answered, 1 no answer, 2 don't know, 3 not applicable. */
  missing: Uint8Array;
  /**
   * The values in one byte each where every one is a whole number 0–254 (255: no value), as
   * stored; `values` is then made from them when first read.
   */
  points?: Uint8Array;
  /** Text answers (comments, choice codes); null where none. */
  texts: (string | null)[] | null;
  /**
   * True when every text is the answer's value written as a number (String(value) where answered,
   * none elsewhere): `texts` is then made only when first read.
   */
  textsAreValues?: boolean;
};

export type LoadedWave = {
  respondentIds: Int32Array;
  weights: Float64Array;
  columns: Map<number, LoadedColumn>;
};

/** One question's answers for the respondents of a block, aligned on them. */
export type BlockColumn = {
  questionId: number;
  values: Float64Array;
  /** MISSING kinds, or NOT_STORED. */
  missing: Uint8Array;
  texts: (string | null)[] | null;
};

export type Block = {
  id: number;
  waveId: number;
  fileId: number | null;
  ids: Int32Array;
  weights: Float64Array;
};

// --- blocks -----------------------------------------------------------------------------------------

type BlockRow = { id: number; wave_id: number; file_id: number | null; ids: Buffer; weights: Buffer };

const blockOf = (r: BlockRow): Block => ({
  id: r.id,
  waveId: r.wave_id,
  fileId: r.file_id,
  ids: int32s(r.ids),
  weights: float64s(r.weights, r.ids.length / 4),
});

/** The blocks of a wave (or of every wave), by their first respondent. */
export function readBlocks(db: Database, waveId?: number): Block[] {
  const rows = (
    waveId === undefined
      ? db.prepare('SELECT id, wave_id, file_id, ids, weights FROM respondent_block').all()
      : db
          .prepare('SELECT id, wave_id, file_id, ids, weights FROM respondent_block WHERE wave_id = ?')
          .all(waveId)
  ) as BlockRow[];
  return rows.map(blockOf).sort((a, b) => (a.ids[0] ?? 0) - (b.ids[0] ?? 0));
}

export type RespondentsInput = {
  externalId: (string | null)[];
  weight: Float64Array;
  sourceRow: (number | null)[] | Int32Array;
};

/**
 * Writes a chunk of respondents (at most BLOCK_ROWS) with their answers: the respondent rows, the
 * block and one column per question that holds any stored answer. Runs in the caller's transaction.
 * Returns the new respondents' ids.
 */
export function writeAnswerChunk(
  db: Database,
  waveId: number,
  fileId: number | null,
  respondents: RespondentsInput,
  columns: readonly BlockColumn[],
  /** Called after each column is written (with how many are): for progress and cancel. */
  onColumn?: (done: number) => void,
): Int32Array {
  const n = respondents.externalId.length;
  if (n > BLOCK_ROWS) throw new Error(`writeAnswerChunk: ${n} rows, at most ${BLOCK_ROWS}`);
  const ids = new Int32Array(n);
  if (n === 0) return ids;
  const first = (db.prepare('SELECT COALESCE(MAX(id), 0) + 1 AS id FROM respondent').get() as { id: number })
    .id;
  const per = 100;
  const many = db.prepare(
    `INSERT INTO respondent (id, wave_id, external_id, weight, file_id, source_row) VALUES ${Array.from(
      { length: per },
      () => '(?, ?, ?, ?, ?, ?)',
    ).join(', ')}`,
  );
  const one = db.prepare(
    'INSERT INTO respondent (id, wave_id, external_id, weight, file_id, source_row) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const params: (number | string | null)[] = new Array<number | string | null>(per * 6);
  let i = 0;
  for (; i + per <= n; i += per) {
    for (let j = 0; j < per; j++) {
      const k = i + j;
      ids[k] = first + k;
      params[j * 6] = first + k;
      params[j * 6 + 1] = waveId;
      params[j * 6 + 2] = respondents.externalId[k] ?? null;
      params[j * 6 + 3] = respondents.weight[k]!;
      params[j * 6 + 4] = fileId;
      params[j * 6 + 5] = respondents.sourceRow[k] ?? null;
    }
    many.run(params);
  }
  for (; i < n; i++) {
    ids[i] = first + i;
    one.run(
      first + i,
      waveId,
      respondents.externalId[i] ?? null,
      respondents.weight[i]!,
      fileId,
      respondents.sourceRow[i] ?? null,
    );
  }
  const blockId = Number(
    db
      .prepare('INSERT INTO respondent_block (wave_id, file_id, count, ids, weights) VALUES (?, ?, ?, ?, ?)')
      .run(waveId, fileId, n, blobOf(ids), encodeValues(respondents.weight.subarray(0, n))).lastInsertRowid,
  );
  columns.forEach((c, k) => {
    writeColumn(db, blockId, c);
    onColumn?.(k + 1);
  });
  return ids;
}

/** Stores (or replaces) one question's column of a block; a column without any stored answer is dropped. */
export function writeColumn(db: Database, blockId: number, c: BlockColumn): void {
  let answered = 0;
  for (let i = 0; i < c.missing.length; i++) if (c.missing[i] !== NOT_STORED) answered++;
  if (answered === 0) {
    db.prepare('DELETE FROM answer_column WHERE question_id = ? AND block_id = ?').run(c.questionId, blockId);
    return;
  }
  db.prepare(
    `INSERT INTO answer_column (question_id, block_id, answered, vals, missing, texts) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (question_id, block_id) DO UPDATE SET answered = excluded.answered, vals = excluded.vals,
         missing = excluded.missing, texts = excluded.texts`,
  ).run(
    c.questionId,
    blockId,
    answered,
    encodeValues(c.values),
    blobOf(c.missing),
    encodeTexts(c.texts, c.values, c.missing),
  );
}

type ColumnRow = { vals: Buffer; missing: Buffer; texts: string | null };

/** One question's stored column of a block, or null when the block holds no answer of it. */
export function readColumn(db: Database, questionId: number, block: Block): BlockColumn | null {
  const r = db
    .prepare('SELECT vals, missing, texts FROM answer_column WHERE question_id = ? AND block_id = ?')
    .get(questionId, block.id) as ColumnRow | undefined;
  if (!r) return null;
  const values = float64s(r.vals, block.ids.length);
  const missing = new Uint8Array(r.missing);
  return {
    questionId,
    values,
    missing,
    texts: decodeTexts(r.texts, block.ids.length, () => ({ values, missing })),
  };
}

/** An empty column for a block: nothing stored. */
export function emptyColumn(questionId: number, n: number): BlockColumn {
  return {
    questionId,
    values: new Float64Array(n).fill(NaN),
    missing: new Uint8Array(n).fill(NOT_STORED),
    texts: null,
  };
}

/** Deletes the respondents a file brought, with their answers (a replaced or re-mapped import). */
export function deleteRespondentsOfFile(db: Database, fileId: number): void {
  db.prepare('DELETE FROM respondent_block WHERE file_id = ?').run(fileId);
  db.prepare('DELETE FROM respondent WHERE file_id = ?').run(fileId);
}

/** n nulls in a packed array (`new Array(n)` of a large n is a slow dictionary-mode array). */
export function nulls(n: number): (string | null)[] {
  const a: (string | null)[] = [];
  for (let i = 0; i < n; i++) a.push(null);
  return a;
}
