import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APPLICATION_ID, migrate, openStudyDb } from '../db';
import { readFiles } from '../study-repo';
import { SCHEMA_VERSION } from './index';

/** A study of file format 10 with two imported files (one of 3 MB) and the blocks that came from them. */
function formatTenStudy(path: string): { bytes: Buffer[] } {
  const db = new Database(path);
  db.pragma('foreign_keys = ON');
  db.pragma(`application_id = ${APPLICATION_ID}`);
  migrate(db, 10);
  db.prepare("INSERT INTO wave (id, year, label) VALUES (1, 2025, '2025')").run();
  const bytes = [randomBytes(3 * 1024 * 1024), Buffer.from('id,Q1\n1,5\n')];
  const file = db.prepare(
    `INSERT INTO imported_file (name, sha256, size, bytes, imported_at, wave_id, sheet, mapping)
     VALUES (?, 'h', ?, ?, '2025-05-01T10:00:00.000Z', 1, ?, '{"a":1}')`,
  );
  bytes.forEach((b, i) => file.run(`f${i}.csv`, b.length, b, i === 0 ? 'Sheet1' : null));
  const block = db.prepare(
    'INSERT INTO respondent_block (wave_id, file_id, count, ids, weights) VALUES (1, ?, 1, ?, ?)',
  );
  block.run(1, Buffer.from(new Int32Array([1]).buffer), Buffer.from(new Float64Array([1]).buffer));
  block.run(2, Buffer.from(new Int32Array([2]).buffer), Buffer.from(new Float64Array([1]).buffer));
  db.close();
  return { bytes };
}

describe('file format 11: an imported file’s bytes in the last column', () => {
  it('moves the bytes last, keeping every file, its bytes, its fields and its respondent blocks', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tp-v10-'));
    const path = join(dir, 'v10.tpstudy');
    const { bytes } = formatTenStudy(path);
    const lines: string[] = [];
    const db = openStudyDb(path, (m) => lines.push(m));
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    const columns = (db.pragma('table_info(imported_file)') as { name: string }[]).map((c) => c.name);
    expect(columns.at(-1)).toBe('bytes');
    expect(columns).toEqual([
      'id',
      'name',
      'sha256',
      'size',
      'imported_at',
      'wave_id',
      'sheet',
      'mapping',
      'bytes',
    ]);
    const rows = db
      .prepare(
        'SELECT id, name, size, bytes, imported_at, wave_id, sheet, mapping FROM imported_file ORDER BY id',
      )
      .all() as {
      id: number;
      name: string;
      size: number;
      bytes: Buffer;
      sheet: string | null;
      mapping: string;
    }[];
    expect(rows.map((r) => r.bytes.equals(bytes[r.id - 1]!))).toEqual([true, true]);
    expect(rows.map(({ bytes: _b, ...r }) => r)).toEqual([
      {
        id: 1,
        name: 'f0.csv',
        size: 3 * 1024 * 1024,
        imported_at: '2025-05-01T10:00:00.000Z',
        wave_id: 1,
        sheet: 'Sheet1',
        mapping: '{"a":1}',
      },
      {
        id: 2,
        name: 'f1.csv',
        size: 10,
        imported_at: '2025-05-01T10:00:00.000Z',
        wave_id: 1,
        sheet: null,
        mapping: '{"a":1}',
      },
    ]);
    expect(db.prepare('SELECT file_id FROM respondent_block ORDER BY id').pluck().all()).toEqual([1, 2]);
    expect(readFiles(db).map((f) => [f.name, f.rows])).toEqual([
      ['f0.csv', 1],
      ['f1.csv', 1],
    ]);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('quick_check', { simple: true })).toBe('ok');
    // the temporary copy is gone with the step that made it
    expect(
      db.prepare("SELECT name FROM temp.sqlite_schema WHERE name = 'file_bytes_kept'").get(),
    ).toBeUndefined();
    db.close();
    expect(existsSync(`${path}.bak-v10`)).toBe(true);
    expect(lines).toContain('migrating v10.tpstudy: file format 10 → 11');
    expect(lines.filter((l) => /^ {2}step [1-3]\/3: /.test(l))).toHaveLength(3);
    expect(lines).toContain('  step 1/3: the bytes of 2 imported files kept aside');
  });

  it('leaves a file whose upgrade fails exactly as it was', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tp-v10f-'));
    const path = join(dir, 'v10.tpstudy');
    formatTenStudy(path);
    const db = new Database(path);
    // The last step (copying the bytes back) cannot finish: a trigger refuses every update.
    db.exec("CREATE TRIGGER block_copy BEFORE UPDATE ON imported_file BEGIN SELECT RAISE(ABORT, 'no'); END");
    db.close();
    const before = new Database(path, { readonly: true });
    const snapshot = before.prepare('SELECT id, name, length(bytes) AS n FROM imported_file').all();
    before.close();
    const lines: string[] = [];
    expect(() => openStudyDb(path, (m) => lines.push(m))).toThrow(/no/);
    expect(lines).toContain('  step 3/3: the bytes column added last, each file given its bytes back');
    const after = new Database(path, { readonly: true });
    expect(after.pragma('user_version', { simple: true })).toBe(10);
    expect(after.prepare('SELECT id, name, length(bytes) AS n FROM imported_file').all()).toEqual(snapshot);
    expect((after.pragma('table_info(imported_file)') as { name: string }[]).map((c) => c.name).at(-1)).toBe(
      'mapping',
    );
    after.close();
  });
});
