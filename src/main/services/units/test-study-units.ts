/**
 * The analysis test study (./../analysis/test-study.ts: B1–B5 about 47 respondents each, B6 with 3)
 * with `move` respondents of B5 in every wave moved to a new small branch B7. Not a test itself;
 * imported by the unit-rules tests and the units e2e test.
 */
import type { Database } from 'better-sqlite3';
import { makeTestStudy } from '../analysis/test-study';
import { readAnswerRows, replaceAnswers } from '../store/answers-edit';

export function makeSmallBranchStudy(dir: string, move: number): { path: string; db: Database } {
  const { path, db } = makeTestStudy(dir, 240);
  const branch = (db.prepare("SELECT id FROM question WHERE code = 'BRANCH'").get() as { id: number }).id;
  const waveOf = db.prepare('SELECT wave_id FROM respondent WHERE id = ?').pluck();
  const seen = new Map<number, number>();
  const rows = readAnswerRows(db, branch).map((r) => {
    if (r.text !== 'B5') return r;
    const wave = waveOf.get(r.respondent_id) as number;
    const n = seen.get(wave) ?? 0;
    seen.set(wave, n + 1);
    return n < move ? { ...r, text: 'B7' } : r;
  });
  replaceAnswers(db, [branch], rows);
  return { path, db };
}
