import type { Database } from 'better-sqlite3';

/**
 * Coding of open comments: the study's codebook (themes with texts and rules, as JSON, one row),
 * the themes each comment carries (by hand, or accepted from the rules), and the consultant's choice
 * of quotes (chosen for the report, or hidden). A comment is one respondent's answer to one comment
 * question. Steps, each logged:
 *  1. create codebook, comment_code and comment_quote;
 *  2. nothing to copy: a study without a codebook has no themes yet.
 */
export function up(db: Database, log: (m: string) => void = () => {}): void {
  log('  step 1/2: tables codebook, comment_code, comment_quote');
  db.exec(`
    CREATE TABLE codebook (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      book TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE TABLE comment_code (
      respondent_id INTEGER NOT NULL REFERENCES respondent(id) ON DELETE CASCADE,
      question_id INTEGER NOT NULL REFERENCES question(id) ON DELETE CASCADE,
      theme TEXT NOT NULL,
      source TEXT NOT NULL CHECK (source IN ('manual', 'rule')),
      PRIMARY KEY (respondent_id, question_id, theme)
    ) STRICT;
    CREATE TABLE comment_quote (
      respondent_id INTEGER NOT NULL REFERENCES respondent(id) ON DELETE CASCADE,
      question_id INTEGER NOT NULL REFERENCES question(id) ON DELETE CASCADE,
      state TEXT NOT NULL CHECK (state IN ('chosen', 'hidden')),
      PRIMARY KEY (respondent_id, question_id)
    ) STRICT;
  `);
  log('  step 2/2: no codebook yet');
}
