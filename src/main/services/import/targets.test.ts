import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ID_TARGET, WEIGHT_TARGET } from '../../../shared/import/plan';
import type { Api } from './test-helpers';
import { api, b64, makeStudy, tempDir } from './test-helpers';
import { answerRowsTable } from '../store/answer-rows';

// "kode" and "faktor" are no names the detection knows: they can only be mapped by hand.
const CSV = [
  'kode;Service (1-10);faktor;Region',
  'a1;2;0,5;Nord',
  'a2;10;2;Sør',
  'a3;7;1,5;Nord',
  'a4;99;1;Sør',
].join('\r\n');

let dir: string;
let study: string;
let a: Api;
let studyId: string;
beforeEach(async () => {
  dir = tempDir();
  study = join(dir, 'study.tpstudy');
  makeStudy(study);
  a = api(dir);
  studyId = (await a.call('study/open', { path: study })).studyId;
});
afterEach(() => a.close());

function rows<T>(sql: string): T[] {
  const db = new Database(study, { readonly: true });
  answerRowsTable(db);
  try {
    return db.prepare(sql).all() as T[];
  } finally {
    db.close();
  }
}

describe('respondent id and weight as mapping targets; corrections of created questions', () => {
  it('maps a column by hand to the respondent id and one to the weight', async () => {
    const file = { name: 'w.csv', base64: b64(CSV) };
    const mapping = [
      { column: 0, questionCode: ID_TARGET },
      { column: 2, questionCode: WEIGHT_TARGET },
    ];
    const p = await a.call('import/preview', { studyId, file, mapping, createQuestions: true });
    expect(p.idColumn).toBe(0);
    expect(p.weightColumn).toBe(2);
    expect(p.newQuestions.map((q) => q.columns[0])).toEqual([1, 3]);
    await a.call('import/commit', { studyId, file, waveYear: 2026, mapping, createQuestions: true });
    expect(
      rows<{ id: string; w: number }>('SELECT external_id AS id, weight AS w FROM respondent ORDER BY id'),
    ).toEqual([
      { id: 'a1', w: 0.5 },
      { id: 'a2', w: 2 },
      { id: 'a3', w: 1.5 },
      { id: 'a4', w: 1 },
    ]);
  });

  it('infers the scale from the header and 99 as don’t know; a correction sets role and ends', async () => {
    const file = { name: 'c.csv', base64: b64(CSV) };
    const p = await a.call('import/preview', { studyId, file, createQuestions: true });
    const service = p.newQuestions.find((q) => q.columns[0] === 1)!;
    expect(service).toMatchObject({ role: 'performance', scale: '1–10', missing: "99 = don't know" });
    expect(service.reason).toContain('"(1-10)"');
    const region = p.newQuestions.find((q) => q.columns[0] === 3)!;
    expect(region.role).toBe('segment');
    await a.call('import/commit', {
      studyId,
      file,
      waveYear: 2026,
      createQuestions: true,
      corrections: [{ column: 1, role: 'outcome-satisfaction', min: 0, max: 10 }],
    });
    const q = rows<{ role: string; scale: string }>(
      `SELECT role, scale FROM question WHERE texts LIKE '%Service%'`,
    )[0]!;
    expect(q.role).toBe('outcome-satisfaction');
    expect(JSON.parse(q.scale)).toMatchObject({
      min: 0,
      max: 10,
      missingCodes: [{ value: 99, kind: 'dontKnow' }],
    });
    const vals = rows<{ v: number | null; m: number }>(
      `SELECT a.value AS v, a.missing AS m FROM answer a JOIN question q ON q.id = a.question_id WHERE q.texts LIKE '%Service%' ORDER BY a.respondent_id`,
    );
    expect(vals).toEqual([
      { v: 2, m: 0 },
      { v: 10, m: 0 },
      { v: 7, m: 0 },
      { v: null, m: 2 },
    ]);
  });
});
