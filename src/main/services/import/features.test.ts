import Database from 'better-sqlite3';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportJobState } from '../../../shared/api/import';
import type { Api } from './test-helpers';
import { api, b64, fileHash, makeStudy, tempDir } from './test-helpers';
import { answerRowsTable } from '../store/answer-rows';

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

async function until(jobId: string, pred: (s: ImportJobState) => boolean): Promise<ImportJobState> {
  for (let i = 0; i < 600; i++) {
    const s = await a.call('import/progress', { jobId });
    if (pred(s)) return s;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error('job did not get there');
}

function bigCsv(rows: number): string {
  const lines = ['id,Q1,Q2,NPS,COMMENT'];
  for (let i = 0; i < rows; i++) lines.push(`r${i},${(i % 5) + 1},${(i % 4) + 1},${i % 11},comment ${i}`);
  return lines.join('\n');
}

/** An xlsx of `rows` respondents: many convert and write batches, yet quick to build with SheetJS. */
function bigXlsx(rows: number): string {
  const aoa: (string | number)[][] = [['id', 'Q1', 'Q2', 'NPS', 'DEPT', 'COMMENT']];
  for (let i = 0; i < rows; i++)
    aoa.push([
      `r${i}`,
      (i % 5) + 1,
      i % 7 === 0 ? '' : (i % 4) + 1,
      i % 11,
      i % 2 ? 'Sales' : 'Support',
      i % 3 ? '' : `comment ${i}`,
    ]);
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(aoa), 'Data');
  return b64(XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer);
}

/** Polls a job until it ends, keeping every state seen. */
async function watch(jobId: string, stopWhen?: (s: ImportJobState) => boolean): Promise<ImportJobState[]> {
  const seen: ImportJobState[] = [];
  for (let i = 0; i < 2000; i++) {
    const s = await a.call('import/progress', { jobId });
    seen.push(s);
    if (s.state !== 'running' || stopWhen?.(s)) return seen;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error('job did not end');
}

describe('response template', () => {
  it('imports back with zero manual mapping', async () => {
    const t = await a.call('import/template', { studyId });
    const wb = XLSX.read(Buffer.from(t.base64, 'base64'));
    const ws = wb.Sheets[wb.SheetNames[0]!]!;
    const rows = XLSX.utils.sheet_to_json<string[]>(ws, { header: 1 });
    expect(rows[0]).toEqual(['id', 'Q1', 'Q2', 'NPS', 'DEPT', 'AMOUNT', 'COMMENT']);
    expect(rows[1]![1]).toBe('How satisfied are you with the web shop?');
    const xml = XLSX.CFB.find(
      XLSX.CFB.read(Buffer.from(t.base64, 'base64'), { type: 'buffer' }),
      '/xl/worksheets/sheet1.xml',
    );
    expect(Buffer.from(xml.content).toString()).toContain('<dataValidation type="list"');
    XLSX.utils.sheet_add_aoa(
      ws,
      [
        ['a', 5, 9, 10, 'Sales', 12.5, 'Fint'],
        ['b', 1, 2, 0, 'Support', 3, 'Dårlig'],
      ],
      { origin: 'A3' },
    );
    const filled = XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
    const p = await a.call('import/preview', { studyId, file: { name: 'filled.xlsx', base64: b64(filled) } });
    expect(p.tool).toBe('template');
    expect(p.headerRows).toBe(2);
    expect(p.columns.slice(1).map((c) => [c.questionCode, c.source])).toEqual(
      ['Q1', 'Q2', 'NPS', 'DEPT', 'AMOUNT', 'COMMENT'].map((c) => [c, 'code']),
    );
    const s = await a.call('import/commit', {
      studyId,
      file: { name: 'filled.xlsx', base64: b64(filled) },
      waveYear: 2026,
    });
    expect([s.imported, s.issues.length]).toEqual([2, 0]);
  });
});

describe('validation report', () => {
  it('exports every issue with its cell as xlsx', async () => {
    const csv = 'id,Q1,NPS,AMOUNT\nx,6,5,1\nx,3,abc,zz\n,,,\ny,2,3,4\n';
    const r = await a.call('import/validationXlsx', { studyId, file: { name: 'bad.csv', base64: b64(csv) } });
    const wb = XLSX.read(Buffer.from(r.base64, 'base64'));
    const issues = XLSX.utils.sheet_to_json<Record<string, string>>(wb.Sheets.Issues!);
    expect(issues.map((i) => [i.Cell, i.Issue])).toEqual([
      ['bad.csv!B2', 'OUT_OF_RANGE'],
      ['bad.csv!C3', 'UNKNOWN_LABEL'],
      ['bad.csv!D3', 'NOT_A_NUMBER'],
      ['bad.csv!A3', 'DUPLICATE_ID'],
      ['bad.csv!A4', 'EMPTY_ROW'],
    ]);
  });

  it('writes a bad value that looks like a formula as text, and numbers as numbers', async () => {
    const csv = 'id,Q1,NPS,AMOUNT\nx,3,4,=1+2\ny,2,@SUM(A1),4\n';
    const r = await a.call('import/validationXlsx', { studyId, file: { name: 'f.csv', base64: b64(csv) } });
    const wb = XLSX.read(Buffer.from(r.base64, 'base64'), { cellFormula: true });
    const ws = wb.Sheets.Issues!;
    const cells = Object.keys(ws)
      .filter((k) => !k.startsWith('!'))
      .map((k) => ws[k] as XLSX.CellObject);
    expect(cells.some((c) => c.f !== undefined)).toBe(false);
    const values = cells.map((c) => c.v);
    expect(values).toContain(`'=1+2`);
    expect(values).toContain(`'@SUM(A1)`);
    expect(values.every((v) => typeof v !== 'string' || !/^[=+\-@]/.test(v))).toBe(true);
    expect(cells.some((c) => c.t === 'n')).toBe(true);
  });
});

describe('profiles and re-mapping', () => {
  it('saves a manual mapping as a profile that maps next year in one click, and re-maps from stored bytes', async () => {
    const y1 = 'Respondent,Nettbutikk,Levering\n1,4,5\n2,3,2\n';
    const manual = [
      { column: 1, questionCode: 'Q1' },
      { column: 2, questionCode: 'Q2' },
    ];
    await a.call('import/commit', {
      studyId,
      file: { name: '2025.csv', base64: b64(y1) },
      waveYear: 2025,
      mapping: manual,
      saveProfile: 'Nettskjema',
    });
    expect((await a.call('import/profiles', { studyId })).map((p) => p.name)).toEqual(['Nettskjema']);
    const y2 = 'Respondent,Nettbutikk,Levering\n1,5,5\n2,1,4\n3,2,2\n';
    const p = await a.call('import/preview', {
      studyId,
      file: { name: '2026.csv', base64: b64(y2) },
      profile: 'Nettskjema',
    });
    expect(p.columns.map((c) => [c.questionCode, c.source])).toEqual([
      [null, 'none'],
      ['Q1', 'profile'],
      ['Q2', 'profile'],
    ]);
    const s = await a.call('import/commit', {
      studyId,
      file: { name: '2026.csv', base64: b64(y2) },
      waveYear: 2026,
      profile: 'Nettskjema',
    });
    expect(s.imported).toBe(3);
    // Swap the columns of the 2025 file later, without the original file.
    const fileId = s.overview.files.find((f) => f.name === '2025.csv')!.id;
    const re = await a.call('import/remap', {
      studyId,
      fileId,
      mapping: [
        { column: 1, questionCode: 'Q2' },
        { column: 2, questionCode: 'Q1' },
      ],
    });
    expect(re.duplicate).toBe('replaced');
    const db = new Database(study, { readonly: true });
    answerRowsTable(db);
    const q1 = db
      .prepare(
        `SELECT a.value FROM answer a JOIN question q ON q.id = a.question_id JOIN respondent r ON r.id = a.respondent_id JOIN wave w ON w.id = r.wave_id WHERE q.code = 'Q1' AND w.year = 2025 ORDER BY r.external_id`,
      )
      .all();
    db.close();
    expect(q1).toEqual([{ value: 5 }, { value: 2 }]);
  });

  it('maps by question text with a confidence when codes differ', async () => {
    const csv =
      'id,How satisfied were you with the web shop,How likely is it that you would recommend us to a friend or colleague?\n1,4,9\n';
    const p = await a.call('import/preview', { studyId, file: { name: 'x.csv', base64: b64(csv) } });
    expect(p.columns[1]).toMatchObject({ questionCode: 'Q1', source: 'text' });
    expect(p.columns[1]!.confidence).toBeGreaterThan(0.6);
    expect(p.columns[1]!.confidence).toBeLessThan(1);
    expect(p.columns[2]).toMatchObject({ questionCode: 'NPS', source: 'text' });
  });

  it('proposes recode tables from the labels found', async () => {
    const csv =
      'id,Q1,NPS\n1,Svært fornøyd,10 - Extremely likely\n2,Vet ikke,0 - Not at all likely\n3,Hmm,5\n';
    const p = await a.call('import/preview', { studyId, file: { name: 'x.csv', base64: b64(csv) } });
    const q1 = p.recodeProposals.find((r) => r.questionCode === 'Q1')!;
    expect(q1.values).toEqual([
      { text: 'Svært fornøyd', count: 1, target: { value: 5 } },
      { text: 'Vet ikke', count: 1, target: { missing: 'dontKnow' } },
      { text: 'Hmm', count: 1, target: null },
    ]);
    const s = await a.call('import/commit', {
      studyId,
      file: { name: 'x.csv', base64: b64(csv) },
      waveYear: 2026,
      recodes: { Q1: { Hmm: { missing: 'notApplicable' } } },
    });
    expect(s.issues).toEqual([]);
  });
});

describe('import jobs (worker thread)', () => {
  it('reports progress and finishes with the summary', async () => {
    const { jobId } = await a.call('import/start', {
      studyId,
      file: { name: 'big.csv', base64: b64(bigCsv(3000)) },
      waveYear: 2026,
    });
    const done = await until(jobId, (s) => s.state !== 'running');
    expect(done.error).toBeNull();
    expect(done).toMatchObject({ state: 'done', percent: 100 });
    expect(done.result!.imported).toBe(3000);
    expect(done.result!.overview.waves[0]!.respondents).toBe(3000);
  });

  it('cancels while writing and leaves the study byte-for-byte unchanged', async () => {
    a.close();
    const before = fileHash(study);
    a = api(dir);
    studyId = (await a.call('study/open', { path: study })).studyId;
    const { jobId } = await a.call('import/start', {
      studyId,
      file: { name: 'big.csv', base64: b64(bigCsv(60000)) },
      waveYear: 2026,
    });
    await until(jobId, (s) => s.phase === 'writing' || s.state !== 'running');
    await a.call('import/cancel', { jobId });
    const end = await until(jobId, (s) => s.state !== 'running');
    expect(end.state).toBe('cancelled');
    expect(end.error?.code).toBe('IMPORT_CANCELLED');
    a.close();
    expect(fileHash(study)).toBe(before);
  });

  it('reports rows, percent and time left that only move forward on a multi-batch xlsx', async () => {
    const rows = 40000;
    const { jobId } = await a.call('import/start', {
      studyId,
      file: { name: 'big.xlsx', base64: bigXlsx(rows) },
      waveYear: 2026,
    });
    const seen = await watch(jobId);
    const end = seen.at(-1)!;
    expect(end.error).toBeNull();
    expect(end).toMatchObject({ state: 'done', phase: 'finished', percent: 100, etaSeconds: 0 });
    expect(end.result!.imported).toBe(rows);
    const order = ['reading', 'converting', 'writing', 'finished'];
    const running = seen.filter((s) => s.state === 'running');
    expect(running.some((s) => s.phase === 'converting' || s.phase === 'writing')).toBe(true);
    for (let i = 1; i < seen.length; i++) {
      const [p, s] = [seen[i - 1]!, seen[i]!];
      expect(order.indexOf(s.phase)).toBeGreaterThanOrEqual(order.indexOf(p.phase));
      expect(s.percent).toBeGreaterThanOrEqual(p.percent);
      if (s.phase === p.phase && s.phase !== 'finished')
        expect(s.rowsDone).toBeGreaterThanOrEqual(p.rowsDone);
    }
    for (const s of running.filter((x) => x.phase === 'converting' || x.phase === 'writing')) {
      expect(s.rowsTotal).toBeGreaterThan(0);
      expect(s.rowsDone).toBeLessThanOrEqual(s.rowsTotal);
      expect(s.percent).toBeLessThan(100);
      if (s.percent >= 10) expect(s.etaSeconds).toEqual(expect.any(Number));
    }
  }, 30000);

  it('cancels an xlsx import mid-write and leaves the study byte-for-byte unchanged', async () => {
    a.close();
    const before = fileHash(study);
    a = api(dir);
    studyId = (await a.call('study/open', { path: study })).studyId;
    const { jobId } = await a.call('import/start', {
      studyId,
      file: { name: 'big.xlsx', base64: bigXlsx(60000) },
      waveYear: 2026,
    });
    const seen = await watch(jobId, (s) => s.phase === 'writing');
    expect(seen.at(-1)!.phase).toBe('writing');
    await a.call('import/cancel', { jobId });
    const end = (await watch(jobId)).at(-1)!;
    expect(end.state).toBe('cancelled');
    expect(end.error?.message).toMatch(/cancelled; the study is unchanged/);
    a.close();
    expect(fileHash(study)).toBe(before);
  }, 30000);

  it('cancels while reading by stopping the worker', async () => {
    a.close();
    const before = fileHash(study);
    a = api(dir);
    studyId = (await a.call('study/open', { path: study })).studyId;
    const { jobId } = await a.call('import/start', {
      studyId,
      file: { name: 'big.csv', base64: b64(bigCsv(20000)) },
      waveYear: 2026,
    });
    await a.call('import/cancel', { jobId });
    const end = await until(jobId, (s) => s.state !== 'running');
    expect(end.state).toBe('cancelled');
    a.close();
    expect(fileHash(study)).toBe(before);
  });
});
