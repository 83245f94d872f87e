import type { Database } from 'better-sqlite3';
import { AppError } from '../../../shared/api/errors';
import type { ImportProfile } from '../../../shared/import/mapping';
import { importProfileSchema } from '../../../shared/import/mapping';

export type SavedProfile = { name: string; updatedAt: string; profile: ImportProfile };

export function saveProfile(db: Database, name: string, profile: ImportProfile): void {
  db.prepare(
    `INSERT INTO import_profile (name, definition, updated_at) VALUES (?, ?, ?)
     ON CONFLICT(name) DO UPDATE SET definition = excluded.definition, updated_at = excluded.updated_at`,
  ).run(name, JSON.stringify(profile), new Date().toISOString());
}

export function listProfiles(db: Database): SavedProfile[] {
  const rows = db.prepare('SELECT name, definition, updated_at FROM import_profile ORDER BY name').all() as {
    name: string;
    definition: string;
    updated_at: string;
  }[];
  return rows.map((r) => ({
    name: r.name,
    updatedAt: r.updated_at,
    profile: importProfileSchema.parse(JSON.parse(r.definition)),
  }));
}

export function loadProfile(db: Database, name: string): ImportProfile {
  const row = db.prepare('SELECT definition FROM import_profile WHERE name = ?').get(name) as
    { definition: string } | undefined;
  if (!row) throw new AppError('NOT_FOUND', `the study has no import profile "${name}"`, { profile: name });
  return importProfileSchema.parse(JSON.parse(row.definition));
}

export function deleteProfile(db: Database, name: string): void {
  if (db.prepare('DELETE FROM import_profile WHERE name = ?').run(name).changes === 0) {
    throw new AppError('NOT_FOUND', `the study has no import profile "${name}"`, { profile: name });
  }
}
