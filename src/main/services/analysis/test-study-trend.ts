/**
 * A three-wave study for the trend (real SQLite file, seeded): the analysis test study's waves 2025
 * and 2026 (./test-study.ts), then the Web touchpoint's question reworded as comparable, then a wave
 * 2027 in which Web and overall satisfaction rise and Invoice falls. So the trend has a wording
 * change (Web, 2025/2026 → 2027), planted changes against both the previous and the first wave, and
 * branch B6 under k in every wave. Not a test itself; imported by tests (and the e2e spec).
 */
import type { Database } from 'better-sqlite3';
import { mulberry32 } from '../../../shared/stats/rng';
import { updateItem } from '../questionnaire/edit';
import type { AnswerInput, RespondentInput } from '../store/responses-repo';
import { insertRespondents } from '../store/responses-repo';
import { ensureWave } from '../store/study-repo';
import { makeTestStudy } from './test-study';

const clamp = (x: number, a: number, b: number) => Math.max(a, Math.min(b, Math.round(x)));

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

  const rnd = mulberry32(1000 + 2027);
  const norm = () => Math.sqrt(-2 * Math.log(rnd() || 1e-12)) * Math.cos(2 * Math.PI * rnd());
  const waveId = ensureWave(db, 2027);
  const rows: RespondentInput[] = [];
  // Web up, Invoice down (against 2026 and 2025); Phone and Branch as before.
  const shift = [0.55, 0.15, 0.15, -0.45];
  for (let i = 0; i < perWave; i++) {
    const branch = i < 3 ? 'B6' : `B${1 + (i % 5)}`;
    const region = i % 7 === 0 ? null : String(1 + (i % 3));
    const unitShift = branch === 'B1' ? 0.4 : branch === 'B3' ? -0.4 : 0;
    const answers = new Map<number, AnswerInput>();
    const perf: number[] = [];
    for (let t = 1; t <= 4; t++) {
      const p = clamp(3.3 + shift[t - 1]! + unitShift + 0.1 * t + norm(), 1, 5);
      perf.push(p);
      const dontKnow = rnd() < 0.05;
      answers.set(
        ids[`TP${t}_PERF`]!,
        dontKnow ? { value: 9, text: null, missing: 2 } : { value: p, text: null, missing: 0 },
      );
      answers.set(ids[`TP${t}_IMP`]!, {
        value: clamp(2 + t * 0.5 + norm() * 0.8, 1, 5),
        text: null,
        missing: 0,
      });
    }
    const drive = 0.5 * perf[0]! + 0.3 * perf[1]! + 0.15 * perf[2]! + 0.05 * perf[3]!;
    answers.set(ids.SAT!, { value: clamp(2 * drive + norm(), 1, 10), text: null, missing: 0 });
    answers.set(
      ids.NPS!,
      rnd() < 0.04
        ? { value: null, text: null, missing: 1 }
        : { value: clamp(2.2 * drive - 0.5 + 1.5 * norm(), 0, 10), text: null, missing: 0 },
    );
    answers.set(ids.LOY!, { value: clamp(drive + norm() * 0.7, 1, 5), text: null, missing: 0 });
    answers.set(ids.BRANCH!, { value: null, text: branch, missing: 0 });
    answers.set(
      ids.REGION!,
      region === null
        ? { value: null, text: null, missing: 1 }
        : { value: Number(region), text: region, missing: 0 },
    );
    rows.push({ externalId: `2027-${i}`, weight: 0.5 + rnd(), answers });
  }
  db.transaction(() => insertRespondents(db, waveId, null, rows))();
  return { path, db };
}
