import type { Database } from 'better-sqlite3';
import { AppError } from '../../../shared/api/errors';
import { addQuestion, addStage, addTouchpoint } from '../store/questionnaire-repo';
import { touchStudy } from '../store/study-repo';
import type { QuestionType } from '../../../shared/domain/questionnaire';
import { applyMissingCodes, checkAnswersFit } from '../questionnaire/validate';
import type { FileQuestionnaire } from './model';
import { answeredQuestionIds, hasAnswers as anyAnswers } from '../store/answers-edit';

function idByCode(db: Database, table: 'stage' | 'touchpoint' | 'question'): Map<string, number> {
  const rows = db.prepare(`SELECT id, code FROM ${table}`).all() as { id: number; code: string }[];
  return new Map(rows.map((r) => [table === 'question' ? r.code.toLowerCase() : r.code, r.id]));
}

function setWeighs(db: Database, fq: FileQuestionnaire): void {
  const ids = idByCode(db, 'question');
  const set = db.prepare('UPDATE question SET weighs_question_id = ? WHERE id = ?');
  for (const q of fq.questions) {
    const id = ids.get(q.code.toLowerCase());
    const weighs = q.weighsQuestionCode ? (ids.get(q.weighsQuestionCode.toLowerCase()) ?? null) : null;
    if (id !== undefined) set.run(weighs, id);
  }
}

/** Writes stages and touchpoints that are new, updates the texts and order of those that exist. */
function writeJourney(db: Database, fq: FileQuestionnaire): Map<string, number> {
  const stages = idByCode(db, 'stage');
  const tps = idByCode(db, 'touchpoint');
  const updStage = db.prepare('UPDATE stage SET texts = ?, position = ? WHERE id = ?');
  const updTp = db.prepare('UPDATE touchpoint SET texts = ?, stage_id = ?, position = ? WHERE id = ?');
  let sPos = 0;
  let tPos = 0;
  for (const s of fq.stages) {
    let sid = stages.get(s.code);
    if (sid === undefined) sid = addStage(db, s.texts, s.code);
    updStage.run(JSON.stringify(s.texts), ++sPos, sid);
    for (const t of s.touchpoints) {
      let tid = tps.get(t.code);
      if (tid === undefined) tid = addTouchpoint(db, sid, t.texts, t.code);
      updTp.run(JSON.stringify(t.texts), sid, ++tPos, tid);
      tps.set(t.code, tid);
    }
  }
  const keepS = new Set(fq.stages.map((s) => s.code));
  const keepT = new Set(fq.stages.flatMap((s) => s.touchpoints.map((t) => t.code)));
  for (const [c, id] of idByCode(db, 'touchpoint')) {
    if (!keepT.has(c)) db.prepare('DELETE FROM touchpoint WHERE id = ?').run(id);
  }
  for (const [c, id] of stages) if (!keepS.has(c)) db.prepare('DELETE FROM stage WHERE id = ?').run(id);
  return tps;
}

/**
 * Puts a questionnaire file into the study in one transaction. Without answers the file replaces the
 * questionnaire; with answers, questions are matched by code (texts, role, type and scale change in
 * place when the answers fit, new ones are added) and a question that holds answers is never dropped.
 */
export function applyFileQuestionnaire(db: Database, fq: FileQuestionnaire): void {
  const hasAnswers = anyAnswers(db);
  db.transaction(() => {
    if (!hasAnswers) {
      db.prepare('DELETE FROM question').run();
      db.prepare('DELETE FROM touchpoint').run();
      db.prepare('DELETE FROM stage').run();
    } else {
      const inFile = new Set(fq.questions.map((q) => q.code.toLowerCase()));
      const answered = answeredQuestionIds(db);
      const rows = (
        db.prepare('SELECT q.id, q.code FROM question q').all() as { id: number; code: string }[]
      ).map((r) => ({ ...r, answered: answered.has(r.id) }));
      for (const r of rows) {
        if (inFile.has(r.code.toLowerCase())) continue;
        if (r.answered) {
          throw new AppError(
            'INVALID_INPUT',
            `questionnaire.xlsx, sheet Questions: question ${r.code} holds answers and cannot be removed; keep its row`,
            { sheet: 'Questions', code: r.code },
          );
        }
        db.prepare('DELETE FROM question WHERE id = ?').run(r.id);
      }
    }
    const tps = writeJourney(db, fq);
    const existing = idByCode(db, 'question');
    const upd = db.prepare(
      'UPDATE question SET texts = ?, role = ?, type = ?, scale = ?, touchpoint_id = ?, position = ? WHERE id = ?',
    );
    let pos = 0;
    for (const q of fq.questions) {
      const tp = q.touchpointCode ? (tps.get(q.touchpointCode) ?? null) : null;
      let id = existing.get(q.code.toLowerCase());
      if (id === undefined) {
        id = addQuestion(db, {
          code: q.code,
          touchpointId: tp,
          type: q.type,
          role: q.role,
          scale: q.scale,
          texts: q.texts,
        });
      } else if (hasAnswers) {
        // A new scale or type must hold every answer already imported (else a clear refusal).
        const old = db.prepare('SELECT code, type FROM question WHERE id = ?').get(id) as {
          code: string;
          type: QuestionType;
        };
        checkAnswersFit(db, { id, code: old.code, type: old.type }, q.type, q.scale);
      }
      upd.run(JSON.stringify(q.texts), q.role, q.type, JSON.stringify(q.scale), tp, ++pos, id);
      if (hasAnswers) applyMissingCodes(db, id, q.scale);
    }
    setWeighs(db, fq);
    touchStudy(db);
  })();
}
