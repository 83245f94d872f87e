import type { Database } from 'better-sqlite3';
import { answeredQuestionIds, readAnswerRows } from './answers-edit';

/**
 * For checks by hand and in tests: copies the stored answers into a TEMP table `answer` of this
 * connection — one row per respondent × question with (respondent_id, question_id, value, text,
 * missing), blank cells left out — so they can be queried with SQL. A copy made now: call it again
 * after a change. Nothing is written to the study file.
 */
export function answerRowsTable(db: Database): void {
  db.exec(`DROP TABLE IF EXISTS temp.answer;
    CREATE TEMP TABLE answer (respondent_id INTEGER, question_id INTEGER, value REAL, text TEXT, missing INTEGER)`);
  const ins = db.prepare(
    'INSERT INTO temp.answer (respondent_id, question_id, value, text, missing) VALUES (?, ?, ?, ?, ?)',
  );
  for (const q of answeredQuestionIds(db))
    for (const r of readAnswerRows(db, q))
      ins.run(r.respondent_id, r.question_id, r.value, r.text, r.missing);
}
