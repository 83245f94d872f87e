import type { Database } from 'better-sqlite3';
import { AppError } from '../../../shared/api/errors';
import type { ImportedFileSummary, StudyMeta, WaveSummary } from '../../../shared/domain/index';
import type { Language } from '../../../shared/domain/language';
import type { StudyRow } from './rows';
import { toStudyMeta } from './rows';

export function insertStudyMeta(
  db: Database,
  meta: { client: string; title: string; languages: Language[]; anonymityK?: number },
): void {
  const now = new Date().toISOString();
  db.prepare(
    `INSERT INTO study (id, client, title, languages, anonymity_k, branding, created_at, updated_at)
     VALUES (1, ?, ?, ?, ?, '{}', ?, ?)`,
  ).run(meta.client, meta.title, JSON.stringify(meta.languages), meta.anonymityK ?? 5, now, now);
}

export function readStudyMeta(db: Database): StudyMeta {
  const row = db.prepare('SELECT * FROM study WHERE id = 1').get() as StudyRow | undefined;
  if (!row) throw new AppError('STUDY_CORRUPT', 'the study file has no study record');
  return toStudyMeta(row);
}

export function updateStudyMeta(
  db: Database,
  patch: { client?: string | undefined; title?: string | undefined; anonymityK?: number | undefined },
): void {
  const cur = readStudyMeta(db);
  db.prepare('UPDATE study SET client = ?, title = ?, anonymity_k = ?, updated_at = ? WHERE id = 1').run(
    patch.client ?? cur.client,
    patch.title ?? cur.title,
    patch.anonymityK ?? cur.anonymityK,
    new Date().toISOString(),
  );
}

/**
 * The waves, each with its respondents counted from their blocks (every respondent is in exactly one
 * block of its wave: answers-store.ts), a few rows read instead of an index entry per respondent.
 */
export function readWaves(db: Database): WaveSummary[] {
  return db
    .prepare(
      `SELECT w.id, w.year, w.label,
              (SELECT COALESCE(SUM(b.count), 0) FROM respondent_block b WHERE b.wave_id = w.id) AS respondents
       FROM wave w ORDER BY w.year`,
    )
    .all() as WaveSummary[];
}

export function ensureWave(db: Database, year: number, label?: string): number {
  const row = db.prepare('SELECT id FROM wave WHERE year = ?').get(year) as { id: number } | undefined;
  if (row) return row.id;
  return Number(
    db.prepare('INSERT INTO wave (year, label) VALUES (?, ?)').run(year, label ?? String(year))
      .lastInsertRowid,
  );
}

export function findWave(db: Database, year?: number): WaveSummary {
  const waves = readWaves(db);
  const wave = year === undefined ? waves.at(-1) : waves.find((w) => w.year === year);
  if (!wave) {
    throw new AppError(
      'WAVE_NOT_FOUND',
      year === undefined ? 'the study has no data yet' : `the study has no wave ${year}`,
      { year: year ?? null },
    );
  }
  return wave;
}

/**
 * The imported files, each with its respondents counted from their blocks (every respondent is in
 * exactly one block of its file: answers-store.ts), not by reading the respondent table.
 */
export function readFiles(db: Database): ImportedFileSummary[] {
  return db
    .prepare(
      `SELECT f.id, f.name, f.sha256, f.size, f.imported_at AS importedAt, w.year AS waveYear,
              (SELECT COALESCE(SUM(b.count), 0) FROM respondent_block b WHERE b.file_id = f.id) AS rows
       FROM imported_file f LEFT JOIN wave w ON w.id = f.wave_id ORDER BY f.id`,
    )
    .all() as ImportedFileSummary[];
}

export function touchStudy(db: Database): void {
  db.prepare('UPDATE study SET updated_at = ? WHERE id = 1').run(new Date().toISOString());
}
