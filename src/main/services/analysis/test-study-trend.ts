/**
 * A three-wave study for the trend (real SQLite file, seeded): the analysis test study's waves 2025
 * and 2026 (./test-study.ts), then the Web touchpoint's question reworded as comparable, then a wave
 * 2027 in which Web and overall satisfaction rise and Invoice falls. So the trend has a wording
 * change (Web, 2025/2026 → 2027), planted changes against both the previous and the first wave, and
 * branch B6 under k in every wave. Not a test itself; imported by tests (and the e2e spec).
 */
import type { Database } from 'better-sqlite3';
import { updateItem } from '../questionnaire/edit';
import { makeTestStudy, simulateWave } from './test-study';

export const TREND_YEARS = [2025, 2026, 2027] as const;

export function makeTrendStudy(dir: string, perWave = 240): { path: string; db: Database } {
  const { path, db } = makeTestStudy(dir, perWave);
  db.prepare("UPDATE study SET title = 'Trend CX'").run();
  const ids = Object.fromEntries(
    (db.prepare('SELECT code, id FROM question').all() as { code: string; id: number }[]).map((r) => [
      r.code,
      r.id,
    ]),
  ) as Record<string, number>;
  updateItem(
    db,
    'question',
    ids.TP1_PERF!,
    { texts: { en: 'Web: how satisfied are you overall?' } },
    'comparable',
  );

  // Web up, Invoice down (against 2026 and 2025); Phone and Branch as before.
  const shift = [0.55, 0.15, 0.15, -0.45];
  simulateWave(db, ids, 2027, perWave, { perf: (t) => shift[t - 1]!, sat: 0, nps: -0.5 });
  return { path, db };
}
