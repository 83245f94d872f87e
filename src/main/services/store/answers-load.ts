import type { Database, Statement } from 'better-sqlite3';
import { basename } from 'node:path';
import { AppError } from '../../../shared/api/errors';
import { NO_POINT, pointsColumn, pointValues } from '../../../shared/stats/points';
import type { LoadedColumn, LoadedWave } from './answers-store';
import { NOT_STORED, nulls, readBlocks } from './answers-store';
import { decodeCodesInto, decodeColumnInto, float64s, uninitialisedFloat64s } from './blob-codec';
import { decodeTexts, FROM_VALUES, textsFromValues } from './texts-codec';

/**
 * Loading a wave's answers from the answers store (answers-store.ts describes the layout): one read
 * per question and block, copied into place; a question stored in one byte per answer kept as its
 * points (shared/stats/points.ts).
 */

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
 * general path then reads again). Its texts, when asked for, as the general path reads them.
 */
function pointsOf(
  stmt: Statement,
  qid: number,
  blocks: readonly { id: number; ids: Int32Array }[],
  n: number,
  withText: boolean,
): LoadedColumn | null {
  const rows: (StoredRow | undefined)[] = [];
  for (const b of blocks) {
    const r = stmt.get(qid, b.id) as StoredRow | undefined;
    if (r && r[0].length !== b.ids.length) return null;
    rows.push(r);
  }
  const points = new Uint8Array(n);
  const missing = new Uint8Array(n);
  const texts = withText ? new TextsInOrder() : null;
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
    texts?.add(r?.[3] ?? null, off, m, (from, to) => ({
      values: pointValues(points.subarray(from, to)),
      missing: missing.subarray(from, to),
    }));
    off += m;
  });
  const col = pointsColumn(points, missing);
  return texts?.fromValues() ? lazyTexts(col) : Object.assign(col, { texts: texts?.texts ?? null });
}

/** One block's stored row: values, missing codes, answers, and the texts when asked for. */
type StoredRow = [Buffer, Buffer, number, (string | null)?];

/**
 * A column's texts gathered block by block in id order: none until a block stores some (earlier
 * blocks then none, or their values written as numbers if one of them stored so), a block without
 * texts none. Only values written as numbers, in any block: the whole column's texts are its values.
 */
class TextsInOrder {
  texts: (string | null)[] | null = null;
  private asValues = false;

  /** The texts `stored` of the m cells from `off`; `cells(from, to)` gives that range's values. */
  add(
    stored: string | null,
    off: number,
    m: number,
    cells: (from: number, to: number) => { values: Float64Array; missing: Uint8Array },
  ): void {
    if (stored === FROM_VALUES && !this.texts) {
      this.asValues = true;
    } else if (stored) {
      if (this.asValues) {
        // An earlier block's texts were its values: made now, as this block's are not.
        const c = cells(0, off);
        this.texts = textsFromValues(c.values, c.missing);
        this.asValues = false;
      }
      this.texts ??= nulls(off);
      decodeTexts(stored, m, () => cells(off, off + m), this.texts);
    }
    const t = this.texts;
    if (t) for (let j = t.length; j < off + m; j++) t.push(null);
  }

  /** True when every text is the value written as a number (made from the values when read). */
  fromValues(): boolean {
    return this.asValues && !this.texts;
  }
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
    const asPoints = !place ? pointsOf(stmt, qid, blocks, n, withText) : null;
    if (asPoints) {
      columns.set(qid, asPoints);
      continue;
    }
    // Filled block by block: decoded where stored, NaN / no answer where the block has no column
    // (every element is written, so the values need no clearing first).
    const values = place ? new Float64Array(n) : uninitialisedFloat64s(n);
    const missing = new Uint8Array(n);
    // Texts only where the column has any (choice codes, comments): null otherwise. In id order they
    // are gathered block by block (TextsInOrder); by place, per block and then placed.
    const inOrder = withText && !place ? new TextsInOrder() : null;
    const parts: ((string | null)[] | null)[] = [];
    if (place) {
      values.fill(NaN);
      missing.fill(1);
    }
    let off = 0;
    for (const b of blocks) {
      const m = b.ids.length;
      const r = stmt.get(qid, b.id) as StoredRow | undefined;
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
      }
      inOrder?.add(r?.[3] ?? null, off, m, (from, to) => ({
        values: values.subarray(from, to),
        missing: missing.subarray(from, to),
      }));
      off += m;
    }
    let texts = inOrder?.texts ?? null;
    if (place && parts.some((t) => t)) {
      const whole = ([] as (string | null)[]).concat(
        ...parts.map((t, i) => t ?? nulls(blocks[i]!.ids.length)),
      );
      texts = nulls(n);
      for (let i = 0; i < n; i++) texts[place[i]!] = whole[i] ?? null;
    }
    if (inOrder?.fromValues()) columns.set(qid, lazyTexts({ values, missing }));
    else columns.set(qid, { values, missing, texts });
  }
  return { respondentIds, weights, columns };
}

/**
 * A column whose texts are its values: made on first read (most readers never ask), from its values
 * (themselves made then from its points, if it has them).
 */
function lazyTexts(col: Omit<LoadedColumn, 'texts'>): LoadedColumn {
  let texts: (string | null)[] | null = null;
  Object.defineProperty(col, 'textsAreValues', { enumerable: true, value: true });
  Object.defineProperty(col, 'texts', {
    enumerable: true,
    get: () => (texts ??= textsFromValues(col.values, col.missing)),
    set: (t: (string | null)[] | null) => (texts = t),
  });
  return col as LoadedColumn;
}
