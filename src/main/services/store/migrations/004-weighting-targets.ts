import type { Database } from 'better-sqlite3';

/**
 * The study's rake targets, set by the consultant (analysis/setWeightingTargets): one row, the
 * targets as JSON ([{ variable, shares }]). Analyses weighted by 'rake' use these and only these, so
 * nobody can choose targets per request to weight the whole wave onto a small group.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE weighting_targets (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      targets TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
  `);
}
