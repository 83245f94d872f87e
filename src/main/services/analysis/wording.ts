import type { Database } from 'better-sqlite3';

/**
 * Whether a question was asked with other wording in wave A than in wave B. Each answered wave keeps
 * the texts it was asked with when the wording changed later (question_wave_text); a wave without a
 * stored text was asked with the current texts.
 */
export function wordingDiffers(db: Database, code: string, yearA: number, yearB: number): boolean {
  const rows = db
    .prepare(
      `SELECT w.year AS year, COALESCE(t.texts, q.texts) AS texts
       FROM question q CROSS JOIN wave w
       LEFT JOIN question_wave_text t ON t.question_id = q.id AND t.wave_id = w.id
       WHERE q.code = ? COLLATE NOCASE AND w.year IN (?, ?)`,
    )
    .all(code, yearA, yearB) as { year: number; texts: string }[];
  const a = rows.find((r) => r.year === yearA)?.texts;
  const b = rows.find((r) => r.year === yearB)?.texts;
  return a !== undefined && b !== undefined && a !== b;
}
