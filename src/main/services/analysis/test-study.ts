/**
 * A small synthetic study for the analysis tests (real SQLite file, seeded): two waves, four
 * touchpoints with performance and stated importance (1–5), SAT (1–10), NPS (0–10) and LOY (1–5)
 * driven by the touchpoints, REGION (3 options), BRANCH (6 branches; "B6" has only 3 respondents per
 * wave) and a respondent weight column. Not a test itself; imported by tests.
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

export function makeTestStudy(dir: string, perWave = 240): { path: string; db: Database } {
  const path = join(dir, 'test.tpstudy');
  const db = createStudyFile(path, { client: 'Fjordbank', title: 'CX', languages: ['en', 'nb'] });
  const ids: Record<string, number> = {};
  const stage = addStage(db, { en: 'Service' }, 'SERVICE');
  for (const [i, name] of ['Web', 'Phone', 'Branch', 'Invoice'].entries()) {
    const tp = addTouchpoint(db, stage, { en: name }, `TP${i + 1}`);
    ids[`TP${i + 1}_PERF`] = addQuestion(db, {
      code: `TP${i + 1}_PERF`,
      touchpointId: tp,
      type: 'rating',
      role: 'performance',
      scale: range(1, 5),
      texts: { en: `${name}: satisfaction` },
    });
    ids[`TP${i + 1}_IMP`] = addQuestion(db, {
      code: `TP${i + 1}_IMP`,
      touchpointId: tp,
      type: 'rating',
      role: 'importance',
      scale: range(1, 5),
      texts: { en: `${name}: importance` },
      weighsQuestionCode: `TP${i + 1}_PERF`,
    });
  }
  ids.SAT = addQuestion(db, {
    code: 'SAT',
    type: 'rating',
    role: 'outcome-satisfaction',
    scale: range(1, 10),
    texts: { en: 'Overall satisfaction' },
  });
  ids.NPS = addQuestion(db, {
    code: 'NPS',
    type: 'nps',
    role: 'outcome-recommend',
    scale: range(0, 10),
    texts: { en: 'Recommend' },
  });
  ids.LOY = addQuestion(db, {
    code: 'LOY',
    type: 'rating',
    role: 'loyalty',
    scale: range(1, 5),
    texts: { en: 'Stay' },
  });
  const choice = (codes: string[]) => ({
    kind: 'choice' as const,
    options: codes.map((c) => ({ code: c, texts: { en: `Option ${c}` } })),
  });
  ids.REGION = addQuestion(db, {
    code: 'REGION',
    type: 'single',
    role: 'segment',
    scale: choice(['1', '2', '3']),
    texts: { en: 'Region' },
  });
  ids.BRANCH = addQuestion(db, {
    code: 'BRANCH',
    type: 'single',
    role: 'segment',
    scale: choice(['B1', 'B2', 'B3', 'B4', 'B5', 'B6']),
    texts: { en: 'Branch' },
  });
  for (const [w, year] of [2025, 2026].entries())
    simulateWave(db, ids, year, perWave, { perf: () => 0.15 * w, sat: -0.5, nps: -1 });
  return { path, db };
}

/** How a simulated wave differs: each touchpoint's shift (t = 1…4), and SAT's and NPS's offsets. */
export type WaveShape = { perf: (t: number) => number; sat: number; nps: number };

/**
 * One wave of respondents for the test study's questions (`ids` by question code), seeded by the
 * year: SAT, NPS and LOY driven mostly by Web and Phone, B1 above and B3 below the other branches,
 * "B6" with only 3 respondents, some "don't know" and missing answers, a weight per respondent.
 */
export function simulateWave(
  db: Database,
  ids: Record<string, number>,
  year: number,
  perWave: number,
  shape: WaveShape,
): void {
  const rnd = mulberry32(1000 + year);
  const norm = () => Math.sqrt(-2 * Math.log(rnd() || 1e-12)) * Math.cos(2 * Math.PI * rnd());
  const waveId = ensureWave(db, year);
  const rows: RespondentInput[] = [];
  for (let i = 0; i < perWave; i++) {
    const branch = i < 3 ? 'B6' : `B${1 + (i % 5)}`;
    const region = i % 7 === 0 ? null : String(1 + (i % 3));
    const unitShift = branch === 'B1' ? 0.4 : branch === 'B3' ? -0.4 : 0;
    const answers = new Map<number, AnswerInput>();
    const perf: number[] = [];
    for (let t = 1; t <= 4; t++) {
      const p = clamp(3.3 + shape.perf(t) + unitShift + 0.1 * t + norm(), 1, 5);
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
    answers.set(ids.SAT!, { value: clamp(2 * drive + shape.sat + norm(), 1, 10), text: null, missing: 0 });
    answers.set(
      ids.NPS!,
      rnd() < 0.04
        ? { value: null, text: null, missing: 1 }
        : { value: clamp(2.2 * drive + shape.nps + 1.5 * norm(), 0, 10), text: null, missing: 0 },
    );
    answers.set(ids.LOY!, { value: clamp(drive + norm() * 0.7, 1, 5), text: null, missing: 0 });
    answers.set(ids.BRANCH!, { value: null, text: branch, missing: 0 });
    answers.set(
      ids.REGION!,
      region === null
        ? { value: null, text: null, missing: 1 }
        : { value: Number(region), text: region, missing: 0 },
    );
    rows.push({ externalId: `${year}-${i}`, weight: 0.5 + rnd(), answers });
  }
  db.transaction(() => insertRespondents(db, waveId, null, rows))();
}
