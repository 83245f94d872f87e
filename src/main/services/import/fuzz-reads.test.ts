import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { mutateBytes } from './damaged-fixtures';
import { readImportFileGuarded } from './read-sandbox';
import type { Api } from './test-helpers';
import { api, fileHash, makeStudy, tempDir } from './test-helpers';

const FIX = resolve(__dirname, '../../../../tests/fixtures/import');
const SOURCES = [
  'scandinavian/nb-semicolon-win1252.csv',
  'scandinavian/libreoffice-nb-semicolon-win1252.xlsx',
  'scandinavian/libreoffice-nb-semicolon-win1252.xls',
  'scandinavian/libreoffice-da-semicolon-utf8bom.ods',
  'survey-exports/spss/spss_pyreadstat_sample.sav',
  'spss/mrsets.sav',
].map((p) => ({ name: p.split('/').pop()!, bytes: readFileSync(join(FIX, p)) }));

const FILES = 2000;
/** Per file: far below the app's 20 s read deadline, so a run near it fails here first. */
const PER_FILE_MS = 3000;
const CLEAR = new Set(['IMPORT_UNREADABLE', 'IMPORT_TOO_LARGE']);

/**
 * Every COMMIT_EVERY-th file (and every file the reader hangs on) is also committed into one real
 * study file through the real handler: no crash, within the deadline, and byte-identical (sha256)
 * whenever the import was refused.
 */
const COMMIT_EVERY = 50;
/** The read deadline for the commits, and the most a refused or accepted commit may take. */
const COMMIT_DEADLINE_MS = 2000;
// The watchdog counts the reader's CPU time; a loaded machine may take up to its 4× wall-clock backstop.
const COMMIT_MAX_MS = 9000;
/** What a damaged file may be refused with at commit: a clear refusal, never INTERNAL. */
const CLEAR_COMMIT = new Set([
  ...CLEAR,
  'IMPORT_NO_HEADER',
  'IMPORT_NO_MATCHING_COLUMNS',
  'IMPORT_BAD_VALUES',
  'IMPORT_DUPLICATE_FILE',
]);

let study: string;
let studyApi: Api;
let studyId: string;
beforeAll(async () => {
  const dir = tempDir();
  study = join(dir, 'fuzz-commit.tpstudy');
  makeStudy(study);
  studyApi = api(dir);
  studyId = (await studyApi.call('study/open', { path: study })).studyId;
});
afterAll(() => studyApi.close());

const commits = { tried: 0, imported: 0, refused: 0 };

/** Commits one mutated file into the fuzz study and checks the three promises. */
async function commitChecked(
  name: string,
  bytes: Uint8Array,
  what: string,
  onError: 'abort' | 'missing',
): Promise<void> {
  const before = fileHash(study);
  process.env['TOUCHPOINT_READ_DEADLINE_MS'] = String(COMMIT_DEADLINE_MS);
  const t = Date.now();
  const r = await studyApi.raw('import/commit', {
    studyId,
    file: { name, base64: Buffer.from(bytes).toString('base64') },
    waveYear: 2026,
    onError,
    createQuestions: true,
    ifDuplicate: 'skip',
  });
  const ms = Date.now() - t;
  delete process.env['TOUCHPOINT_READ_DEADLINE_MS'];
  commits.tried++;
  expect(ms, `${what}: commit took ${ms} ms`).toBeLessThan(COMMIT_MAX_MS);
  if (r.ok) {
    commits.imported++;
    return;
  }
  commits.refused++;
  expect(CLEAR_COMMIT, `${what}: ${r.error.code}: ${r.error.message}`).toContain(r.error.code);
  expect(fileHash(study), `${what}: refused (${r.error.code}) but the study file changed`).toBe(before);
}

function worker(): Worker {
  const loader = createRequire(import.meta.url).resolve('tsx');
  return new Worker(new URL('./fuzz-batch-worker.ts', import.meta.url), {
    execArgv: ['--import', pathToFileURL(loader).href],
  });
}

it(`reads ${FILES} seeded byte-damaged csv/xlsx/xls/ods/sav files: no crash, none past the deadline; a sample committed leaves the study unchanged when refused`, async () => {
  let w = worker();
  const outcomes = { read: 0, refused: 0, hung: 0 };
  try {
    for (let i = 0; i < FILES; i++) {
      const src = SOURCES[i % SOURCES.length]!;
      const seed = 1 + i;
      // Mostly a few bytes overwritten; every seventh file also cut short.
      let bytes = mutateBytes(src.bytes, seed, 1 + (i % 8));
      if (i % 7 === 3) bytes = bytes.subarray(0, Math.max(1, Math.floor((bytes.length * (i % 97)) / 97)));
      const t = Date.now();
      const r = await new Promise<{ code: string | null; message: string } | 'timeout'>((res) => {
        const timer = setTimeout(() => res('timeout'), PER_FILE_MS);
        w.once('message', (m: { code: string | null; message: string }) => {
          clearTimeout(timer);
          res(m);
        });
        w.postMessage({ id: i, name: src.name, bytes });
      });
      if (r === 'timeout') {
        // The parser loops on this file: the app's watchdog must refuse it within its deadline.
        await w.terminate();
        w = worker();
        outcomes.hung++;
        process.env['TOUCHPOINT_READ_DEADLINE_MS'] = '2000';
        const g = Date.now();
        await expect(readImportFileGuarded(src.name, bytes)).rejects.toThrow(
          `${src.name}: damaged or too complex: stopped after 2 s`,
        );
        delete process.env['TOUCHPOINT_READ_DEADLINE_MS'];
        expect(Date.now() - g, `${src.name} seed ${seed} (${Date.now() - t} ms)`).toBeLessThan(9000);
        await commitChecked(src.name, bytes, `${src.name} seed ${seed} (hangs the reader)`, 'missing');
        continue;
      }
      // Half the sample aborts on a bad cell, half imports it as missing (so some damaged files are written).
      if (i % COMMIT_EVERY === 0)
        await commitChecked(
          src.name,
          bytes,
          `${src.name} seed ${seed}`,
          i % (2 * COMMIT_EVERY) ? 'missing' : 'abort',
        );
      if (r.code === null) outcomes.read++;
      else {
        outcomes.refused++;
        expect(CLEAR, `${src.name} seed ${seed}: ${r.code}: ${r.message}`).toContain(r.code);
      }
    }
  } finally {
    await w.terminate();
  }
  expect(outcomes.read + outcomes.refused + outcomes.hung).toBe(FILES);
  expect(outcomes.refused).toBeGreaterThan(100);
  // The sample really exercised both sides: some damaged files imported, some were refused.
  expect(commits.tried).toBeGreaterThanOrEqual(FILES / COMMIT_EVERY);
  expect(commits.imported).toBeGreaterThan(0);
  expect(commits.refused).toBeGreaterThan(0);
}, 300_000);
