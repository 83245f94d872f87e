import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { api, b64, makeStudy, tempDir } from '../import/test-helpers';
import { openStudyDb } from './db';
import { loadWaveColumns } from './answers-load';
import {
  answeredQuestionIds,
  answeredValues,
  answeredWaves,
  countAnswers,
  markValueMissing,
  readAnswerRows,
  replaceAnswers,
} from './answers-edit';
import type { BlockColumn } from './answers-store';
import { BLOCK_ROWS, deleteRespondentsOfFile, NOT_STORED, writeAnswerChunk } from './answers-store';
import { readQuestionnaire } from './questionnaire-repo';
import { insertImportedFile } from './responses-repo';
import { ensureWave, readFiles } from './study-repo';

function study() {
  const path = join(tempDir(), 's.tpstudy');
  makeStudy(path);
  const db = openStudyDb(path);
  const q = new Map(readQuestionnaire(db).questions.map((x) => [x.code, x.id]));
  return { path, db, q1: q.get('Q1')!, dept: q.get('DEPT')! };
}

const col = (
  questionId: number,
  values: number[],
  missing: number[],
  texts?: (string | null)[],
): BlockColumn => ({
  questionId,
  values: Float64Array.from(values),
  missing: Uint8Array.from(missing),
  texts: texts ?? null,
});

const who = (ids: string[], weights?: number[]) => ({
  externalId: ids,
  weight: Float64Array.from(weights ?? ids.map(() => 1)),
  sourceRow: ids.map((_, i) => i + 2),
});

describe('the answers store', () => {
  it('loads a wave written in several blocks, aligned on respondents, other waves left out', () => {
    const { db, q1, dept } = study();
    const w25 = ensureWave(db, 2025);
    const w26 = ensureWave(db, 2026);
    db.transaction(() => {
      writeAnswerChunk(db, w26, null, who(['a', 'b'], [1, 2]), [
        col(q1, [4, NaN], [0, 2]),
        col(dept, [NaN, NaN], [0, 0], ['X', 'Y']),
      ]);
      writeAnswerChunk(db, w25, null, who(['z']), [col(q1, [1], [0])]);
      // A later block without DEPT, and a blank Q1 cell (stored as nothing).
      writeAnswerChunk(db, w26, null, who(['c', 'd'], [3, 4]), [col(q1, [5, NaN], [0, NOT_STORED])]);
    })();
    const w = loadWaveColumns(db, w26, [q1, dept], true);
    expect(Array.from(w.weights)).toEqual([1, 2, 3, 4]);
    expect(w.respondentIds).toHaveLength(4);
    const c1 = w.columns.get(q1)!;
    expect(Array.from(c1.values)).toEqual([4, NaN, 5, NaN]);
    expect(Array.from(c1.missing)).toEqual([0, 2, 0, 1]);
    expect(c1.texts).toBeNull();
    const d = w.columns.get(dept)!;
    expect(d.texts).toEqual(['X', 'Y', null, null]);
    expect(Array.from(d.missing)).toEqual([0, 0, 1, 1]);
    // Blank cells are no stored answer: counted out, and no row of their own.
    expect(countAnswers(db, q1)).toBe(4);
    expect(readAnswerRows(db, q1).map((r) => [r.value, r.missing])).toEqual([
      [4, 0],
      [null, 2],
      [1, 0],
      [5, 0],
    ]);
    expect(answeredWaves(db, q1).map((x) => x.year)).toEqual([2025, 2026]);
    expect(answeredWaves(db, dept).map((x) => x.year)).toEqual([2026]);
    db.close();
  });

  it('reads choice codes stored as their values, and labels, back as texts across blocks', () => {
    const { db, q1, dept } = study();
    const w = ensureWave(db, 2026);
    db.transaction(() => {
      writeAnswerChunk(db, w, null, who(['a', 'b', 'c']), [
        col(q1, [4, NaN, 2], [0, 2, 0], ['4', null, '2']),
        col(dept, [1, 2, NaN], [0, 0, 1], ['1', '2', null]),
      ]);
      writeAnswerChunk(db, w, null, who(['d', 'e']), [
        col(q1, [5, 5], [0, 0], ['5', '5']),
        col(dept, [NaN, NaN], [0, 0], ['Shop', 'Shop']),
      ]);
    })();
    const wave = loadWaveColumns(db, w, [q1, dept], true);
    const c1 = wave.columns.get(q1)!;
    expect(c1.textsAreValues).toBe(true);
    expect(c1.texts).toEqual(['4', null, '2', '5', '5']);
    const d = wave.columns.get(dept)!;
    expect(d.textsAreValues).toBeUndefined();
    expect(d.texts).toEqual(['1', '2', null, 'Shop', 'Shop']);
    expect(readAnswerRows(db, dept).map((r) => r.text)).toEqual(['1', '2', null, 'Shop', 'Shop']);
    db.close();
  });

  it('reads texts the same whether a column is held as points or as doubles', () => {
    // values of one byte each (points) or not (doubles); texts: none, values, labels, in that order
    for (const [a, b] of [
      [1, 2],
      [1.5, 2.5],
    ] as const) {
      const { db, q1, dept } = study();
      const w = ensureWave(db, 2026);
      db.transaction(() => {
        writeAnswerChunk(db, w, null, who(['a', 'b']), [
          col(q1, [a, b], [0, 0]),
          col(dept, [a, NaN], [0, 1]),
        ]);
        writeAnswerChunk(db, w, null, who(['c', 'd']), [
          col(q1, [a, b], [0, 0], [String(a), String(b)]),
          col(dept, [b, a], [0, 0], [String(b), String(a)]),
        ]);
        writeAnswerChunk(db, w, null, who(['e', 'f']), [
          col(q1, [b, NaN], [0, 1], ['Shop', null]),
          col(dept, [b, b], [0, 0], [String(b), String(b)]),
        ]);
      })();
      const wave = loadWaveColumns(db, w, [q1, dept], true);
      const c1 = wave.columns.get(q1)!;
      expect(c1.points !== undefined).toBe(a === 1);
      // an earlier block's values written as numbers count as texts once a later block has labels
      expect(c1.texts).toEqual([String(a), String(b), String(a), String(b), 'Shop', null]);
      expect(c1.textsAreValues).toBeUndefined();
      const d = wave.columns.get(dept)!;
      expect(d.textsAreValues).toBe(true);
      expect(d.texts).toEqual([String(a), null, String(b), String(a), String(b), String(b)]);
      db.close();
    }
  });

  it('edits one question: rows back in (undo), a value declared missing, counts per value', () => {
    const { db, q1, dept } = study();
    const w = ensureWave(db, 2026);
    const ids = db.transaction(() =>
      writeAnswerChunk(db, w, null, who(['a', 'b', 'c']), [col(q1, [4, 9, 4], [0, 0, 0])]),
    )();
    const before = readAnswerRows(db, q1);
    expect(answeredValues(db, q1).sort((x, y) => x.value! - y.value!)).toEqual([
      { value: 4, text: null, n: 2 },
      { value: 9, text: null, n: 1 },
    ]);
    markValueMissing(db, q1, 9, 2);
    expect(readAnswerRows(db, q1).map((r) => r.missing)).toEqual([0, 2, 0]);
    replaceAnswers(db, [q1], before);
    expect(readAnswerRows(db, q1)).toEqual(before);
    // A question without answers gets them (and loses them again with an empty list).
    replaceAnswers(
      db,
      [dept],
      [{ respondent_id: ids[1]!, question_id: dept, value: null, text: 'B', missing: 0 }],
    );
    expect(loadWaveColumns(db, w, [dept], true).columns.get(dept)!.texts).toEqual([null, 'B', null]);
    expect(answeredQuestionIds(db)).toEqual(new Set([q1, dept]));
    replaceAnswers(db, [dept], []);
    expect(countAnswers(db, dept)).toBe(0);
    db.close();
  });

  it('keeps values exactly whether they fit one byte each or not', () => {
    const { db, q1, dept } = study();
    const w = ensureWave(db, 2026);
    const odd = [2.5, -1, 1e6, NaN, -0, 254];
    writeAnswerChunk(db, w, null, who(['a', 'b', 'c', 'd', 'e', 'f'], [0.75, 1, 1, 1, 1, 2]), [
      col(q1, [0, 254, NaN, 3, 1, 2], [0, 0, 1, 0, 0, 0]),
      col(dept, odd, [0, 0, 0, 1, 0, 0]),
    ]);
    const sizes = db
      .prepare('SELECT length(vals) AS n FROM answer_column ORDER BY question_id')
      .pluck()
      .all();
    expect(sizes).toEqual([6, 48]); // Q1 one byte per respondent, DEPT eight
    const got = loadWaveColumns(db, w, [q1, dept]);
    expect(Array.from(got.columns.get(q1)!.values)).toEqual([0, 254, NaN, 3, 1, 2]);
    expect(Array.from(got.columns.get(dept)!.values)).toEqual(odd);
    expect(Object.is(got.columns.get(dept)!.values[4], -0)).toBe(true);
    // the one-byte column is held as its bytes (255: no value); the other has none
    expect(Array.from(got.columns.get(q1)!.points!)).toEqual([0, 254, 255, 3, 1, 2]);
    expect(got.columns.get(dept)!.points).toBeUndefined();
    expect(Array.from(got.weights)).toEqual([0.75, 1, 1, 1, 1, 2]);
    db.close();
  });

  it('places respondents by id when blocks overlap (a file edited by hand)', () => {
    const { db, q1, dept } = study();
    const w = ensureWave(db, 2026);
    db.pragma('foreign_keys = OFF');
    const a = writeAnswerChunk(db, w, null, who(['a', 'b'], [1, 2]), [
      col(q1, [1, 2], [0, 0]),
      col(dept, [NaN, NaN], [0, 0], ['A', 'B']),
    ]);
    writeAnswerChunk(db, w, null, who(['c', 'd'], [3, 4]), [col(q1, [3, 4], [0, NOT_STORED])]);
    // b becomes the wave's last respondent, while its block comes first.
    db.prepare('UPDATE respondent SET id = 100 WHERE id = ?').run(a[1]);
    db.prepare('UPDATE respondent_block SET ids = ? WHERE id = (SELECT MIN(id) FROM respondent_block)').run(
      Buffer.from(Int32Array.from([a[0]!, 100]).buffer),
    );
    const got = loadWaveColumns(db, w, [q1, dept], true);
    expect(Array.from(got.respondentIds)).toEqual([a[0], a[0]! + 2, a[0]! + 3, 100]);
    expect(Array.from(got.weights)).toEqual([1, 3, 4, 2]);
    expect(Array.from(got.columns.get(q1)!.values)).toEqual([1, 3, 4, 2]);
    expect(Array.from(got.columns.get(q1)!.missing)).toEqual([0, 0, 1, 0]);
    expect(got.columns.get(dept)!.texts).toEqual(['A', null, null, 'B']);
    db.close();
  });

  it("deletes a file's respondents with their answers, and nobody else's", () => {
    const { db, q1 } = study();
    const w = ensureWave(db, 2026);
    const file = (name: string) =>
      insertImportedFile(db, { name, bytes: Buffer.from(name), waveId: w, sheet: null, mapping: {} });
    const [f1, f2] = [file('one.csv'), file('two.csv')];
    writeAnswerChunk(db, w, f1, who(['a']), [col(q1, [1], [0])]);
    writeAnswerChunk(db, w, f2, who(['b']), [col(q1, [2], [0])]);
    writeAnswerChunk(db, w, f2, who(['c', 'd']), [col(q1, [3, 4], [0, 0])]);
    // the files list counts each file's respondents from its blocks: the respondent table's count
    const counts = () => {
      const rows = db
        .prepare('SELECT file_id AS id, COUNT(*) AS n FROM respondent GROUP BY file_id')
        .all() as { id: number; n: number }[];
      const of = new Map(rows.map((r) => [r.id, r.n]));
      for (const f of readFiles(db)) expect(f.rows, f.name).toBe(of.get(f.id) ?? 0);
      return readFiles(db).map((f) => f.rows);
    };
    expect(counts()).toEqual([1, 3]);
    deleteRespondentsOfFile(db, f1);
    expect(counts()).toEqual([0, 3]);
    expect(Array.from(loadWaveColumns(db, w, [q1]).columns.get(q1)!.values)).toEqual([2, 3, 4]);
    expect(db.prepare('SELECT external_id AS id FROM respondent').all()).toEqual([
      { id: 'b' },
      { id: 'c' },
      { id: 'd' },
    ]);
    db.close();
  });

  it('imports more rows than a block holds; every answer traces to its file, row and column', async () => {
    const { path, db: first } = study();
    first.close();
    const rows = BLOCK_ROWS + 1000;
    const lines = ['id;Q1;DEPT'];
    for (let i = 0; i < rows; i++) lines.push(`r${i};${i % 7 === 0 ? '' : (i % 5) + 1};${'ABC'[i % 3]}`);
    const a = api(tempDir());
    const { studyId } = await a.call('study/open', { path });
    const r = await a.call('import/commit', {
      studyId,
      file: { name: 'big.csv', base64: b64(lines.join('\n')) },
      waveYear: 2026,
    });
    a.close();
    expect(r.imported).toBe(rows);
    const db = new Database(path, { readonly: true });
    const blocks = db.prepare('SELECT count FROM respondent_block ORDER BY id').pluck().all();
    expect(blocks).toEqual([BLOCK_ROWS, 1000]);
    const q = new Map(readQuestionnaire(db).questions.map((x) => [x.code, x.id]));
    const wave = (db.prepare('SELECT id FROM wave').get() as { id: number }).id;
    const w = loadWaveColumns(db, wave, [q.get('Q1')!, q.get('DEPT')!], true);
    const f = db.prepare('SELECT bytes, mapping FROM imported_file').get() as {
      bytes: Buffer;
      mapping: string;
    };
    const mapping = JSON.parse(f.mapping) as { columns: { index: number; questionCode: string | null }[] };
    const colOf = (code: string) => mapping.columns.find((c) => c.questionCode === code)!.index;
    const fileRows = f.bytes.toString('utf8').split('\n');
    const provenance = db.prepare('SELECT source_row AS row FROM respondent WHERE id = ?');
    // Around the block boundary and at both ends: the stored file's cell is the loaded answer.
    for (const i of [0, 1, 6, 7, BLOCK_ROWS - 1, BLOCK_ROWS, BLOCK_ROWS + 1, rows - 1]) {
      const { row } = provenance.get(w.respondentIds[i]) as { row: number };
      const cells = fileRows[row - 1]!.split(';');
      const q1 = w.columns.get(q.get('Q1')!)!;
      expect(cells[0]).toBe(`r${i}`);
      expect(cells[colOf('Q1')]).toBe(q1.missing[i] === 0 ? String(q1.values[i]) : '');
      expect(w.columns.get(q.get('DEPT')!)!.texts![i]).toBe(cells[colOf('DEPT')]);
    }
    db.close();
  }, 60_000);
});
