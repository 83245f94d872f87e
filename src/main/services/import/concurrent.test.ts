import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import { expect, it } from 'vitest';
import { makeStudy, tempDir } from './test-helpers';

function child(study: string, file: string, at: number): Promise<{ ok: boolean; code?: string }> {
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
  return new Promise((resolve, reject) =>
    execFile(
      process.execPath,
      ['--import', tsx, join(__dirname, 'concurrent-child.ts'), study, file, String(at)],
      { timeout: 60_000 },
      (err, stdout) => (err ? reject(err) : resolve(JSON.parse(stdout) as { ok: boolean; code?: string })),
    ),
  );
}

it('two processes importing the same file into one study at once: one imports, the other is refused', async () => {
  const dir = tempDir();
  const study = join(dir, 'race.tpstudy');
  makeStudy(study);
  const file = join(dir, 'same.csv');
  writeFileSync(file, 'id,Q1\n1,4\n2,5\n3,3\n');
  const at = Date.now() + 6000;
  const results = await Promise.all([child(study, file, at), child(study, file, at)]);
  expect(results.filter((r) => r.ok)).toHaveLength(1);
  expect(results.filter((r) => !r.ok).map((r) => r.code)).toEqual(['IMPORT_DUPLICATE_FILE']);
  const db = new Database(study, { readonly: true });
  expect((db.prepare('SELECT COUNT(*) AS n FROM imported_file').get() as { n: number }).n).toBe(1);
  db.close();
}, 90_000);
