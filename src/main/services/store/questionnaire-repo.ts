import type { Database } from 'better-sqlite3';
import type { NewQuestion } from '../../../shared/api/questionnaire';
import { newQuestionSchema } from '../../../shared/api/questionnaire';
import { AppError } from '../../../shared/api/errors';
import type { Questionnaire, Texts } from '../../../shared/domain/index';
import type { QuestionRow, StageRow, TouchpointRow } from './rows';
import { toQuestion, toStage, toTouchpoint } from './rows';

export function readQuestionnaire(db: Database): Questionnaire {
  const stages = (db.prepare('SELECT * FROM stage ORDER BY position, id').all() as StageRow[]).map(toStage);
  const touchpoints = (
    db.prepare('SELECT * FROM touchpoint ORDER BY position, id').all() as TouchpointRow[]
  ).map(toTouchpoint);
  const questions = (db.prepare('SELECT * FROM question ORDER BY position, id').all() as QuestionRow[]).map(
    toQuestion,
  );
  return { stages, touchpoints, questions };
}

function nextPosition(db: Database, table: 'stage' | 'touchpoint' | 'question'): number {
  const row = db.prepare(`SELECT COALESCE(MAX(position), 0) + 1 AS p FROM ${table}`).get() as { p: number };
  return row.p;
}

function uniqueCode(db: Database, table: 'stage' | 'touchpoint', prefix: string): string {
  const taken = new Set(
    (db.prepare(`SELECT code FROM ${table}`).all() as { code: string }[]).map((r) => r.code),
  );
  for (let i = taken.size + 1; ; i++) {
    const code = `${prefix}${i}`;
    if (!taken.has(code)) return code;
  }
}

export function addStage(db: Database, texts: Texts, code?: string): number {
  const info = db
    .prepare('INSERT INTO stage (code, position, texts) VALUES (?, ?, ?)')
    .run(code ?? uniqueCode(db, 'stage', 'S'), nextPosition(db, 'stage'), JSON.stringify(texts));
  return Number(info.lastInsertRowid);
}

export function addTouchpoint(db: Database, stageId: number, texts: Texts, code?: string): number {
  if (!db.prepare('SELECT 1 FROM stage WHERE id = ?').get(stageId)) {
    throw new AppError('NOT_FOUND', `journey stage ${stageId} does not exist`, { stageId });
  }
  const info = db
    .prepare('INSERT INTO touchpoint (stage_id, code, position, texts) VALUES (?, ?, ?, ?)')
    .run(
      stageId,
      code ?? uniqueCode(db, 'touchpoint', 'T'),
      nextPosition(db, 'touchpoint'),
      JSON.stringify(texts),
    );
  return Number(info.lastInsertRowid);
}

export function addQuestion(db: Database, input: NewQuestion): number {
  const q = newQuestionSchema.parse(input);
  if (db.prepare('SELECT 1 FROM question WHERE code = ? COLLATE NOCASE').get(q.code)) {
    throw new AppError('QUESTION_CODE_TAKEN', `question code ${q.code} is already used`, { code: q.code });
  }
  if (q.touchpointId !== null && !db.prepare('SELECT 1 FROM touchpoint WHERE id = ?').get(q.touchpointId)) {
    throw new AppError('NOT_FOUND', `touchpoint ${q.touchpointId} does not exist`, {
      touchpointId: q.touchpointId,
    });
  }
  if (q.scale.kind === 'range' && q.scale.min >= q.scale.max) {
    throw new AppError('INVALID_INPUT', `scale of ${q.code}: min must be below max`, { code: q.code });
  }
  let weighs: number | null = null;
  if (q.weighsQuestionCode) {
    const row = db
      .prepare('SELECT id FROM question WHERE code = ? COLLATE NOCASE')
      .get(q.weighsQuestionCode) as { id: number } | undefined;
    if (!row) {
      throw new AppError('NOT_FOUND', `question ${q.weighsQuestionCode} does not exist`, {
        code: q.weighsQuestionCode,
      });
    }
    weighs = row.id;
  }
  const info = db
    .prepare(
      `INSERT INTO question (code, touchpoint_id, position, type, role, scale, texts, weighs_question_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      q.code,
      q.touchpointId,
      nextPosition(db, 'question'),
      q.type,
      q.role,
      JSON.stringify(q.scale),
      JSON.stringify(q.texts),
      weighs,
    );
  return Number(info.lastInsertRowid);
}

export function removeItem(db: Database, kind: 'stage' | 'touchpoint' | 'question', id: number): void {
  const info = db.prepare(`DELETE FROM ${kind} WHERE id = ?`).run(id);
  if (info.changes === 0) throw new AppError('NOT_FOUND', `${kind} ${id} does not exist`, { kind, id });
}
