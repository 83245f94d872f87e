import type { Database } from 'better-sqlite3';

/**
 * The consultant's unit rules (study/setUnitRules): one row per background variable, the rule as
 * JSON (merge units under a size into "Other", units left out of breakdowns). Steps, each logged:
 *  1. create unit_rule;
 *  2. nothing to copy: a study without rows shows every unit as it is.
 */
export function up(db: Database, log: (m: string) => void = () => {}): void {
  log('  step 1/2: table unit_rule');
  db.exec(`
    CREATE TABLE unit_rule (
      variable TEXT PRIMARY KEY COLLATE NOCASE,
      rule TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
  `);
  log('  step 2/2: no unit rules set yet, every unit is shown as it is');
}
