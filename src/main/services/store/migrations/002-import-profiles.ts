import type { Database } from 'better-sqlite3';

/** Saved import profiles (column mapping + recodes), reusable for next year's file from the same tool. */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE import_profile (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL UNIQUE,
      definition TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
  `);
}
