/**
 * A synthetic study with a realistic questionnaire of 32 touchpoints in 6 journey stages (real
 * SQLite file, seeded): one performance question (1–5) per touchpoint, SAT (1–10) and NPS (0–10)
 * driven by a few of them, one wave. Not a test itself; imported by tests.
 */
import type { Database } from 'better-sqlite3';
import { join } from 'node:path';
import { mulberry32 } from '../../../shared/stats/rng';
import { addQuestion, addStage, addTouchpoint } from '../store/questionnaire-repo';
import type { AnswerInput, RespondentInput } from '../store/responses-repo';
import { insertRespondents } from '../store/responses-repo';
import { ensureWave } from '../store/study-repo';
import { createStudyFile } from '../study/study-service';

const range = (min: number, max: number) => ({ kind: 'range' as const, min, max });
const clamp = (x: number, a: number, b: number) => Math.max(a, Math.min(b, Math.round(x)));

/** Stage names and how many touchpoints each has (32 in all). */
export const STAGES_32: readonly (readonly [string, number])[] = [
  ['Awareness', 5],
  ['Purchase', 6],
  ['Onboarding', 5],
  ['Use', 6],
  ['Support', 5],
  ['Renewal', 5],
];

export function makeStudy32(dir: string, respondents = 400): { path: string; db: Database } {
  const path = join(dir, 'thirty-two.tpstudy');
  const db = createStudyFile(path, { client: 'Fjordbank', title: 'Journey', languages: ['en'] });
  const perf: number[] = [];
  let t = 0;
  for (const [stageName, count] of STAGES_32) {
    const stage = addStage(db, { en: stageName }, stageName.toUpperCase());
    for (let i = 0; i < count; i++) {
      t++;
      const tp = addTouchpoint(db, stage, { en: `${stageName} ${i + 1}` }, `T${t}`);
      perf.push(
        addQuestion(db, {
          code: `T${t}_PERF`,
          touchpointId: tp,
          type: 'rating',
          role: 'performance',
          scale: range(1, 5),
          texts: { en: `${stageName} ${i + 1}: satisfaction` },
        }),
      );
    }
  }
  const sat = addQuestion(db, {
    code: 'SAT',
    type: 'rating',
    role: 'outcome-satisfaction',
    scale: range(1, 10),
    texts: { en: 'Overall satisfaction' },
  });
  const nps = addQuestion(db, {
    code: 'NPS',
    type: 'nps',
    role: 'outcome-recommend',
    scale: range(0, 10),
    texts: { en: 'Recommend' },
  });
  const rnd = mulberry32(3232);
  const norm = () => Math.sqrt(-2 * Math.log(rnd() || 1e-12)) * Math.cos(2 * Math.PI * rnd());
  const waveId = ensureWave(db, 2026);
  const rows: RespondentInput[] = [];
  for (let r = 0; r < respondents; r++) {
    const mood = norm();
    const answers = new Map<number, AnswerInput>();
    let drive = 0;
    perf.forEach((id, j) => {
      const v = clamp(3.4 + 0.6 * mood + norm(), 1, 5);
      // T12 (Onboarding 1) and T20 (Use 4) drive satisfaction most.
      drive += (j === 11 ? 0.5 : j === 19 ? 0.35 : 0.03) * v;
      answers.set(id, { value: v, text: null, missing: 0 });
    });
    answers.set(sat, { value: clamp(1.2 * drive + norm(), 1, 10), text: null, missing: 0 });
    answers.set(nps, { value: clamp(1.3 * drive - 1 + 1.5 * norm(), 0, 10), text: null, missing: 0 });
    rows.push({ externalId: `r${r}`, weight: 1, answers });
  }
  db.transaction(() => insertRespondents(db, waveId, null, rows))();
  return { path, db };
}
