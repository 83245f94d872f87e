import type { Database } from 'better-sqlite3';
import type { AnswerRow, Block, BlockColumn } from './answers-store';
import { emptyColumn, NOT_STORED, nulls, readBlocks, readColumn, writeColumn } from './answers-store';

/**
 * The answers of one question at a time, over the columnar store (answers-store.ts): what undo keeps
 * and restores, what the designer checks before a scale changes, and what a declared don't-know code
 * turns into missing.
 */

/** Calls `f` with the question's stored column of every block (of one wave, or all); writes back when it returns true. */
export function editColumns(
  db: Database,
  questionId: number,
  f: (c: BlockColumn, b: Block) => boolean | void,
  opts: { waveId?: number; includeEmpty?: boolean } = {},
): void {
  for (const b of readBlocks(db, opts.waveId)) {
    const c =
      readColumn(db, questionId, b) ?? (opts.includeEmpty ? emptyColumn(questionId, b.ids.length) : null);
    if (c && f(c, b) === true) writeColumn(db, b.id, c);
  }
}

/** Every stored answer of the question as a row (respondent id order within each block). */
export function readAnswerRows(db: Database, questionId: number): AnswerRow[] {
  const out: AnswerRow[] = [];
  editColumns(db, questionId, (c, b) => {
    for (let i = 0; i < b.ids.length; i++) {
      const m = c.missing[i]!;
      if (m === NOT_STORED) continue;
      const v = c.values[i]!;
      out.push({
        respondent_id: b.ids[i]!,
        question_id: questionId,
        value: Number.isNaN(v) ? null : v,
        text: c.texts?.[i] ?? null,
        missing: m,
      });
    }
  });
  return out;
}

/**
 * Replaces the stored answers of `questionIds` with `rows` (undo and redo of a designer action).
 * Rows of respondents no longer in the study are dropped.
 */
export function replaceAnswers(
  db: Database,
  questionIds: readonly number[],
  rows: readonly AnswerRow[],
): void {
  const byQuestion = new Map<number, Map<number, AnswerRow>>(questionIds.map((q) => [q, new Map()]));
  for (const r of rows) byQuestion.get(r.question_id)?.set(r.respondent_id, r);
  const blocks = readBlocks(db);
  for (const [qid, answers] of byQuestion) {
    for (const b of blocks) {
      const c = emptyColumn(qid, b.ids.length);
      for (let i = 0; i < b.ids.length; i++) {
        const r = answers.get(b.ids[i]!);
        if (!r) continue;
        c.values[i] = r.value ?? NaN;
        c.missing[i] = r.missing;
        if (r.text !== null) (c.texts ??= nulls(b.ids.length))[i] = r.text;
      }
      writeColumn(db, b.id, c);
    }
  }
}

export type AnsweredValue = { value: number | null; text: string | null; n: number };

/** The question's answered (not missing) answers, counted per distinct (value, text). */
export function answeredValues(db: Database, questionId: number): AnsweredValue[] {
  const counts = new Map<string, AnsweredValue>();
  editColumns(db, questionId, (c) => {
    for (let i = 0; i < c.missing.length; i++) {
      if (c.missing[i] !== 0) continue;
      const v = c.values[i]!;
      const value = Number.isNaN(v) ? null : v;
      const text = c.texts?.[i] ?? null;
      const key = `${value}\u0000${text}`;
      const e = counts.get(key);
      if (e) e.n++;
      else counts.set(key, { value, text, n: 1 });
    }
  });
  return [...counts.values()];
}

/** Answered answers of the question whose value is `value` become the missing kind `kind`. */
export function markValueMissing(db: Database, questionId: number, value: number, kind: number): void {
  editColumns(db, questionId, (c) => {
    let changed = false;
    for (let i = 0; i < c.missing.length; i++) {
      if (c.missing[i] === 0 && c.values[i] === value) {
        c.missing[i] = kind;
        changed = true;
      }
    }
    return changed;
  });
}

/** The waves (ids and years) in which the question holds a stored answer. */
export function answeredWaves(db: Database, questionId: number): { id: number; year: number }[] {
  return db
    .prepare(
      `SELECT DISTINCT w.id, w.year FROM answer_column c JOIN respondent_block b ON b.id = c.block_id
       JOIN wave w ON w.id = b.wave_id WHERE c.question_id = ? AND c.answered > 0 ORDER BY w.year`,
    )
    .all(questionId) as { id: number; year: number }[];
}

/** The ids of the questions that hold any stored answer. */
export function answeredQuestionIds(db: Database): Set<number> {
  const rows = db
    .prepare('SELECT DISTINCT question_id AS id FROM answer_column WHERE answered > 0')
    .all() as {
    id: number;
  }[];
  return new Set(rows.map((r) => r.id));
}

/** Whether the study holds any answer at all. */
export function hasAnswers(db: Database): boolean {
  return Boolean(db.prepare('SELECT 1 FROM answer_column WHERE answered > 0 LIMIT 1').get());
}

/** How many answers are stored for the question (blank cells left out). */
export function countAnswers(db: Database, questionId: number): number {
  const r = db
    .prepare('SELECT COALESCE(SUM(answered), 0) AS n FROM answer_column WHERE question_id = ?')
    .get(questionId) as { n: number };
  return r.n;
}
