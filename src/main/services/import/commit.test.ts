import Database from 'better-sqlite3';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isAppError } from '../../../shared/api/errors';
import type { Api } from './test-helpers';
import { api, b64, fileHash, makeStudy, tempDir } from './test-helpers';
import { answerRowsTable } from '../store/answer-rows';

const CSV = [
  'id;Q1;Q2;NPS;DEPT;AMOUNT;COMMENT',
  'r1;5;4;10;Sales;1 234,5;Very good, thanks',
  'r2;4;vet ikke;9;Support;12,25;"Two\nlines"',
  'r3;9;3;0;Sales;;',
  'r4;2;N/A;7;Support;3;ok',
  ';;;;;;',
  'r5;7;2;6;Sales;4;out of range Q1',
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

function answers(code: string) {
  const db = new Database(study, { readonly: true });
  answerRowsTable(db);
  try {
    return db
      .prepare(
        `SELECT r.external_id AS id, a.value, a.text, a.missing FROM answer a JOIN respondent r ON r.id = a.respondent_id
         JOIN question q ON q.id = a.question_id WHERE q.code = ? ORDER BY r.id`,
      )
      .all(code) as { id: string; value: number | null; text: string | null; missing: number }[];
  } finally {
    db.close();
  }
}

describe('import/preview', () => {
  it('maps a header of question codes and reports bad cells with their place', async () => {
    const p = await a.call('import/preview', { studyId, file: { name: 'wave.csv', base64: b64(CSV) } });
    expect(p.format).toBe('csv');
    expect(p.delimiter).toBe(';');
    expect(p.decimal).toBe(',');
    expect(p.rows).toBe(6);
    expect(p.idColumn).toBe(0);
    expect(p.columns.map((c) => c.questionCode)).toEqual([
      null,
      'Q1',
      'Q2',
      'NPS',
      'DEPT',
      'AMOUNT',
      'COMMENT',
    ]);
    expect(p.validation.issues.filter((i) => i.severity === 'error').map((i) => [i.cell, i.code])).toEqual([
      ['wave.csv!B7', 'OUT_OF_RANGE'],
    ]);
    expect(p.validation.counts.EMPTY_ROW).toBe(1);
  });
});

describe('import/commit', () => {
  it('imports a CSV into a new wave, in one go, with missing kinds and locale numbers', async () => {
    const s = await a.call('import/commit', {
      studyId,
      file: { name: 'wave.csv', base64: b64(CSV) },
      waveYear: 2026,
    });
    expect(s.imported).toBe(5);
    expect(s.skipped).toBe(1);
    expect(s.issues.map((i) => i.cell)).toContain('wave.csv!B7');
    expect(s.overview.waves).toEqual([{ id: expect.any(Number), year: 2026, label: '2026', respondents: 5 }]);
    expect(s.overview.files).toHaveLength(1);
    expect(s.overview.files[0]!.sha256).toMatch(/^[0-9a-f]{64}$/);
    const q1 = answers('Q1');
    expect(q1.map((r) => [r.id, r.value, r.missing])).toEqual([
      ['r1', 5, 0],
      ['r2', 4, 0],
      ['r3', null, 2],
      ['r4', 2, 0],
      ['r5', null, 1],
    ]);
    expect(q1[4]!.text).toBe('7'); // the bad cell's text is kept beside the missing answer
    const q2 = answers('Q2');
    expect(q2.find((r) => r.id === 'r2')).toMatchObject({ value: null, missing: 2 });
    expect(q2.find((r) => r.id === 'r4')).toMatchObject({ value: null, missing: 3 });
    expect(answers('NPS').map((r) => r.value)).toEqual([10, 9, 0, 7, 6]);
    expect(answers('AMOUNT').map((r) => r.value)).toEqual([1234.5, 12.25, 3, 4]);
    expect(answers('DEPT').map((r) => r.text)).toEqual(['Sales', 'Support', 'Sales', 'Support', 'Sales']);
    expect(answers('COMMENT').map((r) => r.text)).toEqual([
      'Very good, thanks',
      'Two\nlines',
      'ok',
      'out of range Q1',
    ]);
    const db = new Database(study, { readonly: true });
    answerRowsTable(db);
    const f = db.prepare('SELECT bytes, mapping FROM imported_file').get() as {
      bytes: Buffer;
      mapping: string;
    };
    db.close();
    expect(f.bytes.toString()).toBe(CSV);
    expect(JSON.parse(f.mapping).columns[1]).toMatchObject({ header: 'Q1', questionCode: 'Q1' });
  });

  it('skips bad rows with skip-row', async () => {
    const s = await a.call('import/commit', {
      studyId,
      file: { name: 'wave.csv', base64: b64(CSV) },
      waveYear: 2026,
      onError: 'skip-row',
    });
    expect(s.imported).toBe(4);
    expect(answers('Q1').map((r) => r.id)).toEqual(['r1', 'r2', 'r3', 'r4']);
  });

  it('imports an xlsx and names cells Sheet!A1', async () => {
    const ws = XLSX.utils.aoa_to_sheet([
      ['ResponseId', 'Q1', 'NPS', 'COMMENT'],
      ['a', 3, 8, 'fint'],
      ['b', 6, 10, 'æøå ÆØÅ'],
    ]);
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, 'Svar');
    const bytes = XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
    const s = await a.call('import/commit', {
      studyId,
      file: { name: 'svar.xlsx', base64: b64(bytes) },
      waveYear: 2025,
    });
    expect(s.imported).toBe(2);
    expect(s.issues).toEqual([
      { cell: 'Svar!B3', code: 'OUT_OF_RANGE', message: expect.stringContaining('outside the scale 1–5') },
    ]);
    expect(answers('COMMENT').map((r) => r.text)).toEqual(['fint', 'æøå ÆØÅ']);
    expect(answers('Q1').map((r) => r.id)).toEqual(['a', 'b']);
  });

  it('aborts on bad values and leaves the study file byte-for-byte unchanged', async () => {
    a.close();
    const before = fileHash(study);
    a = api(dir);
    studyId = (await a.call('study/open', { path: study })).studyId;
    const r = await a.raw('import/commit', {
      studyId,
      file: { name: 'wave.csv', base64: b64(CSV) },
      waveYear: 2026,
      onError: 'abort',
    });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('IMPORT_BAD_VALUES');
      expect(r.error.message).toContain('wave.csv!B7');
    }
    a.close();
    expect(fileHash(study)).toBe(before);
  });

  it('rolls back a failure inside the write transaction', async () => {
    a.close();
    // A trigger makes the database itself refuse the second question's answers: the failure happens
    // after the wave, the file's bytes, the respondents and a first column were written, inside the
    // transaction.
    const db = new Database(study);
    db.exec(
      "CREATE TRIGGER boom BEFORE INSERT ON answer_column WHEN (SELECT COUNT(*) FROM answer_column) >= 1 BEGIN SELECT RAISE(ABORT, 'disk says no'); END",
    );
    db.close();
    const before = fileHash(study);
    a = api(dir);
    studyId = (await a.call('study/open', { path: study })).studyId;
    const r = await a.raw('import/commit', {
      studyId,
      file: { name: 'wave.csv', base64: b64(CSV) },
      waveYear: 2026,
    });
    // Not a data problem the consultant can fix: INTERNAL with a log reference, no database text.
    expect(r.ok ? null : r.error.code).toBe('INTERNAL');
    expect(r.ok ? '' : r.error.message).toMatch(/reference [0-9a-f]{8}/);
    a.close();
    expect(fileHash(study)).toBe(before);
  });

  it('detects the same file imported twice and offers replace or skip', async () => {
    const file = { name: 'wave.csv', base64: b64(CSV) };
    await a.call('import/commit', { studyId, file, waveYear: 2026 });
    const again = await a.raw('import/commit', { studyId, file, waveYear: 2026 });
    expect(again.ok ? null : again.error.code).toBe('IMPORT_DUPLICATE_FILE');
    const skipped = await a.call('import/commit', { studyId, file, waveYear: 2026, ifDuplicate: 'skip' });
    expect(skipped.duplicate).toBe('skipped');
    const replaced = await a.call('import/commit', { studyId, file, waveYear: 2026, ifDuplicate: 'replace' });
    expect(replaced.duplicate).toBe('replaced');
    expect(replaced.overview.waves[0]!.respondents).toBe(5);
    expect(replaced.overview.files).toHaveLength(1);
  });

  it('refuses respondent ids already in the wave from another file', async () => {
    await a.call('import/commit', {
      studyId,
      file: { name: 'a.csv', base64: b64('id,Q1\nx,1\ny,2\n') },
      waveYear: 2026,
    });
    const s = await a.call('import/commit', {
      studyId,
      file: { name: 'b.csv', base64: b64('id,Q1\ny,3\nz,4\n') },
      waveYear: 2026,
      onError: 'skip-row',
    });
    expect(s.imported).toBe(1);
    expect(s.issues[0]).toMatchObject({ cell: 'b.csv!A2', code: 'DUPLICATE_ID' });
  });

  it('throws AppError values, not crashes, for unreadable input', async () => {
    const r = await a.raw('import/commit', {
      studyId,
      file: { name: 'x.xlsx', base64: b64('not a zip') },
      waveYear: 2026,
    });
    expect(r.ok ? null : r.error.code).toBe('IMPORT_UNREADABLE');
    expect(isAppError(new Error())).toBe(false);
  });
});
