// Test-only child process for concurrent.test.ts: imports one file into a study, holding after the
// read until a shared moment so two processes reach the write at the same time.
import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { AppError } from '../../../shared/api/errors';
import { runImport } from './commit';

const [study, file, at] = process.argv.slice(2) as [string, string, string];
const db = new Database(study, { fileMustExist: true });
db.pragma('foreign_keys = ON');
db.pragma('busy_timeout = 10000');
const wait = new Int32Array(new SharedArrayBuffer(4));
try {
  const r = runImport(
    db,
    {
      file: { name: 'same.csv', base64: readFileSync(file).toString('base64') },
      waveYear: 2026,
      onError: 'missing',
      createQuestions: false,
      ifDuplicate: 'ask',
    },
    { readDone: () => void Atomics.wait(wait, 0, 0, Math.max(0, Number(at) - Date.now())) },
  );
  process.stdout.write(JSON.stringify({ ok: true, imported: r.imported }));
} catch (e) {
  process.stdout.write(
    JSON.stringify({ ok: false, code: e instanceof AppError ? e.code : 'CRASH', message: String(e) }),
  );
} finally {
  db.close();
}
