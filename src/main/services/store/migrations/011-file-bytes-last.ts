import type { Database } from 'better-sqlite3';

/**
 * An imported file's bytes move to the last column of imported_file. SQLite reads a row's columns in
 * order, and a column stored after a large BLOB is reached only by walking the BLOB's chain of
 * overflow pages: listing the files (name, size, date, wave — every study open does it) read about
 * 2,000 pages per 8 MB imported, so opening a study slowed with every file it kept. With the bytes
 * last, the list reads one page per file. Steps, each logged:
 *  1. keep every file's bytes aside (a temporary table, gone when the connection closes);
 *  2. drop the bytes column (a column drop rewrites the rows in place: no row is deleted, so no
 *     foreign key's ON DELETE runs and every respondent block keeps its file);
 *  3. add it back as the last column and copy each file's bytes into it.
 * Runs inside the migration transaction: a failure leaves the file as it was (and the runner has kept
 * a copy of the old file beside it, name.tpstudy.bak-v10).
 */
export function up(db: Database, log: (m: string) => void = () => {}): void {
  const files = (db.prepare('SELECT COUNT(*) AS n FROM imported_file').get() as { n: number }).n;
  log(`  step 1/3: the bytes of ${files} imported file${files === 1 ? '' : 's'} kept aside`);
  db.exec(`
    DROP TABLE IF EXISTS temp.file_bytes_kept;
    CREATE TEMP TABLE file_bytes_kept (id INTEGER PRIMARY KEY, bytes BLOB NOT NULL);
    INSERT INTO temp.file_bytes_kept (id, bytes) SELECT id, bytes FROM imported_file;
  `);
  log('  step 2/3: the bytes column dropped');
  db.exec('ALTER TABLE imported_file DROP COLUMN bytes');
  log('  step 3/3: the bytes column added last, each file given its bytes back');
  db.exec(`
    ALTER TABLE imported_file ADD COLUMN bytes BLOB NOT NULL DEFAULT x'';
    UPDATE imported_file SET bytes = (SELECT k.bytes FROM temp.file_bytes_kept k WHERE k.id = imported_file.id);
    DROP TABLE temp.file_bytes_kept;
  `);
}
