import type { Database } from 'better-sqlite3';

/**
 * The designer's undo/redo journal and the wording each wave was asked with.
 *
 * `questionnaire_history`: one row per designer action, holding the questionnaire's rows before and
 * after it (and the answers of the questions the action touched), so undo and redo restore exactly.
 * `state` 0 = done, 1 = undone (redo-able).
 *
 * `question_wave_text`: when a question's wording changes after a wave holds answers and the
 * consultant says it is still the same question, each answered wave keeps the texts it was asked with.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE questionnaire_history (
      id INTEGER PRIMARY KEY,
      label TEXT NOT NULL,
      before TEXT NOT NULL,
      after TEXT NOT NULL,
      state INTEGER NOT NULL DEFAULT 0 CHECK (state IN (0, 1)),
      created_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE question_wave_text (
      question_id INTEGER NOT NULL REFERENCES question(id) ON DELETE CASCADE,
      wave_id INTEGER NOT NULL REFERENCES wave(id) ON DELETE CASCADE,
      texts TEXT NOT NULL,
      PRIMARY KEY (question_id, wave_id)
    ) STRICT;
  `);
}
