import type { Database } from 'better-sqlite3';

/**
 * The consultant's report layout (report/setLayout): one row, the layout as JSON (chapter order,
 * hidden chapters, the consultant's texts per language). Steps, each logged:
 *  1. create report_layout;
 *  2. nothing to copy: a study without a row has the standard report.
 */
export function up(db: Database, log: (m: string) => void = () => {}): void {
  log('  step 1/2: table report_layout');
  db.exec(`
    CREATE TABLE report_layout (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      layout TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
  `);
  log('  step 2/2: no layout set yet, the standard report applies');
}
