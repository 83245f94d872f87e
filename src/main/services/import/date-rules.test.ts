import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { answerRowsTable } from '../store/answer-rows';
import type { Api } from './test-helpers';
import { api, b64, makeStudy, tempDir } from './test-helpers';

// Every date fits both day first and month first: 03/04/2025 is 3 April or 4 March.
const FILE = {
  name: 'visit-dates-ambiguous.csv',
  base64: readFileSync(join(process.cwd(), 'tests/fixtures/import/dates/visit-dates-ambiguous.csv')).toString(
    'base64',
  ),
};
const DAY_FIRST = ['2025-04-03', '2025-06-05', '2025-12-11', '2025-02-01', '2025-08-07'];
const MONTH_FIRST = ['2025-03-04', '2025-05-06', '2025-11-12', '2025-01-02', '2025-07-08'];
const AS_WRITTEN = ['03/04/2025', '05/06/2025', '11/12/2025', '01/02/2025', '07/08/2025'];

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

/** The stored texts of a question's answers, in the file's order, read straight from the study file. */
function stored(code: string): (string | null)[] {
  const db = new Database(study, { readonly: true });
  answerRowsTable(db);
  try {
    const rows = db
      .prepare(
        `SELECT a.text FROM answer a JOIN respondent r ON r.id = a.respondent_id
         JOIN question q ON q.id = a.question_id WHERE q.code = ? ORDER BY r.source_row`,
      )
      .all(code) as { text: string | null }[];
    return rows.map((r) => r.text);
  } finally {
    db.close();
  }
}

const commit = (extra: object = {}) =>
  a.call('import/commit', { studyId, file: FILE, waveYear: 2025, createQuestions: true, ...extra });

describe('a column of dates that fit day first and month first', () => {
  it('the preview lists both rules and keeps the dates as written until one is chosen', async () => {
    const p = await a.call('import/preview', { studyId, file: FILE, createQuestions: true });
    const col = p.columns.find((c) => c.header === 'Visit date')!;
    expect(col.dateRules).toEqual(['dd/mm/yyyy', 'mm/dd/yyyy']);
    expect(col.dateRule).toBeNull();
    expect(p.firstRows.map((r) => r[1])).toEqual(AS_WRITTEN);
    expect(p.columns.find((c) => c.header === 'Q1')!.dateRules).toEqual([]);

    const chosen = await a.call('import/preview', {
      studyId,
      file: FILE,
      createQuestions: true,
      dateRules: [{ column: col.index, rule: 'mm/dd/yyyy' }],
    });
    expect(chosen.columns[col.index]!.dateRule).toBe('mm/dd/yyyy');
    expect(chosen.columns[col.index]!.dateRules).toEqual(['dd/mm/yyyy', 'mm/dd/yyyy']);
    expect(chosen.firstRows.map((r) => r[1])).toEqual(MONTH_FIRST);
  });

  it('the chosen rule decides the stored values', async () => {
    await commit({ dateRules: [{ column: 1, rule: 'dd/mm/yyyy' }] });
    expect(stored('Visit_date')).toEqual(DAY_FIRST);
  });

  it('the other rule stores the other dates', async () => {
    await commit({ dateRules: [{ column: 1, rule: 'mm/dd/yyyy' }] });
    expect(stored('Visit_date')).toEqual(MONTH_FIRST);
  });

  it('with no rule chosen the dates are stored as written, never guessed', async () => {
    await commit();
    expect(stored('Visit_date')).toEqual(AS_WRITTEN);
  });

  it('a rule the dates do not fit, or a column of no dates, is refused naming the column', async () => {
    const wrong = await a.raw('import/commit', {
      studyId,
      file: FILE,
      waveYear: 2025,
      createQuestions: true,
      dateRules: [{ column: 1, rule: 'dd.mm.yyyy' }],
    });
    expect(wrong).toMatchObject({
      ok: false,
      error: {
        code: 'IMPORT_DATE_RULE',
        message: expect.stringContaining('column B (Visit date) has dates that fit dd/mm/yyyy or mm/dd/yyyy'),
        details: { column: 'Visit date', rule: 'dd.mm.yyyy' },
      },
    });
    const noDates = await a.raw('import/preview', {
      studyId,
      file: FILE,
      dateRules: [{ column: 2, rule: 'dd/mm/yyyy' }],
    });
    expect(noDates).toMatchObject({
      ok: false,
      error: { code: 'IMPORT_DATE_RULE', message: expect.stringContaining('column C (Q1) holds no dates') },
    });
    const unknown = await a.raw('import/preview', {
      studyId,
      file: FILE,
      dateRules: [{ column: 1, rule: 'yyyy/dd/mm' }],
    });
    expect(unknown).toMatchObject({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        message: expect.stringContaining('dateRules.0.rule: a date rule is one of'),
      },
    });
    // Nothing was written by the refused import.
    expect(stored('Visit_date')).toEqual([]);
  });

  it('the rule is kept with the saved profile and the stored file, and used again from them', async () => {
    await commit({ dateRules: [{ column: 1, rule: 'mm/dd/yyyy' }], saveProfile: 'US export' });
    const again = await a.call('import/preview', { studyId, file: FILE, profile: 'US export' });
    expect(again.columns[1]!.dateRule).toBe('mm/dd/yyyy');
    expect(again.firstRows.map((r) => r[1])).toEqual(MONTH_FIRST);

    const files = (await a.call('study/get', { studyId })).files;
    const kept = await a.call('import/storedFile', { studyId, fileId: files[0]!.id });
    expect(kept.options.dateRules).toEqual([{ column: 1, rule: 'mm/dd/yyyy' }]);
    await a.call('import/remap', {
      studyId,
      fileId: files[0]!.id,
      dateRules: [{ column: 1, rule: 'dd/mm/yyyy' }],
    });
    expect(stored('Visit_date')).toEqual(DAY_FIRST);
  });

  it('a column of one clear format is read by it, and lists only it', async () => {
    const csv = 'id,Visit date,Q1\r\nr1,25/12/2025,4\r\nr2,05/06/2025,5\r\n';
    const p = await a.call('import/preview', { studyId, file: { name: 'clear.csv', base64: b64(csv) } });
    expect(p.columns[1]).toMatchObject({ dateRule: 'dd/mm/yyyy', dateRules: ['dd/mm/yyyy'] });
    expect(p.firstRows.map((r) => r[1])).toEqual(['2025-12-25', '2025-06-05']);
  });
});
