/**
 * The study's comment coding as stored: the codebook (one JSON row), the themes of each comment
 * (respondent × comment question) with where they came from, and the quotes the consultant chose or
 * hid. See migration 007 (comment coding).
 */
import type { Database } from 'better-sqlite3';
import { codebookSchema, type Codebook } from '../../../shared/api/comments';
import { AppError } from '../../../shared/api/errors';

export type CommentKey = { respondentId: number; questionId: number };
export type CodeSource = 'manual' | 'rule';
export type StoredCodes = Map<string, { codes: string[]; source: CodeSource }>;

/** "respondent.question": how a comment is named across the API. */
export const keyOf = (k: CommentKey): string => `${k.respondentId}.${k.questionId}`;

export function parseKey(key: string): CommentKey {
  const m = /^(\d{1,12})\.(\d{1,12})$/.exec(key);
  if (!m) throw new AppError('INVALID_INPUT', `not a comment key: "${key.slice(0, 40)}"`);
  return { respondentId: Number(m[1]), questionId: Number(m[2]) };
}

export function readCodebook(db: Database): Codebook {
  const row = db.prepare('SELECT book FROM codebook WHERE id = 1').get() as { book: string } | undefined;
  return row ? codebookSchema.parse(JSON.parse(row.book)) : { themes: [] };
}

/** Checks a codebook for duplicate codes and unknown parents, then stores it. */
export function writeCodebook(db: Database, book: Codebook): Codebook {
  const valid = codebookSchema.parse(book);
  const seen = new Set<string>();
  for (const t of valid.themes) {
    if (seen.has(t.code)) throw new AppError('CODE_TAKEN', `theme code "${t.code}" is used twice`);
    seen.add(t.code);
  }
  for (const t of valid.themes) {
    if (t.parent !== undefined && (!seen.has(t.parent) || t.parent === t.code))
      throw new AppError('INVALID_REFERENCE', `theme "${t.code}": no parent theme "${t.parent}"`);
  }
  db.transaction(() => {
    db.prepare(
      `INSERT INTO codebook (id, book, updated_at) VALUES (1, ?, ?)
       ON CONFLICT(id) DO UPDATE SET book = excluded.book, updated_at = excluded.updated_at`,
    ).run(JSON.stringify(valid), new Date().toISOString());
    // Codes of themes no longer in the book go with them.
    const codes = [...seen];
    db.prepare(`DELETE FROM comment_code WHERE theme NOT IN (SELECT value FROM json_each(?))`).run(
      JSON.stringify(codes),
    );
  })();
  return valid;
}

export function readCodes(db: Database): StoredCodes {
  const out: StoredCodes = new Map();
  const rows = db
    .prepare('SELECT respondent_id, question_id, theme, source FROM comment_code ORDER BY rowid')
    .raw()
    .all() as [number, number, string, CodeSource][];
  for (const [respondentId, questionId, theme, source] of rows) {
    const key = keyOf({ respondentId, questionId });
    const entry = out.get(key);
    if (entry) {
      entry.codes.push(theme);
      if (source === 'manual') entry.source = 'manual';
    } else out.set(key, { codes: [theme], source });
  }
  return out;
}

/** Replaces one comment's themes (an empty list uncodes it). */
export function setCodes(db: Database, key: CommentKey, codes: readonly string[], source: CodeSource): void {
  const insert = db.prepare(
    'INSERT OR IGNORE INTO comment_code (respondent_id, question_id, theme, source) VALUES (?, ?, ?, ?)',
  );
  db.prepare('DELETE FROM comment_code WHERE respondent_id = ? AND question_id = ?').run(
    key.respondentId,
    key.questionId,
  );
  for (const c of codes) insert.run(key.respondentId, key.questionId, c, source);
}

export type QuoteState = 'chosen' | 'hidden';

export function readQuotes(db: Database): Map<string, QuoteState> {
  const rows = db.prepare('SELECT respondent_id, question_id, state FROM comment_quote').raw().all() as [
    number,
    number,
    QuoteState,
  ][];
  return new Map(rows.map(([respondentId, questionId, s]) => [keyOf({ respondentId, questionId }), s]));
}

export function setQuote(db: Database, key: CommentKey, state: QuoteState | null): void {
  if (state === null) {
    db.prepare('DELETE FROM comment_quote WHERE respondent_id = ? AND question_id = ?').run(
      key.respondentId,
      key.questionId,
    );
    return;
  }
  db.prepare(
    `INSERT INTO comment_quote (respondent_id, question_id, state) VALUES (?, ?, ?)
     ON CONFLICT(respondent_id, question_id) DO UPDATE SET state = excluded.state`,
  ).run(key.respondentId, key.questionId, state);
}
