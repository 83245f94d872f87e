import type { Database } from 'better-sqlite3';

/**
 * The study's PLS path model (study/setPlsModel): one row, the model as JSON (constructs mapped to
 * question codes, paths, target). Steps, each logged:
 *  1. create pls_model;
 *  2. nothing to copy: a study without a row has no model.
 */
export function up(db: Database, log: (m: string) => void = () => {}): void {
  log('  step 1/2: table pls_model');
  db.exec(`
    CREATE TABLE pls_model (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      model TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
  `);
  log('  step 2/2: no model set yet');
}
