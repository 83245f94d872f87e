import type { Database } from 'better-sqlite3';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/api/errors';
import { MISSING } from '../../../shared/domain/questionnaire';
import type { Questionnaire } from '../../../shared/domain/questionnaire';
import { findResourcesDir } from '../paths';
import { answerRowsTable } from '../store/answer-rows';
import { openStudyDb } from '../store/db';
import { readQuestionnaire } from '../store/questionnaire-repo';
import type { LoadedWave } from '../store/responses-repo';
import { loadWave } from '../store/responses-repo';
import { readStudyMeta, readWaves } from '../store/study-repo';
import { buildSampleStudy, writeSampleStudy } from './build-sample';
import { readSample } from './read-sample';

const sampleDir = join(findResourcesDir(), 'sample');
let dir: string;
let path: string;
let db: Database;
let questionnaire: Questionnaire;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tp-sample-'));
  path = join(dir, 'sample.tpstudy');
  buildSampleStudy(sampleDir, path);
  db = openStudyDb(path);
  answerRowsTable(db); // the answers as rows, for the SQL checks below
  questionnaire = readQuestionnaire(db);
});

afterAll(() => {
  db?.close();
  rmSync(dir, { recursive: true, force: true });
});

function qid(code: string): number {
  const q = questionnaire.questions.find((x) => x.code === code);
  if (!q) throw new Error(`no question ${code}`);
  return q.id;
}

function wave(year: number, codes: string[]): LoadedWave {
  const w = readWaves(db).find((x) => x.year === year)!;
  return loadWave(db, w.id, codes.map(qid));
}

/** Pearson r over the respondents who answered both. */
function pearson(x: Float64Array, y: Float64Array): number {
  const idx = [...x.keys()].filter((i) => !Number.isNaN(x[i]!) && !Number.isNaN(y[i]!));
  const mean = (v: Float64Array) => idx.reduce((s, i) => s + v[i]!, 0) / idx.length;
  const mx = mean(x);
  const my = mean(y);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (const i of idx) {
    sxy += (x[i]! - mx) * (y[i]! - my);
    sxx += (x[i]! - mx) ** 2;
    syy += (y[i]! - my) ** 2;
  }
  return sxy / Math.sqrt(sxx * syy);
}

function mean(v: Float64Array): number {
  const ok = [...v].filter((x) => !Number.isNaN(x));
  return ok.reduce((a, b) => a + b, 0) / ok.length;
}

describe('buildSampleStudy', () => {
  it('writes the study, both waves and the questionnaire', () => {
    const meta = readStudyMeta(db);
    expect(meta.client).toBe('Nordlys Forsikring');
    expect(meta.languages).toEqual(['nb', 'en']);
    expect(meta.anonymityK).toBe(5);
    expect(meta.branding.primaryColor).toBe('#0f6e63');
    expect(readWaves(db).map((w) => [w.year, w.respondents])).toEqual([
      [2025, 420],
      [2026, 460],
    ]);
    expect(questionnaire.stages).toHaveLength(6);
    expect(questionnaire.touchpoints).toHaveLength(13);
    const roles = questionnaire.questions.map((q) => q.role);
    expect(roles.filter((r) => r === 'performance')).toHaveLength(13);
    expect(roles.filter((r) => r === 'importance')).toHaveLength(11);
    expect(roles.filter((r) => r === 'segment')).toHaveLength(4);
    expect(questionnaire.questions).toHaveLength(13 + 11 + 8);
    const imp = questionnaire.questions.find((q) => q.code === 'TP08_IMP')!;
    expect(imp.weighsQuestionId).toBe(qid('TP08_PERF'));
    const weights = db.prepare('SELECT DISTINCT weight FROM respondent').all();
    expect(weights).toEqual([{ weight: 1 }]);
    const files = db.prepare('SELECT name, size FROM imported_file ORDER BY id').all();
    expect(files).toEqual([
      { name: 'responses-2025.csv', size: statSync(join(sampleDir, 'responses-2025.csv')).size },
      { name: 'responses-2026.csv', size: statSync(join(sampleDir, 'responses-2026.csv')).size },
    ]);
  });

  it('puts every rating on its scale, and "don\'t know" (9) only as missing kind 2', () => {
    const rows = db
      .prepare(
        `SELECT q.code, q.scale, a.value, a.missing FROM answer a JOIN question q ON q.id = a.question_id
         WHERE q.type IN ('rating', 'nps')`,
      )
      .all() as { code: string; scale: string; value: number | null; missing: number }[];
    expect(rows.length).toBeGreaterThan(20_000);
    for (const r of rows) {
      const { min, max } = JSON.parse(r.scale) as { min: number; max: number };
      if (r.missing === MISSING.answered) {
        expect(Number.isInteger(r.value) && r.value! >= min && r.value! <= max, `${r.code}=${r.value}`).toBe(
          true,
        );
      } else {
        expect(r.value, r.code).toBeNull();
      }
    }
    const dontKnow = (code: string) =>
      rows.filter((r) => r.code === code && r.missing === MISSING.dontKnow).length;
    expect(dontKnow('TP11_PERF')).toBeGreaterThan(100);
    expect(dontKnow('TP06_PERF')).toBeGreaterThan(50);
    expect(dontKnow('TP02_PERF')).toBe(0);
    expect(rows.some((r) => r.value === 9 && r.code.endsWith('_PERF'))).toBe(false);
  });

  it('keeps 3–8 % item non-response on the touchpoint ratings and comments from about 30 %', () => {
    const row = db
      .prepare(
        `SELECT AVG(a.missing = 1) AS skipped FROM answer a JOIN question q ON q.id = a.question_id
         WHERE q.role IN ('performance', 'importance')`,
      )
      .get() as { skipped: number };
    expect(row.skipped).toBeGreaterThan(0.03);
    expect(row.skipped).toBeLessThan(0.08);
    const comments = db
      .prepare(`SELECT AVG(a.missing = 0) AS share FROM answer a WHERE a.question_id = ?`)
      .get(qid('COMMENT')) as { share: number };
    expect(comments.share).toBeGreaterThan(0.25);
    expect(comments.share).toBeLessThan(0.35);
  });

  it('carries the planted structure: drivers, change since 2025, branches, NPS, a small cell', () => {
    for (const year of [2025, 2026]) {
      const w = wave(year, ['TP08_PERF', 'TP10_PERF', 'TP05_PERF', 'SAT', 'NPS']);
      const col = (code: string) => w.columns.get(qid(code))!.values;
      const claims = pearson(col('TP08_PERF'), col('SAT'));
      const welcome = pearson(col('TP05_PERF'), col('SAT'));
      expect(claims).toBeGreaterThan(0.45);
      expect(claims - welcome).toBeGreaterThan(0.15);
      expect(pearson(col('TP10_PERF'), col('SAT'))).toBeGreaterThan(welcome);
      const nps = [...col('NPS')].filter((x) => !Number.isNaN(x));
      const score =
        (100 * (nps.filter((x) => x >= 9).length - nps.filter((x) => x <= 6).length)) / nps.length;
      expect(score).toBeGreaterThan(20);
      expect(score).toBeLessThan(35);
    }
    const perf = (year: number, code: string) => mean(wave(year, [code]).columns.get(qid(code))!.values);
    expect(perf(2026, 'TP08_PERF') - perf(2025, 'TP08_PERF')).toBeGreaterThan(0.3);
    expect(perf(2026, 'TP06_PERF') - perf(2025, 'TP06_PERF')).toBeLessThan(-0.25);

    // Branch 5 (Bergen) has the most, branch 9 (Drammen) the least satisfied customers in both waves.
    for (const year of [2025, 2026]) {
      const w = readWaves(db).find((x) => x.year === year)!;
      const byBranch = db
        .prepare(
          `SELECT b.text AS branch, AVG(s.value) AS sat FROM respondent r
           JOIN answer b ON b.respondent_id = r.id AND b.question_id = ?
           JOIN answer s ON s.respondent_id = r.id AND s.question_id = ? AND s.missing = 0
           WHERE r.wave_id = ? GROUP BY b.text ORDER BY sat DESC`,
        )
        .all(qid('BRANCH'), qid('SAT'), w.id) as { branch: string; sat: number }[];
      expect(byBranch[0]!.branch).toBe('5');
      expect(byBranch.at(-1)!.branch).toBe('9');

      const smallest = db
        .prepare(
          `SELECT COUNT(*) AS n FROM respondent r
           JOIN answer b ON b.respondent_id = r.id AND b.question_id = ? AND b.text = '4'
           JOIN answer c ON c.respondent_id = r.id AND c.question_id = ? AND c.text = '3'
           WHERE r.wave_id = ?`,
        )
        .get(qid('BRANCH'), qid('CUSTTYPE'), w.id) as { n: number };
      expect(smallest.n).toBeGreaterThan(0);
      expect(smallest.n).toBeLessThan(5); // Molde × Bedrift: below k, so the app must suppress it
    }
  });

  it('refuses an existing target and leaves it untouched', () => {
    const before = readFileSync(path);
    expect(() => buildSampleStudy(sampleDir, path)).toThrow(AppError);
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('removes the new file when the sample data is bad, naming file, row and column', () => {
    const broken = join(dir, 'broken');
    cpSync(sampleDir, broken, { recursive: true });
    const csv = join(broken, 'responses-2026.csv');
    const lines = readFileSync(csv, 'utf8').split('\n');
    lines[5] = lines[5]!.replace(/^(\d+),\d/, '$1,7'); // TP01_PERF = 7 on a 1–5 scale
    writeFileSync(csv, lines.join('\n'));
    const target = join(dir, 'broken.tpstudy');
    expect(() => buildSampleStudy(broken, target)).toThrow(
      /responses-2026\.csv, row 6, column 2 \(TP01_PERF\)/,
    );
    expect(existsSync(target)).toBe(false);
  });

  it('removes the new file when writing fails halfway', () => {
    const sample = readSample(sampleDir);
    // Past the schema's checks (data built in code), the store refuses a link to an unknown question
    // after the file, the meta and part of the questionnaire were written.
    const question = sample.study.questions.at(-1)!;
    sample.study.questions.push({ ...question, code: 'LATE_IMP', role: 'importance', weighs: 'NOPE' });
    const target = join(dir, 'half-written.tpstudy');
    expect(() => writeSampleStudy(target, sample)).toThrow(/NOPE does not exist/);
    expect(existsSync(target)).toBe(false);
    expect(existsSync(`${target}-journal`)).toBe(false);
  });
});
