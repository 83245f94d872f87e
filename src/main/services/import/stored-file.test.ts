import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MISSING } from '../../../shared/domain/questionnaire';
import type { Api } from './test-helpers';
import { api, b64, fileHash, makeStudy, tempDir } from './test-helpers';
import { answerRowsTable } from '../store/answer-rows';

// A Norwegian export: "Levering" matches no question by itself (mapped by hand to Q2), "Vet ikke" is a label.
const CSV = 'id;Q1;Levering;NPS\nr1;5;4;10\nr2;Vet ikke;3;9\nr3;2;Vet ikke;7\n';
const OTHER = 'id,Q1,Q2,NPS\nx1,3,3,8\nx2,4,5,10\n';

let study: string;
let a: Api;
let studyId: string;
let fileId: number;

type Row = { id: string; code: string; value: number | null; text: string | null; missing: number };

/** Every answer in the study, by respondent and question: "nothing else changed" is checked on all of it. */
function allAnswers(): Row[] {
  const db = new Database(study, { readonly: true });
  answerRowsTable(db);
  try {
    return db
      .prepare(
        `SELECT r.external_id AS id, q.code, a.value, a.text, a.missing FROM answer a
         JOIN respondent r ON r.id = a.respondent_id JOIN question q ON q.id = a.question_id
         ORDER BY r.external_id, q.code`,
      )
      .all() as Row[];
  } finally {
    db.close();
  }
}

const questionnaire = () => a.call('study/get', { studyId }).then((o) => o.questionnaire);

beforeEach(async () => {
  const dir = tempDir();
  study = join(dir, 'study.tpstudy');
  makeStudy(study, 'nb');
  a = api(dir);
  studyId = (await a.call('study/open', { path: study })).studyId;
  await a.call('import/commit', { studyId, file: { name: 'other.csv', base64: b64(OTHER) }, waveYear: 2024 });
  const s = await a.call('import/commit', {
    studyId,
    file: { name: 'nb.csv', base64: b64(CSV) },
    waveYear: 2025,
    mapping: [{ column: 2, questionCode: 'Q2' }],
  });
  fileId = s.fileId!;
});
afterEach(() => a.close());

describe('import/storedFile', () => {
  it('gives back the stored bytes, the wave and the choices of the last import', async () => {
    const f = await a.call('import/storedFile', { studyId, fileId });
    expect(Buffer.from(f.base64, 'base64').toString('utf8')).toBe(CSV);
    expect(f).toMatchObject({ fileId, name: 'nb.csv', waveYear: 2025, respondents: 3 });
    // Only the hand-made choice is an override; Q1 and NPS are still found by code.
    expect(f.options.mapping).toEqual([{ column: 2, questionCode: 'Q2' }]);
    expect(f.options).toMatchObject({
      delimiter: ';',
      headerRow: 0,
      headerRows: 1,
      onError: 'missing',
      keepPersonal: false,
    });
    const p = await a.call('import/preview', {
      studyId,
      file: { name: f.name, base64: f.base64 },
      ...f.options,
    });
    expect(p.columns.map((c) => [c.questionCode, c.source])).toEqual([
      [null, 'none'],
      ['Q1', 'code'],
      ['Q2', 'manual'],
      ['NPS', 'code'],
    ]);
    expect(p.firstRows).toEqual([
      ['r1', '5', '4', '10'],
      ['r2', 'Vet ikke', '3', '9'],
      ['r3', '2', 'Vet ikke', '7'],
    ]);
  });

  it('re-mapping with the options as they were changes nothing', async () => {
    const before = allAnswers();
    const f = await a.call('import/storedFile', { studyId, fileId });
    const re = await a.call('import/remap', { studyId, fileId, ...f.options });
    expect(re).toMatchObject({ duplicate: 'replaced', imported: 3, waveYear: 2025 });
    expect(allAnswers()).toEqual(before);
  });
});

describe('import/remap with the full wizard options', () => {
  it('maps a column to another question and recodes "Vet ikke" differently; nothing else changes', async () => {
    const before = allAnswers();
    const questionsBefore = await questionnaire();
    const re = await a.call('import/remap', {
      studyId,
      fileId,
      mapping: [{ column: 2, questionCode: 'AMOUNT' }],
      recodes: { Q1: { 'Vet ikke': { missing: 'notApplicable' } }, AMOUNT: { 'Vet ikke': { value: 0 } } },
      onError: 'abort',
    });
    expect(re).toMatchObject({
      duplicate: 'replaced',
      rowsRead: 3,
      imported: 3,
      skipped: 0,
      createdQuestions: [],
    });
    const after = allAnswers();
    const of = (rows: Row[], code: string, file: 'r' | 'x' = 'r') =>
      rows.filter((r) => r.code === code && r.id.startsWith(file));
    // The column moved from Q2 to AMOUNT, with the new recode of its "Vet ikke".
    expect(of(before, 'Q2').map((r) => [r.id, r.value, r.missing])).toEqual([
      ['r1', 4, 0],
      ['r2', 3, 0],
      ['r3', null, MISSING.dontKnow],
    ]);
    expect(of(after, 'Q2')).toEqual([]);
    expect(of(after, 'AMOUNT').map((r) => [r.id, r.value, r.missing])).toEqual([
      ['r1', 4, 0],
      ['r2', 3, 0],
      ['r3', 0, 0],
    ]);
    // Q1's "Vet ikke" is now "not applicable" instead of "don't know".
    expect(of(before, 'Q1').find((r) => r.id === 'r2')!.missing).toBe(MISSING.dontKnow);
    expect(of(after, 'Q1').find((r) => r.id === 'r2')!.missing).toBe(MISSING.notApplicable);
    // Everything else is as it was: the file's other answers, the other file, the questionnaire.
    const changed = (r: Row) =>
      r.id.startsWith('r') && (r.code === 'Q2' || r.code === 'AMOUNT' || (r.code === 'Q1' && r.id === 'r2'));
    const rest = (rows: Row[]) => rows.filter((r) => !changed(r));
    expect(rest(after).length).toBe(after.length - 4);
    expect(rest(after)).toEqual(rest(before));
    expect(of(after, 'NPS')).toEqual(of(before, 'NPS'));
    expect(await questionnaire()).toEqual(questionsBefore);
    const overview = await a.call('study/get', { studyId });
    expect(overview.waves.map((w) => [w.year, w.respondents])).toEqual([
      [2024, 2],
      [2025, 3],
    ]);
    expect(overview.files.map((f) => f.name).sort()).toEqual(['nb.csv', 'other.csv']);
    // The next re-map starts from these choices.
    const f = await a.call('import/storedFile', { studyId, fileId: re.fileId! });
    expect(f.options.mapping).toEqual([{ column: 2, questionCode: 'AMOUNT' }]);
    expect(f.options.recodes?.Q1).toEqual({ 'Vet ikke': { missing: 'notApplicable' } });
    expect(f.options.onError).toBe('abort');
  });

  it('a failing re-map leaves the study file byte for byte as it was', async () => {
    const hash = fileHash(study);
    const before = allAnswers();
    // NPS values (7–10) into Q1 (1–5) with onError abort: refused.
    const r = await a.raw('import/remap', {
      studyId,
      fileId,
      mapping: [
        { column: 1, questionCode: null },
        { column: 3, questionCode: 'Q1' },
      ],
      onError: 'abort',
    });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.code).toBe('IMPORT_BAD_VALUES');
    const gone = await a.raw('import/remap', { studyId, fileId: 9999 });
    expect(!gone.ok && gone.error.code).toBe('NOT_FOUND');
    expect(fileHash(study)).toBe(hash);
    expect(allAnswers()).toEqual(before);
  });
});

describe('import/inspect', () => {
  it('shows the first data rows below a two-row header, skipping blank rows', async () => {
    const csv = 'Q1,Q2\nHow satisfied <br>are you?,Delivery &amp; returns\n\n1,2\n3,4\n';
    const r = await a.call('import/inspect', { file: { name: 'x.csv', base64: b64(csv) }, headerRows: 2 });
    expect(r.firstRows).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
  });
});
