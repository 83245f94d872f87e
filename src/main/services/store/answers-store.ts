import type { Database, Statement } from 'better-sqlite3';
import { basename } from 'node:path';
import { AppError } from '../../../shared/api/errors';
import {
  blobOf,
  decodeCodesInto,
  decodeColumnInto,
  encodeValues,
  float64s,
  int32s,
  uninitialisedFloat64s,
} from './blob-codec';
import { decodeTexts, encodeTexts, FROM_VALUES, textsFromValues } from './texts-codec';
import { NO_POINT, pointsColumn } from '../../../shared/stats/points';

/**
 * The answers store: every read and write of respondents' answers goes through this module (and
 * answers-edit.ts for the edits of one question's answers).
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

/** A column whose texts are its values: made on first read (most readers never ask). */
function lazyTexts(values: Float64Array, missing: Uint8Array): LoadedColumn {
  let texts: (string | null)[] | null = null;
  const col = { values, missing, textsAreValues: true } as LoadedColumn;
  Object.defineProperty(col, 'texts', {
    enumerable: true,
    get: () => (texts ??= textsFromValues(values, missing)),
    set: (t: (string | null)[] | null) => (texts = t),
  });
  return col;
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

// --- loading a wave -----------------------------------------------------------------------------------

/**
 * Loads the wave's answers as columnar typed arrays, one per question, aligned on respondents in id
 * order: the form the statistics functions take. A blank cell reads as "no answer" (1).
 */
export function loadWaveColumns(
  db: Database,
  waveId: number,
  questionIds: readonly number[],
  withText = false,
): LoadedWave {
  try {
    return loadColumns(db, waveId, questionIds, withText);
  } catch (e) {
    // A page damaged inside a stored column shows only when it is read (opening checks the structure).
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB')) {
      throw new AppError('STUDY_CORRUPT', `${basename(db.name)} is damaged: ${(e as Error).message}`, {
        file: db.name,
      });
    }
    throw e;
  }
}

/**
 * The column as points when every block stores its values in one byte each (a block without it:
 * no value, no answer); null otherwise (a column of doubles shows so at its first block, which the
 * general path then reads again).
 */
function pointsOf(
  stmt: Statement,
  qid: number,
  blocks: readonly { id: number; ids: Int32Array }[],
  n: number,
): LoadedColumn | null {
  const rows: ([Buffer, Buffer, number] | undefined)[] = [];
  for (const b of blocks) {
    const r = stmt.get(qid, b.id) as [Buffer, Buffer, number] | undefined;
    if (r && r[0].length !== b.ids.length) return null;
    rows.push(r);
  }
  const points = new Uint8Array(n);
  const missing = new Uint8Array(n);
  let off = 0;
  blocks.forEach((b, i) => {
    const m = b.ids.length;
    const r = rows[i];
    if (!r) {
      points.fill(NO_POINT, off, off + m);
      missing.fill(1, off, off + m);
    } else {
      points.set(r[0], off);
      decodeCodesInto(missing, off, r[1], m);
    }
    off += m;
  });
  return Object.assign(pointsColumn(points, missing), { texts: null });
}

function loadColumns(
  db: Database,
  waveId: number,
  questionIds: readonly number[],
  withText: boolean,
): LoadedWave {
  const blocks = readBlocks(db, waveId);
  const n = blocks.reduce((s, b) => s + b.ids.length, 0);
  const respondentIds = new Int32Array(n);
  const weights = new Float64Array(n);
  let at = 0;
  for (const b of blocks) {
    respondentIds.set(b.ids, at);
    weights.set(b.weights, at);
    at += b.ids.length;
  }
  // Blocks never overlap (each is a run of new ids); should a file say otherwise, place by id.
  let sorted = true;
  for (let i = 1; i < n; i++) if (respondentIds[i]! <= respondentIds[i - 1]!) sorted = false;
  let place: Int32Array | null = null;
  if (!sorted) {
    const order = Array.from({ length: n }, (_, i) => i).sort(
      (x, y) => respondentIds[x]! - respondentIds[y]!,
    );
    place = new Int32Array(n);
    order.forEach((from, to) => (place![from] = to));
    const ids = respondentIds.slice();
    const w = weights.slice();
    for (let i = 0; i < n; i++) {
      respondentIds[place[i]!] = ids[i]!;
      weights[place[i]!] = w[i]!;
    }
  }
  const stmt = db
    .prepare(
      `SELECT vals, missing, answered${withText ? ', texts' : ''} FROM answer_column WHERE question_id = ? AND block_id = ?`,
    )
    .raw();
  const columns = new Map<number, LoadedColumn>();
  for (const qid of questionIds) {
    // A column stored in one byte per answer in every block is kept as those bytes, its values made
    // only when first read (see shared/stats/points.ts).
    const asPoints = !place && !withText ? pointsOf(stmt, qid, blocks, n) : null;
    if (asPoints) {
      columns.set(qid, asPoints);
      continue;
    }
    // Filled block by block: decoded where stored, NaN / no answer where the block has no column
    // (every element is written, so the values need no clearing first).
    const values = place ? new Float64Array(n) : uninitialisedFloat64s(n);
    const missing = new Uint8Array(n);
    // Texts only where the column has any (choice codes, comments): null otherwise. In id order they
    // are appended block by block (`texts` holds the first `off` cells); by place, gathered per block.
    let texts: (string | null)[] | null = null;
    let fromValues = false;
    const parts: ((string | null)[] | null)[] = [];
    if (place) {
      values.fill(NaN);
      missing.fill(1);
    }
    let off = 0;
    for (const b of blocks) {
      const m = b.ids.length;
      const r = stmt.get(qid, b.id) as [Buffer, Buffer, number, (string | null)?] | undefined;
      if (!r) {
        if (!place) {
          values.fill(NaN, off, off + m);
          missing.fill(1, off, off + m);
        }
      } else if (place) {
        const v = float64s(r[0], m);
        parts.push(withText && r[3] ? decodeTexts(r[3], m, () => ({ values: v, missing: r[1] })) : null);
        for (let j = 0; j < m; j++) {
          const to = place[off + j]!;
          values[to] = v[j]!;
          const code = r[1][j]!;
          missing[to] = code === NOT_STORED ? 1 : code;
        }
      } else {
        decodeColumnInto(values, missing, off, r[0], r[1], m);
        if (withText && r[3] === FROM_VALUES && !texts) {
          fromValues = true;
        } else if (withText && r[3]) {
          if (fromValues) {
            // An earlier block's texts were its values: made now, as this block's are not.
            texts = textsFromValues(values.subarray(0, off), missing.subarray(0, off));
            fromValues = false;
          }
          const o = off;
          if (!texts) texts = nulls(o);
          decodeTexts(
            r[3],
            m,
            () => ({ values: values.subarray(o, o + m), missing: missing.subarray(o, o + m) }),
            texts,
          );
        }
      }
      off += m;
      if (!place && texts && texts.length < off) for (let j = texts.length; j < off; j++) texts.push(null);
    }
    if (place && parts.some((t) => t)) {
      const whole = ([] as (string | null)[]).concat(
        ...parts.map((t, i) => t ?? nulls(blocks[i]!.ids.length)),
      );
      texts = nulls(n);
      for (let i = 0; i < n; i++) texts[place[i]!] = whole[i] ?? null;
    }
    if (fromValues && !texts) columns.set(qid, lazyTexts(values, missing));
    else columns.set(qid, { values, missing, texts });
  }
  return { respondentIds, weights, columns };
}
