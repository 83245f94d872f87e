import Database from 'better-sqlite3';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/api/errors';
import { APPLICATION_ID, createStudyDb, openStudyDb, verifyStructure } from './db';
import { SCHEMA_VERSION } from './migrations/index';
import { addQuestion, addStage, addTouchpoint, readQuestionnaire } from './questionnaire-repo';
import { insertStudyMeta } from './study-repo';
import { readAnswerRows } from './answers-edit';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tp-store-'));
});

function refusal(path: string): AppError {
  try {
    openStudyDb(path);
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected the file to be refused');
}

describe('study file', () => {
  it('creates a marked, current, foreign-key-enforcing file with STRICT tables', () => {
    const path = join(dir, 'a.tpstudy');
    const db = createStudyDb(path);
    insertStudyMeta(db, { client: 'Fjordbank', title: 'CX 2026', languages: ['nb'] });
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    const tables = db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'table'").all() as {
      name: string;
      sql: string;
    }[];
    for (const t of tables) expect(t.sql, t.name).toMatch(/STRICT/);
    expect(() => addTouchpoint(db, 999, { en: 'x' })).toThrow(/stage 999/);
    // STRICT: a text in an INTEGER column is an error, not silently stored
    expect(() => db.prepare("UPDATE study SET anonymity_k = 'five'").run()).toThrow();
    db.close();
    expect(readFileSync(path).subarray(0, 15).toString()).toBe('SQLite format 3');
  });

  it('refuses a file that is not SQLite', () => {
    const path = join(dir, 'notes.tpstudy');
    writeFileSync(path, 'respondent;score\n1;5\n'.repeat(20));
    const e = refusal(path);
    expect(e.code).toBe('STUDY_NOT_SQLITE');
    expect(e.message).toContain('notes.tpstudy');
  });

  it("refuses someone else's SQLite database", () => {
    const path = join(dir, 'other.tpstudy');
    const db = new Database(path);
    db.exec('CREATE TABLE t (x INTEGER)');
    db.close();
    expect(refusal(path).code).toBe('STUDY_FOREIGN_SQLITE');
  });

  it('refuses a study from a newer version and leaves it untouched', () => {
    const path = join(dir, 'future.tpstudy');
    createStudyDb(path).close();
    const db = new Database(path);
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    const before = readFileSync(path);
    const e = refusal(path);
    expect(e.code).toBe('STUDY_NEWER_VERSION');
    expect(e.message).toMatch(/newer version/);
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('refuses a damaged file', () => {
    const path = join(dir, 'damaged.tpstudy');
    const db = createStudyDb(path);
    insertStudyMeta(db, { client: 'c', title: 't', languages: ['en'] });
    db.close();
    const bytes = readFileSync(path);
    bytes.fill(0xab, 4096, bytes.length); // every page after the first overwritten
    writeFileSync(path, bytes);
    expect(['STUDY_CORRUPT']).toContain(refusal(path).code);
  });

  it('checks a large file without reading every page, and still finds damage in its tables', () => {
    const path = join(dir, 'large.tpstudy');
    const db = createStudyDb(path);
    insertStudyMeta(db, { client: 'c', title: 't', languages: ['en'] });
    db.close();
    const big = Number.MAX_SAFE_INTEGER; // as if the file were above the full-check size
    const ok = new Database(path);
    expect(verifyStructure(ok, big)).toBe('ok');
    // A stored answer column whose length does not fit its block of respondents.
    ok.exec(`INSERT INTO wave (id, year, label) VALUES (1, 2026, '2026');
      INSERT INTO question (id, code, position, type, role, scale, texts) VALUES (1, 'Q1', 0, 'rating', 'touchpoint', '{}', '{}');
      INSERT INTO respondent_block (id, wave_id, count, ids, weights) VALUES (1, 1, 2, x'0100000002000000', x'0101');
      INSERT INTO answer_column (question_id, block_id, answered, vals, missing) VALUES (1, 1, 2, x'0405', x'0000');`);
    expect(verifyStructure(ok, big)).toBe('ok');
    ok.exec(`UPDATE answer_column SET missing = x'00'`);
    expect(verifyStructure(ok, big)).toMatch(/question 1 in block 1/);
    ok.exec(`UPDATE answer_column SET missing = x'0000', vals = x'040506'`);
    expect(verifyStructure(ok, big)).toMatch(/question 1 in block 1/);
    ok.close();
    const bytes = readFileSync(path);
    bytes.fill(0xab, 4096, bytes.length);
    writeFileSync(path, bytes);
    const damaged = new Database(path);
    let found: string;
    try {
      found = verifyStructure(damaged, big);
    } catch (e) {
      found = (e as Error).message; // openStudyDb refuses a thrown check as STUDY_CORRUPT
    }
    expect(found).not.toBe('ok');
    damaged.close();
  });

  it('refuses a missing file', () => {
    expect(refusal(join(dir, 'nope.tpstudy')).code).toBe('FILE_NOT_FOUND');
  });

  it('upgrades a real version-1 file in one transaction, keeping its data', () => {
    const path = join(dir, 'v1.tpstudy');
    copyFileSync(new URL('../../../../tests/fixtures/studies/v1.tpstudy', import.meta.url), path);
    const db = openStudyDb(path);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.prepare("SELECT name FROM sqlite_schema WHERE name = 'import_profile'").get()).toBeTruthy();
    const q = readQuestionnaire(db);
    expect(q.questions.map((x) => x.code)).toEqual(['Q1']);
    expect(q.touchpoints[0]?.texts.nb).toBe('Nettbank');
    expect(readAnswerRows(db, q.questions[0]!.id).map((a) => [a.value, a.missing])).toEqual([
      [4, 0],
      [null, 2],
    ]);
    db.close();
  });

  it('keeps a copy of an older file before upgrading it, and logs the steps', () => {
    const path = join(dir, 'v1-bak.tpstudy');
    const fixture = new URL('../../../../tests/fixtures/studies/v1.tpstudy', import.meta.url);
    copyFileSync(fixture, path);
    const lines: string[] = [];
    const db = openStudyDb(path, (m) => lines.push(m));
    db.close();
    expect(readFileSync(`${path}.bak-v1`).equals(readFileSync(fixture))).toBe(true);
    expect(lines[0]).toBe('kept a copy of v1-bak.tpstudy as v1-bak.tpstudy.bak-v1 before upgrading it');
    expect(lines).toContain('migrating v1-bak.tpstudy: file format 1 → 2');
    expect(lines.at(-1)).toBe(`migrated v1-bak.tpstudy to file format ${SCHEMA_VERSION}`);
    // A current file is opened without a copy or a log line.
    const again: string[] = [];
    openStudyDb(path, (m) => again.push(m)).close();
    expect(again).toEqual([]);
  });

  it('rolls back a failing write completely', () => {
    const path = join(dir, 'tx.tpstudy');
    const db = createStudyDb(path);
    insertStudyMeta(db, { client: 'c', title: 't', languages: ['en'] });
    const stage = addStage(db, { en: 'Buy' });
    db.close();
    const before = readFileSync(path);
    const db2 = openStudyDb(path);
    expect(() =>
      db2.transaction(() => {
        addTouchpoint(db2, stage, { en: 'Shop' });
        addQuestion(db2, {
          code: 'Q1',
          type: 'rating',
          role: 'performance',
          scale: { kind: 'range', min: 1, max: 5 },
          texts: { en: 'q' },
        });
        addQuestion(db2, {
          code: 'q1',
          type: 'rating',
          role: 'performance',
          scale: { kind: 'range', min: 1, max: 5 },
          texts: { en: 'dup' },
        });
      })(),
    ).toThrow(/already used/);
    db2.close();
    expect(readFileSync(path).equals(before)).toBe(true);
  });
});
