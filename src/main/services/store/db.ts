import Database from 'better-sqlite3';
import type { Database as Db } from 'better-sqlite3';
import { closeSync, constants, copyFileSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { AppError } from '../../../shared/api/errors';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations/index';

/** PRAGMA application_id of every study file: the bytes "TPST". */
export const APPLICATION_ID = 0x54505354;
const SQLITE_MAGIC = 'SQLite format 3\0';

function readHeader(path: string): Buffer {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(100);
    const n = readSync(fd, buf, 0, 100, 0);
    return buf.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

function configure(db: Db): void {
  db.pragma('foreign_keys = ON');
  db.pragma('journal_mode = DELETE');
  db.pragma('synchronous = FULL');
}

/** Files up to this size get SQLite's full quick_check on every open (a few milliseconds). */
export const FULL_CHECK_BYTES = 8 * 1024 * 1024;
/** The tables whose rows are large BLOBs (answer columns, imported files' bytes). */
const BLOB_TABLES = new Set(['answer_column', 'imported_file']);

/**
 * Checks a study's structure on open, in time proportionate to what is read: a small file gets the
 * full `PRAGMA quick_check`; a large one (whose bulk is answer columns and the imported files' bytes)
 * gets quick_check of each of its other tables with their indexes, and the BLOB tables are checked
 * through their rows' headers (every answer column's stored length must fit its block, every file's
 * bytes their recorded size), so opening does not read every page of a 100,000-respondent file. A
 * BLOB damaged inside is refused as damaged when it is read (see answers-store.ts). Returns 'ok' or
 * the first problem found.
 */
export function verifyStructure(db: Db, size: number): string {
  if (size <= FULL_CHECK_BYTES) return db.pragma('quick_check', { simple: true }) as string;
  const tables = (
    db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as {
      name: string;
    }[]
  ).map((t) => t.name);
  for (const t of tables) {
    if (BLOB_TABLES.has(t)) continue;
    const r = db.pragma(`quick_check("${t.replace(/"/g, '""')}")`, { simple: true }) as string;
    if (r !== 'ok') return r;
  }
  if (tables.includes('answer_column') && tables.includes('respondent_block')) {
    // length() of a BLOB is read from the row's header: no overflow page is loaded.
    const bad = db
      .prepare(
        `SELECT c.question_id AS q, c.block_id AS b FROM answer_column c
           LEFT JOIN respondent_block r ON r.id = c.block_id
          WHERE r.id IS NULL OR length(r.ids) != 4 * r.count
             OR length(c.missing) != r.count OR length(c.vals) NOT IN (r.count, 8 * r.count)
          LIMIT 1`,
      )
      .get() as { q: number; b: number } | undefined;
    if (bad) return `the stored answers of question ${bad.q} in block ${bad.b} do not fit their respondents`;
  }
  if (tables.includes('imported_file')) {
    const bad = db.prepare('SELECT id FROM imported_file WHERE length(bytes) != size LIMIT 1').get() as
      { id: number } | undefined;
    if (bad) return `the stored bytes of imported file ${bad.id} do not have their recorded size`;
  }
  return 'ok';
}

/** Applies all pending migrations in one transaction: either the file is fully upgraded or untouched. */
export function migrate(db: Db, target: number = SCHEMA_VERSION, log: (m: string) => void = () => {}): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current >= target) return;
  db.transaction(() => {
    for (let v = current; v < target; v++) {
      log(`migrating ${basename(db.name)}: file format ${v} → ${v + 1}`);
      MIGRATIONS[v]!(db, log);
    }
    db.pragma(`user_version = ${target}`);
  })();
  // Format 5 replaced the one-row-per-answer table: give its pages back so the file shrinks.
  if (current > 0 && current < 5 && target >= 5 && db.name !== ':memory:') db.exec('VACUUM');
  log(`migrated ${basename(db.name)} to file format ${target}`);
}

/**
 * Before an older study is upgraded, a copy of it is kept beside it as `<name>.bak-v<old version>`
 * (an existing copy is left alone), so a user can go back to the app version that wrote it.
 */
export function backupBeforeUpgrade(path: string, version: number, log: (m: string) => void): string {
  const bak = `${path}.bak-v${version}`;
  if (!existsSync(bak)) copyFileSync(path, bak, constants.COPYFILE_EXCL);
  log(`kept a copy of ${basename(path)} as ${basename(bak)} before upgrading it`);
  return bak;
}

/** Creates a new, empty study file (schema only). Refuses to overwrite an existing file. */
export function createStudyDb(path: string): Db {
  if (existsSync(path)) throw new AppError('FILE_EXISTS', `${basename(path)} already exists`, { file: path });
  const db = new Database(path);
  configure(db);
  db.pragma(`application_id = ${APPLICATION_ID}`);
  migrate(db);
  return db;
}

/**
 * Opens a study file, refusing (each with its own message) a file that is not SQLite, someone else's
 * SQLite database, a study from a newer version of the app, and a damaged file; then upgrades an older
 * study in one transaction.
 */
export function openStudyDb(path: string, log: (m: string) => void = (m) => console.error(m)): Db {
  const file = basename(path);
  if (!existsSync(path)) throw new AppError('FILE_NOT_FOUND', `${file} does not exist`, { file: path });
  const header = readHeader(path);
  if (header.length < 100 || header.subarray(0, 16).toString('latin1') !== SQLITE_MAGIC) {
    throw new AppError('STUDY_NOT_SQLITE', `${file} is not a Touchpoint study (not an SQLite database)`, {
      file: path,
    });
  }
  let db: Db;
  try {
    db = new Database(path, { fileMustExist: true });
  } catch (e) {
    throw new AppError('STUDY_CORRUPT', `${file} could not be opened: ${(e as Error).message}`, {
      file: path,
    });
  }
  try {
    const appId = db.pragma('application_id', { simple: true }) as number;
    if (appId !== APPLICATION_ID) {
      throw new AppError(
        'STUDY_FOREIGN_SQLITE',
        `${file} is an SQLite database, but not a Touchpoint study`,
        {
          file: path,
        },
      );
    }
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > SCHEMA_VERSION) {
      throw new AppError(
        'STUDY_NEWER_VERSION',
        `${file} was saved by a newer version of Touchpoint Studio (file format ${version}, this version reads up to ${SCHEMA_VERSION}); please update the app`,
        { file: path, fileVersion: version, appVersion: SCHEMA_VERSION },
      );
    }
    const check = verifyStructure(db, statSync(path).size);
    if (check !== 'ok') throw new AppError('STUDY_CORRUPT', `${file} is damaged: ${check}`, { file: path });
    configure(db);
    if (version < SCHEMA_VERSION) backupBeforeUpgrade(path, version, log);
    migrate(db, SCHEMA_VERSION, log);
    return db;
  } catch (e) {
    db.close();
    if (e instanceof AppError) throw e;
    throw new AppError('STUDY_CORRUPT', `${file} is damaged: ${(e as Error).message}`, { file: path });
  }
}
