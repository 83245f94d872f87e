import type { Database } from 'better-sqlite3';

/**
 * A wave's response: how many were invited and how many answered (study/setFieldwork), for the
 * response rate the method page prints beside the fieldwork dates. Steps, each logged:
 *  1. wave.invited, wave.responded (NULL: not known; `responded` NULL means the wave's respondents);
 *  2. nothing to copy: no file knew its invitations before.
 */
export function up(db: Database, log: (m: string) => void = () => {}): void {
  log('  step 1/2: wave.invited and wave.responded');
  db.exec(`
    ALTER TABLE wave ADD COLUMN invited INTEGER CHECK (invited IS NULL OR invited >= 0);
    ALTER TABLE wave ADD COLUMN responded INTEGER CHECK (responded IS NULL OR responded >= 0);
  `);
  log('  step 2/2: no invitations recorded yet, the response rate is not known');
}
