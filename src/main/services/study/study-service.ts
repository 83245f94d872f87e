import { readHistory } from '../questionnaire/history';
import type { Database } from 'better-sqlite3';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { AppError } from '../../../shared/api/errors';
import type { StudyOverview } from '../../../shared/domain/index';
import type { Language } from '../../../shared/domain/language';
import { createStudyDb, openStudyDb } from '../store/db';
import { readQuestionnaire } from '../store/questionnaire-repo';
import { insertStudyMeta, readFiles, readStudyMeta, readWaves } from '../store/study-repo';
import { rememberRecent } from './recent';
import type { OpenStudy, StudySessions } from './sessions';

export function overviewOf(s: OpenStudy): StudyOverview {
  return {
    studyId: s.id,
    path: s.path,
    fileName: basename(s.path),
    meta: readStudyMeta(s.db),
    waves: readWaves(s.db),
    questionnaire: readQuestionnaire(s.db),
    files: readFiles(s.db),
    history: readHistory(s.db),
  };
}

/** Creates the file with its study record in one step; a failure leaves no half-made file behind. */
export function createStudyFile(
  path: string,
  meta: { client: string; title: string; languages: Language[] },
): Database {
  const db = createStudyDb(path);
  try {
    insertStudyMeta(db, meta);
    return db;
  } catch (e) {
    db.close();
    throw e;
  }
}

function slug(s: string): string {
  const base = s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();
  return base.slice(0, 60) || 'study';
}

/** A free file name in `dir` for `name` (name.tpstudy, name-2.tpstudy …). */
export function freePath(dir: string, name: string, ext = '.tpstudy'): string {
  mkdirSync(dir, { recursive: true });
  const stem = slug(name.replace(/\.tpstudy$/i, ''));
  for (let i = 1; ; i++) {
    const p = join(dir, i === 1 ? `${stem}${ext}` : `${stem}-${i}${ext}`);
    if (!existsSync(p)) return p;
  }
}

export function studiesDir(dataDir: string): string {
  return join(dataDir, 'studies');
}

export function register(
  sessions: StudySessions,
  dataDir: string,
  path: string,
  db: Database,
): StudyOverview {
  const s = sessions.add(path, db);
  const meta = readStudyMeta(s.db);
  rememberRecent(dataDir, { path: s.path, client: meta.client, title: meta.title });
  return overviewOf(s);
}

export function openStudy(sessions: StudySessions, dataDir: string, path: string): StudyOverview {
  const already = sessions.findByPath(path);
  if (already) return overviewOf(already);
  return register(sessions, dataDir, path, openStudyDb(path));
}

/** Browser mode: the uploaded study is stored as a copy in the data folder, validated, then opened. */
export function uploadStudy(
  sessions: StudySessions,
  dataDir: string,
  name: string,
  bytes: Buffer,
): StudyOverview {
  const path = freePath(studiesDir(dataDir), name);
  writeFileSync(path, bytes);
  try {
    return openStudy(sessions, dataDir, path);
  } catch (e) {
    rmSync(path, { force: true }); // keep nothing we could not open; the user's original is untouched
    if (e instanceof AppError) {
      throw new AppError(e.code, e.message.replaceAll(basename(path), name), { ...e.details, file: name });
    }
    throw e;
  }
}

/** Writes a self-contained copy of the open study to `target` and switches the session to it. */
export function saveStudyAs(
  sessions: StudySessions,
  dataDir: string,
  studyId: string,
  target: string,
): StudyOverview {
  const s = sessions.get(studyId);
  if (existsSync(target))
    throw new AppError('FILE_EXISTS', `${basename(target)} already exists`, { file: target });
  s.db.exec(`VACUUM INTO '${target.replaceAll("'", "''")}'`);
  sessions.close(studyId);
  return openStudy(sessions, dataDir, target);
}

export function studyBytes(
  sessions: StudySessions,
  studyId: string,
  check: (path: string) => string = (p) => p,
): { name: string; bytes: Buffer } {
  const s = sessions.get(studyId);
  // VACUUM INTO a temp copy would also work; the file is self-contained because we use a rollback journal.
  return { name: basename(s.path), bytes: readFileSync(check(s.path)) };
}
