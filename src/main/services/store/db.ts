import Database from 'better-sqlite3';
import type { Database as Db } from 'better-sqlite3';
import { closeSync, constants, copyFileSync, existsSync, openSync, readSync } from 'node:fs';
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
    const check = db.pragma('quick_check', { simple: true }) as string;
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
