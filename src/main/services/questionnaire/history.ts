import type { Database } from 'better-sqlite3';
import { AppError } from '../../../shared/api/errors';
import type { DesignerHistory } from '../../../shared/domain/study';
import { readAnswerRows, replaceAnswers } from '../store/answers-edit';
import type { AnswerRow } from '../store/answers-store';

/**
 * Undo and redo for the designer. Every action runs in one transaction that records the
 * questionnaire's rows before and after it (stages, touchpoints, questions, per-wave wording) and the
 * answers of the questions the action touched. Undo writes "before" back, redo writes "after"; rows keep
 * their ids, so answers stay attached to their questions.
 */

type Row = Record<string, unknown> & { id: number };
type Snapshot = {
  stage: Row[];
  touchpoint: Row[];
  question: Row[];
  waveText: { question_id: number; wave_id: number; texts: string }[];
  /** Question ids whose answers are part of this snapshot, and those answers. */
  answersOf: number[];
  answers: AnswerRow[];
};

/** How many actions undo reaches back. */
export const HISTORY_DEPTH = 100;

function snapshot(db: Database, answersOf: number[]): Snapshot {
  const ids = [...new Set(answersOf)];
  const answers: AnswerRow[] = [];
  for (const id of ids) answers.push(...readAnswerRows(db, id));
  return {
    stage: db.prepare('SELECT * FROM stage ORDER BY id').all() as Row[],
    touchpoint: db.prepare('SELECT * FROM touchpoint ORDER BY id').all() as Row[],
    question: db.prepare('SELECT * FROM question ORDER BY id').all() as Row[],
    waveText: db.prepare('SELECT * FROM question_wave_text').all() as Snapshot['waveText'],
    answersOf: ids,
    answers,
  };
}

function upsert(db: Database, table: string, rows: Row[], columns: string[]): void {
  if (rows.length === 0) return;
  const sets = columns.filter((c) => c !== 'id').map((c) => `${c} = excluded.${c}`);
  const stmt = db.prepare(
    `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})
     ON CONFLICT(id) DO UPDATE SET ${sets.join(', ')}`,
  );
  for (const r of rows) stmt.run(...columns.map((c) => r[c] as never));
}

function deleteMissing(db: Database, table: string, keep: Row[]): void {
  const ids = new Set(keep.map((r) => r.id));
  const all = db.prepare(`SELECT id FROM ${table}`).all() as { id: number }[];
  const del = db.prepare(`DELETE FROM ${table} WHERE id = ?`);
  for (const { id } of all) if (!ids.has(id)) del.run(id);
}

/** Writes a snapshot back. Runs inside the caller's transaction. */
function restore(db: Database, s: Snapshot): void {
  // Codes are unique: park the current ones so rows can take each other's codes back.
  db.exec(`UPDATE stage SET code = '~' || id; UPDATE touchpoint SET code = '~' || id;
           UPDATE question SET code = '~' || id, weighs_question_id = NULL;`);
  deleteMissing(db, 'question', s.question);
  deleteMissing(db, 'touchpoint', s.touchpoint);
  deleteMissing(db, 'stage', s.stage);
  upsert(db, 'stage', s.stage, ['id', 'code', 'position', 'texts']);
  upsert(db, 'touchpoint', s.touchpoint, ['id', 'stage_id', 'code', 'position', 'texts']);
  const questions = s.question.map((q) => ({ ...q, weighs_question_id: null }));
  upsert(db, 'question', questions, [
    'id',
    'code',
    'touchpoint_id',
    'position',
    'type',
    'role',
    'scale',
    'texts',
    'weighs_question_id',
  ]);
  const weighs = db.prepare('UPDATE question SET weighs_question_id = ? WHERE id = ?');
  for (const q of s.question) if (q.weighs_question_id !== null) weighs.run(q.weighs_question_id, q.id);
  db.exec('DELETE FROM question_wave_text');
  const wt = db.prepare('INSERT INTO question_wave_text (question_id, wave_id, texts) VALUES (?, ?, ?)');
  for (const r of s.waveText) wt.run(r.question_id, r.wave_id, r.texts);
  replaceAnswers(db, s.answersOf, s.answers);
}

/**
 * Runs a designer action as one recorded transaction. `answersOf` names the questions whose answers
 * the action may change or delete (a removed question, a scale that turns codes into missing).
 */
export function recordAction<T>(
  db: Database,
  label: string,
  answersOf: number[],
  action: () => T,
  after?: () => void,
): T {
  return db.transaction(() => {
    const before = snapshot(db, answersOf);
    const result = action();
    after?.();
    const now = snapshot(db, answersOf);
    db.prepare('DELETE FROM questionnaire_history WHERE state = 1').run();
    db.prepare(
      'INSERT INTO questionnaire_history (label, before, after, state, created_at) VALUES (?, ?, ?, 0, ?)',
    ).run(label, JSON.stringify(before), JSON.stringify(now), new Date().toISOString());
    db.prepare(
      `DELETE FROM questionnaire_history WHERE id NOT IN
         (SELECT id FROM questionnaire_history ORDER BY id DESC LIMIT ?)`,
    ).run(HISTORY_DEPTH);
    return result;
  })();
}

type Entry = { id: number; label: string; before: string; after: string };

/** The questionnaire's rows as one comparable string (answers left out). */
function tablesKey(s: Pick<Snapshot, 'stage' | 'touchpoint' | 'question' | 'waveText'>): string {
  const waveText = [...s.waveText].sort((a, b) => a.question_id - b.question_id || a.wave_id - b.wave_id);
  return JSON.stringify([s.stage, s.touchpoint, s.question, waveText]);
}

/**
 * Whether the questionnaire is still as the entry left it (`side` = the snapshot the study must match).
 * An import that creates or replaces questions outside the designer breaks the chain: restoring an
 * older snapshot then would silently drop what was imported, answers included, so such an entry can
 * no longer be undone or redone.
 */
function applies(db: Database, e: Entry, side: 'before' | 'after'): boolean {
  return tablesKey(JSON.parse(e[side]) as Snapshot) === tablesKey(snapshot(db, []));
}

const STALE =
  'the questionnaire was changed outside the designer (an import) after that action, so it can no longer be';

function lastDone(db: Database): Entry | undefined {
  return db.prepare('SELECT * FROM questionnaire_history WHERE state = 0 ORDER BY id DESC LIMIT 1').get() as
    Entry | undefined;
}
function firstUndone(db: Database): Entry | undefined {
  return db.prepare('SELECT * FROM questionnaire_history WHERE state = 1 ORDER BY id LIMIT 1').get() as
    Entry | undefined;
}

/** Undoes the last action; the caller wraps it in a transaction. */
export function undo(db: Database): void {
  const e = lastDone(db);
  if (!e) throw new AppError('NOTHING_TO_UNDO', 'there is nothing to undo');
  if (!applies(db, e, 'after')) throw new AppError('NOTHING_TO_UNDO', `${STALE} undone`);
  restore(db, JSON.parse(e.before) as Snapshot);
  db.prepare('UPDATE questionnaire_history SET state = 1 WHERE id = ?').run(e.id);
}

/** Redoes the last undone action; the caller wraps it in a transaction. */
export function redo(db: Database): void {
  const e = firstUndone(db);
  if (!e) throw new AppError('NOTHING_TO_UNDO', 'there is nothing to redo');
  if (!applies(db, e, 'before')) throw new AppError('NOTHING_TO_UNDO', `${STALE} redone`);
  restore(db, JSON.parse(e.after) as Snapshot);
  db.prepare('UPDATE questionnaire_history SET state = 0 WHERE id = ?').run(e.id);
}

export function readHistory(db: Database): DesignerHistory {
  const top = lastDone(db);
  const next = firstUndone(db);
  const u = top && applies(db, top, 'after') ? top : undefined;
  const r = next && applies(db, next, 'before') ? next : undefined;
  return { canUndo: Boolean(u), canRedo: Boolean(r), undo: u?.label ?? null, redo: r?.label ?? null };
}
